import sinon from 'sinon';
/**
 * Stand-ins for what the browser does not do in a headless test: sound, speech, vibration,
 * the wake lock, user activation and page visibility. Each `install` returns an undo.
 */

/** An oscillator that records when it would have sounded and whether it was cut off first. */
export class FakeOscillator {
  startAt = NaN;
  stopAt = NaN;
  cancelled = false;
  frequency = { value: 0, setValueAtTime: (v: number) => void (this.frequency.value = v) };
  type = 'sine';
  onended: (() => void) | null = null;
  constructor(private ctx: FakeAudioContext) {
    ctx.oscillators.push(this);
  }
  connect<T>(node: T): T {
    return node;
  }
  disconnect(): void {}
  start(t: number): void {
    this.startAt = t;
  }
  stop(t?: number): void {
    if (t === undefined) {
      // An immediate stop before it began silences it.
      if (this.ctx.currentTime <= this.startAt) this.cancelled = true;
      this.stopAt = this.ctx.currentTime;
    } else {
      this.stopAt = t;
    }
  }
  /** Sounded: started and not stopped before its start. */
  get sounded(): boolean {
    return !this.cancelled;
  }
}

export class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  /** What resume() leads to: 'running', or 'suspended' to act like a browser that blocks audio. */
  static resumeTo: AudioContextState = 'running';
  state: AudioContextState = 'suspended';
  oscillators: FakeOscillator[] = [];
  destination = {};
  closed = false;
  constructor() {
    FakeAudioContext.instances.push(this);
  }
  /** The audio clock runs with performance.now() (which the tests fake). */
  get currentTime(): number {
    return performance.now() / 1000;
  }
  resume(): Promise<void> {
    this.state = FakeAudioContext.resumeTo;
    return Promise.resolve();
  }
  close(): Promise<void> {
    this.state = 'closed';
    this.closed = true;
    return Promise.resolve();
  }
  createOscillator(): FakeOscillator {
    return new FakeOscillator(this);
  }
  createGain() {
    const param = { setValueAtTime() {}, exponentialRampToValueAtTime() {} };
    return { gain: param, connect: <T>(n: T) => n, disconnect() {} };
  }
  /** First notes of each tone: the moments cues sounded (in performance ms). */
  soundedTimes(): number[] {
    return this.oscillators.filter((o) => o.sounded).map((o) => Math.round(o.startAt * 1000));
  }
}

function define(target: object, key: string, descriptor: PropertyDescriptor): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, ...descriptor });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key];
  };
}

export interface Fakes {
  audio: typeof FakeAudioContext;
  spoken: { text: string; at: number }[];
  vibrations: { pattern: number[]; at: number }[];
  wakeLock: { requests: number; releases: number; held: () => boolean };
  activation: { isActive: boolean; hasBeenActive: boolean };
  setVisible(visible: boolean): void;
  restore(): void;
}

export function installFakes(options: { wakeLock?: boolean } = {}): Fakes {
  const undo: (() => void)[] = [];
  FakeAudioContext.instances = [];
  FakeAudioContext.resumeTo = 'running';
  undo.push(define(window, 'AudioContext', { value: FakeAudioContext, writable: true }));

  const spoken: Fakes['spoken'] = [];
  let speaking = false;
  const synth = {
    get speaking() {
      return speaking;
    },
    pending: false,
    speak(u: SpeechSynthesisUtterance) {
      spoken.push({ text: u.text, at: performance.now() });
      speaking = true;
    },
    cancel() {
      speaking = false;
    },
  };
  undo.push(define(window, 'speechSynthesis', { value: synth }));

  const vibrations: Fakes['vibrations'] = [];
  undo.push(
    define(navigator, 'vibrate', {
      value: (pattern: number[]) => {
        vibrations.push({ pattern, at: performance.now() });
        return true;
      },
    }),
  );

  const activation = { isActive: true, hasBeenActive: true };
  undo.push(define(navigator, 'userActivation', { value: activation }));

  const wakeLock = { requests: 0, releases: 0, held: () => sentinels.some((s) => !s.released) };
  const sentinels: { released: boolean; release(): Promise<void> }[] = [];
  if (options.wakeLock === false) {
    undo.push(define(navigator, 'wakeLock', { value: undefined }));
  } else {
    undo.push(
      define(navigator, 'wakeLock', {
        value: {
          request: () => {
            wakeLock.requests += 1;
            const listeners: (() => void)[] = [];
            const sentinel = {
              released: false,
              addEventListener: (_: string, fn: () => void) => listeners.push(fn),
              release: () => {
                if (!sentinel.released) {
                  sentinel.released = true;
                  wakeLock.releases += 1;
                  listeners.forEach((fn) => fn());
                }
                return Promise.resolve();
              },
            };
            sentinels.push(sentinel);
            return Promise.resolve(sentinel);
          },
        },
      }),
    );
  }

  let visible = true;
  undo.push(define(document, 'visibilityState', { get: () => (visible ? 'visible' : 'hidden') }));
  undo.push(define(document, 'hidden', { get: () => !visible }));
  const setVisible = (v: boolean) => {
    visible = v;
    // The browser drops wake locks when a page is hidden.
    if (!v) sentinels.forEach((s) => void s.release());
    document.dispatchEvent(new Event('visibilitychange'));
  };

  return {
    audio: FakeAudioContext,
    spoken,
    vibrations,
    wakeLock,
    activation,
    setVisible,
    restore: () => undo.reverse().forEach((fn) => fn()),
  };
}

const LOOPS = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] as const;

/**
 * The fake clock the timer tests run on: this page's timers, frames, `performance` and `Date`,
 * from a fixed moment. Given another window (an iframe's), only that window's timers and frames,
 * at this page's time, for a timer moved there: move both clocks on together.
 */
export function fakeClock(win?: Window): sinon.SinonFakeTimers {
  return win
    ? sinon.useFakeTimers({ global: win, now: Date.now(), toFake: [...LOOPS] } as Parameters<typeof sinon.useFakeTimers>[0]) // `global`: sinon's own option, missing from its types
    : sinon.useFakeTimers({ now: 1_700_000_000_000, toFake: [...LOOPS, 'performance', 'Date'] });
}

/** Lets promise callbacks (wake lock requests, audio resume) settle under fake timers. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
