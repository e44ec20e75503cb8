import type { Side, TimerPlan } from './plan.js';
import { TIMER_WORDS, type TimerWords } from './words.js';

export type PhaseKind =
  | 'lead-in'
  | 'eccentric'
  | 'bottom'
  | 'concentric'
  | 'top'
  | 'hold'
  | 'rep'
  | 'side-rest'
  | 'set-rest';

/** One stretch of the workout with a single instruction. */
export interface Phase {
  index: number;
  kind: PhaseKind;
  /** 1-based set; rests and the lead-in carry the set and side that come next. */
  set: number;
  side: Side | null;
  /** 1-based rep, or 0 outside reps (lead-in, rests, holds). */
  rep: number;
  /** The step this phase belongs to: a rep (its tempo phases together), a rest, a hold, the lead-in. */
  step: number;
  /** Milliseconds from the start of the workout; open phases count as zero long. */
  start: number;
  /** Milliseconds; `Infinity` for an open phase (a count-mode rep that ends when the reader says so). */
  duration: number;
}

export type Tone = 'tick' | 'rep' | 'move' | 'go' | 'rest' | 'done';

/** A sound, word or buzz due at one moment of the workout. */
export interface Cue {
  /** Milliseconds from the start of the workout (same scale as `Phase.start`). */
  at: number;
  /** The phase it belongs to; `phases.length` for the final "done" cue. */
  phase: number;
  tone: Tone;
  say?: string;
  vibrate?: number[];
}

export interface Timeline {
  plan: TimerPlan;
  phases: Phase[];
  /** Index of the first phase of each step. */
  steps: number[];
  cues: Cue[];
  /** Milliseconds of the timed part (all of it in tempo mode). */
  total: number;
  /** For each phase index, the first open phase at or after it, or -1. */
  nextOpen: number[];
}

/** Ticks counted down before the end of rests, the lead-in and holds. */
const COUNTDOWN_TICKS = 3;

const ms = (seconds: number) => Math.round(seconds * 1000);

/**
 * Compiles a plan into a flat list of phases with absolute offsets, and the cues due at them.
 * Zero-length phases are left out. In count mode (or when every part of the tempo is 0) each
 * rep is one open phase that lasts until the reader counts it.
 */
export function compileTimeline(plan: TimerPlan, words: TimerWords = TIMER_WORDS): Timeline {
  const phases: Phase[] = [];
  const steps: number[] = [];
  let t = 0;
  let step = -1;

  const add = (kind: PhaseKind, duration: number, set: number, side: Side | null, rep: number, newStep: boolean) => {
    if (duration <= 0) return;
    if (newStep || step < 0) {
      step += 1;
      steps.push(phases.length);
    }
    phases.push({ index: phases.length, kind, set, side, rep, step, start: t, duration });
    if (Number.isFinite(duration)) t += duration;
  };

  const tempo = plan.tempo;
  const tempoParts: [PhaseKind, number][] = [
    ['eccentric', ms(tempo.eccentric)],
    ['bottom', ms(tempo.bottom)],
    ['concentric', ms(tempo.concentric)],
    ['top', ms(tempo.top)],
  ];
  const timedReps = plan.mode === 'tempo' && tempoParts.some(([, d]) => d > 0);

  add('lead-in', ms(plan.leadIn), 1, plan.sides[0] ?? null, 0, true);
  for (let set = 1; set <= plan.sets; set++) {
    plan.sides.forEach((side, sideIndex) => {
      if (sideIndex > 0) add('side-rest', ms(plan.restBetweenSides), set, side, 0, true);
      if (plan.holdSeconds > 0) {
        add('hold', ms(plan.holdSeconds), set, side, 0, true);
        return;
      }
      for (let rep = 1; rep <= plan.reps; rep++) {
        if (!timedReps) {
          add('rep', Infinity, set, side, rep, true);
          continue;
        }
        let first = true;
        for (const [kind, duration] of tempoParts) {
          if (duration <= 0) continue;
          add(kind, duration, set, side, rep, first);
          first = false;
        }
      }
    });
    if (set < plan.sets) add('set-rest', ms(plan.restBetweenSets), set + 1, plan.sides[0] ?? null, 0, true);
  }

  const nextOpen = new Array<number>(phases.length);
  let open = -1;
  for (let i = phases.length - 1; i >= 0; i--) {
    if (!Number.isFinite(phases[i]!.duration)) open = i;
    nextOpen[i] = open;
  }

  return { plan, phases, steps, cues: buildCues(plan, phases, t, words), total: t, nextOpen };
}

function buildCues(plan: TimerPlan, phases: Phase[], total: number, words: TimerWords): Cue[] {
  const cues: Cue[] = [];
  phases.forEach((p, i) => {
    const prev = phases[i - 1];
    const afterPause = !prev || prev.kind === 'lead-in' || prev.kind === 'side-rest' || prev.kind === 'set-rest';
    const sideChanged = plan.perSide && prev !== undefined && prev.side !== p.side && p.side !== null;
    const cue = (tone: Tone, say?: string, vibrate?: number[]) => {
      const c: Cue = { at: p.start, phase: i, tone };
      if (say !== undefined) c.say = say;
      if (vibrate) c.vibrate = vibrate;
      cues.push(c);
    };
    switch (p.kind) {
      case 'lead-in':
        cue('rest', words.phase['lead-in']);
        break;
      case 'side-rest':
        cue('rest', words.phase['side-rest'], [200, 100, 200]);
        break;
      case 'set-rest':
        cue('rest', words.phase['set-rest'], [300]);
        break;
      case 'hold':
        cue('go', sideChanged && p.side ? words.sideNow(words.side[p.side]) : words.phase.hold, [150]);
        break;
      default: {
        // A rep's phases (eccentric, bottom, concentric, top, or one open rep).
        if (prev && prev.step === p.step) {
          cue('move');
          break;
        }
        // The rep count is spoken in tempo mode; in count mode the reader sets the pace.
        let say: string | undefined = p.kind === 'rep' ? undefined : words.count(p.rep);
        if (sideChanged && p.side && prev?.kind !== 'side-rest') say = `${words.sideNow(words.side[p.side])}. ${say ?? ''}`.trim();
        if (afterPause) cue('go', say, [150]);
        else cue('rep', say);
      }
    }
    const countdown = p.kind === 'lead-in' || p.kind === 'side-rest' || p.kind === 'set-rest' || p.kind === 'hold';
    if (countdown && Number.isFinite(p.duration)) {
      for (let k = COUNTDOWN_TICKS; k >= 1; k--) {
        const at = p.start + p.duration - k * 1000;
        if (at > p.start) cues.push({ at, phase: i, tone: 'tick' });
      }
    }
  });
  cues.push({ at: total, phase: phases.length, tone: 'done', say: words.phase.done, vibrate: [400, 100, 400] });
  return cues;
}
