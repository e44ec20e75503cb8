import type { Prescription, Tempo } from '../schema/exercise-types.js';

export type Side = 'left' | 'right';
export type TimerMode = 'tempo' | 'count';

/** Seconds for each part of a rep (0 allowed: that part is skipped). */
export interface TempoSeconds {
  eccentric: number;
  bottom: number;
  concentric: number;
  top: number;
}

/** A prescription with every gap filled and every number in range: what the timeline is built from. */
export interface TimerPlan {
  sets: number;
  reps: number;
  /** Seconds of a timed hold done instead of reps, or 0 for reps. */
  holdSeconds: number;
  perSide: boolean;
  /** The sides in the order they are done (one `null` entry when not per side). */
  sides: (Side | null)[];
  tempo: TempoSeconds;
  restBetweenSets: number;
  restBetweenSides: number;
  leadIn: number;
  mode: TimerMode;
}

/** What attributes on the element can say; each one present wins over the document. */
export interface PlanOverrides {
  sets?: number;
  reps?: number;
  perSide?: boolean;
  tempo?: TempoSeconds;
  rest?: number;
  sideRest?: number;
  leadIn?: number;
  mode?: TimerMode;
}

export const PLAN_DEFAULTS = {
  sets: 3,
  reps: 10,
  tempo: { eccentric: 2, bottom: 0, concentric: 1, top: 0 } as TempoSeconds,
  restBetweenSets: 60,
  restBetweenSides: 5,
  leadIn: 5,
} as const;

/** The ranges a prescription's numbers are held to. */
export const LIMITS = { sets: 50, reps: 500, seconds: 3600, tempo: 60, leadIn: 60 };

function clamp(value: unknown, min: number, max: number): number | undefined {
  // Number.isFinite is false for anything that is not a number (no conversion).
  if (!Number.isFinite(value)) return undefined;
  return Math.min(max, Math.max(min, value as number));
}

function count(value: unknown, max: number): number | undefined {
  const n = clamp(value, 1, max);
  return n === undefined ? undefined : Math.round(n);
}

function tempoSeconds(t: Partial<Tempo> | undefined): TempoSeconds | undefined {
  if (!t) return undefined;
  const part = (v: unknown) => clamp(v, 0, LIMITS.tempo) ?? 0;
  return { eccentric: part(t.eccentric), bottom: part(t.bottom), concentric: part(t.concentric), top: part(t.top) };
}

/**
 * Fills in a prescription (from a document, possibly missing or partial) with the element's
 * attribute overrides and sensible defaults. Never throws: out-of-range numbers are clamped,
 * nonsense is ignored.
 */
export function resolvePlan(prescription: Prescription | undefined, overrides: PlanOverrides = {}): TimerPlan {
  const p = prescription ?? {};
  const tempo = overrides.tempo ?? tempoSeconds(p.tempo);
  const holdSeconds = clamp(p.holdSeconds, 0, LIMITS.seconds) ?? 0;
  // An attribute asking for reps means reps, even if the document prescribes a hold.
  const hold = overrides.reps === undefined ? holdSeconds : 0;
  const perSide = overrides.perSide ?? p.perSide ?? false;
  const first: Side = p.firstSide === 'right' ? 'right' : 'left';
  const mode: TimerMode = overrides.mode ?? (tempo || hold > 0 ? 'tempo' : 'count');
  return {
    sets: count(overrides.sets, LIMITS.sets) ?? count(p.sets, LIMITS.sets) ?? PLAN_DEFAULTS.sets,
    reps: hold > 0 ? 1 : (count(overrides.reps, LIMITS.reps) ?? count(p.reps, LIMITS.reps) ?? PLAN_DEFAULTS.reps),
    holdSeconds: hold,
    perSide,
    sides: perSide ? (first === 'left' ? ['left', 'right'] : ['right', 'left']) : [null],
    tempo: tempo ?? { ...PLAN_DEFAULTS.tempo },
    restBetweenSets:
      clamp(overrides.rest, 0, LIMITS.seconds) ?? clamp(p.restBetweenSets, 0, LIMITS.seconds) ?? PLAN_DEFAULTS.restBetweenSets,
    restBetweenSides:
      clamp(overrides.sideRest, 0, LIMITS.seconds) ??
      clamp(p.restBetweenSides, 0, LIMITS.seconds) ??
      PLAN_DEFAULTS.restBetweenSides,
    leadIn: clamp(overrides.leadIn, 0, LIMITS.leadIn) ?? clamp(p.leadIn, 0, LIMITS.leadIn) ?? PLAN_DEFAULTS.leadIn,
    mode,
  };
}

/**
 * Reads a tempo written as four numbers, `eccentric-bottom-concentric-top` ("3-0-1-0",
 * "2:1:2:0", "3 0 1 0"), or the coaches' compact four digits ("3010"). Returns undefined for
 * anything else.
 */
export function parseTempo(text: unknown): TempoSeconds | undefined {
  if (!text) return undefined;
  // Any value, not only text (a property may be given a number or an array): what is not a tempo is ignored.
  const trimmed = String(text).trim();
  const parts = /^\d{4}$/.test(trimmed) ? trimmed.split('') : trimmed.split(/\s*[-:/,\s]\s*/);
  if (parts.length !== 4) return undefined;
  const nums = parts.map((s) => (/^\d+(\.\d+)?$/.test(s) ? Number(s) : NaN));
  if (nums.some((n) => !Number.isFinite(n) || n > LIMITS.tempo)) return undefined;
  const [eccentric, bottom, concentric, top] = nums as [number, number, number, number];
  return { eccentric, bottom, concentric, top };
}

/** A boolean attribute that can also say no: absent → undefined, "false"/"no"/"0" → false. */
export function parseFlag(text: string | null | undefined): boolean | undefined {
  if (text === null || text === undefined) return undefined;
  return !/^(false|no|0|off)$/i.test(text.trim());
}

export function parseMode(text: unknown): TimerMode | undefined {
  const t = String(text).trim().toLowerCase();
  return t === 'tempo' || t === 'count' ? t : undefined;
}
