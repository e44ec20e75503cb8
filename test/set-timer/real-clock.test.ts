import { expect, fixture, html } from '@open-wc/testing';
import '../../src/set-timer/define.js';
import type { SetTimer } from '../../src/set-timer/set-timer.js';

describe('<set-timer> on the real clock', () => {
  it('runs a short prescription: phases in order, each phase-change within 50 ms of schedule (plus however late the page itself ran)', async () => {
    const el = await fixture<SetTimer>(
      html`<set-timer sets="1" reps="2" per-side tempo="0.5-0-0.3-0" side-rest="0.4" lead-in="0.5"></set-timer>`,
    );
    const seen: { phase: string; side: string | null; rep: number; at: number }[] = [];
    const order: string[] = [];
    el.addEventListener('timer-start', () => order.push('timer-start'));
    el.addEventListener('phase-change', (e) => {
      order.push('phase-change');
      seen.push({ ...e.detail, at: performance.now() });
    });
    const done = new Promise<number>((resolve) => el.addEventListener('workout-complete', () => resolve(performance.now())));
    // lead-in 0.5 | left: 2 × (0.5 + 0.3) | switch 0.4 | right: 2 × (0.5 + 0.3)  = 4.1 s
    const schedule: [string, string, number, number][] = [
      ['lead-in', 'left', 0, 0],
      ['eccentric', 'left', 1, 500],
      ['concentric', 'left', 1, 1000],
      ['eccentric', 'left', 2, 1300],
      ['concentric', 'left', 2, 1800],
      ['side-rest', 'right', 0, 2100],
      ['eccentric', 'right', 1, 2500],
      ['concentric', 'right', 1, 3000],
      ['eccentric', 'right', 2, 3300],
      ['concentric', 'right', 2, 3800],
    ];
    const total = 4100;
    const t0 = performance.now();
    el.start();
    // A plain setTimeout aimed at each moment measures how late this page ran anyway (a loaded
    // machine stalls every task): only lateness beyond that is the timer's own.
    const moments = [...schedule.map(([, , , at]) => at), total];
    const stalls = moments.map(
      (ms) => new Promise<number>((resolve) => setTimeout(() => resolve(Math.max(0, performance.now() - (t0 + ms))), t0 + ms - performance.now())),
    );
    const end = await done;
    const stall = await Promise.all(stalls);
    expect(order.slice(0, 2)).to.deep.equal(['timer-start', 'phase-change']);

    expect(seen.map((s) => [s.phase, s.side, s.rep])).to.deep.equal(schedule.map(([p, side, rep]) => [p, side, rep]));
    const errors = seen.map((s, i) => s.at - (t0 + schedule[i]![3]));
    for (const [i, err] of errors.entries()) {
      expect(err, `${schedule[i]![0]} #${i} off by ${err.toFixed(1)} ms (page stalled ${stall[i]!.toFixed(1)} ms)`).to.be.within(0, 50 + stall[i]!);
    }
    expect(end - (t0 + total)).to.be.within(0, 50 + stall.at(-1)!);
    console.log(`real clock: phase-change lateness ms ${errors.map((e) => e.toFixed(1)).join(' ')}; page stalls ${stall.map((e) => e.toFixed(1)).join(' ')}`);
    expect(el.state.status).to.equal('done');
  });
});
