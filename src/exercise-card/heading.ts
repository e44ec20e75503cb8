import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The `heading-level` attribute as a level from 2 to 6 (anything else: 2). */
export function parseHeadingLevel(value: unknown): HeadingLevel {
  const n = Number(value);
  return Number.isInteger(n) && n >= 2 && n <= 6 ? (n as HeadingLevel) : 2;
}

/**
 * A real heading element of the given level (h2–h6, capped at 6): the card's outline must fit
 * into whatever page it is pasted in. One template per level keeps Lit's templates static.
 */
export function renderHeading(level: number, content: unknown, part: string, id?: string, hidden = false): TemplateResult {
  const cls = `h ${part}${hidden ? ' vh' : ''}`;
  switch (Math.min(6, Math.max(2, level))) {
    case 2:
      return html`<h2 part=${part} class=${cls} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${cls} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${cls} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${cls} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${cls} id=${ifDefined(id)}>${content}</h6>`;
  }
}
