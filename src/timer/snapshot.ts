import type { Timeline } from './timeline.js';
import type { Run } from './state.js';

/**
 * A run saved across a page reload. The monotonic clock starts again on every page, so what is
 * saved is the position (phase and milliseconds into it) and the wall-clock time of saving; the
 * wall clock is only used to measure the time the page was away, never while it runs.
 */
export interface Snapshot {
  v: 1;
  /** Which timeline this belongs to; a snapshot of another prescription is not used. */
  sig: string;
  status: 'running' | 'paused';
  anchor: number;
  /** Milliseconds into the anchor phase at the moment of saving. */
  into: number;
  /** Wall-clock ms (Date.now()) at the moment of saving. */
  savedAt: number;
  /** Milliseconds the workout had run (pauses left out) at the moment of saving. */
  active?: number;
}

/** Longest time away after which a running workout is still resumed rather than forgotten. */
export const MAX_AWAY_MS = 2 * 60 * 60 * 1000;

/** A short text that changes whenever the phases change. */
export function timelineSignature(tl: Timeline): string {
  const p = tl.plan;
  const t = p.tempo;
  return [
    p.mode,
    p.sets,
    p.reps,
    p.holdSeconds,
    p.sides.join('/'),
    `${t.eccentric}-${t.bottom}-${t.concentric}-${t.top}`,
    p.restBetweenSets,
    p.restBetweenSides,
    p.leadIn,
  ].join('|');
}

export function takeSnapshot(tl: Timeline, run: Run, now: number, wallNow: number, active: number): Snapshot | undefined {
  if (run.status !== 'running' && run.status !== 'paused') return undefined;
  if (run.anchor >= tl.phases.length) return undefined;
  const into = Math.max(0, (run.pausedAt ?? now) - run.anchorAt);
  return { v: 1, sig: timelineSignature(tl), status: run.status, anchor: run.anchor, into, savedAt: wallNow, active };
}

/** A restored workout: where it stands, and how long it has run (ms, pauses left out). */
export interface Restored {
  run: Run;
  active: number;
}

/**
 * The run a snapshot stands for, on this page's clock, and its running time. A running one has
 * moved on by the time away, and run that long (never backwards, even if the wall clock was set
 * back). Anything odd gives undefined; a running time that is not one counts from zero.
 */
export function restoreSnapshot(tl: Timeline, data: unknown, now: number, wallNow: number): Restored | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const s = data as Partial<Snapshot>;
  // Number.isFinite is false for anything that is not a number (no conversion).
  const finite = (n: unknown): n is number => Number.isFinite(n);
  if (s.v !== 1 || s.sig !== timelineSignature(tl)) return undefined;
  if (s.status !== 'running' && s.status !== 'paused') return undefined;
  if (!finite(s.anchor) || !Number.isInteger(s.anchor) || s.anchor < 0 || s.anchor >= tl.phases.length) return undefined;
  if (!finite(s.into) || s.into < 0 || !finite(s.savedAt)) return undefined;
  const active = finite(s.active) && s.active >= 0 ? s.active : 0;
  if (s.status === 'paused') return { run: { status: 'paused', anchor: s.anchor, anchorAt: now - s.into, pausedAt: now }, active };
  const away = Math.max(0, wallNow - s.savedAt);
  if (away > MAX_AWAY_MS) return undefined;
  return { run: { status: 'running', anchor: s.anchor, anchorAt: now - s.into - away, pausedAt: null }, active: active + away };
}
