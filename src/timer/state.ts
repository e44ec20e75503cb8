import type { Side } from './plan.js';
import type { Phase, PhaseKind, Timeline } from './timeline.js';

/** A monotonic clock in milliseconds. In the browser: `performance.now()`, never `Date.now()`. */
export interface Clock {
  now(): number;
}

export const performanceClock: Clock = { now: () => performance.now() };

export type TimerStatus = 'idle' | 'running' | 'paused' | 'done';

/**
 * Everything needed to know where a workout stands, given the timeline and the time: the phase
 * it was anchored to and the clock time at which that phase began. Pauses and jumps move the
 * anchor; nothing is counted. Plain data, so it can be saved and restored.
 */
export interface Run {
  status: TimerStatus;
  /** Index of the phase the timeline is anchored to (`phases.length` once done). */
  anchor: number;
  /** Clock time (ms) at which the anchor phase began, shifted by every pause since. */
  anchorAt: number;
  /** Clock time (ms) at which the run was paused, or null. */
  pausedAt: number | null;
}

export interface TimerState {
  status: TimerStatus;
  set: number;
  sets: number;
  side: Side | null;
  /** 1-based rep, or 0 outside reps. */
  rep: number;
  reps: number;
  phase: PhaseKind | 'idle' | 'done';
  /** Seconds left in the phase (for idle: in the whole workout); null for an open count-mode rep. */
  remaining: number | null;
  /** Index of the current phase (-1 when idle, `phases.length` when done). */
  index: number;
  /** Seconds into the current phase. */
  phaseElapsed: number;
  /** Seconds the current phase lasts; null when open. */
  phaseDuration: number | null;
  /** 0 to 1 through the whole workout. */
  progress: number;
}

export const idleRun = (): Run => ({ status: 'idle', anchor: 0, anchorAt: 0, pausedAt: null });

/** How far into a step "back" goes to the previous step rather than the start of this one. */
export const BACK_GRACE_MS = 1500;

interface Position {
  /** Current phase index, or `phases.length` when finished. */
  index: number;
  /** Milliseconds into the current phase. */
  into: number;
}

/** Where a running or paused run stands at `now`. */
export function locate(tl: Timeline, run: Run, now: number): Position {
  const { phases } = tl;
  if (run.anchor >= phases.length || run.status === 'done') return { index: phases.length, into: 0 };
  if (run.status === 'idle') return { index: 0, into: 0 };
  const elapsed = Math.max(0, (run.pausedAt ?? now) - run.anchorAt);
  const anchor = phases[run.anchor]!;
  const offset = anchor.start + elapsed;
  const open = tl.nextOpen[run.anchor]!;
  // An open phase stops time from flowing past it until it is counted.
  if (open >= 0) {
    const openPhase = phases[open]!;
    if (offset >= openPhase.start) return { index: open, into: offset - openPhase.start };
  }
  if (offset >= tl.total) return { index: phases.length, into: 0 };
  // Binary search for the last phase that starts at or before `offset`, at or after the anchor.
  let lo = run.anchor;
  let hi = open >= 0 ? open - 1 : phases.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (phases[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { index: lo, into: offset - phases[lo]!.start };
}

/** The state shown and reported: a pure function of the timeline, the run and the time. */
export function computeState(tl: Timeline, run: Run, now: number): TimerState {
  const { phases, plan } = tl;
  const base = { sets: plan.sets, reps: plan.reps };
  if (run.status === 'idle') {
    const first = phases[0];
    return {
      ...base,
      status: 'idle',
      set: 1,
      side: first?.side ?? plan.sides[0] ?? null,
      rep: 0,
      phase: 'idle',
      remaining: tl.nextOpen[0] === -1 || phases.length === 0 ? tl.total / 1000 : null,
      index: -1,
      phaseElapsed: 0,
      phaseDuration: null,
      progress: 0,
    };
  }
  const pos = locate(tl, run, now);
  if (pos.index >= phases.length) {
    const last = phases[phases.length - 1];
    return {
      ...base,
      status: 'done',
      set: plan.sets,
      side: last?.side ?? null,
      rep: last?.rep ?? 0,
      phase: 'done',
      remaining: 0,
      index: phases.length,
      phaseElapsed: 0,
      phaseDuration: null,
      progress: 1,
    };
  }
  const p = phases[pos.index]!;
  const open = !Number.isFinite(p.duration);
  return {
    ...base,
    status: run.status === 'paused' ? 'paused' : 'running',
    set: p.set,
    side: p.side,
    rep: p.rep,
    phase: p.kind,
    remaining: open ? null : Math.max(0, p.duration - pos.into) / 1000,
    index: p.index,
    phaseElapsed: pos.into / 1000,
    phaseDuration: open ? null : p.duration / 1000,
    progress: progressAt(tl, p, pos.into),
  };
}

function progressAt(tl: Timeline, p: Phase, into: number): number {
  if (tl.nextOpen[0] === -1) return tl.total > 0 ? Math.min(1, (p.start + into) / tl.total) : 1;
  // With open reps the time is unknown: count steps instead.
  const within = Number.isFinite(p.duration) && p.duration > 0 ? Math.min(1, into / p.duration) : 0;
  return Math.min(1, (p.index + within) / tl.phases.length);
}

/** Starts from the top at `now` (a restart too). */
export function startRun(tl: Timeline, now: number): Run {
  return jumpTo(tl, { status: 'running', anchor: 0, anchorAt: now, pausedAt: null }, now, 0);
}

export function pauseRun(run: Run, now: number): Run {
  return run.status === 'running' ? { ...run, status: 'paused', pausedAt: now } : run;
}

/** Resumes: the timeline moves on by exactly the length of the pause. */
export function resumeRun(run: Run, now: number): Run {
  if (run.status !== 'paused' || run.pausedAt === null) return run;
  return { ...run, status: 'running', anchorAt: run.anchorAt + (now - run.pausedAt), pausedAt: null };
}

/** Re-anchors the run at the start of phase `index`, keeping it running or paused. */
export function jumpTo(tl: Timeline, run: Run, now: number, index: number): Run {
  const i = Math.max(0, Math.min(tl.phases.length, index));
  if (i >= tl.phases.length) return { status: 'done', anchor: tl.phases.length, anchorAt: now, pausedAt: null };
  const status = run.status === 'paused' ? 'paused' : 'running';
  return { status, anchor: i, anchorAt: now, pausedAt: status === 'paused' ? now : null };
}

/** To the start of the next step (the next rep, rest or hold); past the last one, done. */
export function skipRun(tl: Timeline, run: Run, now: number): Run {
  if (run.status !== 'running' && run.status !== 'paused') return run;
  const pos = locate(tl, run, now);
  if (pos.index >= tl.phases.length) return run;
  const step = tl.phases[pos.index]!.step;
  return jumpTo(tl, run, now, tl.steps[step + 1] ?? tl.phases.length);
}

/**
 * To the start of this step, or of the previous one when pressed within the first moments of
 * this step (like "previous track") or in an open rep. From done, back to the start of the last step.
 */
export function backRun(tl: Timeline, run: Run, now: number): Run {
  if (run.status === 'idle' || tl.phases.length === 0) return run;
  const pos = locate(tl, run, now);
  if (pos.index >= tl.phases.length) {
    const last = tl.steps[tl.steps.length - 1]!;
    return jumpTo(tl, { ...run, status: 'paused' }, now, last);
  }
  const p = tl.phases[pos.index]!;
  const stepStart = tl.steps[p.step]!;
  // An open rep (count mode) has no start to go back to: Back undoes the last count.
  const early = Number.isFinite(p.duration) ? p.start + pos.into - tl.phases[stepStart]!.start < BACK_GRACE_MS : true;
  const target = early && p.step > 0 ? tl.steps[p.step - 1]! : stepStart;
  return jumpTo(tl, run, now, target);
}

/** Count mode: the reader says a rep is done; only an open rep can be counted. */
export function countRep(tl: Timeline, run: Run, now: number): Run {
  if (run.status !== 'running') return run;
  const pos = locate(tl, run, now);
  const p = tl.phases[pos.index];
  if (!p || Number.isFinite(p.duration)) return run;
  return jumpTo(tl, run, now, pos.index + 1);
}

/**
 * Clock time at which a timeline offset is reached, if it is known: the run must be going, and
 * the offset must not lie behind an open rep that has not been counted yet.
 */
export function timeOf(tl: Timeline, run: Run, at: number, phase: number): number | undefined {
  if (run.status === 'done') return phase >= tl.phases.length ? run.anchorAt : undefined;
  if (run.status !== 'running') return undefined;
  if (run.anchor >= tl.phases.length) return phase >= tl.phases.length ? run.anchorAt : undefined;
  if (phase < run.anchor) return undefined;
  const open = tl.nextOpen[run.anchor]!;
  if (open >= 0 && phase > open) return undefined;
  return run.anchorAt + (at - tl.phases[run.anchor]!.start);
}
