import { css } from 'lit';

export const mistakesAccordionStyles = css`
  :host {
    --_gap: var(--ex-mistakes-gap, 0.625em);
    --_avoid: var(--ex-color-avoid, var(--_danger));
    --_chip: var(--ex-muscle-primary, #d6336c);
    --_pad-x: 1em;
  }

  .toolbar {
    display: flex;
    justify-content: flex-end;
    margin: 0 0 0.5em;
  }
  /* Its own background, like the items: the page behind may be light while we are dark. */
  .toggle-all {
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.2;
    color: var(--_accent);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.45em 0.95em;
    cursor: pointer;
  }
  .toggle-all:hover {
    border-color: var(--_accent);
  }

  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  .item {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    scroll-margin-top: var(--ex-scroll-margin-top, 1em);
    transition: border-color 0.15s ease;
  }
  .item.open {
    border-color: color-mix(in srgb, var(--_accent) 40%, var(--_border));
  }
  .item.targeted {
    border-color: var(--_accent);
    box-shadow: 0 0 0 1px var(--_accent);
  }

  .header {
    display: flex;
    align-items: stretch;
    position: relative;
  }
  .heading {
    flex: 1 1 auto;
    min-width: 0;
    margin: 0;
    font: inherit;
    font-size: 1.0625em;
    font-weight: 650;
    line-height: 1.35;
    letter-spacing: normal;
  }

  button {
    font: inherit;
    color: inherit;
    -webkit-tap-highlight-color: transparent;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.75em;
    width: 100%;
    min-height: 3.25em;
    margin: 0;
    padding: 0.75em 0.5em 0.75em var(--_pad-x);
    border: 0;
    border-radius: calc(var(--_radius) - 1px);
    background: transparent;
    text-align: start;
    font-weight: inherit;
    cursor: pointer;
  }
  .toggle:hover .title {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  .title {
    flex: 1 1 auto;
    min-width: 0;
  }
  .chevron {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    color: var(--_muted);
    transition: transform 0.2s ease;
  }
  .open .chevron {
    transform: rotate(180deg);
    color: var(--_accent);
  }

  .copy {
    flex: none;
    align-self: center;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.5em;
    height: 2.5em;
    margin-inline-end: 0.375em;
    padding: 0;
    border: 0;
    border-radius: 8px;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .copy:hover {
    background: var(--_surface);
    color: var(--_text);
  }
  .copy.done {
    color: var(--_accent);
  }
  .icon {
    width: 1.15em;
    height: 1.15em;
  }
  .copied {
    position: absolute;
    inset-inline-end: 0.375em;
    bottom: calc(100% - 0.5em);
    padding: 0.2em 0.6em;
    border-radius: 6px;
    background: var(--_text);
    color: var(--_bg);
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
    pointer-events: none;
  }

  .toggle:focus-visible,
  .copy:focus-visible,
  .toggle-all:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .toggle-all:focus-visible {
    outline-offset: 2px;
  }

  .copy-fallback {
    margin: 0 var(--_pad-x) 0.75em;
  }
  .copy-fallback label {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
    margin-bottom: 0.25em;
  }
  .copy-fallback input {
    width: 100%;
    font: inherit;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.4em 0.6em;
  }
  .copy-fallback input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }

  /* The panel itself has no padding or border: collapsed with hidden="until-found" it keeps
     its box (content-visibility: hidden), which must then be zero high. */
  .panel.animating {
    overflow: hidden;
  }
  .body {
    padding: 0 var(--_pad-x) 1.125em;
  }
  .avoid {
    margin: 0 0 1em;
    padding: 0.625em 0.875em;
    border-inline-start: 4px solid var(--_avoid);
    border-radius: 8px;
    border-start-start-radius: 4px;
    border-end-start-radius: 4px;
    background: var(--_surface);
    font-weight: 500;
  }
  .section + .section,
  .avoid + .section {
    margin-top: 0.875em;
  }
  .label {
    margin: 0 0 0.25em;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .why {
    margin: 0;
  }
  ul.why,
  .fixes {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .fixes > li + li,
  ul.why > li + li {
    margin-top: 0.3em;
  }
  .fixes li::marker,
  ul.why li::marker {
    color: var(--_accent);
  }
  .sub {
    margin: 0.3em 0 0;
    padding-inline-start: 1.25em;
    list-style-type: '– ';
  }
  .sub li + li {
    margin-top: 0.2em;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0.375em 0 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.2em 0.7em 0.2em 0.55em;
    border: 1px solid color-mix(in srgb, var(--_chip) 45%, var(--_border));
    border-radius: 999px;
    background: color-mix(in srgb, var(--_chip) 10%, var(--_bg));
    font-size: 0.8125em;
    line-height: 1.4;
  }
  .chip::before {
    content: '';
    flex: none;
    width: 0.55em;
    height: 0.55em;
    border-radius: 50%;
    background: var(--_chip);
  }

  .empty {
    margin: 0;
    color: var(--_muted);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron,
    .item {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .chevron,
    .open .chevron,
    .copy,
    .copy.done {
      color: ButtonText;
    }
    .chip::before {
      background: CanvasText;
    }
    .item.targeted {
      outline: 2px solid Highlight;
    }
  }

  /* On paper every mistake is open, without the controls that make no sense there. */
  @media print {
    .panel[hidden] {
      content-visibility: visible;
      display: block;
    }
    .toolbar,
    .copy,
    .copied,
    .copy-fallback,
    .chevron {
      display: none;
    }
    .item,
    .item.open,
    .item.targeted {
      break-inside: avoid;
      border-color: #888;
      box-shadow: none;
    }
  }
`;
