/**
 * Keeps the screen awake while the timer runs, through the Screen Wake Lock API. The browser
 * drops the lock whenever the page is hidden, so `acquire` is called again on return. Where
 * the API is missing or refuses, nothing happens.
 */
export class WakeLockKeeper {
  #sentinel?: WakeLockSentinel;
  #wanted = false;
  #doc?: Document;

  get held(): boolean {
    return this.#sentinel !== undefined && !this.#sentinel.released;
  }

  /**
   * Asks through the window of `doc`, the timer's own document: a Picture-in-Picture window's
   * stays visible, and may hold the lock, while the page that opened it is hidden.
   */
  async acquire(doc: Document): Promise<void> {
    // Held through the page the timer has left: that lock goes when that page hides.
    if (doc !== this.#doc) this.release();
    this.#doc = doc;
    this.#wanted = true;
    if (this.held) return;
    const lock = doc.defaultView?.navigator.wakeLock;
    if (!lock || doc.visibilityState !== 'visible') return;
    // In a frame the permissions policy does not allow it, asking only logs a console error.
    if (!allowedByPolicy(doc)) return;
    try {
      const sentinel = await lock.request('screen');
      if (!this.#wanted || this.held) {
        // Released (or taken) while the request was on its way.
        await sentinel.release();
        return;
      }
      this.#sentinel = sentinel;
      sentinel.addEventListener('release', () => {
        if (this.#sentinel === sentinel) this.#sentinel = undefined;
      });
    } catch {
      // Not allowed (battery saver, permissions policy): the timer works without it.
    }
  }

  release(): void {
    this.#wanted = false;
    const sentinel = this.#sentinel;
    this.#sentinel = undefined;
    if (sentinel && !sentinel.released) sentinel.release().catch(() => undefined);
  }
}

interface PolicyLike {
  allowsFeature(feature: string): boolean;
}

/** Whether the document's permissions policy allows the screen wake lock (true if unknown). */
function allowedByPolicy(doc: Document): boolean {
  const d = doc as Document & { permissionsPolicy?: PolicyLike; featurePolicy?: PolicyLike };
  const policy = d.permissionsPolicy ?? d.featurePolicy;
  try {
    return policy ? policy.allowsFeature('screen-wake-lock') : true;
  } catch {
    return true;
  }
}
