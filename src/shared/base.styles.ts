import { css } from 'lit';

/**
 * Resets what a host page could leak into our shadow roots through inheritance, and sets the
 * shared design tokens. Sizes are px/em: the page's root font size is not ours.
 */
export const hostStyles = css`
  :host {
    --_font: var(--ex-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_text: var(--ex-color-text, #1d232b);
    --_muted: var(--ex-color-muted, #58616d);
    --_bg: var(--ex-color-bg, #ffffff);
    --_surface: var(--ex-color-surface, #f4f5f7);
    --_border: var(--ex-color-border, #d9dde3);
    --_accent: var(--ex-color-accent, #b4235a);
    --_on-accent: var(--ex-color-on-accent, #ffffff);
    --_danger: var(--ex-color-danger, #b42318);
    --_radius: var(--ex-radius, 12px);
    --_focus: var(--ex-color-focus, #1a5fd0);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--ex-font-size, 16px);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    color: var(--_text);
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
    /* The rest of what inherits, at initial values: a page's body rules must not reach us. */
    font-variant: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-optical-sizing: auto;
    font-size-adjust: none;
    font-synthesis: weight style small-caps;
    text-align-last: auto;
    text-rendering: auto;
    text-underline-offset: auto;
    text-underline-position: auto;
    text-decoration-skip-ink: auto;
    text-emphasis: none;
    -webkit-font-smoothing: auto;
    -webkit-text-stroke: 0 currentcolor;
    -webkit-text-fill-color: currentcolor;
    word-break: normal;
    line-break: auto;
    hyphens: manual;
    tab-size: 8;
    quotes: auto;
    list-style: disc outside none;
    border-collapse: separate;
    border-spacing: 0;
    empty-cells: show;
    caption-side: top;
    cursor: auto;
    caret-color: auto;
    accent-color: auto;
    color-scheme: normal;
    image-rendering: auto;
    -webkit-tap-highlight-color: initial;
    orphans: 2;
    widows: 2;
    /* SVG paint properties inherit too. */
    fill: black;
    fill-opacity: 1;
    fill-rule: nonzero;
    stroke: none;
    stroke-width: 1px;
    stroke-opacity: 1;
    stroke-linecap: butt;
    stroke-linejoin: miter;
    stroke-miterlimit: 4;
    stroke-dasharray: none;
    stroke-dashoffset: 0;
    paint-order: normal;
    shape-rendering: auto;
    text-anchor: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--ex-color-text, #e8eaed);
      --_muted: var(--ex-color-muted, #aab1bb);
      --_bg: var(--ex-color-bg, #15181c);
      --_surface: var(--ex-color-surface, #20252b);
      --_border: var(--ex-color-border, #3a414a);
      --_accent: var(--ex-color-accent, #f47fa8);
      --_on-accent: var(--ex-color-on-accent, #15181c);
      --_danger: var(--ex-color-danger, #ff8a80);
      --_focus: var(--ex-color-focus, #8ab4ff);
    }
  }
`;

/** The error panel and the loading placeholder every element can show. */
export const loadStateStyles = css`
  .ex-error {
    margin: 0;
    padding: 1em 1.25em;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  .ex-error h2 {
    margin: 0 0 0.5em;
    font-size: 1em;
    font-weight: 700;
    color: var(--_danger);
  }
  .ex-error ul {
    margin: 0;
    padding: 0 0 0 1.25em;
  }
  .ex-error code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .ex-error button {
    margin-top: 0.75em;
    font: inherit;
    padding: 0.4em 1em;
    border-radius: 999px;
    border: 1px solid var(--_danger);
    background: transparent;
    color: var(--_text);
    cursor: pointer;
  }
  .ex-error button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .ex-loading {
    min-height: var(--ex-loading-min-height, 8em);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
    display: flex;
    align-items: center;
    justify-content: center;
  }
`;
