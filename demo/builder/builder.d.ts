// Types for the tests (test/builder/), which are TypeScript; the builder itself is plain JS.
export interface BuilderOptions {
  /** Milliseconds of quiet typing before the document is checked (default 300). */
  debounce?: number;
  /** The snippet's default script URL. */
  scriptUrl?: string;
  /** The exercise shown first: an id, or false for an empty editor (default the reverse lunge). */
  initial?: string | false;
}
export interface Builder {
  ready: Promise<void>;
  flush(): void;
  pick(id: string): Promise<void>;
  destroy(): void;
}
export const DEFAULT_ACCENT: string;
export function initBuilder(root: HTMLElement, options?: BuilderOptions): Builder;
