import { css } from 'lit';

export const setTimerStyles = css`
  :host {
    --_rest: var(--ex-color-rest, light-dark(#0b6e69, #5fd4c6));
    --_ready: var(--ex-color-ready, light-dark(#9a4a00, #f5b74e));
    --_kind: var(--_text);
    container: ex-timer / inline-size;
  }

  .timer {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    justify-items: center;
    gap: 1em;
    padding: 1.25em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    text-align: center;
  }
  /* The colour of what to do now: work, rest (and done), or get ready. */
  [data-kind='work'] {
    --_kind: var(--_accent);
  }
  [data-kind='rest'],
  [data-kind='done'] {
    --_kind: var(--_rest);
  }
  [data-kind='ready'] {
    --_kind: var(--_ready);
  }

  .header,
  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.4em;
  }
  .header {
    min-height: 2.2em;
  }
  .chip {
    padding: 0.2em 0.75em;
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    font-size: 1.05em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .side {
    border-color: var(--_kind);
  }
  .next,
  .paused {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .next {
    flex-basis: 100%;
  }
  .unseen {
    visibility: hidden;
  }

  /* The numbers are sized by the dial (cqi), so they fit its face at any size: at 5em, "1:30"
     broke over two lines in the wide layout. */
  .dial {
    position: relative;
    width: min(var(--ex-timer-size, 15em), 100%);
    aspect-ratio: 1;
    container-type: inline-size;
  }
  .ring {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    fill: none;
    stroke-width: 8;
    stroke: var(--_surface);
  }
  .ring .fill {
    stroke: var(--_kind);
    stroke-linecap: round;
  }
  [data-status='idle'] .fill {
    stroke: none;
  }
  /* Narrower than the ring's inner circle, and the phase word not too big: a long one ("Baja
     despacio"), with the time and "Paused" under it, stays inside the ring instead of touching it. */
  .face {
    position: absolute;
    inset: 12% 15%;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
  }
  .word {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.15;
    color: var(--_kind);
  }
  .time,
  .count {
    font-size: 27cqi;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* Idle (the total time), "10:00" and "1:00:00". */
  [data-status='idle'] .time,
  .long {
    font-size: 20cqi;
  }
  .time.longer {
    font-size: 15cqi;
  }
  [data-status='paused'] .time {
    opacity: 0.55;
  }
  .hint,
  .footer {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .count-hint {
    flex-basis: 100%;
  }

  .bar {
    width: min(100%, 24em);
    height: 0.5em;
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
  }
  .bar-fill {
    display: block;
    height: 100%;
    width: calc(var(--p, 0) * 100%);
    background: var(--_kind);
  }

  .controls {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 0.5em;
    width: min(100%, 24em);
  }
  .ctl,
  .sound {
    display: inline-flex;
    justify-content: center;
    align-items: center;
    gap: 0.35em;
    min-height: 3em;
    padding: 0.45em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    line-height: 1.2;
    touch-action: manipulation;
  }
  .ctl {
    /* A label too long for its third of the row (German, Spanish) goes under its icon. */
    flex-wrap: wrap;
    font-size: 0.95em;
    font-weight: 600;
    white-space: nowrap;
  }
  .ctl:hover:not(:disabled, .primary),
  .sound:hover {
    background: var(--_surface);
  }
  .ctl:disabled {
    cursor: default;
    opacity: 0.45;
  }
  .primary {
    order: -1;
    min-height: 3.4em;
    font-size: 1.15em;
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .primary,
  [part~='button-pause'] {
    grid-column: 1 / -1;
  }
  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }
  .sound {
    min-height: 2.75em;
    border-color: transparent;
  }
  .off {
    color: var(--_text);
    border-color: var(--_border);
  }

  /* Wide hosts: the dial beside the details, all of it larger. */
  /* In em: text twice the size needs twice the room (at 560 px, doubled text spilled out). */
  @container ex-timer (min-width: 35em) {
    .timer {
      grid-template: 'dial header' 'dial bar' 'dial controls' 'dial footer' / auto minmax(0, 1fr);
      align-items: center;
      justify-items: start;
      column-gap: 2em;
      padding: 1.5em 2em;
      text-align: start;
    }
    .dial {
      grid-area: dial;
      width: var(--ex-timer-size, 17em);
    }
    .header,
    .footer,
    .controls {
      justify-content: start;
    }
    .header {
      align-self: end;
    }
    .footer {
      align-self: start;
    }
    .bar {
      width: 100%;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      width: auto;
    }
    .ctl {
      padding-inline: 1em;
    }
    .primary {
      order: 0;
      min-width: 8em;
    }
  }
  @container ex-timer (max-width: 18.75em) {
    .ctl {
      padding-inline: 0.25em;
      font-size: 0.85em;
    }
  }
  /* Below the wide layout, the three small buttons always put the icon over the label: they fit
     in any language, and alike (one wrapped label beside two unwrapped ones looked broken). */
  @container ex-timer (width < 35em) {
    .ctl:not(.primary) {
      flex-direction: column;
      gap: 0.1em;
    }
    /* Below the main button, a count-mode extra moves nothing that matters: no room kept. */
    .ctl.unseen,
    .count-hint.unseen {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .ring {
      stroke: GrayText;
    }
    .ring .fill,
    .bar-fill {
      stroke: Highlight;
      background: Highlight;
    }
    .bar {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
    .ctl,
    .chip,
    .sound {
      border-color: ButtonText;
    }
    .primary {
      border-width: 3px;
    }
  }
`;
