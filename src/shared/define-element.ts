/** A custom element class that says which version of this library it belongs to. */
export type VersionedElement = CustomElementConstructor & { version?: string };

const PREFIX = '[exercise-elements]';

/**
 * Registers several tags at once, guarded against other copies of the library on the page:
 * a tag already defined by the same version is left alone silently (the ESM and the classic
 * script can both be on one page); one defined by another version is also left alone, with a
 * single console warning for the whole call. Never throws, so a second copy cannot break a page.
 */
export function defineElements(
  entries: ReadonlyArray<readonly [tag: string, ctor: VersionedElement]>,
  registry: CustomElementRegistry = customElements,
): void {
  const clashes: string[] = [];
  const refused: string[] = [];
  for (const [tag, ctor] of entries) {
    const existing = registry.get(tag) as VersionedElement | undefined;
    if (existing) {
      if (existing !== ctor && existing.version !== ctor.version) {
        clashes.push(`<${tag}> (version ${existing.version ?? 'unknown'})`);
      }
      continue;
    }
    try {
      registry.define(tag, ctor);
    } catch {
      try {
        // A class is registered under one name only: a second name (`MuscleMap.define('my-map')`
        // before or after the define-all entry) gets a subclass of its own.
        registry.define(tag, class extends (ctor as new () => HTMLElement) {});
      } catch (error) {
        refused.push(`<${tag}> (${(error as Error).message})`);
      }
    }
  }
  if (refused.length > 0) console.warn(`${PREFIX} could not define ${refused.join(', ')}.`);
  if (clashes.length > 0) {
    const version = entries[0]?.[1].version ?? 'unknown';
    console.warn(
      `${PREFIX} another copy of exercise-elements already defined ${clashes.join(', ')}; ` +
        `this copy (version ${version}) is not used for those tags.`,
    );
  }
}

/** Registers one tag; see {@link defineElements}. */
export function defineElement(
  tag: string,
  ctor: VersionedElement,
  registry: CustomElementRegistry = customElements,
): void {
  defineElements([[tag, ctor]], registry);
}
