/** Buzzes where the device can (most phones; never desktops or iOS Safari). Never throws. */
export function vibrate(pattern: number[]): void {
  try {
    if (typeof navigator.vibrate !== 'function') return;
    // Before the reader has touched the page the browser refuses, with a console error each time.
    if (navigator.userActivation?.hasBeenActive === false) return;
    navigator.vibrate(pattern);
  } catch {
    // Not allowed here (no user gesture yet, or a sandboxed frame).
  }
}

export function stopVibration(): void {
  vibrate([]);
}
