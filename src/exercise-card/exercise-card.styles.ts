import { css } from 'lit';

/**
 * Theme values. `theme="light"` and `theme="dark"` set every `--ex-color-*` token on the host,
 * so the elements nested inside follow the card's theme rather than the reader's OS setting;
 * a page that sets a token on the card itself still wins (outer styles beat `:host`).
 */
const themes = css`
  :host {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
    --ex-color-text: #1d232b;
    --ex-color-muted: #58616d;
    --ex-color-bg: #ffffff;
    --ex-color-surface: #f4f5f7;
    --ex-color-border: #d9dde3;
    --ex-color-accent: #b4235a;
    --ex-color-on-accent: #ffffff;
    --ex-color-danger: #b42318;
    --ex-color-focus: #1a5fd0;
    /* The muscle map's tokens (its own defaults, made explicit). */
    --ex-muscle-primary: #d6293e;
    --ex-muscle-secondary: #e8780c;
    --ex-muscle-stabilizer: #1f6fd1;
    --ex-muscle-base: #dcd4cd;
    --ex-muscle-tint: #ffffff;
    --ex-figure-fill: #f3efeb;
    --ex-figure-outline: #8f8780;
    --ex-figure-seam: #fbf9f7;
    --ex-figure-detail: #b7aea6;
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --ex-color-text: #e8eaed;
    --ex-color-muted: #aab1bb;
    --ex-color-bg: #15181c;
    --ex-color-surface: #20252b;
    --ex-color-border: #3a414a;
    --ex-color-accent: #f47fa8;
    --ex-color-on-accent: #15181c;
    --ex-color-danger: #ff8a80;
    --ex-color-focus: #8ab4ff;
    --ex-muscle-primary: #ff6b7a;
    --ex-muscle-secondary: #ffa94d;
    --ex-muscle-stabilizer: #74b6ff;
    --ex-muscle-base: #4a525c;
    --ex-muscle-tint: #1d2126;
    --ex-figure-fill: #30363d;
    --ex-figure-outline: #98a1ac;
    --ex-figure-seam: #262b31;
    --ex-figure-detail: #6c7580;
  }
`;

const layout = css`
  :host {
    /* The card sizes itself from its own width, not the viewport: sidebars and columns alike. */
    container: ex-card / inline-size;
    --_heading-font: var(--ex-heading-font-family, var(--_font));
    --_pad: var(--ex-card-padding, 20px);
    --_gap: 28px;
    --_inner-radius: calc(var(--_radius) * 0.67);
    --_tint: color-mix(in srgb, var(--_accent) 9%, var(--_bg));
  }
  .ex-loading {
    min-height: var(--ex-loading-min-height, 36em);
  }
  :host([layout='compact']) .ex-loading {
    min-height: var(--ex-loading-min-height, 14em);
  }
  .card {
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_pad);
  }
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  .h {
    font-family: var(--_heading-font);
    color: var(--_text);
    margin: 0;
  }
  a {
    color: var(--_accent);
    text-decoration-line: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.18em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .vh {
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

  /* Header */
  .header {
    display: grid;
    gap: 10px;
  }
  .eyebrow {
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.12em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .title {
    font-size: 1.875em;
    font-weight: 800;
    line-height: 1.1;
    letter-spacing: -0.02em;
    text-wrap: balance;
  }
  .aliases {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .summary {
    margin-top: 6px;
    font-size: 1em;
    line-height: 1.6;
    max-width: 40em;
    text-wrap: pretty;
  }
  .effect {
    font-weight: 600;
    max-width: 40em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 18px;
    margin-top: 4px;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .fact {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .icon {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .fact-level {
    color: var(--_accent);
  }
  details > summary {
    cursor: pointer;
    width: fit-content;
    font-weight: 600;
    color: var(--_accent);
    border-radius: 4px;
  }
  .about {
    margin-top: 4px;
    max-width: 40em;
  }
  .about > summary {
    font-size: 0.9375em;
  }
  .about p {
    margin-top: 12px;
    line-height: 1.65;
  }

  /* Sections */
  .section {
    margin-top: var(--_gap);
    padding-top: var(--_gap);
    border-top: 1px solid var(--_border);
  }
  .section-heading {
    font-size: 1.3125em;
    font-weight: 750;
    line-height: 1.25;
    letter-spacing: -0.01em;
    margin-bottom: 16px;
    text-wrap: balance;
  }
  /* The chips sit right under the header: their heading is for screen readers only. */
  .s-prescription {
    border-top: 0;
    padding-top: 0;
    margin-top: 18px;
  }
  .s-prescription > .section-heading {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .section-body {
    min-width: 0;
  }
  /* Running text keeps a readable measure; grids (benefits, videos, uses) use the width. */
  .steps,
  .cues,
  .position,
  .source {
    max-width: 44em;
  }

  /* Chips */
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    min-height: 2.25em;
    padding: 0.3em 0.8em;
    border-radius: 999px;
    background: var(--_tint);
    border: 1px solid color-mix(in srgb, var(--_accent) 22%, transparent);
    font-size: 0.875em;
    font-weight: 650;
    line-height: 1.25;
    font-variant-numeric: tabular-nums;
  }

  /* Muscles */
  .muscles {
    display: grid;
    gap: 20px;
  }
  .map-wrap {
    display: flex;
    justify-content: center;
    border-radius: var(--_inner-radius);
    background: var(--_surface);
    padding: 16px;
  }
  muscle-map {
    display: block;
    width: 100%;
    max-width: 340px;
  }
  /* The card's own legend names the muscles with the same swatches. */
  muscle-map::part(legend) {
    display: none;
  }
  .legend {
    display: grid;
    gap: 18px;
    align-content: start;
  }
  .legend-title {
    display: flex;
    align-items: center;
    gap: 8px;
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_muted);
    margin-bottom: 8px;
  }
  .swatch {
    width: 12px;
    height: 12px;
    border-radius: 3px;
    flex: none;
    forced-color-adjust: none;
  }
  /* Swatches drawn like the map draws each role: solid, hatched, dotted. */
  .legend {
    --_m1: var(--ex-muscle-primary, #d6293e);
    --_m2: var(--ex-muscle-secondary, #e8780c);
    --_m3: var(--ex-muscle-stabilizer, #1f6fd1);
  }
  @media (prefers-color-scheme: dark) {
    .legend {
      --_m1: var(--ex-muscle-primary, #ff6b7a);
      --_m2: var(--ex-muscle-secondary, #ffa94d);
      --_m3: var(--ex-muscle-stabilizer, #74b6ff);
    }
  }
  .role-primary .swatch {
    background: var(--_m1);
  }
  .role-secondary .swatch {
    background: repeating-linear-gradient(-45deg, var(--_m2) 0 2px, color-mix(in srgb, var(--_m2) 35%, var(--_bg)) 2px 4px);
    box-shadow: inset 0 0 0 1px var(--_m2);
  }
  .role-stabilizer .swatch {
    background: radial-gradient(circle, var(--_m3) 1px, color-mix(in srgb, var(--_m3) 25%, var(--_bg)) 1.5px) 0 0 / 4px 4px;
    box-shadow: inset 0 0 0 1px var(--_m3);
  }
  .legend ul {
    display: grid;
    gap: 10px;
  }
  .legend li {
    padding-left: 20px;
  }
  .muscle-name {
    display: block;
    font-size: 0.9375em;
    font-weight: 650;
    line-height: 1.4;
  }
  .muscle-note {
    display: block;
    margin-top: 2px;
    font-size: 0.8125em;
    color: var(--_muted);
    line-height: 1.5;
  }
  .highlight-note {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_accent);
  }
  .highlight-note:empty {
    display: none;
  }

  /* Starting position */
  .position {
    display: grid;
    gap: 14px;
  }
  .position dt {
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .position dd {
    line-height: 1.6;
  }

  /* Steps */
  .steps {
    counter-reset: step;
    display: grid;
    gap: 18px;
  }
  .step {
    counter-increment: step;
    position: relative;
    padding-left: 3em;
    min-height: 2.25em;
    font-size: 1.0625em;
    line-height: 1.6;
    text-wrap: pretty;
  }
  .step::before {
    content: counter(step);
    position: absolute;
    left: 0;
    top: -0.1em;
    width: 2.1em;
    height: 2.1em;
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 800;
    font-size: 0.9375em;
    font-variant-numeric: tabular-nums;
  }
  .key-cue {
    margin-top: 24px;
    max-width: 40em;
    padding: 16px 20px;
    border-left: 4px solid var(--_accent);
    border-radius: 0 var(--_inner-radius) var(--_inner-radius) 0;
    background: var(--_tint);
  }
  .key-cue-label {
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.12em;
    text-transform: uppercase;
    color: var(--_accent);
    margin-bottom: 4px;
  }
  .key-cue-text {
    font-family: var(--_heading-font);
    font-size: 1.1875em;
    font-weight: 650;
    line-height: 1.45;
    text-wrap: pretty;
  }

  /* Cues and "feel it" */
  .cues {
    display: grid;
    gap: 12px;
  }
  .cues li {
    position: relative;
    padding-left: 30px;
    line-height: 1.6;
  }
  .cues li::before {
    content: '';
    position: absolute;
    left: 6px;
    top: 0.3em;
    width: 6px;
    height: 12px;
    border: solid var(--_accent);
    border-width: 0 2.5px 2.5px 0;
    transform: rotate(45deg);
  }
  .feel {
    display: grid;
    gap: 18px;
    max-width: 44em;
  }
  .feel li {
    padding-left: 16px;
    border-left: 3px solid var(--_border);
  }
  .feel-title,
  .benefit-title {
    font-family: var(--_heading-font);
    font-weight: 700;
    margin-bottom: 4px;
  }
  .feel p:not(.feel-title) {
    line-height: 1.6;
  }

  /* Timer */
  .timer-cta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 16px 24px;
    padding: 20px;
    border-radius: var(--_inner-radius);
    background: var(--_surface);
  }
  .timer-text {
    flex: 1 1 16em;
    line-height: 1.55;
  }
  .timer-summary {
    display: block;
    margin-top: 4px;
    font-weight: 700;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    min-height: 44px;
    padding: 0 22px;
    border-radius: 999px;
    border: 2px solid transparent;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  .button svg {
    fill: currentColor;
  }
  .primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .primary:hover {
    background: color-mix(in srgb, var(--_accent) 86%, var(--_text));
  }
  .ghost {
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
    min-height: 40px;
    padding: 0 16px;
  }
  .timer-dialog {
    width: min(560px, calc(100vw - 24px));
    max-height: calc(100dvh - 24px);
    padding: 20px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  .timer-dialog::backdrop {
    background: rgb(10 12 16 / 0.6);
  }
  .dialog-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    margin-bottom: 16px;
  }
  .dialog-title {
    font-family: var(--_heading-font);
    font-size: 1.125em;
    font-weight: 750;
  }

  /* Benefits: an editorial numbered list (long texts read better in one measure than in boxes). */
  .benefits {
    counter-reset: benefit;
    display: grid;
    gap: 22px;
    max-width: 44em;
  }
  .benefit {
    counter-increment: benefit;
    position: relative;
    padding-left: 3em;
  }
  .benefit::before {
    content: counter(benefit, decimal-leading-zero);
    position: absolute;
    left: 0;
    top: 0.05em;
    font-family: var(--_heading-font);
    font-size: 1.25em;
    font-weight: 800;
    line-height: 1.2;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .benefit-title {
    font-size: 1.125em;
    line-height: 1.35;
    margin-bottom: 4px;
  }
  .benefit p:not(.benefit-title) {
    line-height: 1.65;
    text-wrap: pretty;
  }

  /* Everyday uses */
  .uses {
    columns: 2 12em;
    column-gap: 32px;
  }
  .uses > li {
    break-inside: avoid;
    padding: 5px 0 5px 18px;
    position: relative;
  }
  .uses > li::before {
    content: '';
    position: absolute;
    left: 2px;
    top: 0.85em;
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: var(--_accent);
  }
  .uses .sub {
    padding: 2px 0 0;
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .uses .sub li::before {
    content: '– ';
  }

  /* Videos */
  .video-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr));
    gap: 20px;
  }
  .video-grid.single {
    max-width: 640px;
    grid-template-columns: 1fr;
  }
  .video-frame {
    position: relative;
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    border-radius: var(--_inner-radius);
    overflow: hidden;
    background: #15181c;
  }
  .video-frame iframe,
  .video-frame video {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
  }
  .facade {
    display: grid;
    gap: 10px;
    width: 100%;
    border: 0;
    padding: 0;
    font: inherit;
    text-align: start;
    color: var(--_text);
    background: none;
    cursor: pointer;
    border-radius: var(--_inner-radius);
  }
  .facade-media {
    background:
      radial-gradient(circle at 50% 50%, rgb(255 255 255 / 0.07) 0 22%, transparent 23%),
      linear-gradient(135deg, color-mix(in srgb, var(--_accent) 60%, #15181c) 0%, #15181c 75%);
  }
  .poster {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .play {
    position: absolute;
    top: 50%;
    left: 50%;
    width: 60px;
    height: 60px;
    transform: translate(-50%, -50%);
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: #fff;
    color: #15181c;
    box-shadow: 0 4px 18px rgb(0 0 0 / 0.35);
    transition: transform 0.15s ease;
  }
  .play svg {
    fill: currentColor;
    width: 28px;
    height: 28px;
    margin-left: 4px;
  }
  .facade:hover .play,
  .facade:focus-visible .play {
    transform: translate(-50%, -50%) scale(1.08);
  }
  .facade-duration {
    position: absolute;
    right: 10px;
    bottom: 10px;
    padding: 2px 8px;
    border-radius: 6px;
    background: rgb(0 0 0 / 0.72);
    color: #fff;
    font-size: 0.8125em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .facade-text {
    display: grid;
    gap: 2px;
  }
  .facade-kind {
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .facade-title {
    font-weight: 700;
    line-height: 1.35;
  }
  .facade-note {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .video-grid + .video-list {
    margin-top: 16px;
  }
  .video-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr));
    gap: 10px;
  }
  .video-item {
    display: flex;
    gap: 12px;
    align-items: flex-start;
    padding: 12px 14px;
    border: 1px solid var(--_border);
    border-radius: var(--_inner-radius);
  }
  .video-item-icon {
    flex: none;
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    border-radius: 50%;
    background: var(--_tint);
    color: var(--_accent);
  }
  .video-item-icon svg {
    fill: currentColor;
    margin-left: 2px;
  }
  .video-item-text {
    display: grid;
    gap: 2px;
  }
  .video-item-title,
  .video-item a {
    font-weight: 600;
    line-height: 1.35;
  }
  .video-item-meta {
    font-size: 0.8125em;
    color: var(--_muted);
  }

  /* Source */
  .s-source > .section-heading {
    font-size: 0.8125em;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_muted);
    margin-bottom: 6px;
  }
  .source {
    font-size: 0.875em;
    color: var(--_muted);
    line-height: 1.55;
  }
  .source cite {
    font-style: italic;
    color: var(--_text);
  }

  /* Compact: name, chips, a small map, steps on request, a link out. */
  .compact {
    --_gap: 14px;
  }
  .compact .title {
    font-size: 1.3125em;
  }
  .compact .header {
    gap: 6px;
  }
  .compact .section {
    margin-top: var(--_gap);
    padding-top: 0;
    border-top: 0;
  }
  .compact .section-heading {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .compact .s-prescription {
    margin-top: 12px;
  }
  .compact .chip {
    font-size: 0.8125em;
    min-height: 2em;
    padding: 0.25em 0.75em;
  }
  .compact-muscles {
    display: grid;
    grid-template-columns: 96px 1fr;
    align-items: center;
    gap: 14px;
  }
  .compact-muscles muscle-map {
    max-width: 96px;
  }
  .main-muscles {
    font-size: 0.875em;
    line-height: 1.5;
  }
  .label {
    display: block;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.1em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .steps-details > summary {
    font-size: 0.9375em;
  }
  .steps-details .steps {
    margin-top: 12px;
    gap: 12px;
  }
  .compact .step {
    font-size: 0.9375em;
  }
  .link-out {
    margin-top: 16px;
    font-weight: 700;
  }
  .link-out a {
    text-decoration: none;
  }
  .link-out a:hover {
    text-decoration: underline;
  }

  /* Wider cards: more air, the map beside its legend, two-column lists. */
  @container ex-card (min-width: 520px) {
    .card:not(.compact) {
      --_pad: var(--ex-card-padding, 32px);
      --_gap: 36px;
    }
    .full .title {
      font-size: 2.375em;
    }
    .full .summary {
      font-size: 1.0625em;
    }
    .full .chip {
      font-size: 0.9375em;
      padding: 0.35em 0.95em;
    }
    .muscles {
      grid-template-columns: minmax(180px, 5fr) 7fr;
      align-items: start;
      gap: 28px;
    }
    .position-item {
      display: grid;
      grid-template-columns: 7em 1fr;
      gap: 16px;
    }
    .position dt {
      padding-top: 0.25em;
    }
    .map-wrap {
      position: sticky;
      top: 16px;
    }
    .compact-muscles {
      grid-template-columns: 120px 1fr;
    }
    .compact-muscles muscle-map {
      max-width: 120px;
    }
  }

  /* A wide column: editorial layout with section headings in a left rail. */
  @container ex-card (min-width: 880px) {
    .card.full {
      --_pad: var(--ex-card-padding, 48px);
      --_gap: 44px;
    }
    .full .title {
      font-size: 3em;
    }
    .full .summary {
      font-size: 1.1875em;
    }
    .full .section:not(.s-prescription) {
      display: grid;
      grid-template-columns: 11em minmax(0, 1fr);
      column-gap: 40px;
    }
    .full .section:not(.s-prescription) > .section-heading {
      font-size: 1.125em;
      margin: 0;
      padding-top: 0.1em;
    }
    .full .section.s-source > .section-heading {
      font-size: 0.8125em;
      padding-top: 0.2em;
    }
    .full .muscles {
      grid-template-columns: minmax(220px, 4fr) 5fr;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .play {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .card,
    .chip,
    .timer-cta,
    .video-item,
    .map-wrap {
      border: 1px solid CanvasText;
    }
    .step::before {
      border: 1px solid CanvasText;
    }
    .primary {
      border-color: ButtonText;
    }
    /* Swatches as the map draws roles in forced colours: Highlight, hatched and dotted CanvasText. */
    .legend {
      --_m1: Highlight;
      --_m2: CanvasText;
      --_m3: CanvasText;
      --_bg: Canvas;
    }
    .swatch {
      box-shadow: inset 0 0 0 1px CanvasText;
    }
  }

  /* Print: ink on paper, no timer, every fold open, link targets written out. */
  @media print {
    :host {
      --_text: #000;
      --_muted: #333;
      --_bg: #fff;
      --_surface: #fff;
      --_border: #999;
      --_accent: #000;
      --_on-accent: #fff;
      --_tint: #fff;
      color-scheme: light;
    }
    .card {
      border: 0;
      padding: 0;
    }
    .s-timer,
    .timer-dialog,
    .play,
    .poster,
    .about > summary,
    .steps-details > summary {
      display: none;
    }
    .step::before {
      background: #fff;
      color: #000;
      border: 1.5px solid #000;
    }
    .section,
    .benefit,
    .key-cue,
    .step,
    .video-item {
      break-inside: avoid;
    }
    .facade-media,
    .facade-note {
      display: none;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
      color: #333;
      word-break: break-all;
    }
  }
`;

export const exerciseCardStyles = [themes, layout];
