import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/set-timer/define.js';
import type { SetTimer } from '../../src/set-timer/set-timer.js';
import { compileTimeline, resolvePlan } from '../../src/timer/index.js';
import type { Exercise } from '../../src/schema/exercise-types.js';
import { FakeAudioContext, fakeClock, installFakes, settle, type Fakes } from './helpers.js';

const EVENTS = ['timer-start', 'phase-change', 'set-complete', 'workout-complete', 'timer-pause', 'timer-resume'] as const;

interface Seen {
  type: string;
  detail: Record<string, unknown>;
  at: number;
  bubbles: boolean;
  composed: boolean;
}

/** Records our events as they reach the document (so they bubbled that far). */
function record(): { seen: Seen[]; of: (type: string) => Seen[]; stop: () => void } {
  const seen: Seen[] = [];
  const on = (e: Event) =>
    seen.push({ type: e.type, detail: (e as CustomEvent).detail, at: performance.now(), bubbles: e.bubbles, composed: e.composed });
  EVENTS.forEach((t) => document.addEventListener(t, on));
  return { seen, of: (type) => seen.filter((s) => s.type === type), stop: () => EVENTS.forEach((t) => document.removeEventListener(t, on)) };
}

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element, sel: string) => shadow(el).querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** What is seen (and read out): the header keeps an unseen "Up next" in place outside the rests. */
const seen = (el: Element, sel: string) => (shadow(el).querySelector(sel) as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: Element, part: string) => shadow(el).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;

function key(el: SetTimer, k: string, from?: Element) {
  const target = from ?? shadow(el).querySelector('.timer')!;
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
}

let lunge: Exercise;
before(async () => {
  lunge = await (await fetch('/demo/exercises/reverse-lunge.json')).json();
});

describe('<set-timer> on a fake clock', () => {
  let clock: sinon.SinonFakeTimers;
  let fakes: Fakes;
  let rec: ReturnType<typeof record>;

  beforeEach(() => {
    fakes = installFakes();
    clock = fakeClock();
    rec = record();
  });
  afterEach(() => {
    rec.stop();
    clock.restore();
    fakes.restore();
    localStorage.clear();
  });

  async function make(markup: ReturnType<typeof html>): Promise<SetTimer> {
    const el = await fixture<SetTimer>(markup);
    await el.updateComplete;
    return el;
  }

  it('runs the reverse lunge from its document: every phase at its time, every event with its detail', async () => {
    const el = await make(html`<set-timer .exercise=${lunge}></set-timer>`);
    const tl = compileTimeline(resolvePlan(lunge.prescription));
    expect(el.state).to.deep.include({ status: 'idle', set: 1, side: 'left', rep: 0, phase: 'idle', remaining: 223 });
    const t0 = performance.now();
    el.start();
    clock.tick(224_000);

    const start = rec.of('timer-start');
    expect(start).to.have.length(1);
    expect(start[0]!.detail).to.deep.equal({ sets: 2, reps: 8, perSide: true, mode: 'tempo', holdSeconds: 0, total: 223, exercise: 'reverse-lunge' });

    const phases = rec.of('phase-change');
    expect(phases.map((p) => p.detail)).to.deep.equal(
      tl.phases.map((p) => ({
        set: p.set,
        side: p.side,
        rep: p.rep,
        phase: p.kind,
        word: { 'lead-in': 'Get ready', eccentric: 'Lower slowly', concentric: 'Drive up', 'side-rest': 'Switch sides', 'set-rest': 'Rest' }[p.kind as string],
        index: p.index,
        duration: p.duration / 1000,
      })),
    );
    // Within one animation frame of the schedule, never early.
    phases.forEach((p, i) => {
      const late = p.at - (t0 + tl.phases[i]!.start);
      expect(late, `phase ${i}`).to.be.within(0, 17);
    });

    const sets = rec.of('set-complete');
    expect(sets.map((s) => s.detail)).to.deep.equal([
      { set: 1, sets: 2 },
      { set: 2, sets: 2 },
    ]);
    expect(sets[0]!.at - t0).to.be.within(84_000, 84_017);
    const done = rec.of('workout-complete');
    expect(done).to.have.length(1);
    expect(done[0]!.detail).to.deep.include({ sets: 2, reps: 8, perSide: true, total: 223, exercise: 'reverse-lunge' });
    expect(done[0]!.detail.elapsed as number).to.be.within(223, 223.017);
    expect(rec.seen.every((s) => s.bubbles && s.composed)).to.be.true;
    expect(el.state).to.deep.include({ status: 'done', phase: 'done', remaining: 0 });
    await el.updateComplete;
    expect(text(el, '[part="phase"]')).to.equal('Done');
  });

  /**
   * What a script does: make it, give it the document, put it on the page, start it at once.
   * It used to start on a made-up default plan, then reset to idle when the document arrived.
   */
  async function startedAtOnce(given: Partial<SetTimer>, arrived: (el: SetTimer) => Promise<unknown>): Promise<void> {
    const el = Object.assign(document.createElement('set-timer'), given);
    document.body.append(el);
    try {
      el.start();
      await arrived(el);
      await el.updateComplete;
      expect(el.state.status).to.equal('running');
      expect(el.state.sets).to.equal(lunge.prescription!.sets);
      expect(rec.of('timer-start').length).to.equal(1);
    } finally {
      el.remove();
    }
  }

  it('start() right after .exercise is set, before any render, runs that exercise through the first render', () =>
    startedAtOnce({ exercise: lunge }, (el) => el.updateComplete));

  it('start() while its src is still loading starts the workout once the document is there', () =>
    startedAtOnce({ src: '/demo/exercises/reverse-lunge.json' }, (el) => oneEvent(el, 'exercise-load')));

  it('shows set, side, rep, the phase word and the time left, large', async () => {
    const el = await make(html`<set-timer .exercise=${lunge}></set-timer>`);
    expect(seen(el, '[part="header"]')).to.equal('Set 1 of 2 Left side 8 reps');
    expect(text(el, '[part="phase"]')).to.equal('Ready');
    expect(text(el, '[role="timer"]')).to.equal('3:43');
    el.start();
    clock.tick(6_200);
    await el.updateComplete;
    expect(seen(el, '[part="header"]')).to.equal('Set 1 of 2 Left side Rep 1 of 8');
    expect(text(el, '[part="phase"]')).to.equal('Lower slowly');
    expect(text(el, '[role="timer"]')).to.equal('2');
    clock.tick(2_000);
    await el.updateComplete;
    expect(text(el, '[part="phase"]')).to.equal('Drive up');
    clock.tick(37_000 - 8_200 + 500);
    await el.updateComplete;
    expect(text(el, '[part="phase"]')).to.equal('Switch sides');
    expect(seen(el, '[part="header"]')).to.equal('UP NEXT Set 1 of 2 Right side 8 reps');
    expect(text(el, '[role="timer"]')).to.equal('15');
    clock.tick(84_000 - 37_500 + 1_000);
    await el.updateComplete;
    expect(text(el, '[part="phase"]')).to.equal('Rest');
    expect(text(el, '[role="timer"]')).to.equal('59');
    const font = parseFloat(getComputedStyle(shadow(el).querySelector('[role="timer"]')!).fontSize);
    expect(font, 'countdown font size').to.be.at.least(48);
  });

  it('pause, resume, skip, back and restart land on boundaries and sound no cue twice', async () => {
    const el = await make(html`<set-timer .exercise=${lunge}></set-timer>`);
    const t0 = performance.now();
    el.start();
    await settle(); // the audio context resumes
    const ctx = FakeAudioContext.instances[0]!;
    expect(ctx.state).to.equal('running');
    clock.tick(10_500); // rep 2 lowering, 1.5 s in
    expect(el.state).to.deep.include({ rep: 2, phase: 'eccentric', remaining: 1.5 });

    el.pause();
    expect(el.state.status).to.equal('paused');
    clock.tick(90_000);
    expect(el.state).to.deep.include({ status: 'paused', rep: 2, phase: 'eccentric', remaining: 1.5 });
    el.resume();
    clock.tick(1_600);
    expect(el.state).to.deep.include({ rep: 2, phase: 'concentric' });
    expect(el.state.remaining).to.be.closeTo(0.9, 1e-9);

    el.skip(); // to rep 3
    expect(el.state).to.deep.include({ rep: 3, phase: 'eccentric', remaining: 3 });
    clock.tick(2_000);
    el.back(); // 2 s in: the start of rep 3
    expect(el.state).to.deep.include({ rep: 3, phase: 'eccentric', remaining: 3 });
    el.back(); // at once again: rep 2
    expect(el.state).to.deep.include({ rep: 2, phase: 'eccentric', remaining: 3 });
    clock.tick(4_000);
    expect(el.state).to.deep.include({ rep: 3, phase: 'eccentric', remaining: 3 });
    button(el, 'button-restart').click();
    expect(el.state).to.deep.include({ status: 'running', phase: 'lead-in', remaining: 5 });
    clock.tick(300_000);
    expect(el.state.status).to.equal('done');

    // The pause events carry the state at that moment.
    expect(rec.of('timer-pause')[0]!.detail).to.deep.include({ status: 'paused', set: 1, side: 'left', rep: 2, phase: 'eccentric', remaining: 1.5 });
    expect(rec.of('timer-resume')[0]!.detail).to.deep.include({ status: 'running', rep: 2, remaining: 1.5 });

    // No cue sounded twice: no two oscillators at the same moment and pitch.
    const sounded = ctx.oscillators.filter((o) => o.sounded).map((o) => `${o.startAt.toFixed(4)}@${o.frequency.value}`);
    expect(new Set(sounded).size).to.equal(sounded.length);
    // The cue of a cancelled (paused-over) beep came back after the pause, shifted by it.
    const concentric2 = ctx.oscillators.filter((o) => o.frequency.value === 587).map((o) => [Math.round(o.startAt * 1000 - t0), o.sounded]);
    expect(concentric2).to.deep.include([8_000, true]); // rep 1's drive-up, before the pause
    expect(concentric2).to.deep.include([12_000, false]); // rep 2's, scheduled ahead, then paused over
    expect(concentric2).to.deep.include([12_000 + 90_000, true]); // and played after the pause
  });

  it('speaks the count and the rests, and vibrates at the rests', async () => {
    const el = await make(html`<set-timer .exercise=${lunge}></set-timer>`);
    const t0 = performance.now();
    el.start();
    await settle();
    clock.tick(90_000);
    const said = fakes.spoken.map((s) => `${Math.round(s.at - t0)}:${s.text}`);
    expect(said.slice(0, 4)).to.deep.equal(['0:Get ready', '5000:1', '9000:2', '13000:3']);
    expect(said).to.include('37000:Switch sides');
    expect(said).to.include('52000:1');
    expect(said).to.include('84000:Rest');
    expect(said.filter((s) => s.endsWith(':Switch sides'))).to.have.length(1);
    const buzz = fakes.vibrations.filter((v) => v.pattern.length > 0).map((v) => `${Math.round(v.at - t0)}:${v.pattern.join('/')}`);
    expect(buzz).to.include('37000:200/100/200');
    expect(buzz).to.include('84000:300');
  });

  it('a 6-minute hidden tab: right at once on return, missed cues skipped, not replayed', async () => {
    const el = await make(html`<set-timer .exercise=${lunge}></set-timer>`);
    el.start();
    await settle();
    clock.tick(20_000);
    const ctx = FakeAudioContext.instances[0]!;
    const beforeHide = ctx.oscillators.length;
    const spokenBefore = fakes.spoken.length;
    const phasesBefore = rec.of('phase-change').length;
    fakes.setVisible(false);
    expect(fakes.wakeLock.held()).to.be.false;
    // A hidden tab gets no frames and its timers are held back: jump 6 minutes, each timer
    // firing at most once at the end, as a throttled page does.
    clock.jump(360_000);
    fakes.setVisible(true);
    await settle();
    // 380 s in: the workout (223 s) ended while hidden.
    expect(el.state.status).to.equal('done');
    await el.updateComplete;
    expect(text(el, '[part="phase"]')).to.equal('Done');
    // Not a burst: at most the cues due after the return sounded.
    const now = performance.now();
    const late = ctx.oscillators.slice(beforeHide).filter((o) => o.sounded && o.startAt * 1000 < now - 100);
    expect(late, 'beeps of missed cues').to.have.length(0);
    expect(fakes.spoken.slice(spokenBefore).filter((s) => s.text !== 'Done')).to.deep.equal([]);
    // One phase-change at most on return, not one per missed phase; every set still logged once.
    expect(rec.of('phase-change').length - phasesBefore).to.be.at.most(1);
    expect(rec.of('set-complete').map((s) => s.detail.set)).to.deep.equal([1, 2]);
    expect(rec.of('workout-complete')).to.have.length(1);
  });

  it('a 6-minute hidden tab mid-workout: the state is right within one frame of returning', async () => {
    const el = await make(html`<set-timer sets="20" reps="10" tempo="2-0-2-0" rest="30" lead-in="0"></set-timer>`);
    el.start();
    await settle();
    clock.tick(1_000);
    fakes.setVisible(false);
    // No timer fires while hidden here at all: the return alone must put things right.
    // Move the clock on without running a single timer or frame.
    (clock as unknown as { now: number }).now += 360_000;
    fakes.setVisible(true);
    // 361 s = 5 × (40 s of reps + 30 s rest) + 11 s → set 6, rep 3 (8-12 s), driving up, 1 s left.
    expect(el.state).to.deep.include({ set: 6, rep: 3, phase: 'concentric', remaining: 1 });
    await el.updateComplete;
    expect(seen(el, '[part="header"]')).to.equal('Set 6 of 20 Rep 3 of 10');
    expect(fakes.wakeLock.held() || (await settle(), fakes.wakeLock.held())).to.be.true;
    expect(rec.of('set-complete').map((s) => s.detail.set)).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('a change of the system clock changes nothing', async () => {
    const el = await make(html`<set-timer .exercise=${lunge}></set-timer>`);
    el.start();
    clock.tick(30_000);
    const before = el.state;
    const count = rec.seen.length;
    clock.setSystemTime(Date.now() + 3_600_000); // an hour forward
    expect(el.state).to.deep.equal(before);
    clock.setSystemTime(Date.now() - 7_200_000); // two hours back
    expect(el.state).to.deep.equal(before);
    clock.tick(1_000);
    expect(el.state.remaining).to.equal((before.remaining as number) - 1);
    expect(rec.seen.length).to.equal(count);
  });

  it('persist: a reload resumes the workout where it was (running and paused)', async () => {
    const first = await make(html`<set-timer persist .exercise=${lunge}></set-timer>`);
    first.start();
    clock.tick(50_000);
    first.remove(); // the page goes away
    clock.tick(7_000); // 7 s before the reload comes back
    const second = await make(html`<set-timer persist .exercise=${lunge}></set-timer>`);
    expect(second.state).to.deep.include({ status: 'running', set: 1, side: 'right' });
    expect(second.state.progress).to.be.closeTo((50 + 7) / 223, 1e-6);
    clock.tick(1_000);
    second.pause();
    const paused = second.state;
    second.remove();
    clock.tick(600_000);
    const third = await make(html`<set-timer persist .exercise=${lunge}></set-timer>`);
    expect(third.state).to.deep.equal(paused);
    // Another prescription does not pick it up.
    const other = await make(html`<set-timer persist .exercise=${lunge} reps="10"></set-timer>`);
    expect(other.state.status).to.equal('idle');
    // Finishing forgets it.
    third.resume();
    clock.tick(300_000);
    expect(third.state.status).to.equal('done');
    third.remove();
    const fourth = await make(html`<set-timer persist .exercise=${lunge}></set-timer>`);
    expect(fourth.state.status).to.equal('idle');
  });

  it('persist: workout-complete\'s elapsed covers the whole workout across a reload', async () => {
    const timer = () => make(html`<set-timer persist sets="1" reps="5" tempo="2-0-1-0" lead-in="0"></set-timer>`); // 15 s
    const first = await timer();
    first.start();
    clock.tick(6_000);
    first.remove();
    clock.tick(2_000); // away: the workout runs on
    const second = await timer();
    clock.tick(8_000);
    expect(second.state.status).to.equal('done');
    expect(rec.of('workout-complete').map((e) => e.detail.elapsed)).to.deep.equal([15]);
  });

  it('persist: storage that throws is ignored quietly', async () => {
    const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    const getItem = sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('no', 'SecurityError'));
    try {
      const el = await make(html`<set-timer persist sets="1" reps="2"></set-timer>`);
      el.start();
      clock.tick(3_000);
      el.pause();
      el.remove();
      expect(setItem.called).to.be.true;
    } finally {
      setItem.restore();
      getItem.restore();
    }
  });

  it('count mode: Space or "Rep done" counts each rep; rest runs on the clock', async () => {
    const el = await make(html`<set-timer sets="2" reps="2" rest="30" lead-in="0" mode="count"></set-timer>`);
    key(el, ' ');
    expect(el.state).to.deep.include({ status: 'running', set: 1, rep: 1, phase: 'rep', remaining: null });
    clock.tick(9_000);
    expect(el.state).to.deep.include({ rep: 1, phase: 'rep' }); // waits for the reader
    await el.updateComplete;
    expect(text(el, '[part="phase"]')).to.equal('Your pace');
    key(el, ' ');
    expect(el.state).to.deep.include({ rep: 2, phase: 'rep' });
    await el.updateComplete;
    button(el, 'button-count').click();
    expect(el.state).to.deep.include({ phase: 'set-rest', set: 2, remaining: 30 });
    expect(rec.of('set-complete').map((s) => s.detail)).to.deep.equal([{ set: 1, sets: 2 }]);
    key(el, ' '); // right after the count that ended the set: not a pause (a double tap)
    expect(el.state.status).to.equal('running');
    clock.tick(1_000);
    key(el, ' '); // in a rest, Space pauses
    expect(el.state.status).to.equal('paused');
    key(el, ' ');
    clock.tick(29_000);
    expect(el.state).to.deep.include({ set: 2, rep: 1, phase: 'rep' });
    key(el, ' ');
    key(el, ' ');
    expect(el.state.status).to.equal('done');
    const done = rec.of('workout-complete');
    expect(done).to.have.length(1);
    expect(done[0]!.detail).to.deep.include({ mode: 'count', total: null, sets: 2, reps: 2 });
    expect(rec.of('phase-change').map((p) => `${p.detail.phase}${p.detail.rep}`)).to.deep.equal(['rep1', 'rep2', 'set-rest0', 'rep1', 'rep2']);
  });

  it('count mode: the tap after the last count is not taken as Pause; Back undoes a count at any time', async () => {
    const el = await make(html`<set-timer sets="2" reps="3" rest="30" lead-in="0" mode="count"></set-timer>`);
    el.start();
    await el.updateComplete;
    const main = () => shadow(el).querySelector<HTMLButtonElement>('.primary')!;
    main().click();
    clock.tick(5_000);
    expect(el.state).to.deep.include({ rep: 2, phase: 'rep' });
    button(el, 'button-back').click(); // 5 s into the open rep: the count is undone
    expect(el.state).to.deep.include({ status: 'running', set: 1, rep: 1, phase: 'rep' });
    main().click();
    main().click();
    await el.updateComplete;
    main().click(); // the set's last rep: the button now reads Pause
    await el.updateComplete;
    expect(el.state).to.deep.include({ phase: 'set-rest', status: 'running' });
    expect(text(el, '.primary')).to.equal('Pause');
    clock.tick(400);
    main().click(); // the second tap of a double tap, or one too many
    expect(el.state).to.deep.include({ phase: 'set-rest', status: 'running' });
    clock.tick(700);
    main().click(); // a second on: a real pause
    expect(el.state.status).to.equal('paused');
  });

  it('the live region says the rep again when Back returns to its start (it was silent: the same rep, the same words)', async () => {
    const el = await make(html`<set-timer sets="1" reps="3" tempo="3-0-1-0" lead-in="0"></set-timer>`);
    const live = shadow(el).querySelector('[aria-live]')!;
    el.start();
    clock.tick(6_000); // rep 2, 2 s in
    await el.updateComplete;
    const rep2 = live.textContent!.trim();
    expect(rep2).to.match(/Rep 2 of 3/);
    const changes: string[] = [];
    new MutationObserver(() => changes.push(live.textContent!.trim())).observe(live, { childList: true, subtree: true, characterData: true });
    el.back(); // the start of rep 2
    await el.updateComplete;
    await Promise.resolve(); // the observer's records
    expect(el.state).to.deep.include({ rep: 2, phase: 'eccentric', remaining: 3 });
    expect(changes, 'the live region was written again').to.not.be.empty;
    expect(changes.at(-1)).to.equal(rep2);
  });

  it('the live region: Resume says where the workout is, every Pause is said, a side switch names the side, a counted rep only the rep', async () => {
    const el = await make(html`<set-timer sets="2" reps="2" tempo="2-0-1-0" rest="60" lead-in="0"></set-timer>`);
    const live = shadow(el).querySelector('[aria-live]')!;
    const said = async () => (await el.updateComplete, live.textContent!.trim());
    el.start();
    clock.tick(7_000);
    expect(await said()).to.equal('Rest, 60 seconds, Up next: Set 2 of 2');
    el.pause();
    expect(await said()).to.equal('Paused');
    clock.tick(5_000);
    el.resume();
    expect(await said()).to.equal('Rest, 60 seconds, Up next: Set 2 of 2');
    el.pause();
    expect(await said()).to.equal('Paused');
    el.remove();

    const sides = await make(html`<set-timer sets="1" reps="2" per-side side-rest="0" tempo="1-0-1-0" lead-in="0"></set-timer>`);
    const sidesLive = shadow(sides).querySelector('[aria-live]')!;
    sides.start();
    await sides.updateComplete;
    expect(sidesLive.textContent!.trim()).to.equal('Set 1 of 1, Left side, Rep 1 of 2, Lower slowly');
    clock.tick(2_000);
    await sides.updateComplete;
    expect(sidesLive.textContent!.trim()).to.equal('Rep 2 of 2, Lower slowly');
    clock.tick(2_000); // straight on to the right side, no rest between
    await sides.updateComplete;
    expect(sidesLive.textContent!.trim()).to.equal('Set 1 of 1, Right side, Rep 1 of 2, Lower slowly');
    sides.remove();

    const counted = await make(html`<set-timer sets="1" reps="3" lead-in="0" mode="count"></set-timer>`);
    const countedLive = shadow(counted).querySelector('[aria-live]')!;
    counted.start();
    await counted.updateComplete;
    expect(countedLive.textContent!.trim()).to.equal('Set 1 of 1, Rep 1 of 3, Your pace');
    key(counted, ' ');
    await counted.updateComplete;
    expect(countedLive.textContent!.trim()).to.equal('Rep 2 of 3, Your pace');
  });

  it('events: a workout completes once, Restart mid-way is a new start, open reps report count mode', async () => {
    const el = await make(html`<set-timer sets="1" reps="2" tempo="1-0-1-0" lead-in="0"></set-timer>`);
    el.start();
    clock.tick(4_000);
    expect(el.state.status).to.equal('done');
    el.back(); // from the end to the last rep, paused
    el.resume();
    clock.tick(4_000);
    expect(el.state.status).to.equal('done');
    expect(rec.of('workout-complete')).to.have.length(1);

    el.start();
    clock.tick(3_000);
    await el.updateComplete;
    button(el, 'button-restart').click();
    clock.tick(4_000);
    expect(rec.of('timer-start')).to.have.length(3);
    const done = rec.of('workout-complete');
    expect(done).to.have.length(2);
    expect(done[1]!.detail.elapsed).to.equal(4); // from the restart, not from the first start
    el.remove();

    const zero = await make(html`<set-timer sets="1" reps="2" tempo="0-0-0-0" lead-in="0"></set-timer>`);
    zero.start();
    expect(rec.of('timer-start').at(-1)!.detail).to.deep.include({ mode: 'count', total: null });
  });

  it('persist: an idle timer with the same prescription does not delete a running one\'s progress', async () => {
    const pair = async () => [await make(html`<set-timer persist sets="2" reps="3"></set-timer>`), await make(html`<set-timer persist sets="2" reps="3"></set-timer>`)];
    const [running, idle] = await pair();
    running!.start();
    clock.tick(5_000);
    window.dispatchEvent(new PageTransitionEvent('pagehide')); // both save, the idle one last
    running!.remove();
    idle!.remove();
    const again = await pair();
    expect(again.map((t) => t.state.status)).to.deep.equal(['running', 'running']);
  });

  it('persist: two timers of one exercise keep their own progress when each has an id (the document\'s id won, so they shared it)', async () => {
    const pair = async () => [
      await make(html`<set-timer id="warm-up" persist .exercise=${lunge}></set-timer>`),
      await make(html`<set-timer id="work" persist .exercise=${lunge}></set-timer>`),
    ];
    const [warmUp, work] = await pair();
    warmUp!.start();
    clock.tick(5_000);
    warmUp!.pause();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    warmUp!.remove();
    work!.remove();
    const again = await pair();
    expect(again.map((t) => t.state.status)).to.deep.equal(['paused', 'idle']);
    again.forEach((t) => t.reset());
  });

  it('persist: a workout restored by a reload, with no gesture to make sound, offers "Turn sound on"', async () => {
    const first = await make(html`<set-timer persist sets="2" reps="3" tempo="2-0-1-0"></set-timer>`);
    first.start();
    await settle();
    clock.tick(8_000);
    first.remove();
    fakes.activation.isActive = false; // the reloaded page: no gesture yet
    const made = FakeAudioContext.instances.length;
    const second = await make(html`<set-timer persist sets="2" reps="3" tempo="2-0-1-0"></set-timer>`);
    clock.tick(500);
    await second.updateComplete;
    expect(second.state.status).to.equal('running');
    expect(text(second, '[part="sound"]')).to.equal('Turn sound on');
    expect(text(second, '.footer')).to.contain('Sound blocked');
    fakes.activation.isActive = true; // the tap
    button(second, 'sound').click();
    await settle();
    clock.tick(4_000);
    expect(FakeAudioContext.instances).to.have.length(made + 1);
    expect(FakeAudioContext.instances.at(-1)!.oscillators.length).to.be.greaterThan(0);
    await second.updateComplete;
    expect(text(second, '[part="sound"]')).to.equal('Sound on');
  });

  it('shows no timer where there is no time to show: open reps before the start, and the end', async () => {
    const el = await make(html`<set-timer sets="1" reps="1" lead-in="0" mode="count"></set-timer>`);
    expect(shadow(el).querySelector('[role="timer"]')).to.equal(null); // it was empty, named "Total time"
    el.start();
    key(el, ' ');
    await el.updateComplete;
    expect(el.state.status).to.equal('done');
    expect(shadow(el).querySelector('[role="timer"]')).to.equal(null);
    expect(text(el, '.face')).to.equal('Done'); // not "Done 0"
    // One way to go again, the main button: Restart did the same beside it.
    expect([text(el, '.primary'), button(el, 'button-restart').disabled]).to.deep.equal(['Start again', true]);
    const timed = await make(html`<set-timer sets="1" reps="1" tempo="1-0-1-0" lead-in="0"></set-timer>`);
    expect(shadow(timed).querySelector('[role="timer"]')!.textContent!.trim()).to.equal('0:02');
  });

  it('tempo mode: the rep-timer-only use, with no document', async () => {
    const el = await make(html`<set-timer sets="3" reps="10" per-side tempo="3-0-1-0" rest="60"></set-timer>`);
    // 5 s lead-in (default) + 3 × (10×4 + 5 switch (default) + 10×4) + 2 × 60 = 380 s.
    expect(el.state).to.deep.include({ status: 'idle', remaining: 380 });
    el.start();
    clock.tick(5_000 + 40_000 + 500);
    expect(el.state).to.deep.include({ phase: 'side-rest', side: 'right' });
    expect(rec.of('timer-start')[0]!.detail).to.deep.include({ sets: 3, reps: 10, perSide: true, mode: 'tempo', total: 380 });
    expect(rec.of('timer-start')[0]!.detail).not.to.have.property('exercise');
  });

  it('attributes override the document', async () => {
    const el = await make(html`<set-timer .exercise=${lunge} sets="3" per-side="false" tempo="2010" rest="45" lead-in="0"></set-timer>`);
    expect(el.state).to.deep.include({ sets: 3, reps: 8, side: null });
    // 3 × 8 × 3 s + 2 × 45 s.
    expect(el.state.remaining).to.equal(3 * 8 * 3 + 90);
  });

  it('ignores an attribute it cannot use, with a warning naming it and what it accepts', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await make(
        html`<set-timer .exercise=${lunge} sets="0" reps="abc" tempo="fast" rest="-5" side-rest=" " lead-in="90" mode="sprint"></set-timer>`,
      );
      // Every one falls back on the document: 2 sets of 8 per side at 3-0-1-0, 60 s rest, 15 s
      // between sides, 5 s lead-in: 223 s in all.
      expect(el.state).to.deep.include({ sets: 2, reps: 8, side: 'left', remaining: 223 });
      expect(warn.args.map((args) => String(args[0]))).to.have.members(
        [
          'sets="0" ignored (expects 1 to 50)',
          'reps="abc" ignored (expects 1 to 500)',
          'tempo="fast" ignored (expects seconds as in 3-0-1-0)',
          'rest="-5" ignored (expects 0 to 3600)',
          'side-rest=" " ignored (expects 0 to 3600)',
          'lead-in="90" ignored (expects 0 to 60)',
          'mode="sprint" ignored (expects tempo or count)',
        ].map((problem) => `[exercise-elements] <set-timer>: ${problem}.`),
      );

      // Said once: updates and a change of language do not repeat it.
      el.setAttribute('lang', 'de');
      await el.updateComplete;
      el.start();
      clock.tick(1_000);
      await el.updateComplete;
      expect(warn.callCount).to.equal(7);
      expect(el.state.status).to.equal('running');

      // Mended, each attribute applies, with nothing more said.
      el.reset();
      for (const [name, value] of [['sets', '1'], ['reps', '2'], ['tempo', '1-0-1-0'], ['rest', '0'], ['side-rest', '0'], ['lead-in', '0'], ['mode', 'count']])
        el.setAttribute(name!, value!);
      await el.updateComplete;
      expect(warn.callCount).to.equal(7);
      expect(el.state).to.deep.include({ sets: 1, reps: 2, remaining: null });
    } finally {
      warn.restore();
    }
  });

  it('properties of the wrong type: read where they can be, ignored where not, never a throw', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await make(html`<set-timer sets="1" reps="2" lead-in="0"></set-timer>`);
      const loose = el as unknown as Record<string, unknown>;
      loose.tempo = 3010; // the coaches' four digits, as a number
      loose.mode = 1;
      loose.words = { start: 'Los' }; // a partial table threw on every tick
      await el.updateComplete;
      el.start();
      clock.tick(1_000);
      await el.updateComplete;
      expect(el.state).to.deep.include({ status: 'running', phase: 'eccentric', rep: 1 });
      expect(el.state.phaseDuration).to.equal(3);
      expect(text(el, '[part="phase"]')).to.equal('Lower slowly'); // its own words
      expect(warn.args.map((a) => a[0])).to.deep.equal(['[exercise-elements] <set-timer>: words ignored (not a whole TimerWords table).']);
    } finally {
      warn.restore();
    }
  });

  it('keeps the keyboard focus on the main button as it turns from Start to Rep done to Pause (count mode)', async () => {
    const el = await make(html`<set-timer sets="2" reps="1" mode="count" lead-in="3" rest="5"></set-timer>`);
    const active = () => shadow(el).activeElement?.getAttribute('part');
    button(el, 'button-primary').focus();
    button(el, 'button-primary').click();
    await el.updateComplete;
    expect(active()).to.equal('button button-primary'); // Pause, during the lead-in
    clock.tick(3_100);
    await el.updateComplete;
    expect(el.state.phase).to.equal('rep');
    expect(active()).to.equal('button button-count');
    button(el, 'button-count').click();
    await el.updateComplete;
    expect(el.state.phase).to.equal('set-rest');
    expect(active()).to.equal('button button-primary');
  });

  it('focus() goes to the main button, whatever it says (a dialog opening on the timer uses it)', async () => {
    const el = await make(html`<set-timer sets="1" reps="2" tempo="1-0-1-0" lead-in="0" muted></set-timer>`);
    el.focus();
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Start');
    el.start();
    el.pause();
    await el.updateComplete;
    (document.activeElement as HTMLElement | null)?.blur();
    el.focus();
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Resume');
  });

  it('moves the focus to the main button when the focused one is disabled (Skip, once stopped)', async () => {
    const el = await make(html`<set-timer sets="1" reps="2" tempo="1-0-1-0" lead-in="0"></set-timer>`);
    el.start();
    await el.updateComplete;
    const skip = button(el, 'button-skip');
    skip.focus();
    key(el, 'Escape', skip);
    await el.updateComplete;
    expect(el.state.status).to.equal('idle');
    expect(skip.disabled).to.be.true;
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('button button-primary');
  });

  it('keyboard: Space starts and pauses, arrows skip and go back, Escape stops', async () => {
    const el = await make(html`<set-timer .exercise=${lunge}></set-timer>`);
    key(el, ' ');
    expect(el.state.status).to.equal('running');
    key(el, 'ArrowRight');
    expect(el.state).to.deep.include({ rep: 1, phase: 'eccentric', remaining: 3 });
    clock.tick(2_000);
    key(el, 'ArrowLeft');
    expect(el.state).to.deep.include({ rep: 1, phase: 'eccentric', remaining: 3 });
    key(el, ' ');
    expect(el.state.status).to.equal('paused');
    key(el, ' ');
    expect(el.state.status).to.equal('running');
    // Space on a focused button is the button's own: not handled twice.
    key(el, ' ', button(el, 'button-skip'));
    expect(el.state.status).to.equal('running');
    key(el, 'Escape');
    expect(el.state.status).to.equal('idle');
    expect(shadow(el).querySelector('.timer')!.getAttribute('aria-keyshortcuts')).to.contain('Space');
  });

  it('controls are real buttons with names, and change with the state', async () => {
    const el = await make(html`<set-timer .exercise=${lunge}></set-timer>`);
    const names = () => [...shadow(el).querySelectorAll('[part="controls"] button')].map((b) => b.textContent!.trim());
    expect(names()).to.deep.equal(['Back', 'Start', 'Skip', 'Restart']);
    expect(button(el, 'button-skip').disabled).to.be.true;
    button(el, 'button-primary').click();
    await el.updateComplete;
    expect(names()).to.deep.equal(['Back', 'Pause', 'Skip', 'Restart']);
    button(el, 'button-primary').click();
    await el.updateComplete;
    expect(names()).to.deep.equal(['Back', 'Resume', 'Skip', 'Restart']);
    expect(text(el, '.hint')).to.equal('Paused');
    button(el, 'button-skip').click();
    expect(el.state).to.deep.include({ status: 'paused', rep: 1, phase: 'eccentric' });
    button(el, 'button-primary').click();
    clock.tick(300_000);
    await el.updateComplete;
    expect(names()).to.deep.equal(['Back', 'Start again', 'Skip', 'Restart']);
  });

  it('the countdown is a role="timer"; a polite live region announces phase changes only', async () => {
    const el = await make(html`<set-timer .exercise=${lunge}></set-timer>`);
    const live = shadow(el).querySelector('[aria-live="polite"]')!;
    const timer = shadow(el).querySelector('[role="timer"]')!;
    expect(timer.getAttribute('aria-label')).to.be.a('string').and.not.empty;
    expect(live.contains(timer)).to.be.false;
    el.start();
    await el.updateComplete;
    expect(live.textContent!.trim()).to.equal('Get ready, 5 seconds, Up next: Set 1 of 2, Left side');
    clock.tick(1_000);
    await el.updateComplete;
    clock.tick(1_000);
    await el.updateComplete;
    expect(live.textContent!.trim()).to.equal('Get ready, 5 seconds, Up next: Set 1 of 2, Left side');
    clock.tick(3_000);
    await el.updateComplete;
    expect(live.textContent!.trim()).to.equal('Rep 1 of 8, Lower slowly');
    clock.tick(3_000); // the drive-up half of the same rep: not announced
    await el.updateComplete;
    expect(live.textContent!.trim()).to.equal('Rep 1 of 8, Lower slowly');
    clock.tick(29_000);
    await el.updateComplete;
    expect(live.textContent!.trim()).to.equal('Switch sides, 15 seconds, Up next: Set 1 of 2, Right side');
  });

  it('no AudioContext before a user gesture; muted makes no sound at all', async () => {
    fakes.activation.isActive = false; // a page script calls start() on load
    const el = await make(html`<set-timer .exercise=${lunge}></set-timer>`);
    el.start();
    await settle();
    clock.tick(10_000);
    expect(FakeAudioContext.instances).to.have.length(0);
    expect(fakes.spoken).to.have.length(0);
    el.reset();

    fakes.activation.isActive = true;
    el.muted = true;
    await el.updateComplete;
    el.start();
    await settle();
    clock.tick(10_000);
    expect(FakeAudioContext.instances).to.have.length(0);
    expect(fakes.spoken).to.have.length(0);
    await el.updateComplete;
    expect(text(el, '[part="sound"]')).to.equal('Sound off');
    expect(el.state).to.deep.include({ rep: 2, phase: 'eccentric' }); // the visual timer runs on
  });

  it('blocked audio: the visual timer carries on and says sound is blocked', async () => {
    FakeAudioContext.resumeTo = 'suspended';
    const el = await make(html`<set-timer .exercise=${lunge}></set-timer>`);
    el.start();
    await settle();
    clock.tick(6_000);
    await el.updateComplete;
    expect(FakeAudioContext.instances[0]!.oscillators).to.have.length(0);
    expect(text(el, '.footer')).to.contain('Sound blocked');
    expect(el.state).to.deep.include({ phase: 'eccentric', rep: 1 });
    // A tap on "Turn sound on" tries again.
    FakeAudioContext.resumeTo = 'running';
    button(el, 'sound').click();
    await settle();
    clock.tick(4_000);
    expect(FakeAudioContext.instances[0]!.oscillators.length).to.be.greaterThan(0);
  });

  it('keeps the screen awake while running; released on pause and finish, re-requested on return', async () => {
    const el = await make(html`<set-timer sets="1" reps="2" tempo="1-0-1-0" lead-in="0"></set-timer>`);
    el.start();
    await settle();
    expect(fakes.wakeLock.held()).to.be.true;
    el.pause();
    await settle();
    expect(fakes.wakeLock.held()).to.be.false;
    el.resume();
    await settle();
    expect(fakes.wakeLock.held()).to.be.true;
    fakes.setVisible(false);
    expect(fakes.wakeLock.held()).to.be.false;
    fakes.setVisible(true);
    await settle();
    expect(fakes.wakeLock.held()).to.be.true;
    clock.tick(5_000);
    await settle();
    expect(el.state.status).to.equal('done');
    expect(fakes.wakeLock.held()).to.be.false;
  });

  it('without the Wake Lock API, runs all the same', async () => {
    fakes.restore();
    fakes = installFakes({ wakeLock: false });
    const el = await make(html`<set-timer sets="1" reps="1" tempo="1-0-1-0" lead-in="0"></set-timer>`);
    el.start();
    await settle();
    clock.tick(3_000);
    expect(el.state.status).to.equal('done');
  });

  it('disconnecting leaves no timers, listeners, AudioContext or wake lock behind', async () => {
    const el = await make(html`<set-timer .exercise=${lunge}></set-timer>`);
    el.start();
    await settle();
    clock.tick(1_000);
    expect(clock.countTimers()).to.be.greaterThan(0);
    el.remove();
    await settle();
    expect(clock.countTimers(), 'timers and frames left').to.equal(0);
    expect(FakeAudioContext.instances[0]!.closed).to.be.true;
    expect(fakes.wakeLock.held()).to.be.false;
    const count = rec.seen.length;
    fakes.setVisible(false);
    fakes.setVisible(true);
    clock.tick(60_000);
    expect(rec.seen.length, 'events after removal').to.equal(count);
    expect(fakes.wakeLock.held()).to.be.false;
    // Put back, it picks up where time says it is.
    document.body.append(el);
    // 61 s: right side, rep 3 (37 + 15 switch + 2 × 4 = 60).
    expect(el.state).to.deep.include({ status: 'running', side: 'right', rep: 3, phase: 'eccentric' });
    el.remove();
  });
});

describe('<set-timer> with reduced motion', () => {
  let clock: sinon.SinonFakeTimers;
  afterEach(async () => {
    clock?.restore();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  async function ringAt(ms: number) {
    clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    const el = await fixture<SetTimer>(html`<set-timer sets="1" reps="1" tempo="4-0-1-0" lead-in="0"></set-timer>`);
    el.start();
    clock.tick(ms);
    await el.updateComplete;
    const offset = Number(shadow(el).querySelector('.ring .fill')!.getAttribute('stroke-dashoffset'));
    const time = text(el, '[role="timer"]');
    clock.restore();
    el.remove();
    return { offset, time };
  }

  it('stops the ring sweeping (whole-second steps), not the numbers', async () => {
    const smoothA = await ringAt(1_200);
    const smoothB = await ringAt(1_700);
    expect(smoothA.offset).to.not.equal(smoothB.offset);
    await emulateMedia({ reducedMotion: 'reduce' });
    const stillA = await ringAt(1_200);
    const stillB = await ringAt(1_700);
    expect(stillA.offset).to.equal(stillB.offset);
    expect(stillA.time).to.equal('3');
    const later = await ringAt(2_100);
    expect(later.time).to.equal('2');
    expect(later.offset).to.be.lessThan(stillA.offset);
  });
});

describe('<set-timer> layout', () => {
  it('puts the icon over the label on all three small buttons below the wide layout, in English and German alike', async () => {
    for (const lang of ['en', 'de'])
      for (const width of [300, 340, 400, 500, 700]) {
        const el = await fixture<SetTimer>(html`<set-timer lang=${lang} style="width: ${width}px" sets="2" reps="8"></set-timer>`);
        el.start();
        await el.updateComplete;
        for (const part of ['button-back', 'button-skip', 'button-restart']) {
          const b = el.shadowRoot!.querySelector(`[part~="${part}"]`)!;
          const icon = b.querySelector('svg')!.getBoundingClientRect();
          const label = b.querySelector('span')!.getBoundingClientRect();
          const where = `${part}, ${lang}, ${width} px`;
          if (width < 560) expect(icon.bottom, where).to.be.at.most(label.top + 1);
          else expect(icon.right, where).to.be.at.most(label.left + 1); // the wide layout: side by side
        }
        el.remove();
      }
  });
});

describe('<set-timer> main button position', () => {
  it('stays put from a counted rep to the rest that follows, narrow and wide (the "Up next" line keeps its room)', async () => {
    for (const width of [360, 900]) {
      const el = await fixture<SetTimer>(html`<set-timer style="width: ${width}px" sets="2" reps="1" rest="30" lead-in="0" mode="count"></set-timer>`);
      el.start();
      await el.updateComplete;
      const main = () => el.shadowRoot!.querySelector<HTMLButtonElement>('.primary')!;
      const top = () => main().getBoundingClientRect().top - el.getBoundingClientRect().top;
      const inRep = top();
      main().click(); // the set's only rep: on to the rest
      await el.updateComplete;
      expect(el.state.phase).to.equal('set-rest');
      expect(top(), `${width} px`).to.be.closeTo(inRep, 0.5);
      el.remove();
    }
  });
});

describe('<set-timer> face, at any size and with the reader\'s text spacing', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = fakeClock();
  });
  afterEach(() => clock.restore());

  /** How far the face's text reaches past the ring's inner circle (px; negative: inside), and its lines. */
  function facePast(el: SetTimer): { past: number; lines: number } {
    const root = el.shadowRoot!;
    const dial = root.querySelector('.dial')!.getBoundingClientRect();
    const [cx, cy, inner] = [dial.left + dial.width / 2, dial.top + dial.height / 2, (dial.width * 48) / 120];
    let past = -Infinity;
    let lines = 0;
    for (const node of root.querySelectorAll('.face > *')) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        lines++;
        for (const [x, y] of [[r.left, r.top], [r.right, r.top], [r.left, r.bottom], [r.right, r.bottom]] as const) {
          past = Math.max(past, Math.hypot(x - cx, y - cy) - inner);
        }
      }
    }
    return { past, lines };
  }

  it('keeps a clock of minutes or hours on one line inside the ring, narrow and wide ("1:30" broke in two at 5em)', async () => {
    for (const width of [300, 360, 900])
      for (const [rest, shown] of [[90, '1:30'], [600, '10:00']] as const) {
        const el = await fixture<SetTimer>(html`<set-timer style="width: ${width}px" sets="2" reps="1" tempo="1-0-1-0" rest=${rest} lead-in="0"></set-timer>`);
        el.setAttribute('muted', '');
        el.start();
        clock.tick(2_000);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.time')!.textContent!.trim()).to.equal(shown);
        expect(facePast(el), `${shown} at ${width} px`).to.deep.include({ lines: 2 }); // "Rest" and the clock, neither wrapped
        expect(facePast(el).past, `${shown} at ${width} px`).to.be.below(0);
        el.remove();
      }
    const long = await fixture<SetTimer>(html`<set-timer style="width: 900px" sets="50" reps="20" tempo="3-0-1-0" rest="120"></set-timer>`);
    expect(long.shadowRoot!.querySelector('.time')!.textContent!.trim()).to.match(/^\d+:\d\d:\d\d$/);
    expect(facePast(long).past).to.be.below(0);
  });

  it('keeps the face inside the ring, near enough, with WCAG 1.4.12 text spacing (it spilled 68 to 88 px, over the chips)', async () => {
    const spacing = new CSSStyleSheet();
    spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important } p { margin-bottom: 2em !important }');
    for (const width of [320, 900])
      for (const attrs of [{ mode: 'count' }, { tempo: '1-0-1-0' }]) {
        const el = await fixture<SetTimer>(html`<set-timer style="width: ${width}px" sets="2" reps="1" rest="60" lead-in="0" mode=${attrs.mode ?? 'tempo'} tempo=${attrs.tempo ?? '3-0-1-0'}></set-timer>`);
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
        el.setAttribute('muted', '');
        el.start();
        if (attrs.tempo) clock.tick(2_300); // into the rest
        el.pause();
        await el.updateComplete;
        // Text boxes, corners included: the letters themselves stay inside.
        expect(facePast(el).past, `${width} px, ${attrs.mode ?? 'rest'}, paused`).to.be.below(14);
        el.remove();
      }
  });

  it('lays out wide by room for its text, not by pixels: doubled text stays in the narrow layout, inside the element', async () => {
    const el = await fixture<SetTimer>(html`<set-timer style="width: 800px; --ex-font-size: 32px" sets="2" reps="8"></set-timer>`);
    const root = el.shadowRoot!;
    const host = el.getBoundingClientRect();
    expect(root.querySelector('.dial')!.getBoundingClientRect().top).to.be.greaterThan(root.querySelector('.header')!.getBoundingClientRect().bottom);
    for (const part of ['.header', '.controls', '.footer']) expect(root.querySelector(part)!.getBoundingClientRect().right, part).to.be.at.most(host.right);
    // At 16 px, the same width is the wide layout: the dial beside the details.
    el.style.setProperty('--ex-font-size', '16px');
    await el.updateComplete;
    expect(root.querySelector('.dial')!.getBoundingClientRect().right).to.be.lessThan(root.querySelector('.header')!.getBoundingClientRect().left);
  });
});

describe('<set-timer> dial', () => {
  it('keeps the phase word inside the ring, paused, in English, Spanish and German', async () => {
    for (const lang of ['en', 'es', 'de']) {
      const el = await fixture<SetTimer>(html`<set-timer lang=${lang} style="width: 360px" sets="2" reps="2" per-side tempo="3-0-1-0" lead-in="0"></set-timer>`);
      el.start();
      el.pause();
      for (let i = 0; i < 8 && el.state.status !== 'done'; i++) {
        await el.updateComplete;
        const ring = el.shadowRoot!.querySelector('svg.ring')!.getBoundingClientRect();
        const [cx, cy, r] = [ring.left + ring.width / 2, ring.top + ring.height / 2, (ring.width * 48) / 120]; // inner edge
        const word = el.shadowRoot!.querySelector('.word')!;
        const range = document.createRange();
        range.selectNodeContents(word);
        for (const line of range.getClientRects())
          for (const [x, y] of [[line.left, line.top], [line.right, line.top], [line.left, line.bottom], [line.right, line.bottom]])
            expect(Math.hypot(x! - cx, y! - cy) / r, `${lang}: "${word.textContent!.trim()}"`).to.be.at.most(1.01);
        el.skip();
      }
      el.remove();
    }
  });
});

describe('<set-timer> accessibility (axe) and document loading', () => {
  it('is axe-clean idle, running, paused and done', async () => {
    const el = await fixture<SetTimer>(html`<set-timer sets="2" reps="2" per-side tempo="1-0-1-0" rest="5"></set-timer>`);
    await expect(el).to.be.accessible();
    el.start();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.pause();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    for (let i = 0; i < 20 && el.state.status !== 'done'; i++) el.skip();
    await el.updateComplete;
    expect(el.state.status).to.equal('done');
    await expect(el).to.be.accessible();
  });

  it('is a named group, not a landmark: two timers on one page are axe-clean', async () => {
    const page = await fixture<HTMLElement>(html`<div><set-timer sets="2" reps="2"></set-timer><set-timer sets="3" reps="5"></set-timer></div>`);
    for (const el of page.querySelectorAll('set-timer')) {
      await el.updateComplete;
      const panel = el.shadowRoot!.querySelector('[part="timer"]')!;
      expect(panel.getAttribute('role')).to.equal('group');
      expect(panel.getAttribute('aria-label')).to.equal('Set timer');
    }
    await expect(page).to.be.accessible();
  });

  it('is axe-clean in count mode while a rep is open', async () => {
    const el = await fixture<SetTimer>(html`<set-timer sets="1" reps="3" mode="count" lead-in="0"></set-timer>`);
    el.start();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('loads the reverse lunge from src and shows its prescription', async () => {
    const el = await fixture<SetTimer>(html`<set-timer src="/demo/exercises/reverse-lunge.json"></set-timer>`);
    await new Promise<void>((resolve) => el.addEventListener('exercise-load', () => resolve(), { once: true }));
    await el.updateComplete;
    expect(el.state).to.deep.include({ sets: 2, reps: 8, side: 'left', remaining: 223 });
    expect(seen(el, '[part="header"]')).to.equal('Set 1 of 2 Left side 8 reps');
  });

  it('a document that fails to load shows the error panel, and nothing throws', async () => {
    const el = await fixture<SetTimer>(html`<set-timer src="/__fixtures/status/404"></set-timer>`);
    await new Promise<void>((resolve) => el.addEventListener('exercise-error', () => resolve(), { once: true }));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="error"][role="alert"]')).to.exist;
    expect(() => el.start()).not.to.throw();
    el.reset();
  });
});
