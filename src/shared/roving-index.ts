/** Keys that step forward and back through a list (a vertical list takes Down/Up only). */
const FORWARD = { vertical: ['ArrowDown'], both: ['ArrowDown', 'ArrowRight'] };
const BACK = { vertical: ['ArrowUp'], both: ['ArrowUp', 'ArrowLeft'] };

/**
 * Where a key moves focus in a list of `count` items when item `at` has it, following the
 * WAI-ARIA APG: arrows step and wrap round, Home and End jump to the ends. Undefined for any
 * other key, so the caller leaves the event alone.
 */
export function rovingIndex(key: string, at: number, count: number, axis: 'vertical' | 'both' = 'vertical'): number | undefined {
  const last = count - 1;
  if (count <= 0) return undefined;
  if (FORWARD[axis].includes(key)) return at >= last ? 0 : at + 1;
  if (BACK[axis].includes(key)) return at <= 0 ? last : at - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  return undefined;
}
