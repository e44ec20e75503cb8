import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ListItem } from '../schema/exercise-types.js';
import { readableText } from './readable-text.js';

export interface NestedListOptions {
  /** Value of the outer list's `part` attribute, so a page can style it. */
  part?: string;
  /** Class of the outer list. */
  className?: string;
  /** Id of the element that names the list (sets `aria-labelledby`). */
  labelledBy?: string;
  /** Language of the items (a document's `lang`), when it may differ from the UI's. */
  lang?: string;
}

/** A list item's own text, or undefined when the value is not a usable item. */
const itemText = (item: unknown): string | undefined =>
  readableText(typeof item === 'string' ? item : item && typeof item === 'object' ? (item as { text?: unknown }).text : undefined);

/** The sub-items of an item, keeping only strings (documents nest one level, never deeper). */
function subItems(item: unknown): string[] {
  if (!item || typeof item !== 'object') return [];
  const items = (item as { items?: unknown }).items;
  return Array.isArray(items) ? items.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
}

/** The items of a `ListItem[]` that can be shown; anything malformed is left out. */
export function usableItems(items: unknown): ListItem[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item): ListItem[] => {
    const text = itemText(item);
    if (text === undefined) return [];
    const sub = subItems(item);
    return [sub.length > 0 ? { text, items: sub } : text];
  });
}

/**
 * Renders a `ListItem[]` (strings, or `{text, items}` with one level of sub-items) as a `<ul>`.
 * Text is bound as text, never parsed as HTML. Malformed entries are skipped rather than
 * breaking the list; an empty or missing list renders nothing.
 */
export function renderNestedList(items: unknown, options: NestedListOptions = {}): TemplateResult | typeof nothing {
  const usable = usableItems(items);
  if (usable.length === 0) return nothing;
  const rows = usable.map((item) =>
    typeof item === 'string'
      ? html`<li>${item}</li>`
      : html`<li>${item.text}<ul class="sub">${item.items.map((sub) => html`<li>${sub}</li>`)}</ul></li>`,
  );
  const { part, className, labelledBy, lang } = options;
  // ifDefined rather than `?? nothing`: same output, and lit-analyzer can type-check it.
  return html`<ul part=${ifDefined(part)} class=${ifDefined(className)} aria-labelledby=${ifDefined(labelledBy)} lang=${ifDefined(lang)}>${rows}</ul>`;
}
