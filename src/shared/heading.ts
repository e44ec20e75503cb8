import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** A `heading-level` attribute as a level from 2 to 6; anything else gives `fallback`. */
export function parseHeadingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').trim() || NaN);
  return Number.isInteger(n) && n >= 2 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/**
 * A real heading element of the given level (h2–h6, capped at 6): our outline must fit into
 * whatever page we are pasted in. One template per level keeps Lit's templates static.
 */
export function renderHeading(level: number, content: unknown, part: string, cls = part, id?: string): TemplateResult {
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
