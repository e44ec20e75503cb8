/** Buzzes where the device can (most phones; never desktops or iOS Safari). Never throws. */
export function vibrate(pattern: number[]): void {
  try {
    if (typeof navigator === 'undefined' || typeof navigator.vibrate !== 'function') return;
    // Before the reader has touched the page the browser refuses, with a console error each time.
    const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
    if (activation && !activation.hasBeenActive) return;
    navigator.vibrate(pattern);
  } catch {
    // Not allowed here (no user gesture yet, or a sandboxed frame).
  }
}

export function stopVibration(): void {
  vibrate([]);
}
