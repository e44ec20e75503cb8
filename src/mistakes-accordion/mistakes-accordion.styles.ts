import { css } from 'lit';

export const mistakesAccordionStyles = css`
  :host {
    --_pad: 1em;
  }

  .toolbar {
    display: flex;
    justify-content: flex-end;
    margin-bottom: 0.5em;
  }
  /* Its own background, like the items: the page behind may be light while we are dark. */
  .toggle-all {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_accent);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.4em 1em;
  }
  .toggle-all:hover,
  .targeted {
    border-color: var(--_accent);
  }

  .list {
    display: grid;
    gap: var(--ex-mistakes-gap, 0.625em);
  }
  .item {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    scroll-margin-top: var(--ex-scroll-margin-top, 1em);
  }
  .open {
    border-color: color-mix(in srgb, var(--_accent) 40%, var(--_border));
  }
  .targeted {
    box-shadow: 0 0 0 1px var(--_accent);
  }

  .header {
    display: flex;
    align-items: center;
    position: relative;
  }
  .heading {
    flex: 1;
    min-width: 0;
    font-size: 1.0625em;
    font-weight: 650;
    line-height: 1.35;
  }
  .toggle,
  .copy {
    display: flex;
    align-items: center;
    border: 0;
    background: none;
    -webkit-tap-highlight-color: transparent;
  }
  .toggle {
    gap: 0.75em;
    width: 100%;
    min-height: 3.25em;
    padding: 0.75em 0.5em 0.75em var(--_pad);
    border-radius: var(--_radius);
    text-align: start;
  }
  .toggle:focus-visible,
  .copy:focus-visible {
    outline-offset: -3px;
  }
  .toggle:hover .title {
    text-decoration: underline 1px;
    text-underline-offset: 0.2em;
  }
  .title {
    flex: 1;
  }
  svg {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .chevron,
  .copy {
    color: var(--_muted);
  }
  .chevron {
    transition: transform 0.2s;
  }
  .open .chevron {
    transform: rotate(180deg);
  }
  .open .chevron,
  .done {
    color: var(--_accent);
  }

  .copy {
    justify-content: center;
    width: 2.5em;
    height: 2.5em;
    margin-inline-end: 0.375em;
    border-radius: 8px;
  }
  .copy:hover {
    background: var(--_surface);
    color: var(--_text);
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
    pointer-events: none;
  }

  .copy-fallback {
    margin: 0 var(--_pad) 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .copy-fallback input {
    display: block;
    width: 100%;
    margin-top: 0.25em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.4em 0.6em;
  }

  /* The panel itself has no padding or border: collapsed with hidden="until-found" it keeps
     its box (content-visibility: hidden), which must then be zero high. */
  .animating {
    overflow: hidden;
  }
  .body {
    padding: 0 var(--_pad) 1.125em;
  }
  .avoid {
    margin-bottom: 1em;
    padding: 0.625em 0.875em;
    border-inline-start: 4px solid var(--ex-color-avoid, var(--_danger));
    border-radius: 4px 8px 8px 4px;
    background: var(--_surface);
    font-weight: 500;
  }
  .section + .section {
    margin-top: 0.875em;
  }
  .label {
    margin-bottom: 0.25em;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-top: 0.3em;
  }
  li::marker {
    color: var(--_accent);
  }
  .sub {
    margin-top: 0.3em;
    list-style-type: '– ';
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-top: 0.375em;
    padding: 0;
    list-style: none;
  }
  .chip {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.2em 0.7em 0.2em 0.55em;
    border: 1px solid color-mix(in srgb, var(--_m1) 45%, var(--_border));
    border-radius: 999px;
    background: color-mix(in srgb, var(--_m1) 10%, var(--_bg));
    font-size: 0.8125em;
  }
  .chip::before {
    content: '';
    width: 0.55em;
    height: 0.55em;
    border-radius: 50%;
    background: var(--_m1);
  }

  .empty {
    color: var(--_muted);
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .chevron,
    .copy {
      color: ButtonText;
    }
    .chip::before {
      background: CanvasText;
    }
    .targeted {
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
    .item {
      break-inside: avoid;
      border-color: #888;
      box-shadow: none;
    }
  }
`;
