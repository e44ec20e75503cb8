import type { Cue, Timeline } from './timeline.js';
import { timeOf, type Run } from './state.js';

/**
 * How far ahead beeps are handed to the audio clock. Longer than the slowest tick a throttled
 * page gets (about 1 s, plus jitter), so every beep is scheduled before it is due.
 */
export const AUDIO_LOOKAHEAD_MS = 1500;
/** A beep found later than this is skipped: a late beep misleads more than a missing one. */
export const AUDIO_LATE_MS = 100;
/** Speech and vibration, fired from a tick, are skipped when found later than this. */
export const ACTION_LATE_MS = 500;

/** A cue handed out for playing, with the clock time it is due. */
export interface DueCue {
  index: number;
  cue: Cue;
  /** Clock time (ms, same clock as the run) the cue is due. */
  time: number;
  /** Due too long ago to be worth playing (the tab was hidden, or the page was busy). */
  missed: boolean;
}

/** Index of the first cue that belongs to phase `phase` or later. */
export function firstCueFrom(tl: Timeline, phase: number): number {
  let lo = 0;
  let hi = tl.cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tl.cues[mid]!.phase < phase) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Walks through the cue list once, so that every cue is handed out at most once per pass over
 * its phase: pausing and resuming never repeats one, and a burst of cues missed while the tab
 * was hidden is marked missed rather than played late. Jumps (start, skip, back) rewind it.
 */
export class CueCursor {
  next = 0;

  /** After a start or jump: from the first cue of the phase the run is anchored to. */
  rewind(tl: Timeline, run: Run): void {
    this.next = firstCueFrom(tl, run.anchor);
  }

  /**
   * Cues due at or before `until` (clock ms). Those due before `now - late` are marked missed.
   * Stops at the first cue whose time is not known yet (behind an uncounted open rep).
   */
  take(tl: Timeline, run: Run, now: number, until: number, late: number): DueCue[] {
    const out: DueCue[] = [];
    while (this.next < tl.cues.length) {
      const cue = tl.cues[this.next]!;
      const time = timeOf(tl, run, cue.at, cue.phase);
      if (time === undefined || time > until) break;
      out.push({ index: this.next, cue, time, missed: time < now - late });
      this.next += 1;
    }
    return out;
  }

  /** Clock time of the next cue to hand out, if known. */
  peek(tl: Timeline, run: Run): number | undefined {
    const cue = tl.cues[this.next];
    return cue ? timeOf(tl, run, cue.at, cue.phase) : undefined;
  }

  /** Takes back cues from `index` on, whose sound was cancelled before it played. */
  giveBack(index: number): void {
    this.next = Math.min(this.next, index);
  }
}
