import { css } from 'lit';

export const muscleMapStyles = css`
  :host {
    --_primary: var(--ex-muscle-primary, #d6293e);
    --_secondary: var(--ex-muscle-secondary, #e8780c);
    --_stabilizer: var(--ex-muscle-stabilizer, #1f6fd1);
    --_base: var(--ex-muscle-base, #dcd4cd);
    --_skin: var(--ex-figure-fill, #f3efeb);
    --_outline: var(--ex-figure-outline, #8f8780);
    --_seam: var(--ex-figure-seam, #fbf9f7);
    --_detail: var(--ex-figure-detail, #b7aea6);
    --_tint: var(--ex-muscle-tint, #ffffff);
    --_hair: var(--ex-figure-hair, #b9aca1);
    max-width: 100%;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_primary: var(--ex-muscle-primary, #ff6b7a);
      --_secondary: var(--ex-muscle-secondary, #ffa94d);
      --_stabilizer: var(--ex-muscle-stabilizer, #74b6ff);
      --_base: var(--ex-muscle-base, #4a525c);
      --_skin: var(--ex-figure-fill, #30363d);
      --_outline: var(--ex-figure-outline, #98a1ac);
      --_seam: var(--ex-figure-seam, #262b31);
      --_detail: var(--ex-figure-detail, #6c7580);
      --_tint: var(--ex-muscle-tint, #1d2126);
      --_hair: var(--ex-figure-hair, #59616b);
    }
  }
  .stage {
    position: relative;
    container-type: inline-size;
  }
  /* "Front" / "Back" would be too small to read on a thumbnail. */
  @container (max-width: 260px) {
    .caption {
      display: none;
    }
  }
  svg.figure {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  /* Only the muscles take focus (and show it); the svg itself is tabindex=-1. */
  svg.figure:focus {
    outline: none;
  }
  .body {
    fill: var(--_skin);
  }
  /* The silhouette's outline is drawn last, over the muscles that reach the edge. */
  .edge {
    fill: none;
    stroke: var(--_outline);
    stroke-width: 1.2;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .part {
    fill: var(--_skin);
    stroke: var(--_detail);
    stroke-width: 0.7;
  }
  .part[data-part='hair'] {
    fill: var(--_hair);
    stroke: var(--_outline);
    stroke-width: 0.8;
  }
  .detail {
    fill: none;
    stroke: var(--_detail);
    stroke-width: 0.7;
    stroke-linecap: round;
  }
  .m {
    fill: var(--_base);
    stroke: var(--_seam);
    stroke-width: 0.9;
    stroke-linejoin: round;
    outline: none;
  }
  /* Role = colour plus a second cue: primary solid with a heavy edge, secondary hatched,
     stabilizer dotted with a dashed edge. Intensity (the .highlights property) fades the fill. */
  .m[data-role] {
    fill-opacity: calc(0.45 + 0.55 * var(--i, 1));
  }
  .m[data-role='primary'] {
    fill: var(--_primary);
    stroke: color-mix(in srgb, var(--_primary) 55%, #000);
    stroke-width: 1.4;
  }
  .m[data-role='secondary'] {
    fill: url(#ex-hatch);
    stroke: color-mix(in srgb, var(--_secondary) 60%, #000);
    stroke-width: 1.1;
  }
  .m[data-role='stabilizer'] {
    fill: url(#ex-dots);
    stroke: color-mix(in srgb, var(--_stabilizer) 60%, #000);
    stroke-width: 1.1;
    stroke-dasharray: 2.2 1.6;
  }
  .pat-bg-secondary {
    fill: color-mix(in srgb, var(--_secondary) 45%, var(--_tint));
  }
  .pat-line-secondary {
    stroke: var(--_secondary);
    stroke-width: 2.2;
  }
  .pat-bg-stabilizer {
    fill: color-mix(in srgb, var(--_stabilizer) 30%, var(--_tint));
  }
  .pat-dot-stabilizer {
    fill: var(--_stabilizer);
  }
  /* Text carries its own background (a halo, a pill), so it reads on a light page in the dark
     scheme and the other way round. */
  .caption {
    fill: var(--_text);
    stroke: var(--_bg);
    stroke-width: 3px;
    paint-order: stroke;
    font: 600 10px var(--_font);
    text-anchor: middle;
  }
  :host([interactive]) .m[data-role] {
    cursor: pointer;
  }
  /* The focused muscle's outline is drawn again on top, so no neighbour hides half of it. */
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.6;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .tip {
    position: absolute;
    transform: translate(-50%, calc(-100% - 6px));
    pointer-events: none;
    background: var(--_text);
    color: var(--_bg);
    font-size: 0.85em;
    line-height: 1.3;
    padding: 4px 8px;
    border-radius: 6px;
    white-space: nowrap;
    z-index: 1;
  }
  .tip-role {
    opacity: 0.8;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 4px 16px;
    width: fit-content;
    max-width: 100%;
    margin: 8px auto 0;
    padding: 4px 12px;
    border-radius: 14px;
    background: var(--_bg);
    color: var(--_text);
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .swatch {
    width: 18px;
    height: 14px;
    flex: none;
  }
  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    :host {
      --_base: Canvas;
      --_skin: Canvas;
      --_outline: CanvasText;
      --_seam: CanvasText;
      --_detail: CanvasText;
      --_tint: Canvas;
      --_hair: Canvas;
    }
    .m {
      stroke-width: 0.5;
    }
    .m[data-role='primary'] {
      fill: Highlight;
      stroke: CanvasText;
      stroke-width: 2;
    }
    .m[data-role='secondary'],
    .m[data-role='stabilizer'] {
      stroke: CanvasText;
    }
    .pat-bg-secondary,
    .pat-bg-stabilizer {
      fill: Canvas;
    }
    .pat-line-secondary {
      stroke: Highlight;
    }
    .pat-dot-stabilizer {
      fill: CanvasText;
    }
    .ring {
      stroke: Highlight;
    }
    .caption {
      fill: CanvasText;
    }
    .tip {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;
