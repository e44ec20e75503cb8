/**
 * Every word the timer shows or speaks, in one table, so that a translation can replace it
 * whole: src/i18n/timer-words.ts has one per language, and `<set-timer>` takes the one of the
 * language it sits in. Phase words say what to do, in plain language, not the
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
  /** A length of time given in seconds, as words (a rest, a hold, a lead-in). */
  seconds: (n: number) => string;
  workoutDone: string;
  totalTime: string;
  soundOn: string;
  turnSoundOn: string;
}

/**
 * From two minutes on, whole minutes and the seconds left ("2 minutes 30 seconds"): a listener
 * follows that better than "150 seconds". Below, seconds, as people say "90 seconds".
 */
export const inMinutes = (n: number, minutes: string, seconds: (s: number) => string, and = ' '): string =>
  n < 120 ? seconds(n) : `${Math.floor(n / 60)} ${minutes}${n % 60 ? and + seconds(n % 60) : ''}`;

/** The English table: the engine's default, and the one src/i18n/timer-words.ts translates. */
export const TIMER_WORDS: TimerWords = {
  phase: {
    idle: 'Ready',
    'lead-in': 'Get ready',
    eccentric: 'Lower slowly',
    bottom: 'Hold',
    concentric: 'Drive up',
    top: 'Hold',
    hold: 'Hold',
    rep: 'Your pace',
    'side-rest': 'Switch sides',
    'set-rest': 'Rest',
    done: 'Done',
  },
  side: { left: 'Left side', right: 'Right side' },
  setOf: (set, sets) => `Set ${set} of ${sets}`,
  repOf: (rep, reps) => `Rep ${rep} of ${reps}`,
  repsTotal: (reps) => (reps === 1 ? '1 rep' : `${reps} reps`),
  count: (rep) => String(rep),
  sideNow: (side) => side,
  next: 'Up next',
  paused: 'Paused',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  skip: 'Skip',
  back: 'Back',
  restart: 'Restart',
  again: 'Start again',
  countRep: 'Rep done',
  soundOff: 'Sound off',
  soundBlocked: 'Sound blocked by the browser',
  timerLabel: 'Time left',
  controlsLabel: 'Timer controls',
  regionLabel: 'Set timer',
  countHint: 'Tap “Rep done” or press Space after each rep',
  announce: (parts) => parts.filter(Boolean).join(', '),
  seconds: (n) => inMinutes(n, 'minutes', (s) => (s === 1 ? '1 second' : `${s} seconds`)),
  workoutDone: 'Workout complete',
  totalTime: 'Total time',
  soundOn: 'Sound on',
  turnSoundOn: 'Turn sound on',
};

/**
 * Whether `table` has every entry `like` has, each of the same kind, nested tables too: a words
 * table given by a page is used only whole (a partial one threw on every tick).
 */
export function isWholeTable(table: unknown, like: object): boolean {
  return (
    typeof table === 'object' &&
    table !== null &&
    Object.entries(like).every(([key, value]) => {
      const own = (table as Record<string, unknown>)[key];
      return typeof own === typeof value && (typeof value !== 'object' || isWholeTable(own, value as object));
    })
  );
}
