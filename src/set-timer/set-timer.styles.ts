import { css } from 'lit';

export const setTimerStyles = css`
  :host {
    --_work: var(--_accent);
    --_rest: var(--ex-color-rest, #0b6e69);
    --_ready: var(--ex-color-ready, #9a4a00);
    --_kind: var(--_muted);
    --_dial: var(--ex-timer-size, 15em);
    container-type: inline-size;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_rest: var(--ex-color-rest, #5fd4c6);
      --_ready: var(--ex-color-ready, #f5b74e);
    }
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
    color: var(--_text);
    text-align: center;
  }
  .timer[data-kind='work'] {
    --_kind: var(--_work);
  }
  .timer[data-kind='rest'] {
    --_kind: var(--_rest);
  }
  .timer[data-kind='ready'] {
    --_kind: var(--_ready);
  }
  .timer[data-kind='done'] {
    --_kind: var(--_rest);
  }
  .timer[data-kind='idle'] {
    --_kind: var(--_text);
  }

  p {
    margin: 0;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.4em;
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
  .chip.side {
    border-color: var(--_kind);
  }
  .next {
    width: 100%;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  .dial {
    position: relative;
    width: min(var(--_dial), 100%);
    aspect-ratio: 1;
  }
  .ring {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .ring circle {
    fill: none;
    stroke-width: 8;
  }
  .ring .track {
    stroke: var(--_surface);
  }
  .ring .fill {
    stroke: var(--_kind);
    stroke-linecap: round;
  }
  .timer[data-status='idle'] .ring .fill {
    stroke: none;
  }
  .face {
    position: absolute;
    inset: 12%;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.1em;
  }
  .word {
    font-size: 1.45em;
    font-weight: 700;
    line-height: 1.15;
    color: var(--_kind);
  }
  .time,
  .count {
    font-size: 4.2em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
    letter-spacing: -0.02em;
  }
  .timer[data-status='idle'] .time {
    font-size: 3em;
  }
  .hint {
    max-width: 12em;
    font-size: 0.85em;
    line-height: 1.3;
    color: var(--_muted);
  }
  .hint.paused {
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  .count-hint {
    flex-basis: 100%;
    max-width: 20em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .timer[data-status='paused'] .time {
    opacity: 0.55;
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
    border-radius: inherit;
    background: var(--_kind);
  }

  .controls {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 0.5em;
    width: min(100%, 24em);
  }
  .ctl {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
    min-height: 3em;
    padding: 0.45em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 0.95em;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    touch-action: manipulation;
  }
  .ctl:hover:not(:disabled) {
    background: var(--_surface);
  }
  .ctl:disabled {
    cursor: default;
    opacity: 0.45;
  }
  .ctl.primary {
    order: -1;
    grid-column: 1 / -1;
    min-height: 3.4em;
    font-size: 1.15em;
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .ctl.primary:hover {
    background: var(--_accent);
    filter: brightness(1.08);
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    fill: currentColor;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='button-pause'] {
    grid-column: 1 / -1;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.5em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .sound {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.75em;
    padding: 0.3em 0.8em;
    border: 1px solid transparent;
    border-radius: 999px;
    background: transparent;
    color: var(--_muted);
    font: inherit;
    cursor: pointer;
  }
  .sound:hover {
    border-color: var(--_border);
  }
  .sound.off {
    color: var(--_text);
    border-color: var(--_border);
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Wide hosts: the dial beside the details, all of it larger. */
  @container (min-width: 560px) {
    .timer {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-areas:
        'dial header'
        'dial bar'
        'dial controls'
        'dial footer';
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
    .header {
      grid-area: header;
      justify-content: flex-start;
      align-self: end;
    }
    .next {
      width: auto;
      flex-basis: 100%;
    }
    .bar {
      grid-area: bar;
      width: 100%;
    }
    .controls {
      grid-area: controls;
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-start;
      width: auto;
    }
    .ctl {
      padding-inline: 1em;
      white-space: nowrap;
    }
    .time,
    .count {
      font-size: 5em;
    }
    .ctl.primary {
      order: 0;
      grid-column: auto;
      min-width: 8em;
    }
    [part~='button-pause'] {
      grid-column: auto;
    }
    .footer {
      grid-area: footer;
      justify-content: flex-start;
      align-self: start;
    }
    .chip {
      font-size: 1.15em;
    }
  }
  @container (max-width: 300px) {
    .time,
    .count {
      font-size: 3.4em;
    }
    .word {
      font-size: 1.25em;
    }
    .ctl {
      gap: 0.25em;
      padding-inline: 0.25em;
      font-size: 0.85em;
    }
    .ctl .icon {
      width: 1em;
      height: 1em;
    }
    .ctl.primary .icon {
      width: 1.2em;
      height: 1.2em;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .ring .fill,
    .bar-fill {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .ring .track {
      stroke: GrayText;
    }
    .ring .fill {
      stroke: Highlight;
    }
    .bar {
      forced-color-adjust: none;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .bar-fill {
      background: Highlight;
    }
    .ctl,
    .chip,
    .sound {
      border: 1px solid ButtonText;
    }
    .ctl.primary {
      border-width: 3px;
    }
  }
`;
