import { css } from 'lit';

/**
 * `theme="light"` and `theme="dark"` fix the colour scheme through `--ex-color-scheme`, which the
 * nested elements inherit, so they follow the card rather than the reader's setting.
 */
const themes = css`
  :host([theme='light']) {
    --ex-color-scheme: light;
  }
  :host([theme='dark']) {
    --ex-color-scheme: dark;
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
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_pad);
  }
  ul,
  ol {
    padding: 0;
    list-style: none;
  }
  .h,
  .key-cue-text,
  .feel-title,
  .benefit-title,
  .dialog-title {
    font-family: var(--_heading-font);
    font-weight: 700;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.18em;
  }
  /* Small capitals over a group: the category, legend roles, position labels, the key cue. */
  .eyebrow,
  .legend-title,
  dt,
  .key-cue-label,
  .facade-kind,
  .label {
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.1em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .legend-title,
  .label {
    color: var(--_muted);
  }
  .aliases,
  .muscle-note,
  .facade-note,
  .video-item-meta,
  .source {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .summary,
  .effect,
  .about,
  .key-cue,
  .steps,
  .cues,
  .position,
  .feel,
  .benefits,
  .source {
    max-width: 44em;
  }
  .summary,
  .step,
  .cues li,
  dd,
  .feel p,
  .benefit p,
  .about p {
    line-height: 1.6;
    text-wrap: pretty;
  }

  /* Header */
  .header {
    display: grid;
    gap: 10px;
  }
  .title {
    font-size: 1.875em;
    font-weight: 800;
    line-height: 1.1;
    letter-spacing: -0.02em;
    text-wrap: balance;
  }
  .summary {
    margin-top: 6px;
  }
  .effect {
    font-weight: 600;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 18px;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .fact {
    display: flex;
    align-items: center;
    gap: 0.4286em;
  }
  .icon {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .fact-level,
  summary {
    color: var(--_accent);
  }
  summary {
    cursor: pointer;
    width: fit-content;
    font-weight: 600;
  }
  .about p {
    margin-top: 12px;
  }

  /* Sections */
  .section {
    margin-top: var(--_gap);
    padding-top: var(--_gap);
    border-top: 1px solid var(--_border);
  }
  .section > .h {
    font-size: 1.3125em;
    line-height: 1.25;
    margin-bottom: 16px;
    text-wrap: balance;
  }
  /* The chips sit right under the header: their heading is for screen readers only. */
  .s-prescription {
    border-top: 0;
    padding-top: 0;
    margin-top: 18px;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .chip {
    padding: 0.4em 0.95em;
    border-radius: 999px;
    background: var(--_tint);
    border: 1px solid color-mix(in srgb, var(--_accent) 22%, transparent);
    font-size: 0.9375em;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }

  /* Muscles: the map, and a legend drawn like the map draws each role (solid, hatched, dotted). */
  .muscles {
    display: grid;
    gap: 20px;
    align-items: start;
  }
  .map-wrap {
    border-radius: var(--_inner-radius);
    background: var(--_surface);
    padding: 16px;
  }
  muscle-map {
    width: 100%;
    max-width: 340px;
    margin: auto;
  }
  /* One view alone, drawn as wide as two, would stand a screen tall: no taller than a pair of
     views of the same width (the map's own box, 400 x 522 units), it is drawn centred at their
     scale. 100cqi is the map's width: its stage is a size container. */
  muscle-map::part(figure) {
    max-height: calc(100cqi * 1.305);
  }
  /* The card's own legend names the muscles with the same swatches. */
  muscle-map::part(legend) {
    display: none;
  }
  .legend,
  .legend ul {
    display: grid;
    gap: 18px;
  }
  .legend ul {
    gap: 10px;
  }
  /* The swatch, its gap and the names' indent under the title's words are in em, so they grow
     with the text (12px, 8px and 20px at a 16px default font). */
  .legend-title {
    display: flex;
    align-items: center;
    gap: 0.667em;
    margin-bottom: 8px;
  }
  .swatch {
    width: 1em;
    height: 1em;
  }
  .legend li {
    padding-left: 1.25em;
  }
  .muscle-name {
    font-weight: 650;
  }
  .muscle-note {
    display: block;
  }
  .highlight-note {
    font-weight: 600;
    color: var(--_accent);
  }
  .highlight-note:empty {
    display: none;
  }

  /* Starting position, steps, cues */
  .position,
  .steps,
  .cues,
  .feel,
  .benefits {
    display: grid;
    gap: 16px;
  }
  .steps {
    counter-reset: step;
  }
  .step,
  .benefit {
    position: relative;
    padding-left: 3em;
    min-height: 2.25em;
  }
  .step {
    counter-increment: step;
    font-size: 1.0625em;
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
  }
  .key-cue {
    margin-top: 24px;
    padding: 16px 20px;
    border-left: 4px solid var(--_accent);
    border-radius: 0 var(--_inner-radius) var(--_inner-radius) 0;
    background: var(--_tint);
  }
  .key-cue-text {
    font-size: 1.1875em;
    line-height: 1.45;
  }
  .cues li {
    position: relative;
    padding-left: 1.875em;
  }
  .cues li::before {
    content: '';
    position: absolute;
    left: 0.375em;
    top: 0.3em;
    width: 0.375em;
    height: 0.75em;
    border: solid var(--_accent);
    border-width: 0 2.5px 2.5px 0;
    transform: rotate(45deg);
  }
  .feel li {
    padding-left: 16px;
    border-left: 3px solid var(--_border);
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
  }
  .timer-summary {
    display: block;
    margin-top: 4px;
    font-weight: 700;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0 22px;
    border-radius: 999px;
    border: 2px solid transparent;
    font-weight: 700;
    background: var(--_accent);
    color: var(--_on-accent);
    fill: currentColor;
    /* A button's word does not break ("Clos / e" beside the dialog's title on a phone). */
    overflow-wrap: normal;
  }
  .button svg {
    font-size: 1.125em;
  }
  .ghost {
    background: none;
    color: var(--_text);
    border-color: var(--_border);
  }
  .timer-dialog {
    width: min(560px, calc(100vw - 24px));
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

  /* Benefits: an editorial numbered list (long texts read better in one measure than in boxes). */
  .benefits {
    counter-reset: benefit;
  }
  .benefit {
    counter-increment: benefit;
  }
  .benefit::before {
    content: counter(benefit, decimal-leading-zero);
    position: absolute;
    left: 0;
    font: 800 1.25em var(--_heading-font);
    color: var(--_accent);
  }
  .benefit-title {
    font-size: 1.125em;
  }
  .feel-title,
  .benefit-title {
    margin-bottom: 4px;
  }

  /* Everyday uses */
  .uses {
    columns: 2 12em;
    column-gap: 32px;
  }
  .uses > li {
    break-inside: avoid;
    padding: 5px 0 5px 1.125em;
    position: relative;
  }
  /* A border, not a background: forced colours keep a border (as CanvasText), not a background. */
  .uses > li::before {
    content: '';
    position: absolute;
    left: 0.125em;
    top: 0.85em;
    border: 0.1875em solid var(--_accent);
    border-radius: 50%;
  }
  .uses .sub {
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .uses .sub li::before {
    content: '– ';
  }

  /* Videos: a facade (poster area, play button, title) until the reader asks for the player. */
  .video-grid,
  .video-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr));
    gap: 16px;
  }
  .single {
    max-width: 640px;
    grid-template-columns: 1fr;
  }
  .video-grid + .video-list {
    margin-top: 16px;
  }
  .video-frame {
    position: relative;
    display: block;
    aspect-ratio: 16 / 9;
    border-radius: var(--_inner-radius);
    overflow: hidden;
    background: #15181c;
  }
  .video-frame > * {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
    object-fit: cover;
  }
  .facade {
    display: grid;
    gap: 10px;
    width: 100%;
    border: 0;
    padding: 0;
    text-align: start;
    background: none;
    border-radius: var(--_inner-radius);
  }
  .facade-media {
    background: linear-gradient(135deg, color-mix(in srgb, var(--_accent) 60%, #15181c), #15181c 75%);
  }
  /* 60px with a 24px mark at a 16px default font; in em, both grow with the text. */
  .facade-media > .play {
    inset: 50% auto auto 50%;
    width: 2.5em;
    height: 2.5em;
    font-size: 1.5em;
    transform: translate(-50%, -50%);
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: #fff;
    color: #15181c;
    fill: currentColor;
    transition: transform 0.15s;
  }
  .facade:hover .play,
  .facade:focus-visible .play {
    transform: translate(-50%, -50%) scale(1.08);
  }
  .facade-media > .facade-duration {
    inset: auto 10px 10px auto;
    width: auto;
    height: auto;
    padding: 2px 8px;
    border-radius: 6px;
    background: rgb(0 0 0 / 0.72);
    color: #fff;
    font-size: 0.8125em;
    font-weight: 700;
  }
  .facade-text,
  .video-item-text {
    display: grid;
    gap: 2px;
    align-content: start;
  }
  .facade-title,
  .video-item-title,
  .video-item a {
    font-weight: 700;
    line-height: 1.35;
  }
  /* Not a box: a bordered title without a link looked like a button that did nothing. */
  .video-item {
    display: flex;
    gap: 0.75em;
  }
  .video-item-icon {
    display: grid;
    place-items: center;
    flex: none;
    width: 2em;
    height: 2em;
    border-radius: 50%;
    background: var(--_tint);
    fill: var(--_accent);
  }

  .s-source > .h {
    margin-bottom: 6px;
    font-size: 0.75em;
    letter-spacing: 0.1em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .source cite {
    color: var(--_text);
  }

  /* Compact: name, chips, a small map, steps on request, a link out. */
  .compact {
    --_gap: 14px;
  }
  .compact .title {
    font-size: 1.3125em;
  }
  .compact .section {
    padding-top: 0;
    border-top: 0;
  }
  .compact .chip {
    font-size: 0.8125em;
  }
  .compact-muscles {
    grid-template-columns: 96px 1fr;
    align-items: center;
    font-size: 0.875em;
  }
  .label {
    display: block;
  }
  .steps-details .steps {
    margin-top: 12px;
    font-size: 0.9em;
  }
  .link-out {
    margin-top: 16px;
    font-weight: 700;
  }

  /* Wider cards: more air, the map beside its legend, labels beside their text. */
  @container ex-card (min-width: 520px) {
    .full {
      --_pad: var(--ex-card-padding, 32px);
      --_gap: 36px;
    }
    .full .title {
      font-size: 2.375em;
    }
    .full .summary {
      font-size: 1.0625em;
    }
    .full .muscles {
      grid-template-columns: minmax(180px, 5fr) 7fr;
      gap: 28px;
    }
    .map-wrap {
      position: sticky;
      top: 16px;
    }
    .position-item {
      display: grid;
      grid-template-columns: 7em 1fr;
      gap: 16px;
    }
    dt {
      padding-top: 0.25em;
    }
    .compact-muscles {
      grid-template-columns: 120px 1fr;
    }
  }

  /* A wide column: editorial layout with section headings in a left rail. */
  @container ex-card (min-width: 880px) {
    .full {
      --_pad: var(--ex-card-padding, 48px);
      --_gap: 44px;
    }
    .full .title {
      font-size: 3em;
    }
    .full .section:not(.s-prescription) {
      display: grid;
      grid-template-columns: 11em minmax(0, 1fr);
      column-gap: 40px;
    }
    /* The source keeps its small capitals. */
    .full .section:not(.s-source) > .h {
      font-size: 1.125em;
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
    .map-wrap,
    .step::before {
      border: 1px solid CanvasText;
    }
  }

  /* Print: ink on paper, no timer, every fold open, link targets written out. */
  @media print {
    :host {
      --ex-color-scheme: light;
      --_accent: #000;
      --_tint: #fff;
    }
    .card {
      border: 0;
      padding: 0;
    }
    .s-timer,
    .play,
    .facade-media,
    .facade-note,
    summary {
      display: none;
    }
    .step::before {
      background: none;
      color: #000;
      border: 1.5px solid;
    }
    .section,
    .benefit,
    .key-cue,
    .step,
    .video-item {
      break-inside: avoid;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      word-break: break-all;
    }
  }
`;

export const exerciseCardStyles = [themes, layout];
