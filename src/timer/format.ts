/**
 * Seconds left as a person reads a countdown: whole seconds rounded up (so "1" shows until the
 * very end), and minutes:seconds from one minute on.
 */
export function formatRemaining(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds - 1e-6));
  if (whole < 60) return String(whole);
  const m = Math.floor(whole / 60);
  const s = whole % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/**
 * A total time as a clock shows it: "3:43", "0:45", "1:02:05". (Times in running text, such as
 * "45 s", are formatDuration's in src/i18n/locale.ts.)
 */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
