import { en } from '../i18n/messages.js';

/**
 * Every word the timer shows or speaks, in one table, so that a translation can replace it
 * whole: each language's table in src/i18n/ has one (`Messages.timer`), and `<set-timer>` takes
 * the one of the language it sits in. Phase words say what to do, in plain language, not the
 * jargon of tempo notation. Pure data and functions: no DOM here.
 */
export interface TimerWords {
  /** What to do in each phase (shown large and spoken at its start). */
  phase: {
    idle: string;
    'lead-in': string;
    eccentric: string;
    bottom: string;
    concentric: string;
    top: string;
    hold: string;
    rep: string;
    'side-rest': string;
    'set-rest': string;
    done: string;
  };
  side: { left: string; right: string };
  setOf: (set: number, sets: number) => string;
  repOf: (rep: number, reps: number) => string;
  /** Shown instead of `repOf` before the first rep of a side (during rests and the lead-in). */
  repsTotal: (reps: number) => string;
  /** Spoken at the start of each rep in tempo mode. */
  count: (rep: number) => string;
  /** Spoken when a new side begins straight away (no rest between sides). */
  sideNow: (side: string) => string;
  next: string;
  paused: string;
  /** Button names. */
  start: string;
  pause: string;
  resume: string;
  skip: string;
  back: string;
  restart: string;
  again: string;
  countRep: string;
  /** Sound state shown next to the controls. */
  soundOff: string;
  soundBlocked: string;
  /** Accessible names. */
  timerLabel: string;
  controlsLabel: string;
  regionLabel: string;
  /** A short line shown in count mode while a rep is open. */
  countHint: string;
  /** Announced by the live region. */
  announce: (parts: string[]) => string;
  seconds: (n: number) => string;
  workoutDone: string;
  totalTime: string;
  soundOn: string;
  turnSoundOn: string;
}

/** The English table (src/i18n/messages.ts holds it with the other English messages). */
export const TIMER_WORDS: TimerWords = en.timer;
