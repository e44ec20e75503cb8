import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { ExerciseElement } from '../shared/exercise-element.js';
import { defineElement } from '../shared/define-element.js';
import { emit } from '../shared/emit.js';
import {
  LIMITS,
  parseFlag,
  parseMode,
  parseTempo,
  resolvePlan,
  type Side,
  type TimerMode,
} from '../timer/plan.js';
import { compileTimeline, type Timeline } from '../timer/timeline.js';
import {
  backRun,
  computeState,
  countRep,
  idleRun,
  jumpTo,
  pauseRun,
  performanceClock,
  resumeRun,
  skipRun,
  startRun,
  type Clock,
  type Run,
  type TimerState,
} from '../timer/state.js';
import { ACTION_LATE_MS, AUDIO_LATE_MS, AUDIO_LOOKAHEAD_MS, CueCursor } from '../timer/cues.js';
import { restoreSnapshot, takeSnapshot, timelineSignature } from '../timer/snapshot.js';
import { formatClock, formatRemaining } from '../timer/format.js';
import { isWholeTable, TIMER_WORDS, type TimerWords } from '../timer/words.js';
import { AudioCues } from './audio-cues.js';
import { SpeechCues } from './speech.js';
import { stopVibration, vibrate } from './vibration.js';
import { WakeLockKeeper } from './wake-lock.js';
import { forget, loadSaved, save, storageKey } from './persist.js';
import { setTimerStyles } from './set-timer.styles.js';
import { TIMER_TRANSLATIONS } from '../i18n/timer-words.js';
import { warnIgnored } from '../shared/attribute-warnings.js';

/** What `state` reports: the contract's fields plus a few that help a display. */
export type SetTimerState = Pick<TimerState, 'status' | 'set' | 'side' | 'rep' | 'phase' | 'remaining'> &
  Omit<TimerState, 'status' | 'set' | 'side' | 'rep' | 'phase' | 'remaining'>;

export interface PhaseChangeDetail {
  set: number;
  side: Side | null;
  rep: number;
  phase: TimerState['phase'];
  /** The words shown for the phase. */
  word: string;
  /** Index of the phase in the workout. */
  index: number;
  /** Seconds the phase lasts; null for a count-mode rep. */
  duration: number | null;
}

export interface TimerStartDetail {
  sets: number;
  reps: number;
  perSide: boolean;
  mode: TimerMode;
  holdSeconds: number;
  /** Seconds the whole workout takes, or null when reps are counted at the reader's pace. */
  total: number | null;
  exercise?: string;
}

export interface WorkoutCompleteDetail extends TimerStartDetail {
  /** Seconds from start to finish, pauses left out. */
  elapsed: number;
}

const ignore = (name: string, value: string, accepts: string) => warnIgnored('set-timer', name, value, accepts);

const numberAttr = (name: string, min: number, max: number) => ({
  fromAttribute: (v: string | null) => {
    if (v === null) return undefined;
    // Plain decimals only ("0x10" and "1e1" are not counts); NaN fails both comparisons.
    const n = /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
    return n >= min && n <= max ? n : ignore(name, v, `${min} to ${max}`);
  },
});

/** A text attribute kept as written (it is the property's value), with a warning when unreadable. */
const textAttr = (name: string, read: (v: string) => unknown, accepts: string) => ({
  fromAttribute: (v: string | null) => {
    if (v !== null && !read(v)) ignore(name, v, accepts);
    return v ?? undefined;
  },
});
const RING_R = 52;
const RING_C = 2 * Math.PI * RING_R;
/** The coarse tick that keeps time (and cues) going where animation frames are throttled. */
const FALLBACK_TICK_MS = 250;

/**
 * A guided set, rep and tempo timer. Reads `prescription` from its exercise document;
 * attributes override it and work without any document.
 *
 * Time is computed from deadlines on `performance.now()`, never by counting ticks; beeps are
 * scheduled ahead on the AudioContext clock. Keys (with focus anywhere in the timer): Space
 * starts, pauses and resumes (in count mode, during a rep, it counts the rep), ArrowRight skips
 * to the next rep or rest, ArrowLeft goes back to the start of this one (or the one before,
 * right after it began), Escape stops and returns to the start (inside a `<dialog>`, Escape is
 * the dialog's: it closes).
 *
 * An attribute it cannot use (`sets="0"`, `mode="fast"`) is ignored with one console warning
 * that says what it accepts; the document's value or the default applies instead.
 *
 * @attr sets - Number of sets (1 to 50).
 * @attr reps - Reps per set, per side when `per-side` (1 to 500).
 * @attr per-side - Do the reps on each side in turn (`per-side="false"` overrides a document).
 * @attr tempo - Seconds `eccentric-bottom-concentric-top`, e.g. `3-0-1-0` (or `3010`).
 * @attr rest - Seconds of rest between sets (0 to 3600).
 * @attr side-rest - Seconds between sides (0 to 3600).
 * @attr lead-in - Seconds of "Get ready" before the first rep (0 to 60).
 * @attr mode - `tempo` (guided by the clock) or `count` (the reader taps for each rep).
 * @attr muted - No sound and no speech (vibration still works).
 * @attr persist - Save progress in localStorage so a reload resumes the workout. Saved under the element's `id`, else the exercise's: two timers with the same prescription on one page need an `id` each.
 *
 * @fires {CustomEvent<TimerStartDetail>} timer-start - The workout started (from Start, or from Restart mid-way). Detail: {sets, reps, perSide, mode, holdSeconds, total, exercise}.
 * @fires {CustomEvent<PhaseChangeDetail>} phase-change - A new phase began. Detail: {set, side, rep, phase, word, index, duration}.
 * @fires {CustomEvent<{set: number; sets: number}>} set-complete - A set was finished. Detail: {set, sets}.
 * @fires {CustomEvent<WorkoutCompleteDetail>} workout-complete - The last set was finished; once per start. Detail: as timer-start plus {elapsed} (seconds since that start, pauses left out).
 * @fires {CustomEvent<SetTimerState>} timer-pause - Paused. Detail: the state.
 * @fires {CustomEvent<SetTimerState>} timer-resume - Resumed. Detail: the state.
 *
 * @csspart timer - The whole timer panel.
 * @csspart header - The set, side and rep line.
 * @csspart dial - The progress ring with the phase word and time inside.
 * @csspart ring - The SVG progress ring.
 * @csspart phase - The phase word ("Lower slowly", "Rest"...).
 * @csspart time - The countdown (role="timer").
 * @csspart progress - The bar showing progress through the whole workout.
 * @csspart controls - The row of buttons.
 * @csspart button - Every control button (each also has one of the parts below).
 * @csspart button-primary - Start, Pause, Resume or Again.
 * @csspart button-back - Back to the start of this rep or rest (in count mode, back one rep).
 * @csspart button-skip - On to the next rep or rest.
 * @csspart button-restart - Back to the first phase, while running or paused (at the end, the main button starts again).
 * @csspart button-count - "Rep done" (count mode, during a rep).
 * @csspart button-pause - Pause (count mode, during a rep).
 * @csspart sound - The sound toggle.
 *
 * @cssprop --ex-color-accent - Work phases and the main button.
 * @cssprop --ex-color-rest - Rest and switch-sides phases.
 * @cssprop --ex-color-ready - The lead-in.
 * @cssprop --ex-timer-size - Size of the ring (default 15em, 17em in the wide layout, smaller on narrow hosts).
 *
 * @tagname set-timer
 */
export class SetTimer extends ExerciseElement {
  static override styles = [...ExerciseElement.styles, setTimerStyles];

  /** Registers the element as `tag` in `registry`; a tag already defined is left alone (another version: one warning). */
  static define(tag = 'set-timer', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  static override properties = {
    sets: { converter: numberAttr('sets', 1, LIMITS.sets) },
    reps: { converter: numberAttr('reps', 1, LIMITS.reps) },
    perSide: { attribute: 'per-side', converter: { fromAttribute: parseFlag } },
    tempo: { converter: textAttr('tempo', parseTempo, 'seconds as in 3-0-1-0') },
    rest: { converter: numberAttr('rest', 0, LIMITS.seconds) },
    sideRest: { attribute: 'side-rest', converter: numberAttr('side-rest', 0, LIMITS.seconds) },
    leadIn: { attribute: 'lead-in', converter: numberAttr('lead-in', 0, LIMITS.leadIn) },
    mode: { converter: textAttr('mode', parseMode, 'tempo or count') },
    muted: { type: Boolean, reflect: true },
    persist: { type: Boolean },
    words: { attribute: false },
    view: { state: true },
    announcement: { state: true },
    reducedMotion: { state: true },
  };

  sets?: number;
  reps?: number;
  perSide?: boolean;
  tempo?: string;
  rest?: number;
  sideRest?: number;
  leadIn?: number;
  mode?: string;
  muted = false;
  persist = false;

  /**
   * The words shown and spoken. Unset (the default), they are those of the timer's language:
   * the nearest `lang` attribute (English, Spanish or German). Set a whole table for another one.
   */
  words?: TimerWords;

  /** The monotonic clock the timer reads. Only tests change it.
   * @internal */
  clock: Clock = performanceClock;

  private view?: TimerState;
  private announcement = '';
  private reducedMotion = false;

  #timeline!: Timeline;
  #signature = '';
  #run: Run = idleRun();
  #lastIndex = -2;
  #lastStep = -1;
  /** The state last described in the live region; unset to describe the next one in full. */
  #said?: TimerState;
  /** workout-complete fires once per start. */
  #completed = false;
  #countedAt = -Infinity;
  #setsFired = 0;
  #activeMs = 0;
  #resumedAt = 0;
  #audioCursor = new CueCursor();
  #actionCursor = new CueCursor();
  #audio = new AudioCues();
  #speech = new SpeechCues();
  #wakeLock = new WakeLockKeeper();
  #raf = 0;
  #interval: number | undefined;
  #wake: number | undefined;
  /**
   * The window whose timers and frames drive the loops: our own document's. Moved into a
   * Picture-in-Picture window, that one's, which keeps running at full rate while the page
   * that opened it is hidden and throttled.
   */
  #loopWindow: Window = window;
  /** start() was called while the document was loading. */
  #startWhenLoaded = false;
  #restored = false;
  #inputs: unknown[] = [];
  #focused: Element | null = null;

  /** The words in use: the `words` property if it is a whole table, else the table of the timer's language. */
  get #words(): TimerWords {
    const own = this.words;
    if (own && own !== this.#wordsChecked) {
      this.#wordsChecked = own;
      this.#wordsWhole = isWholeTable(own, TIMER_WORDS);
      if (!this.#wordsWhole) console.warn('[exercise-elements] <set-timer>: words ignored (not a whole TimerWords table).');
    }
    return own && this.#wordsWhole ? own : this.i18n.words(TIMER_TRANSLATIONS);
  }
  #wordsChecked?: TimerWords;
  #wordsWhole = false;

  /** Where the workout stands now: `{status, set, side, rep, phase, remaining, ...}`. */
  get state(): SetTimerState {
    // Read before the first render too: right after `.exercise` was set, the state is its.
    this.readSource();
    this.#ensureTimeline();
    return computeState(this.#timeline, this.#run, this.clock.now());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const doc = this.ownerDocument;
    const motion = matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedMotion = motion.matches;
    this.listen(motion, 'change', this.#onMotion);
    this.listen(doc, 'visibilitychange', this.#onVisibility);
    this.listen(doc.defaultView, 'pagehide', this.#onPageHide);
    if (this.#timeline && this.#run.status === 'running') {
      this.#startLoops();
      // Moved into another document (a Picture-in-Picture window): the lock through its window.
      void this.#wakeLock.acquire(doc);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#saveProgress();
    this.#stopLoops();
    // A move (removed and inserted again in one DOM operation) keeps the sound and the wake
    // lock: a new AudioContext would need another user gesture. Only a real removal ends them.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#audio.close();
      this.#speech.cancel();
      this.#wakeLock.release();
    });
  }

  // ----- public methods -----

  /** Starts from the top (or resumes when paused); while its `src` loads, once it is there. */
  start(): void {
    // Not in #ensureTimeline(), which every update (every frame while running) calls after the
    // update's own read: a script's start() may come before the first one.
    this.readSource();
    this.#ensureTimeline();
    // Not on a stand-in plan that the document's arrival would reset.
    if (this.status === 'loading') return void (this.#startWhenLoaded = true);
    if (this.#run.status === 'paused') {
      this.resume();
      return;
    }
    if (this.#run.status === 'running') return;
    this.#unlockSound();
    const now = this.clock.now();
    this.#setsFired = 0;
    this.#activeMs = 0;
    this.#resumedAt = now;
    this.#lastIndex = -2;
    this.#lastStep = -1;
    this.#said = undefined;
    this.#completed = false;
    const run = startRun(this.#timeline, now);
    emit<TimerStartDetail>(this, 'timer-start', this.#summary());
    // A listener may have reset or restarted us; only start if still idle.
    if (this.#run.status === 'idle' || this.#run.status === 'done') this.#setRun(run, now);
  }

  /** Pauses a running workout (time stops; nothing is lost). */
  pause(): void {
    this.#startWhenLoaded = false;
    if (this.#run.status !== 'running') return;
    const now = this.clock.now();
    this.#tick();
    if (this.#run.status !== 'running') return; // it finished on that last tick
    this.#activeMs += now - this.#resumedAt;
    this.#run = pauseRun(this.#run, now);
    // Silence what was scheduled and hand those cues out again on resume: none lost, none twice.
    const first = this.#audio.cancelFrom(now);
    if (first !== undefined) this.#audioCursor.giveBack(first);
    this.#speech.cancel();
    this.#stopLoops();
    this.#wakeLock.release();
    this.#saveProgress();
    this.announcement = this.#words.paused;
    emit(this, 'timer-pause', computeState(this.#timeline, this.#run, now));
    this.#refresh(now);
  }

  /** Resumes a paused workout where it stopped. */
  resume(): void {
    if (this.#run.status !== 'paused') return;
    this.#unlockSound();
    const now = this.clock.now();
    this.#resumedAt = now;
    this.#run = resumeRun(this.#run, now);
    this.#startLoops();
    void this.#wakeLock.acquire(this.ownerDocument);
    this.#saveProgress();
    emit(this, 'timer-resume', computeState(this.#timeline, this.#run, now));
    this.#tick();
    // Say where we are again, in full: the phase has not changed, so #onPhase would say nothing
    // and "Paused" would stay in the live region.
    const s = computeState(this.#timeline, this.#run, now);
    if (s.status !== 'done') this.announcement = this.#describe(s, true);
  }

  /** To the next rep, rest or hold (in count mode, this counts the rep). */
  skip(): void {
    this.#ensureTimeline();
    const now = this.clock.now();
    this.#setRun(skipRun(this.#timeline, this.#run, now), now);
  }

  /** To the start of this rep or rest, or the one before when pressed right after it began (in count mode, always: it undoes a count). */
  back(): void {
    this.#ensureTimeline();
    const now = this.clock.now();
    // The phase it lands on is said again, even when it is the one it was in.
    this.#lastIndex = -2;
    this.#lastStep = -1;
    this.#setRun(backRun(this.#timeline, this.#run, now), now);
  }

  /** Moves the focus to the main button (Start, Pause, Resume, Rep done): where a keyboard reader begins. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.primary')?.focus(options);
  }

  /** Stops and returns to the start, ready to go again. */
  reset(): void {
    this.#startWhenLoaded = false;
    this.#ensureTimeline();
    const now = this.clock.now();
    this.#stopRun();
    this.#lastIndex = -2;
    this.#lastStep = -1;
    this.#setsFired = 0;
    this.#forgetProgress();
    this.announcement = '';
    this.#refresh(now);
  }

  // ----- lifecycle -----

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#ensureTimeline();
    if (this.#startWhenLoaded && this.status !== 'loading') {
      this.#startWhenLoaded = false;
      if (this.doc) this.start();
    }
    if (!this.view) this.#refresh(this.clock.now());
    this.#focused = (this.renderRoot as ShadowRoot).activeElement;
  }

  /** Builds the timeline from the document and attributes; a new prescription starts over. */
  #ensureTimeline(): void {
    const inputs = [
      this.doc?.prescription,
      this.sets,
      this.reps,
      this.perSide,
      this.tempo,
      this.rest,
      this.sideRest,
      this.leadIn,
      this.mode,
      this.#words,
    ];
    if (this.#timeline && inputs.every((v, i) => v === this.#inputs[i])) return;
    this.#inputs = inputs;
    const plan = resolvePlan(this.doc?.prescription, {
      sets: this.sets,
      reps: this.reps,
      perSide: this.perSide,
      tempo: parseTempo(this.tempo),
      rest: this.rest,
      sideRest: this.sideRest,
      leadIn: this.leadIn,
      mode: parseMode(this.mode),
    });
    const timeline = compileTimeline(plan, this.#words);
    const signature = timelineSignature(timeline);
    if (this.#timeline && signature === this.#signature) {
      this.#timeline = timeline; // same phases; the words may differ
      return;
    }
    const hadRun = this.#timeline !== undefined && this.#run.status !== 'idle';
    this.#timeline = timeline;
    this.#signature = signature;
    if (hadRun) this.#stopRun();
    this.#lastIndex = -2;
    this.#lastStep = -1;
    this.#restored = false;
    this.#restoreProgress();
    this.view = undefined;
  }

  /** Back to idle: no run, no scheduled cue, no loop, no wake lock. */
  #stopRun(): void {
    this.#run = idleRun();
    this.#stopCues();
    this.#stopLoops();
    this.#wakeLock.release();
  }

  // ----- the loop -----

  #startLoops(): void {
    const win = this.ownerDocument.defaultView;
    if (!this.isConnected || !win) return;
    this.#loopWindow = win;
    if (this.#interval === undefined) this.#interval = win.setInterval(this.#tick, FALLBACK_TICK_MS);
    if (!this.#raf) this.#raf = win.requestAnimationFrame(this.#frame);
  }

  #stopLoops(): void {
    const win = this.#loopWindow;
    if (this.#interval !== undefined) win.clearInterval(this.#interval);
    this.#interval = undefined;
    if (this.#wake !== undefined) win.clearTimeout(this.#wake);
    this.#wake = undefined;
    if (this.#raf) win.cancelAnimationFrame(this.#raf);
    this.#raf = 0;
  }

  #frame = (): void => {
    this.#raf = 0;
    this.#tick();
    if (this.#run.status === 'running' && this.isConnected) this.#raf = this.#loopWindow.requestAnimationFrame(this.#frame);
  };

  /** Recomputes the state from the clock and acts on what changed. Safe to call any time. */
  #tick = (): void => {
    if (!this.#timeline) return;
    const now = this.clock.now();
    const s = computeState(this.#timeline, this.#run, now);
    if (this.#run.status === 'idle' || this.#run.status === 'done') {
      this.#refresh(now, s);
      return;
    }
    this.#onPhase(s);
    this.#playCues(now);
    if (s.status === 'done') this.#finish(now, this.#run.status === 'running');
    else this.#wakeAtNextDeadline(now, s);
    this.#refresh(now, s);
  };

  /**
   * Frames stop or slow down when the page is in the background or busy; a timeout set for
   * the next phase boundary or spoken cue keeps events and speech on time all the same.
   */
  #wakeAtNextDeadline(now: number, s: TimerState): void {
    if (this.#wake !== undefined) this.#loopWindow.clearTimeout(this.#wake);
    this.#wake = undefined;
    if (this.#run.status !== 'running' || !this.isConnected) return;
    let at = s.remaining !== null ? now + s.remaining * 1000 : Infinity;
    const cue = this.#actionCursor.peek(this.#timeline, this.#run);
    if (cue !== undefined) at = Math.min(at, cue);
    if (!Number.isFinite(at)) return;
    this.#wake = this.#loopWindow.setTimeout(this.#tick, Math.max(0, Math.ceil(at - now)));
  }

  /** Fires the events of a phase the first time it is seen. */
  #onPhase(s: TimerState): void {
    if (s.index === this.#lastIndex) return;
    this.#lastIndex = s.index;
    const completed = s.status === 'done' ? s.sets : s.set - 1;
    while (this.#setsFired < completed) {
      this.#setsFired += 1;
      emit(this, 'set-complete', { set: this.#setsFired, sets: s.sets });
    }
    if (s.status === 'done') return;
    const phase = this.#timeline.phases[s.index]!;
    emit<PhaseChangeDetail>(this, 'phase-change', {
      set: s.set,
      side: s.side,
      rep: s.rep,
      phase: s.phase,
      word: this.#words.phase[s.phase],
      index: s.index,
      duration: s.phaseDuration,
    });
    if (phase.step !== this.#lastStep) {
      // The set and side only when they changed since the last description (a counted rep, a
      // side switch without a rest), so each tap in count mode is not the whole context again.
      const said = this.#said;
      const words = this.#describe(s, !said || said.set !== s.set || said.side !== s.side);
      // The same words again must still change the live region, or they are not read out.
      this.announcement = words === this.announcement ? words + '\u00a0' : words;
      this.#lastStep = phase.step;
      this.#said = s;
    }
  }

  #finish(now: number, wasRunning: boolean): void {
    if (wasRunning) this.#activeMs += now - this.#resumedAt;
    this.#run = { status: 'done', anchor: this.#timeline.phases.length, anchorAt: now, pausedAt: null };
    this.#lastIndex = this.#timeline.phases.length;
    while (this.#setsFired < this.#timeline.plan.sets) {
      this.#setsFired += 1;
      emit(this, 'set-complete', { set: this.#setsFired, sets: this.#timeline.plan.sets });
    }
    this.#stopLoops();
    this.#wakeLock.release();
    this.#forgetProgress();
    this.announcement = this.#words.announce([this.#words.phase.done, this.#words.workoutDone]);
    // Back from the end and on to it again is the same workout: it completes once.
    if (!this.#completed) emit<WorkoutCompleteDetail>(this, 'workout-complete', { ...this.#summary(), elapsed: Math.round(this.#activeMs) / 1000 });
    this.#completed = true;
  }

  /** Hands due cues to the audio clock (ahead of time) and to speech and vibration (on time). */
  #playCues(now: number): void {
    const tl = this.#timeline;
    const sound = !this.muted;
    for (const due of this.#audioCursor.take(tl, this.#run, now, now + AUDIO_LOOKAHEAD_MS, AUDIO_LATE_MS)) {
      if (sound && !due.missed) this.#audio.schedule(due.index, due.cue.tone, due.time, now);
    }
    for (const due of this.#actionCursor.take(tl, this.#run, now, now, ACTION_LATE_MS)) {
      if (due.missed) continue;
      if (sound && due.cue.say && this.#mayMakeSound()) this.#speech.say(due.cue.say, this.words ? undefined : this.i18n.lang);
      if (due.cue.vibrate) vibrate(due.cue.vibrate);
    }
  }

  /** Applies a new run from a start or a jump: cues restart from the landing phase. */
  #setRun(next: Run, now: number): void {
    if (next === this.#run) return;
    const prev = this.#run;
    this.#stopCues();
    this.#run = next;
    this.#audioCursor.rewind(this.#timeline, next);
    this.#actionCursor.rewind(this.#timeline, next);
    // Landing on a phase is a new beginning of it, even the same one: say so again.
    this.#lastIndex = -2;
    this.#lastStep = -1;
    const s = computeState(this.#timeline, next, now);
    if (next.status === 'done') {
      this.#onPhase(s);
      this.#playCues(now);
      this.#finish(now, prev.status === 'running');
      this.#refresh(now, s);
      return;
    }
    if (next.status === 'running') {
      this.#startLoops();
      void this.#wakeLock.acquire(this.ownerDocument);
      this.#saveProgress();
      this.#tick();
      return;
    }
    // Paused: no loop runs, so act on the landing phase now.
    this.#stopLoops();
    this.#wakeLock.release();
    this.#saveProgress();
    this.#onPhase(s);
    this.#refresh(now, s);
  }

  #stopCues(): void {
    this.#audio.cancelFrom(-Infinity);
    this.#speech.cancel();
    stopVibration();
  }

  /** Speech, like audio, only once the reader has interacted with the page. */
  #mayMakeSound(): boolean {
    return this.#audio.ready || (this.#audio.created && this.ownerDocument.defaultView?.navigator.userActivation?.hasBeenActive !== false);
  }

  #unlockSound(): void {
    // An AudioContext only from a user gesture: never from a page script calling start(). The
    // gesture in the window the timer is in (a Picture-in-Picture window's own, once moved).
    if (this.muted || this.ownerDocument.defaultView?.navigator.userActivation?.isActive === false) return;
    void this.#audio.unlock().then(() => this.requestUpdate());
  }

  // ----- persistence -----

  get #persistKey(): string {
    // The element's id first: two timers of one exercise on a page are told apart by theirs.
    return storageKey(this.id || this.doc?.id, this.#signature);
  }

  #saveProgress(): void {
    if (!this.persist || !this.#timeline) return;
    const now = this.clock.now();
    const active = this.#activeMs + (this.#run.status === 'running' ? now - this.#resumedAt : 0);
    const snapshot = takeSnapshot(this.#timeline, this.#run, now, Date.now(), active);
    // Nothing to save is not a reason to forget: an idle timer with the same key (same
    // prescription, no id) must not delete another's progress. Reset and the end forget it.
    if (snapshot) save(this.#persistKey, snapshot);
  }

  #forgetProgress(): void {
    if (this.persist && this.#timeline) forget(this.#persistKey);
  }

  #restoreProgress(): void {
    if (!this.persist || this.#restored || this.#run.status !== 'idle') return;
    this.#restored = true;
    const now = this.clock.now();
    const restored = restoreSnapshot(this.#timeline, loadSaved(this.#persistKey), now, Date.now());
    if (!restored) return;
    const { run } = restored;
    if (computeState(this.#timeline, run, now).status === 'done') {
      forget(this.#persistKey);
      return;
    }
    this.#run = run;
    this.#resumedAt = now;
    this.#activeMs = restored.active;
    this.#setsFired = computeState(this.#timeline, run, now).set - 1;
    this.#audioCursor.rewind(this.#timeline, run);
    this.#actionCursor.rewind(this.#timeline, run);
    if (run.status === 'running') {
      this.#startLoops();
      void this.#wakeLock.acquire(this.ownerDocument);
    }
  }

  // ----- page events -----

  #onVisibility = (): void => {
    if (this.ownerDocument.visibilityState === 'visible') {
      // Right at once, not on the next (throttled) tick.
      this.#tick();
      if (this.#run.status === 'running') void this.#wakeLock.acquire(this.ownerDocument);
    } else {
      this.#saveProgress();
    }
  };

  #onPageHide = (): void => this.#saveProgress();

  #onMotion = (e: MediaQueryListEvent): void => {
    this.reducedMotion = e.matches;
  };

  // ----- helpers -----

  /** Whether the reader counts the reps (open reps): no tempo part has a length, whatever the mode asked. */
  get #counted(): boolean {
    return this.#timeline.nextOpen[0] !== -1 && this.#timeline.phases.length > 0;
  }

  #summary(): TimerStartDetail {
    const p = this.#timeline.plan;
    const open = this.#counted;
    const detail: TimerStartDetail = {
      sets: p.sets,
      reps: p.reps,
      perSide: p.perSide,
      mode: open ? 'count' : p.mode,
      holdSeconds: p.holdSeconds,
      total: open ? null : this.#timeline.total / 1000,
    };
    if (this.doc?.id) detail.exercise = this.doc.id;
    return detail;
  }

  /** The words for a step's start, for the live region. */
  #describe(s: TimerState, full: boolean): string {
    const w = this.#words;
    const parts: string[] = [];
    const secs = s.phaseDuration !== null ? w.seconds(Math.round(s.phaseDuration)) : '';
    switch (s.phase) {
      case 'lead-in':
      case 'side-rest':
      case 'set-rest':
        parts.push(w.phase[s.phase], secs);
        if (s.phase !== 'lead-in' || s.sets > 1) parts.push(`${w.next}: ${w.setOf(s.set, s.sets)}`);
        if (s.side) parts.push(w.side[s.side]);
        break;
      case 'hold':
        if (full || s.side) parts.push(w.setOf(s.set, s.sets));
        if (s.side) parts.push(w.side[s.side]);
        parts.push(w.phase.hold, secs);
        break;
      default:
        if (full) parts.push(w.setOf(s.set, s.sets));
        if (full && s.side) parts.push(w.side[s.side]);
        parts.push(w.repOf(s.rep, s.reps));
        parts.push(w.phase[s.phase]);
    }
    return w.announce(parts);
  }

  /** Stores the state to draw; re-renders only when something visible changed. */
  #refresh(now: number, s = computeState(this.#timeline, this.#run, now)): void {
    const prev = this.view;
    if (
      prev &&
      prev.index === s.index &&
      prev.status === s.status &&
      formatRemaining(prev.remaining ?? 0) === formatRemaining(s.remaining ?? 0) &&
      Math.round(this.#ringFraction(prev) * 400) === Math.round(this.#ringFraction(s) * 400) &&
      Math.round(prev.progress * 400) === Math.round(s.progress * 400)
    ) {
      return;
    }
    this.view = s;
  }

  /** How full the ring is: through the current phase (or set, for counted reps). */
  #ringFraction(s: TimerState): number {
    if (s.status === 'done') return 1;
    if (s.status === 'idle') return 0;
    if (s.phaseDuration === null) return s.reps > 0 ? (s.rep - 1) / s.reps : 0;
    if (s.phaseDuration <= 0) return 1;
    // Reduced motion: the ring moves in whole-second steps like the numbers, no sweep.
    const elapsed = this.reducedMotion ? Math.floor(s.phaseElapsed) : s.phaseElapsed;
    return Math.min(1, elapsed / s.phaseDuration);
  }

  // ----- rendering -----

  override render(): TemplateResult {
    const load = this.status === 'loading' || this.status === 'error' ? this.renderLoadState() : nothing;
    if (load !== nothing) return html`${load}`;
    const s = this.view ?? computeState(this.#timeline, this.#run, this.clock.now());
    const w = this.#words;
    const plan = this.#timeline.plan;
    const kind = KINDS[s.phase] ?? 'work';
    const open = s.remaining === null && s.status !== 'idle';
    const counting = open && s.status === 'running';
    // Reps counted by the reader: what only counting shows keeps its place, unseen, the rest of
    // the time, so nothing moves under a finger from rep to rest.
    const counted = this.#counted;
    const word = w.phase[s.phase];
    // No time to show at the end, or before open reps: no timer (an empty one was read out, and a
    // big "0" sat under "Done").
    const timeText =
      s.status === 'done' || s.remaining === null ? '' : s.status === 'idle' ? formatClock(s.remaining) : formatRemaining(s.remaining);
    const fraction = this.#ringFraction(s);
    // The lead-in and the rests lead up to what comes next. The "Up next" line keeps its place,
    // unseen, in the other phases, so the buttons below do not move under a finger.
    const upcoming = kind === 'ready' || kind === 'rest';
    const repText = plan.holdSeconds > 0 ? '' : s.rep > 0 ? w.repOf(s.rep, s.reps) : w.repsTotal(s.reps);
    // Running with no sound context (restored after a reload, or started by a script): no gesture
    // made one, so nothing sounds; offer the button that can.
    const soundBlocked = !this.muted && (this.#audio.blocked || (s.status === 'running' && !this.#audio.created));
    return html`
      <section
        part="timer"
        class="timer"
        role="group"
        data-kind=${kind}
        data-status=${s.status}
        aria-label=${w.regionLabel}
        aria-keyshortcuts="Space ArrowRight ArrowLeft Escape"
        @keydown=${this.#onKey}
      >
        <div class="header" part="header">
          <span class="next ${upcoming ? '' : 'unseen'}">${w.next}</span>
          <span class="chip">${w.setOf(s.set, s.sets)}</span>
          ${s.side ? html`<span class="chip side">${w.side[s.side]}</span>` : nothing}
          ${repText ? html`<span class="chip">${repText}</span>` : nothing}
        </div>
        <div class="dial" part="dial">
          ${this.#renderRing(fraction)}
          <div class="face">
            <div class="word" part="phase">${word}</div>
            ${open
              ? html`<div class="count" part="time"><span class="big">${s.rep}</span></div>`
              : timeText
                ? html`<div class="time ${timeText.length > 6 ? 'longer' : timeText.length > 4 ? 'long' : ''}" part="time" role="timer" aria-label=${s.status === 'idle' ? w.totalTime : w.timerLabel}>
                    ${timeText}
                  </div>`
                : nothing}
            ${s.status === 'idle' && s.remaining !== null
              ? html`<div class="hint">${w.totalTime}</div>`
              : s.status === 'paused'
                ? html`<div class="hint paused">${w.paused}</div>`
                : nothing}
          </div>
        </div>
        <div class="bar" part="progress" aria-hidden="true">
          <span class="bar-fill"></span>
        </div>
        ${this.#renderControls(s, counting, counted)}
        <div class="footer">
          ${counted ? html`<p class="count-hint ${counting ? '' : 'unseen'}">${w.countHint}</p>` : nothing}
          ${soundBlocked
            ? html`<button type="button" class="sound" part="sound" @click=${this.#onSoundClick}>${w.turnSoundOn}</button>
                <span class="sound-state">${w.soundBlocked}</span>`
            : html`<button type="button" class=${this.muted ? 'sound off' : 'sound'} part="sound" @click=${this.#toggleMute}>
                ${this.muted ? iconMuted : iconSound}<span>${this.muted ? w.soundOff : w.soundOn}</span>
              </button>`}
        </div>
        <div class="vh" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </section>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The bar's width through CSSOM (CSP-safe), not a style attribute.
    const fill = this.renderRoot.querySelector<HTMLElement>('.bar-fill');
    if (fill && this.view) fill.style.setProperty('--p', String(this.view.progress));
    // A focused button that this update disabled (Skip once stopped or done) would drop the
    // keyboard on <body>: the main button takes the focus instead.
    if ((this.#focused as HTMLButtonElement | null)?.disabled) this.renderRoot.querySelector<HTMLElement>('.primary')?.focus();
  }

  #renderRing(fraction: number): TemplateResult {
    // The circles in the html template itself: inside <svg> the parser makes them SVG elements.
    return html`<svg class="ring" part="ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
      <circle class="track" cx="60" cy="60" r=${RING_R}></circle>
      <circle
        class="fill"
        cx="60"
        cy="60"
        r=${RING_R}
        stroke-dasharray=${RING_C.toFixed(2)}
        stroke-dashoffset=${(RING_C * (1 - fraction)).toFixed(2)}
        transform="rotate(-90 60 60)"
      ></circle>
    </svg>`;
  }

  #renderControls(s: TimerState, counting: boolean, counted: boolean): TemplateResult {
    const w = this.#words;
    // One main button whatever it says, so the focus stays on it as it changes from Start to
    // Rep done to Pause (a new button each time would drop the keyboard on <body>).
    const [label, icon, action] = counting
      ? [w.countRep, iconCheck, () => this.#count()]
      : s.status === 'running'
        ? [w.pause, iconPause, () => this.#pauseFromUser()]
        : s.status === 'paused'
          ? [w.resume, iconPlay, () => this.resume()]
          : s.status === 'done'
            ? [w.again, iconRestart, () => this.#restartFromUser()]
            : [w.start, iconPlay, () => this.start()];
    const going = s.status === 'running' || s.status === 'paused';
    return html`<div class="controls" part="controls" role="group" aria-label=${w.controlsLabel}>
      <button type="button" part="button button-back" class="ctl" @click=${() => this.back()} ?disabled=${s.status === 'idle'}>
        ${iconBack}<span>${w.back}</span>
      </button>
      <button type="button" part="button ${counting ? 'button-count' : 'button-primary'}" class="ctl primary" @click=${action}>
        ${icon}<span>${label}</span>
      </button>
      <button type="button" part="button button-skip" class="ctl" @click=${() => this.skip()} ?disabled=${!going}>
        ${iconSkip}<span>${w.skip}</span>
      </button>
      <button
        type="button"
        part="button button-restart"
        class="ctl"
        @click=${() => this.#restartFromUser()}
        ?disabled=${!going}
      >
        ${iconRestart}<span>${w.restart}</span>
      </button>
      ${counted
        ? html`<button type="button" part="button button-pause" class="ctl ${counting ? '' : 'unseen'}" @click=${() => this.pause()}>
            ${iconPause}<span>${w.pause}</span>
          </button>`
        : nothing}
    </div>`;
  }

  /** Count mode: one rep done. */
  #count(): void {
    const now = this.clock.now();
    this.#countedAt = now;
    this.#setRun(countRep(this.#timeline, this.#run, now), now);
  }

  /**
   * Pause from the main button or Space. The button that counted a set's last rep is Pause a
   * moment later: the second tap of a double tap, or a count too many, must not stop the rest.
   */
  #pauseFromUser(): void {
    if (this.clock.now() - this.#countedAt >= 1000) this.pause();
  }

  /** The Restart button: back to the first phase, keeping a pause a pause. */
  #restartFromUser(): void {
    const now = this.clock.now();
    if (this.#run.status === 'running' || this.#run.status === 'paused') {
      // A new workout from the top, for listeners too: a new start, elapsed counted from here.
      this.#setsFired = 0;
      this.#activeMs = 0;
      this.#resumedAt = now;
      this.#said = undefined;
      this.#completed = false;
      emit<TimerStartDetail>(this, 'timer-start', this.#summary());
      this.#setRun(jumpTo(this.#timeline, this.#run, now, 0), now);
      return;
    }
    this.#run = idleRun();
    this.start();
  }

  #onSoundClick = (): void => {
    void this.#audio.unlock().then(() => this.requestUpdate());
  };

  #toggleMute = (): void => {
    this.muted = !this.muted;
    if (this.muted) {
      this.#audio.cancelFrom(-Infinity);
      this.#speech.cancel();
    } else {
      this.#unlockSound();
    }
  };

  #onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const onButton = e.composedPath().some((n) => n instanceof HTMLButtonElement);
    const s = this.state;
    switch (e.key) {
      case ' ':
        // A focused button answers Space itself.
        if (onButton) return;
        e.preventDefault();
        if (s.status === 'running' && s.remaining === null) this.#count();
        else if (s.status === 'running') this.#pauseFromUser();
        else if (s.status === 'paused') this.resume();
        else if (s.status === 'done') this.#restartFromUser();
        else this.start();
        break;
      case 'ArrowRight':
        e.preventDefault();
        this.skip();
        break;
      case 'ArrowLeft':
        e.preventDefault();
        this.back();
        break;
      case 'Escape':
        // In a modal dialog (the card's), Escape closes the dialog, which pauses us.
        if (s.status === 'idle' || this.closest('dialog')) return;
        e.preventDefault();
        this.reset();
        break;
    }
  };
}

/** What kind of phase it is, for its colour: get ready, rest (and done), or work. */
const KINDS: Partial<Record<TimerState['phase'], string>> = {
  idle: 'idle',
  done: 'done',
  'lead-in': 'ready',
  'side-rest': 'rest',
  'set-rest': 'rest',
};

const icon = (d: TemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${d}</svg>`;
const iconPlay = icon(svg`<path d="M8 5.5v13a1 1 0 0 0 1.5.86l10.5-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5z"/>`);
const iconPause = icon(svg`<rect x="6" y="5" width="4.5" height="14" rx="1.2"/><rect x="13.5" y="5" width="4.5" height="14" rx="1.2"/>`);
const iconSkip = icon(svg`<path d="M5 6.2v11.6a1 1 0 0 0 1.55.83L15 13v4.8a1 1 0 0 0 2 0V6.2a1 1 0 0 0-2 0V11L6.55 5.37A1 1 0 0 0 5 6.2z"/>`);
// The skip icon mirrored: the same path, so the bundle carries it once.
const iconBack = icon(
  svg`<path transform="matrix(-1 0 0 1 24 0)" d="M5 6.2v11.6a1 1 0 0 0 1.55.83L15 13v4.8a1 1 0 0 0 2 0V6.2a1 1 0 0 0-2 0V11L6.55 5.37A1 1 0 0 0 5 6.2z"/>`,
);
const iconRestart = icon(
  svg`<path fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" d="M4.5 12a7.5 7.5 0 1 0 2.2-5.3M4.5 4.5v4h4"/>`,
);
const iconCheck = icon(
  svg`<path fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" d="M5 12.5l4.5 4.5L19 7.5"/>`,
);
const iconSound = icon(
  svg`<path d="M4 9.5v5a1 1 0 0 0 1 1h3l4.4 3.6a.6.6 0 0 0 1-.47V5.37a.6.6 0 0 0-1-.47L8 8.5H5a1 1 0 0 0-1 1z"/><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12"/>`,
);
const iconMuted = icon(
  svg`<path d="M4 9.5v5a1 1 0 0 0 1 1h3l4.4 3.6a.6.6 0 0 0 1-.47V5.37a.6.6 0 0 0-1-.47L8 8.5H5a1 1 0 0 0-1 1z"/><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M16.5 9.5l5 5M21.5 9.5l-5 5"/>`,
);

declare global {
  interface HTMLElementTagNameMap {
    'set-timer': SetTimer;
  }
  interface HTMLElementEventMap {
    'timer-start': CustomEvent<TimerStartDetail>;
    'phase-change': CustomEvent<PhaseChangeDetail>;
    'set-complete': CustomEvent<{ set: number; sets: number }>;
    'workout-complete': CustomEvent<WorkoutCompleteDetail>;
    'timer-pause': CustomEvent<SetTimerState>;
    'timer-resume': CustomEvent<SetTimerState>;
  }
}
