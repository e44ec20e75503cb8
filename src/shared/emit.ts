/** Dispatches an event as all our elements' events are: bubbling, composed (out of shadow roots), carrying `detail`. */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
