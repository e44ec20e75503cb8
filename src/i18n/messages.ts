import type { TimerWords } from '../timer/words.js';

// Every word of our own that the elements show or say, in English: the source of truth that
// es.ts and de.ts translate (typed `Messages`, so a missing key fails `tsc`). Text from a
// document is the author's and is never here; the validator's messages are for authors and
// stay English. Counts arrive as numbers (for the plural), lengths of time already formatted.

const timer: TimerWords = {
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
  seconds: (n) => (n === 1 ? '1 second' : `${n} seconds`),
  workoutDone: 'Workout complete',
  totalTime: 'Total time',
  soundOn: 'Sound on',
  turnSoundOn: 'Turn sound on',
};

export const en = {
  /** The timer's table (see TimerWords). */
  timer,

  // The error panel and loading placeholder every element shares.
  error: 'This exercise could not be shown',
  retry: 'Try again',
  loading: 'Loading exercise…',

  // <muscle-map>, and the card's legend.
  role: { primary: 'Primary', secondary: 'Secondary', stabilizer: 'Stabilizer' },
  front: 'Front',
  rear: 'Back',
  /** The figure's accessible name starts with this; `view` is front, back or both. */
  figure: (male: boolean, view: string) =>
    `${male ? 'Male' : 'Female'} body figure, ${view === 'both' ? 'front and back views' : `${view} view`}.`,
  noMuscles: 'No muscles highlighted.',
  arrows: 'Use the arrow keys to move between highlighted muscles.',
  legend: 'Legend',

  // <mistakes-accordion>
  noMistakes: 'No common mistakes are listed for this exercise.',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  copyLink: 'Copy link',
  copyLinkTo: (title: string) => `Copy link to “${title}”`,
  copied: 'Link copied',
  copyByHand: 'Copying is not available here. Link to this mistake:',
  why: 'Why it matters',
  fixes: 'What to try',
  muscles: 'Muscles',

  // <exercise-card>
  section: {
    prescription: 'Sets and reps',
    muscles: 'Muscles worked',
    setup: 'Starting position',
    steps: 'How to do it',
    cues: 'Coaching cues',
    mistakes: 'Common mistakes',
    timer: 'Try it now',
    benefits: 'Why it’s worth doing',
    uses: 'Where it helps every day',
    feel: 'Feel it working',
    videos: 'Videos',
    source: 'Source',
  },
  level: { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' },
  /** `names` is already a list in words ("A, B or C"). */
  alsoCalled: (names: string) => `Also called ${names}`,
  more: 'More about this exercise',
  equipment: (list: string) => `Equipment: ${list}`,
  noEquipment: 'No equipment needed',
  sets: (n: number) => (n === 1 ? '1 set' : `${n} sets`),
  reps: (n: number, perSide?: boolean) => `${n} rep${n === 1 ? '' : 's'}${perSide ? ' each side' : ''}`,
  hold: (time: string, perSide?: boolean) => `Hold ${time}${perSide ? ' each side' : ''}`,
  /** Tempo parts after their seconds ("3 s down"): lowering, pause at the bottom, rising, pause at the top. */
  tempo: ['down', 'hold', 'up', 'pause'] as [string, string, string, string],
  rest: (time: string) => `Rest ${time}`,
  about: (time: string) => `About ${time}`,
  showSteps: (n: number) => (n === 1 ? 'Show the step' : `Show the ${n} steps`),
  keyCue: 'Key cue',
  works: 'Works',
  mistakeMuscles: 'Showing the muscles this mistake affects.',
  timerIntro: 'A guided timer counts every rep at the right tempo and times your rests.',
  startWorkout: 'Start workout',
  close: 'Close',
  /** The source line reads `basedOn` title `by` author. */
  basedOn: 'Based on',
  by: 'by',
  fullExercise: 'Full exercise',
  video: {
    full: 'Follow-along',
    quick: 'Quick guide',
    intro: 'Introduction',
    why: 'Why it works',
    uses: 'Everyday uses',
    other: 'Video',
  },
  play: 'Play video: ',
  loadsFrom: (provider: string) => `Loads from ${provider} when you press play`,
};

/** The shape every language's table has. */
export type Messages = typeof en;
