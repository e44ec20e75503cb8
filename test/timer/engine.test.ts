import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  BACK_GRACE_MS,
  CueCursor,
  MAX_AWAY_MS,
  backRun,
  compileTimeline,
  computeState,
  countRep,
  formatClock,
  formatRemaining,
  idleRun,
  jumpTo,
  locate,
  parseFlag,
  parseTempo,
  pauseRun,
  resolvePlan,
  restoreSnapshot,
  resumeRun,
  skipRun,
  startRun,
  takeSnapshot,
  TIMER_WORDS,
  type Timeline,
} from '../../src/timer/index.js';
import type { Prescription } from '../../src/schema/exercise-types.js';

/** The reverse lunge as demo/exercises/reverse-lunge.json prescribes it. */
const REVERSE_LUNGE: Prescription = {
  sets: 2,
  reps: 8,
  perSide: true,
  firstSide: 'left',
  tempo: { eccentric: 3, bottom: 0, concentric: 1, top: 0 },
  restBetweenSets: 60,
  restBetweenSides: 15,
  leadIn: 5,
};

const lunge = () => compileTimeline(resolvePlan(REVERSE_LUNGE));

/** "kind set side rep start+duration" for each phase, in seconds: easy to write out by hand. */
function describe_(tl: Timeline): string[] {
  return tl.phases.map(
    (p) => `${p.kind} ${p.set} ${p.side ?? '-'} ${p.rep} @${p.start / 1000}+${Number.isFinite(p.duration) ? p.duration / 1000 : 'open'}`,
  );
}

describe('timer engine: compiling a prescription', () => {
  it('the reverse lunge: 68 phases, 223 s, written out', async () => {
    const doc = await (await fetch('/demo/exercises/reverse-lunge.json')).json();
    expect(doc.prescription).to.deep.include({ sets: 2, reps: 8, perSide: true, restBetweenSets: 60, restBetweenSides: 15, leadIn: 5 });
    const tl = compileTimeline(resolvePlan(doc.prescription));

    const expected: string[] = ['lead-in 1 left 0 @0+5'];
    let t = 5;
    for (let set = 1; set <= 2; set++) {
      for (const side of ['left', 'right']) {
        if (side === 'right') {
          expected.push(`side-rest ${set} right 0 @${t}+15`);
          t += 15;
        }
        for (let rep = 1; rep <= 8; rep++) {
          expected.push(`eccentric ${set} ${side} ${rep} @${t}+3`);
          expected.push(`concentric ${set} ${side} ${rep} @${t + 3}+1`);
          t += 4;
        }
      }
      if (set === 1) {
        expected.push(`set-rest 2 left 0 @${t}+60`);
        t += 60;
      }
    }
    // Spelled out: 5 lead-in + 2 × (8×4 left + 15 switch + 8×4 right) + 60 rest = 223 s.
    expect(t).to.equal(223);
    expect(tl.total).to.equal(223_000);
    expect(tl.phases).to.have.length(68);
    expect(describe_(tl)).to.deep.equal(expected);
    // The first few and the turns, literally, in case the loop above is wrong too.
    expect(describe_(tl).slice(0, 4)).to.deep.equal([
      'lead-in 1 left 0 @0+5',
      'eccentric 1 left 1 @5+3',
      'concentric 1 left 1 @8+1',
      'eccentric 1 left 2 @9+3',
    ]);
    expect(describe_(tl)[17]).to.equal('side-rest 1 right 0 @37+15');
    expect(describe_(tl)[34]).to.equal('set-rest 2 left 0 @84+60');
    expect(describe_(tl)[67]).to.equal('concentric 2 right 8 @222+1');
    // Steps: lead-in, 16 reps, switch, 16... each rep's two phases are one step.
    expect(tl.steps).to.have.length(1 + 2 * (16 + 1) + 1);
  });

  it('its cues: words at rests and reps, a countdown before each rest ends, done at the end', () => {
    const tl = lunge();
    const at = (s: number) => tl.cues.filter((c) => c.at === s * 1000);
    expect(at(0)).to.deep.equal([{ at: 0, phase: 0, tone: 'rest', say: 'Get ready' }]);
    expect(at(2).map((c) => c.tone)).to.deep.equal(['tick']);
    expect(at(5)[0]).to.deep.include({ tone: 'go', say: '1' });
    expect(at(8)[0]).to.deep.include({ tone: 'move' });
    expect(at(9)[0]).to.deep.include({ tone: 'rep', say: '2' });
    expect(at(37)[0]).to.deep.include({ tone: 'rest', say: 'Switch sides' });
    expect(at(84)[0]).to.deep.include({ tone: 'rest', say: 'Rest' });
    expect(at(141).map((c) => c.tone)).to.deep.equal(['tick']);
    const last = tl.cues[tl.cues.length - 1]!;
    expect(last).to.deep.include({ at: 223_000, phase: 68, tone: 'done', say: 'Done' });
    // Sorted by time, never two for one moment of one phase.
    for (let i = 1; i < tl.cues.length; i++) expect(tl.cues[i]!.at).to.be.at.least(tl.cues[i - 1]!.at);
  });

  it('skips zero-length phases: no lead-in, no bottom or top pause, no rest', () => {
    const tl = compileTimeline(
      resolvePlan({ sets: 2, reps: 2, tempo: { eccentric: 2, bottom: 0, concentric: 0, top: 1 }, restBetweenSets: 0, leadIn: 0 }),
    );
    expect(describe_(tl)).to.deep.equal([
      'eccentric 1 - 1 @0+2',
      'top 1 - 1 @2+1',
      'eccentric 1 - 2 @3+2',
      'top 1 - 2 @5+1',
      'eccentric 2 - 1 @6+2',
      'top 2 - 1 @8+1',
      'eccentric 2 - 2 @9+2',
      'top 2 - 2 @11+1',
    ]);
  });

  it('all four tempo parts, the right side first, a timed hold, and count mode', () => {
    const four = compileTimeline(resolvePlan({ sets: 1, reps: 1, tempo: { eccentric: 3, bottom: 1, concentric: 2, top: 1 }, leadIn: 0 }));
    expect(four.phases.map((p) => p.kind)).to.deep.equal(['eccentric', 'bottom', 'concentric', 'top']);
    expect(four.phases.map((p) => TIMER_WORDS.phase[p.kind])).to.deep.equal(['Lower slowly', 'Hold', 'Drive up', 'Hold']);

    const right = compileTimeline(resolvePlan({ ...REVERSE_LUNGE, sets: 1, reps: 1, firstSide: 'right' }));
    expect(right.phases.map((p) => `${p.kind}:${p.side}`)).to.deep.equal([
      'lead-in:right',
      'eccentric:right',
      'concentric:right',
      'side-rest:left',
      'eccentric:left',
      'concentric:left',
    ]);

    const hold = compileTimeline(resolvePlan({ sets: 2, holdSeconds: 30, perSide: true, restBetweenSets: 45, restBetweenSides: 5, leadIn: 3 }));
    expect(describe_(hold)).to.deep.equal([
      'lead-in 1 left 0 @0+3',
      'hold 1 left 0 @3+30',
      'side-rest 1 right 0 @33+5',
      'hold 1 right 0 @38+30',
      'set-rest 2 left 0 @68+45',
      'hold 2 left 0 @113+30',
      'side-rest 2 right 0 @143+5',
      'hold 2 right 0 @148+30',
    ]);

    const count = compileTimeline(resolvePlan({ sets: 2, reps: 2, restBetweenSets: 30, leadIn: 0 }));
    expect(count.plan.mode).to.equal('count');
    expect(describe_(count)).to.deep.equal([
      'rep 1 - 1 @0+open',
      'rep 1 - 2 @0+open',
      'set-rest 2 - 0 @0+30',
      'rep 2 - 1 @30+open',
      'rep 2 - 2 @30+open',
    ]);
    // Tempo mode with a tempo of all zeros cannot time a rep: the reader counts.
    const zeros = compileTimeline(resolvePlan({ sets: 1, reps: 2, tempo: { eccentric: 0, bottom: 0, concentric: 0, top: 0 } }, { mode: 'tempo' }));
    expect(zeros.phases.filter((p) => p.kind === 'rep')).to.have.length(2);
  });

  it('per-side with no rest between sides says the new side at its first rep', () => {
    const tl = compileTimeline(resolvePlan({ ...REVERSE_LUNGE, sets: 1, reps: 1, restBetweenSides: 0 }));
    expect(tl.phases.map((p) => p.kind)).to.deep.equal(['lead-in', 'eccentric', 'concentric', 'eccentric', 'concentric']);
    expect(tl.cues.find((c) => c.phase === 3)!.say).to.equal('Right side. 1');
  });

  it('attributes override the document; nonsense is clamped or ignored', () => {
    const plan = resolvePlan(REVERSE_LUNGE, { sets: 3, reps: 10, perSide: false, tempo: parseTempo('2-1-1-0'), rest: 90, sideRest: 0, leadIn: 0 });
    expect(plan).to.deep.include({ sets: 3, reps: 10, perSide: false, restBetweenSets: 90, restBetweenSides: 0, leadIn: 0, mode: 'tempo' });
    expect(plan.tempo).to.deep.equal({ eccentric: 2, bottom: 1, concentric: 1, top: 0 });
    expect(plan.sides).to.deep.equal([null]);
    const wild = resolvePlan({ sets: 9999, reps: -4, restBetweenSets: NaN } as Prescription, { leadIn: 1e9 });
    expect(wild).to.deep.include({ sets: 50, reps: 1, restBetweenSets: 60, leadIn: 60 });
    expect(resolvePlan(undefined)).to.deep.include({ sets: 3, reps: 10, mode: 'count' });
    expect(resolvePlan({ holdSeconds: 20 }, { reps: 5 })).to.deep.include({ holdSeconds: 0, reps: 5 });
  });

  it('reads tempo and flag attributes', () => {
    expect(parseTempo('3-0-1-0')).to.deep.equal({ eccentric: 3, bottom: 0, concentric: 1, top: 0 });
    expect(parseTempo('3010')).to.deep.equal({ eccentric: 3, bottom: 0, concentric: 1, top: 0 });
    expect(parseTempo(' 2 : 1 : 2 : 0 ')).to.deep.equal({ eccentric: 2, bottom: 1, concentric: 2, top: 0 });
    expect(parseTempo('1.5-0-1-0')!.eccentric).to.equal(1.5);
    for (const bad of ['', '3-0-1', '3-0-1-0-2', 'a-b-c-d', '3-0-1-x', '-3-0-1-0', '99-0-1-0', null]) expect(parseTempo(bad), String(bad)).to.be.undefined;
    expect(parseFlag('')).to.be.true;
    expect(parseFlag('false')).to.be.false;
    expect(parseFlag(null)).to.be.undefined;
  });

  it('formats time left as a person reads a countdown', () => {
    expect(formatRemaining(2.001)).to.equal('3');
    expect(formatRemaining(3)).to.equal('3');
    expect(formatRemaining(0.0001)).to.equal('1');
    expect(formatRemaining(0)).to.equal('0');
    expect(formatRemaining(60)).to.equal('1:00');
    expect(formatRemaining(59.2)).to.equal('1:00');
    expect(formatRemaining(125)).to.equal('2:05');
    expect(formatClock(223)).to.equal('3:43');
    expect(formatClock(3725)).to.equal('1:02:05');
  });
});

describe('timer engine: state from the clock', () => {
  const T0 = 10_000;

  it('is a pure function of start time and now: every phase boundary of the lunge', () => {
    const tl = lunge();
    const run = startRun(tl, T0);
    for (const p of tl.phases) {
      const at = computeState(tl, run, T0 + p.start);
      expect(at.index, `start of ${p.index}`).to.equal(p.index);
      expect(at.remaining).to.equal(p.duration / 1000);
      const before = computeState(tl, run, T0 + p.start - 1);
      expect(before.index).to.equal(Math.max(0, p.index - 1));
    }
    const done = computeState(tl, run, T0 + 223_000);
    expect(done).to.deep.include({ status: 'done', phase: 'done', remaining: 0, progress: 1 });
    expect(computeState(tl, run, T0 + 222_999)).to.deep.include({ status: 'running', set: 2, side: 'right', rep: 8, phase: 'concentric' });
    // The same inputs give the same answer, whatever was asked before.
    expect(computeState(tl, run, T0 + 100_000)).to.deep.equal(computeState(tl, run, T0 + 100_000));
  });

  it('reports set, side, rep, phase, remaining and progress', () => {
    const tl = lunge();
    const run = startRun(tl, T0);
    expect(computeState(tl, run, T0 + 6_500)).to.deep.include({
      status: 'running',
      set: 1,
      sets: 2,
      side: 'left',
      rep: 1,
      reps: 8,
      phase: 'eccentric',
      remaining: 1.5,
      phaseElapsed: 1.5,
      phaseDuration: 3,
    });
    expect(computeState(tl, run, T0 + 111_500).progress).to.be.closeTo(111.5 / 223, 1e-9);
    expect(computeState(tl, idleRun(), T0)).to.deep.include({ status: 'idle', phase: 'idle', remaining: 223, set: 1, side: 'left' });
  });

  it('a pause shifts the whole timeline by exactly its length', () => {
    const tl = lunge();
    let run = startRun(tl, T0);
    run = pauseRun(run, T0 + 20_000);
    // Frozen while paused.
    expect(computeState(tl, run, T0 + 500_000)).to.deep.include({ status: 'paused', index: locate(tl, startRun(tl, T0), T0 + 20_000).index });
    run = resumeRun(run, T0 + 20_000 + 137_123);
    for (const t of [20_000, 37_000, 100_000, 222_999]) {
      const expected = computeState(tl, startRun(tl, T0), T0 + t);
      expect(computeState(tl, run, T0 + t + 137_123)).to.deep.equal(expected);
    }
  });

  it('property: any pauses shift the state by their total length, never more', () => {
    const tl = lunge();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 600_000 })), { maxLength: 6 }),
        fc.integer({ min: 0, max: 230_000 }),
        (pauses, at) => {
          let run = startRun(tl, 0);
          let now = 0;
          let paused = 0;
          for (const [gap, length] of pauses) {
            now += gap;
            run = pauseRun(run, now);
            now += length;
            paused += length;
            run = resumeRun(run, now);
          }
          const elapsedSinceStart = now - paused;
          const t = Math.max(at, elapsedSinceStart);
          const expected = computeState(tl, startRun(tl, 0), t);
          expect(computeState(tl, run, t + paused)).to.deep.equal(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: for random prescriptions, phases tile the total and the state never goes backwards', () => {
    fc.assert(
      fc.property(
        fc.record({
          sets: fc.integer({ min: 1, max: 5 }),
          reps: fc.integer({ min: 1, max: 12 }),
          perSide: fc.boolean(),
          tempo: fc.record({
            eccentric: fc.integer({ min: 0, max: 5 }),
            bottom: fc.integer({ min: 0, max: 3 }),
            concentric: fc.integer({ min: 0, max: 3 }),
            top: fc.integer({ min: 0, max: 3 }),
          }),
          restBetweenSets: fc.integer({ min: 0, max: 120 }),
          restBetweenSides: fc.integer({ min: 0, max: 30 }),
          leadIn: fc.integer({ min: 0, max: 10 }),
        }),
        fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 2, maxLength: 20 }),
        (prescription, times) => {
          const tl = compileTimeline(resolvePlan(prescription, { mode: 'tempo' }));
          let t = 0;
          for (const p of tl.phases) {
            expect(p.duration).to.be.greaterThan(0);
            if (Number.isFinite(p.duration)) {
              expect(p.start).to.equal(t);
              t += p.duration;
            }
          }
          expect(t).to.equal(tl.total);
          const run = startRun(tl, 0);
          let last = -1;
          for (const now of [...times].sort((a, b) => a - b)) {
            const s = computeState(tl, run, now);
            expect(s.index).to.be.at.least(last);
            last = s.index;
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('skip, back and restart land exactly on step boundaries', () => {
    const tl = lunge();
    let run = startRun(tl, 0);
    // Mid-way through rep 2's lowering (phase 3, 9 s + 1.2 s): skip → start of rep 3.
    run = skipRun(tl, run, 10_200);
    expect(computeState(tl, run, 10_200)).to.deep.include({ rep: 3, phase: 'eccentric', remaining: 3, phaseElapsed: 0 });
    // 2 s later back → start of rep 3 again (past the grace).
    run = backRun(tl, run, 12_200);
    expect(computeState(tl, run, 12_200)).to.deep.include({ rep: 3, phase: 'eccentric', remaining: 3 });
    // Right away back again → rep 2.
    run = backRun(tl, run, 12_200 + BACK_GRACE_MS - 1);
    expect(computeState(tl, run, 12_200 + BACK_GRACE_MS - 1)).to.deep.include({ rep: 2, phase: 'eccentric', remaining: 3 });
    // Skipping from the concentric half of a rep goes to the next rep, not to its other half.
    run = jumpTo(tl, run, 20_000, 2);
    expect(computeState(tl, run, 20_000)).to.deep.include({ rep: 1, phase: 'concentric' });
    run = skipRun(tl, run, 20_500);
    expect(computeState(tl, run, 20_500)).to.deep.include({ rep: 2, phase: 'eccentric', phaseElapsed: 0 });
    // Skip a whole rest.
    run = jumpTo(tl, run, 30_000, 34);
    expect(computeState(tl, run, 30_000).phase).to.equal('set-rest');
    run = skipRun(tl, run, 31_000);
    expect(computeState(tl, run, 31_000)).to.deep.include({ set: 2, side: 'left', rep: 1, phase: 'eccentric', remaining: 3 });
    // Restart.
    run = startRun(tl, 40_000);
    expect(computeState(tl, run, 40_000)).to.deep.include({ index: 0, phase: 'lead-in', remaining: 5 });
    // Back at the very first step stays there.
    expect(computeState(tl, backRun(tl, run, 40_100), 40_100)).to.deep.include({ index: 0, remaining: 5 });
    // Skipping past the last step finishes.
    run = jumpTo(tl, run, 50_000, 66);
    const end = skipRun(tl, run, 50_100);
    expect(end.status).to.equal('done');
    expect(computeState(tl, end, 50_100).status).to.equal('done');
    // Back from done goes to the start of the last rep, paused.
    const again = backRun(tl, end, 60_000);
    expect(computeState(tl, again, 61_000)).to.deep.include({ status: 'paused', index: 66, rep: 8, remaining: 3 });
  });

  it('jumps while paused stay paused, on the boundary', () => {
    const tl = lunge();
    let run = pauseRun(startRun(tl, 0), 7_000);
    run = skipRun(tl, run, 9_000);
    expect(run.status).to.equal('paused');
    expect(computeState(tl, run, 99_000)).to.deep.include({ status: 'paused', rep: 2, phase: 'eccentric', remaining: 3 });
    run = resumeRun(run, 100_000);
    expect(computeState(tl, run, 101_000)).to.deep.include({ rep: 2, remaining: 2 });
  });

  it('count mode: open reps wait for the reader; rests run on the clock', () => {
    const tl = compileTimeline(resolvePlan({ sets: 2, reps: 2, restBetweenSets: 30, leadIn: 3 }));
    let run = startRun(tl, 0);
    expect(computeState(tl, run, 1_000)).to.deep.include({ phase: 'lead-in', remaining: 2 });
    // The rep waits however long it takes.
    expect(computeState(tl, run, 60_000)).to.deep.include({ phase: 'rep', rep: 1, remaining: null, phaseElapsed: 57 });
    run = countRep(tl, run, 60_000);
    run = countRep(tl, run, 65_000);
    expect(computeState(tl, run, 65_000)).to.deep.include({ phase: 'set-rest', set: 2, remaining: 30 });
    // Counting does nothing in a rest.
    expect(countRep(tl, run, 70_000)).to.equal(run);
    expect(computeState(tl, run, 95_000)).to.deep.include({ phase: 'rep', set: 2, rep: 1, phaseElapsed: 0 });
    run = countRep(tl, run, 97_000);
    run = countRep(tl, run, 99_000);
    expect(run.status).to.equal('done');
    expect(computeState(tl, run, 99_000).status).to.equal('done');
  });
});

describe('timer engine: cues', () => {
  function drain(tl: Timeline, cursor: CueCursor, run: ReturnType<typeof startRun>, times: number[], late = 500) {
    const out: { index: number; missed: boolean; time: number }[] = [];
    for (const now of times) for (const d of cursor.take(tl, run, now, now, late)) out.push(d);
    return out;
  }

  it('hands out each cue once, at its exact clock time', () => {
    const tl = lunge();
    const run = startRun(tl, 1_000);
    const cursor = new CueCursor();
    cursor.rewind(tl, run);
    const ticks = Array.from({ length: 240 * 4 }, (_, i) => 1_000 + i * 250);
    const got = drain(tl, cursor, run, ticks);
    expect(got.map((d) => d.index)).to.deep.equal(tl.cues.map((_, i) => i));
    got.forEach((d) => expect(d.time).to.equal(1_000 + tl.cues[d.index]!.at));
    expect(got.every((d) => !d.missed)).to.be.true;
  });

  it('looks ahead for the audio clock without handing out anything twice', () => {
    const tl = lunge();
    const run = startRun(tl, 0);
    const cursor = new CueCursor();
    cursor.rewind(tl, run);
    const a = cursor.take(tl, run, 0, 1_500, 100);
    expect(a.map((d) => d.cue.at)).to.deep.equal([0]);
    const b = cursor.take(tl, run, 600, 2_100, 100);
    expect(b.map((d) => d.cue.at)).to.deep.equal([2_000]);
    expect(cursor.take(tl, run, 700, 2_200, 100)).to.deep.equal([]);
  });

  it('pause and resume repeat nothing and lose nothing', () => {
    const tl = lunge();
    let run = startRun(tl, 0);
    const cursor = new CueCursor();
    cursor.rewind(tl, run);
    const seen: number[] = [];
    const take = (now: number) => cursor.take(tl, run, now, now, 500).forEach((d) => seen.push(d.index));
    for (let t = 0; t <= 6_000; t += 100) take(t);
    run = pauseRun(run, 6_000);
    for (let t = 6_000; t <= 60_000; t += 100) take(t);
    run = resumeRun(run, 60_000);
    for (let t = 60_000; t <= 300_000; t += 100) take(t);
    expect(seen).to.deep.equal(tl.cues.map((_, i) => i));
  });

  it('after a long gap (a hidden tab), missed cues are marked missed, not played in a burst', () => {
    const tl = lunge();
    const run = startRun(tl, 0);
    const cursor = new CueCursor();
    cursor.rewind(tl, run);
    cursor.take(tl, run, 0, 0, 500);
    // Six minutes later: everything is due at once.
    const burst = cursor.take(tl, run, 360_000, 360_000, 500);
    expect(burst.length).to.equal(tl.cues.length - 1);
    expect(burst.every((d) => d.missed)).to.be.true;
  });

  it('rewinds to the landing phase after a jump, and stops at an uncounted rep', () => {
    const tl = lunge();
    let run = startRun(tl, 0);
    const cursor = new CueCursor();
    cursor.rewind(tl, run);
    cursor.take(tl, run, 10_000, 10_000, 500);
    run = jumpTo(tl, run, 10_000, 1);
    cursor.rewind(tl, run);
    expect(cursor.take(tl, run, 10_000, 10_000, 500).map((d) => [d.cue.phase, d.cue.say])).to.deep.equal([[1, '1']]);

    const count = compileTimeline(resolvePlan({ sets: 1, reps: 2, leadIn: 0 }));
    let c = startRun(count, 0);
    const cc = new CueCursor();
    cc.rewind(count, c);
    expect(cc.take(count, c, 0, 99_000, 500).map((d) => d.cue.phase)).to.deep.equal([0]);
    c = countRep(count, c, 5_000);
    cc.rewind(count, c);
    expect(cc.take(count, c, 5_000, 99_000, 500).map((d) => [d.cue.phase, d.time])).to.deep.equal([[1, 5_000]]);
    c = countRep(count, c, 8_000);
    cc.rewind(count, c);
    expect(cc.take(count, c, 8_000, 99_000, 500).map((d) => [d.cue.tone, d.time])).to.deep.equal([['done', 8_000]]);
  });
});

describe('timer engine: snapshots for a reload', () => {
  it('a running workout moves on by the time away; a paused one stays put', () => {
    const tl = lunge();
    const run = startRun(tl, 5_000);
    const snap = takeSnapshot(tl, run, 5_000 + 50_000, 1_700_000_000_000, 0)!;
    expect(snap).to.deep.include({ v: 1, status: 'running' });
    const back = restoreSnapshot(tl, JSON.parse(JSON.stringify(snap)), 12, 1_700_000_000_000 + 7_000)!;
    expect(computeState(tl, back.run, 12)).to.deep.equal(computeState(tl, run, 5_000 + 57_000));
    expect(back.active).to.equal(7_000); // saved with no running time given: the time away only

    const paused = pauseRun(run, 5_000 + 50_000);
    const ps = takeSnapshot(tl, paused, 5_000 + 90_000, 1_700_000_000_000, 0)!;
    const pr = restoreSnapshot(tl, ps, 3, 1_700_000_000_000 + 3_600_000)!;
    expect(pr.run.status).to.equal('paused');
    expect(computeState(tl, pr.run, 1e6)).to.deep.include({ ...pick(computeState(tl, paused, 0)) });
  });

  it('carries the running time across: a running workout adds the time away, a paused one does not; a tampered one counts from zero', () => {
    const tl = lunge();
    const run = startRun(tl, 0);
    const snap = takeSnapshot(tl, run, 20_000, 1_700_000_000_000, 20_000)!;
    expect(restoreSnapshot(tl, snap, 0, 1_700_000_000_000 + 5_000)!.active).to.equal(25_000);
    const paused = takeSnapshot(tl, pauseRun(run, 20_000), 90_000, 1_700_000_000_000, 20_000)!;
    expect(restoreSnapshot(tl, paused, 0, 1_700_000_000_000 + 5_000)!.active).to.equal(20_000);
    for (const active of [-5, 'long', Infinity, null]) {
      expect(restoreSnapshot(tl, { ...paused, active }, 0, 1_700_000_000_000)!.active, String(active)).to.equal(0);
    }
  });

  it('a wall clock set back never moves the workout backwards; too long away forgets it', () => {
    const tl = lunge();
    const run = startRun(tl, 0);
    const snap = takeSnapshot(tl, run, 30_000, 1_700_000_000_000, 0)!;
    const back = restoreSnapshot(tl, snap, 0, 1_700_000_000_000 - 86_400_000)!;
    expect(computeState(tl, back.run, 0).index).to.equal(computeState(tl, run, 30_000).index);
    expect(back.active).to.equal(0);
    expect(restoreSnapshot(tl, snap, 0, 1_700_000_000_000 + MAX_AWAY_MS + 1)).to.be.undefined;
  });

  it('refuses snapshots of another prescription and garbage', () => {
    const tl = lunge();
    const snap = takeSnapshot(tl, startRun(tl, 0), 1_000, 0, 0)!;
    const other = compileTimeline(resolvePlan({ ...REVERSE_LUNGE, reps: 10 }));
    expect(restoreSnapshot(other, snap, 0, 0)).to.be.undefined;
    for (const bad of [null, 'x', 42, {}, { ...snap, v: 2 }, { ...snap, anchor: 999 }, { ...snap, anchor: -1 }, { ...snap, into: -5 }, { ...snap, status: 'idle' }, { ...snap, savedAt: 'soon' }]) {
      expect(restoreSnapshot(tl, bad, 0, 0), JSON.stringify(bad)).to.be.undefined;
    }
    expect(takeSnapshot(tl, idleRun(), 0, 0, 0)).to.be.undefined;
  });
});

function pick(s: ReturnType<typeof computeState>) {
  return { index: s.index, remaining: s.remaining, set: s.set, rep: s.rep };
}
