// Cue accuracy of the set timer's engine against a naive `setInterval` countdown.
//
// Both run the same 30 simulated minutes of a long workout, on the same ticks: every tick comes
// late by a random 0-50 ms. The naive timer counts ticks (one second per tick) and fires a cue
// when its count reaches it; ours computes, on each tick, which cues fall due within the
// look-ahead and schedules them on the audio clock at their exact time (what <set-timer> does
// with AudioContext). The error of a cue is |when it sounds - when it was due|.
//
// Run: node bench/timer-accuracy.mjs [seed]     (needs no browser; esbuild compiles src/timer)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = await build({
  entryPoints: [`${root}src/timer/index.ts`],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
});
const engine = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
const { resolvePlan, compileTimeline, startRun, computeState, CueCursor, AUDIO_LOOKAHEAD_MS, AUDIO_LATE_MS, ACTION_LATE_MS } = engine;

const SIM_MS = 30 * 60 * 1000;
const JITTER_MS = 50;
const seed = Number(process.argv[2] ?? 20240611) >>> 0;

// A deterministic PRNG so that a run can be repeated (mulberry32).
function random(seedValue) {
  let a = seedValue;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 10 sets of 12 reps on each side, tempo 3-1-2-0: longer than 30 minutes.
const tl = compileTimeline(
  resolvePlan({
    sets: 10,
    reps: 12,
    perSide: true,
    tempo: { eccentric: 3, bottom: 1, concentric: 2, top: 0 },
    restBetweenSets: 60,
    restBetweenSides: 15,
    leadIn: 5,
  }),
);
const START = 1000;
const dueCues = tl.cues.filter((c) => c.at <= SIM_MS);

/** Tick times of a timer that asks for `interval` ms and runs late by 0-50 ms on every tick. */
function ticks(interval, rand, accumulate) {
  const out = [];
  let t = START;
  const count = Math.ceil(SIM_MS / interval) + 2;
  for (let k = 1; k <= count; k++) {
    // setInterval/setTimeout chains (and throttled timers) start the next wait when the late
    // callback runs, so lateness adds up; a frame clock does not.
    t = accumulate ? t + interval + rand() * JITTER_MS : START + k * interval + rand() * JITTER_MS;
    out.push(t);
  }
  return out;
}

/** The naive timer: one tick is one second; cues fire on the tick whose count reaches them. */
function naive(tickTimes) {
  let worst = 0;
  let sum = 0;
  for (const cue of dueCues) {
    const n = cue.at / 1000; // every cue sits on a whole second
    const fired = n === 0 ? START : tickTimes[n - 1];
    const err = Math.abs(fired - (START + cue.at));
    worst = Math.max(worst, err);
    sum += err;
  }
  return { worst, mean: sum / dueCues.length, played: dueCues.length };
}

/**
 * Ours: beeps scheduled on the audio clock ahead of time; speech, vibration and phase-change
 * fired when the page wakes: on its regular ticks and (as <set-timer> does) on a timeout set for
 * the next deadline, which is late by the same 0-50 ms jitter.
 */
function ours(tickTimes, wakeRand) {
  const run = startRun(tl, START);
  const audio = new CueCursor();
  const action = new CueCursor();
  audio.rewind(tl, run);
  action.rewind(tl, run);
  let worstBeep = 0;
  let sumBeep = 0;
  let beeps = 0;
  let missedBeeps = 0;
  let worstAction = 0;
  let worstPhase = 0;
  let lastIndex = -2;
  let k = 0;
  let wakeAt = Infinity;
  let now = START;
  while (now <= START + SIM_MS + 2000) {
    for (const d of audio.take(tl, run, now, now + AUDIO_LOOKAHEAD_MS, AUDIO_LATE_MS)) {
      if (d.cue.at > SIM_MS) continue;
      if (d.missed) {
        missedBeeps++;
        continue;
      }
      // AudioContext plays a sound scheduled in the past at once; in the future, exactly then.
      const sounds = Math.max(d.time, now);
      const err = Math.abs(sounds - (START + d.cue.at));
      worstBeep = Math.max(worstBeep, err);
      sumBeep += err;
      beeps++;
    }
    for (const d of action.take(tl, run, now, now, ACTION_LATE_MS)) {
      if (d.cue.at <= SIM_MS && !d.missed) worstAction = Math.max(worstAction, now - (START + d.cue.at));
    }
    const state = computeState(tl, run, now);
    if (state.index !== lastIndex && now - START <= SIM_MS) {
      if (state.index >= 0 && state.index < tl.phases.length) {
        worstPhase = Math.max(worstPhase, now - (START + tl.phases[state.index].start));
      }
      lastIndex = state.index;
    }
    if (wakeRand) {
      let deadline = state.remaining !== null ? now + state.remaining * 1000 : Infinity;
      const cue = action.peek(tl, run);
      if (cue !== undefined) deadline = Math.min(deadline, cue);
      wakeAt = Number.isFinite(deadline) ? Math.max(now, Math.ceil(deadline)) + wakeRand() * JITTER_MS : Infinity;
    }
    while (k < tickTimes.length && tickTimes[k] <= now) k++;
    const nextTick = tickTimes[k] ?? Infinity;
    now = Math.min(nextTick, wakeAt);
    if (!Number.isFinite(now)) break;
  }
  return { worst: worstBeep, mean: sumBeep / Math.max(1, beeps), played: beeps, missedBeeps, worstAction, worstPhase };
}

const rand = random(seed);
const second = ticks(1000, rand, true); // what a setInterval(…, 1000) countdown gets
const frames = ticks(250, random(seed + 1), true); // <set-timer>'s coarse fallback tick when rAF is throttled

const n = naive(second);
// The kindest case for the naive timer: ticks that never add up their lateness.
const nBest = naive(ticks(1000, random(seed + 2), false));
const o1 = ours(second);
const o2 = ours(frames, random(seed + 3));

const fmt = (v) => v.toFixed(3).padStart(12);
console.log(`set-timer cue accuracy: ${SIM_MS / 60000} simulated minutes, ${dueCues.length} cues, 0-${JITTER_MS} ms jitter per tick, seed ${seed}`);
console.log(`workout: ${tl.phases.length} phases, ${(tl.total / 60000).toFixed(1)} min in all (first 30 min simulated)\n`);
console.log('                                         largest error ms   mean error ms   cues played');
console.log(`naive setInterval(1000) countdown       ${fmt(n.worst)}    ${fmt(n.mean)}   ${String(n.played).padStart(8)}`);
console.log(`naive, drift-free ticks (best case)    ${fmt(nBest.worst)}    ${fmt(nBest.mean)}   ${String(nBest.played).padStart(8)}`);
console.log(`ours, beeps on audio clock, 1 s ticks   ${fmt(o1.worst)}    ${fmt(o1.mean)}   ${String(o1.played).padStart(8)}`);
console.log(`ours as the element runs (250 ms + wake)${fmt(o2.worst)}    ${fmt(o2.mean)}   ${String(o2.played).padStart(8)}`);
const ratio = n.worst / Math.max(o1.worst, 0.001);
console.log(
  `\nratio naive / ours (largest error, same ticks): ` +
    (o1.worst < 0.001 ? `over ${Math.floor(ratio).toLocaleString('en')} (ours is under 0.001 ms)` : ratio.toFixed(1)),
);
console.log(`ours, beeps skipped as missed: ${o1.missedBeeps} (1 s ticks), ${o2.missedBeeps} (250 ms ticks)`);
console.log(
  `ours, speech/vibration and phase-change events (fired when the page wakes, not on the audio clock), largest lateness: ` +
    `${o2.worstAction.toFixed(1)} / ${o2.worstPhase.toFixed(1)} ms as the element runs (a deadline timeout, late by its jitter); ` +
    `${o1.worstAction.toFixed(1)} / ${o1.worstPhase.toFixed(1)} ms with 1 s ticks alone (never growing)`,
);
const target = Math.max(o1.worst, o2.worst) <= 1;
console.log(`target (ours ≤ 1 ms): ${target ? 'met' : 'NOT met'}`);
process.exitCode = target ? 0 : 1;
