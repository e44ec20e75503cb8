/** An attribute value an element cannot use: one console warning; the default (or the document's value) applies. */
export const warnIgnored = (tag: string, name: string, value: string, accepts: string): undefined =>
  void console.warn(`[exercise-elements] <${tag}>: ${name}="${value}" ignored (expects ${accepts}).`);

/** Heading levels an element can start its outline at. */
export const HEADING_LEVELS = '2, 3, 4, 5, 6';
