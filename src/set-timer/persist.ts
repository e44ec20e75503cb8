import type { Snapshot } from '../timer/snapshot.js';

const PREFIX = 'exercise-elements:set-timer:';

/** A short stable hash (FNV-1a) so keys stay short whatever the prescription. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The storage key for one timer: the exercise (or element) id and the timeline it runs. */
export function storageKey(id: string | undefined, signature: string): string {
  return `${PREFIX}${id || 'timer'}:${hash(signature)}`;
}

function storage(): Storage | undefined {
  try {
    // Reading `localStorage` itself throws in sandboxed frames and with storage disabled.
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whatever was saved under `key`, parsed; undefined when absent, unreadable or not JSON. */
export function loadSaved(key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves quietly: a full or forbidden storage only means no resume after a reload. */
export function save(key: string, snapshot: Snapshot): void {
  try {
    storage()?.setItem(key, JSON.stringify(snapshot));
  } catch {
    // Quota exceeded or storage denied.
  }
}

export function forget(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Storage denied.
  }
}
