import type { Tone } from '../timer/timeline.js';

/** A note: Hz, seconds after the cue's time, seconds long, peak gain (0 to 1). */
type Note = readonly [freq: number, offset: number, length: number, gain: number];

/** Each tone as a few short notes: high and bright for "go", low and long for rest. */
const TONES: Record<Tone, readonly Note[]> = {
  tick: [[660, 0, 0.07, 0.25]],
  move: [[587, 0, 0.08, 0.2]],
  rep: [[880, 0, 0.12, 0.3]],
  go: [
    [880, 0, 0.1, 0.3],
    [1175, 0.12, 0.16, 0.3],
  ],
  rest: [[440, 0, 0.3, 0.3]],
  done: [
    [523, 0, 0.14, 0.3],
    [659, 0.16, 0.14, 0.3],
    [784, 0.32, 0.3, 0.3],
  ],
};

interface Pending {
  /** The cue's index in the timeline, so a cancelled cue can be handed out again. */
  index: number;
  /** Clock time (ms) the cue is due. */
  at: number;
  nodes: OscillatorNode[];
}

/**
 * Beeps scheduled ahead of time on the AudioContext clock, so they sound exactly when due even
 * if the page's timers run late. The context is only made from a user gesture (`unlock`);
 * before that, or when the browser keeps it suspended, nothing sounds and `blocked` says so.
 */
export class AudioCues {
  #ctx?: AudioContext;
  #pending: Pending[] = [];
  #unlocking?: Promise<boolean>;

  /** True when a context exists but the browser does not let it play (autoplay policy). */
  get blocked(): boolean {
    return this.#ctx !== undefined && this.#ctx.state !== 'running';
  }

  get ready(): boolean {
    return this.#ctx?.state === 'running';
  }

  get created(): boolean {
    return this.#ctx !== undefined;
  }

  /** Creates or resumes the context; call only while handling a user gesture. Never throws. */
  unlock(): Promise<boolean> {
    if (this.ready) return Promise.resolve(true);
    if (this.#unlocking) return this.#unlocking;
    // Every browser we support has it unprefixed (Safari since 14.1); a page may have removed it.
    const Ctor = (globalThis as { AudioContext?: typeof AudioContext }).AudioContext;
    if (!Ctor) return Promise.resolve(false);
    try {
      this.#ctx ??= new Ctor();
    } catch {
      return Promise.resolve(false);
    }
    const ctx = this.#ctx;
    this.#unlocking = Promise.resolve()
      .then(() => (ctx.state === 'running' ? undefined : ctx.resume()))
      .then(
        () => ctx.state === 'running',
        () => false,
      )
      .finally(() => {
        this.#unlocking = undefined;
      });
    return this.#unlocking;
  }

  /** The context time matching clock time `at` (ms, performance clock; `now` is that clock now). */
  #contextTime(at: number, now: number): number {
    const ctx = this.#ctx!;
    // The output timestamp pairs the sample being heard with its performance.now() time: the
    // most exact mapping. `currentTime` moves in render quanta, so it is only the fallback.
    const stamp = typeof ctx.getOutputTimestamp === 'function' ? ctx.getOutputTimestamp() : undefined;
    if (stamp?.contextTime && stamp.performanceTime && Math.abs(stamp.performanceTime - now) < 1000) {
      return stamp.contextTime + (at - stamp.performanceTime) / 1000;
    }
    return ctx.currentTime + (at - now) / 1000;
  }

  /** Schedules a cue's tone for clock time `at`. A time already past plays at once. */
  schedule(index: number, tone: Tone, at: number, now: number): void {
    const ctx = this.#ctx;
    if (!ctx || ctx.state !== 'running') return;
    try {
      const start = Math.max(ctx.currentTime, this.#contextTime(at, now));
      const nodes = TONES[tone].map((note) => this.#note(ctx, note, start));
      const entry: Pending = { index, at, nodes };
      this.#pending.push(entry);
      nodes[nodes.length - 1]!.onended = () => {
        this.#pending = this.#pending.filter((p) => p !== entry);
      };
    } catch {
      // A context closed under us, or a browser without some node: the visual timer carries on.
    }
  }

  #note(ctx: AudioContext, note: Note, start: number): OscillatorNode {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    const t0 = start + note[1];
    const t1 = t0 + note[2];
    osc.type = 'sine';
    osc.frequency.setValueAtTime(note[0], t0);
    // A quick ramp in and out: no clicks.
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.exponentialRampToValueAtTime(note[3], t0 + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, t1);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0);
    osc.stop(t1 + 0.02);
    return osc;
  }

  /**
   * Silences every scheduled cue due at or after clock time `from` (a pause or a jump) and
   * returns the smallest cancelled cue index, so the caller can hand those cues out again.
   */
  cancelFrom(from: number): number | undefined {
    let first: number | undefined;
    const keep: Pending[] = [];
    for (const p of this.#pending) {
      if (p.at >= from) {
        first = first === undefined ? p.index : Math.min(first, p.index);
        for (const node of p.nodes) {
          try {
            node.onended = null;
            node.stop();
            node.disconnect();
          } catch {
            // Already stopped.
          }
        }
      } else {
        keep.push(p);
      }
    }
    this.#pending = keep;
    return first;
  }

  /** Stops everything and lets the context go. */
  close(): void {
    this.cancelFrom(-Infinity);
    const ctx = this.#ctx;
    this.#ctx = undefined;
    this.#unlocking = undefined;
    if (ctx && ctx.state !== 'closed') ctx.close().catch(() => undefined);
  }
}
