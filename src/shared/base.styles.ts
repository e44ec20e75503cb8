import { css } from 'lit';

/**
 * Resets what a host page could leak into our shadow roots through inheritance, sets the shared
 * design tokens, and holds the rules every element needs (headings, lists, buttons, focus ring,
 * visually hidden text). Sizes are px/em: the page's root font size is not ours.
 *
 * Each colour token is `light-dark(light, dark)`, resolved by `color-scheme`: the reader's
 * setting, unless `--ex-color-scheme` (which `<exercise-card theme>` sets, and which nested
 * elements inherit) says `light` or `dark`. A page's own `--ex-*` value wins in both schemes.
 */
export const hostStyles = css`
  :host {
    /* Every property at its initial value, so a page's body rules (fonts, letter-spacing,
       text-transform, SVG fill...) never reach us. Hidden and click-through still pass down
       from the page. Direction is not part of all: our words are all left-to-right, so the
       layout is too, even on a right-to-left page (a page with its own words may set rtl). */
    all: initial;
    visibility: inherit;
    pointer-events: inherit;
    direction: ltr;
    display: block;
    box-sizing: border-box;
    color-scheme: var(--ex-color-scheme, light dark);
    /* medium: the reader's default font size (16px unless they chose another in the browser's
       settings), which a host page's root size (html { font-size: 62.5% }) does not change. */
    font: 400 var(--ex-font-size, medium) / 1.5 var(--_font);
    color: var(--_text);
    /* anywhere, not break-word: a long word (Sternocleidomastoid) may break where a narrow
       grid or flex track would otherwise grow past the card to fit it. */
    overflow-wrap: anywhere;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;

    --_font: var(--ex-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_text: var(--ex-color-text, light-dark(#1d232b, #e8eaed));
    --_muted: var(--ex-color-muted, light-dark(#58616d, #aab1bb));
    --_bg: var(--ex-color-bg, light-dark(#fff, #15181c));
    --_surface: var(--ex-color-surface, light-dark(#f4f5f7, #20252b));
    --_border: var(--ex-color-border, light-dark(#d9dde3, #3a414a));
    --_accent: var(--ex-color-accent, light-dark(#b4235a, #f47fa8));
    --_on-accent: var(--ex-color-on-accent, light-dark(#fff, #15181c));
    --_danger: var(--ex-color-danger, light-dark(#b42318, #ff8a80));
    --_focus: var(--ex-color-focus, light-dark(#1a5fd0, #8ab4ff));
    --_radius: var(--ex-radius, 12px);
    --_m1: var(--ex-muscle-primary, light-dark(#d6293e, #ff6b7a));
    --_m2: var(--ex-muscle-secondary, light-dark(#e8780c, #ffa94d));
    --_m3: var(--ex-muscle-stabilizer, light-dark(#1f6fd1, #74b6ff));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
    /* Each paragraph runs in the direction of its own script: a document's Arabic or Hebrew
       text right to left, our English words left to right, on any page. */
    unicode-bidi: plaintext;
  }
  p,
  ul,
  ol,
  dl,
  dd,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font: inherit;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The error panel and the loading placeholder every element can show. */
export const loadStateStyles = css`
  .ex-error {
    padding: 1em 1.25em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .ex-error h2 {
    margin-bottom: 0.5em;
    font-weight: 700;
    color: var(--_danger);
  }
  .ex-error ul {
    padding-left: 1.25em;
  }
  .ex-error code {
    font: 0.9em ui-monospace, Menlo, Consolas, monospace;
  }
  .ex-error button {
    margin-top: 0.75em;
    padding: 0.4em 1em;
    border: 1px solid var(--_danger);
    border-radius: 999px;
    background: none;
  }
  .ex-loading {
    min-height: var(--ex-loading-min-height, 8em);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
    display: grid;
    place-items: center;
  }
`;
