import { css } from 'lit';

export const muscleMapStyles = css`
  :host {
    --_base: var(--ex-muscle-base, light-dark(#dcd4cd, #4a525c));
    --_skin: var(--ex-figure-fill, light-dark(#f3efeb, #30363d));
    --_outline: var(--ex-figure-outline, light-dark(#8f8780, #98a1ac));
    --_seam: var(--ex-figure-seam, light-dark(#fbf9f7, #262b31));
    --_detail: var(--ex-figure-detail, light-dark(#b7aea6, #6c7580));
    --_tint: var(--ex-muscle-tint, light-dark(#fff, #1d2126));
    --_hair: var(--ex-figure-hair, light-dark(#b9aca1, #59616b));
    max-width: 100%;
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
  .part[data-part=hair] {
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
     stabilizer dotted with a dashed edge. Intensity (the .highlights property) fades the fill:
     only shapes given one (--i, set through CSSOM) match, as this calc() per shape costs style
     time (~9 ms per 100 maps); without --i the value is invalid, so fill-opacity stays 1. */
  .m[style] {
    fill-opacity: calc(0.45 + 0.55 * var(--i));
  }
  .m[data-role=primary] {
    fill: var(--_m1);
    stroke: color-mix(in srgb, var(--_m1) 55%, #000);
    stroke-width: 1.4;
  }
  .m[data-role=secondary] {
    fill: url(#ex-hatch);
    stroke: color-mix(in srgb, var(--_m2) 60%, #000);
    stroke-width: 1.1;
  }
  .m[data-role=stabilizer] {
    fill: url(#ex-dots);
    stroke: color-mix(in srgb, var(--_m3) 60%, #000);
    stroke-width: 1.1;
    stroke-dasharray: 2.2 1.6;
  }
  .pat-bg-secondary {
    fill: color-mix(in srgb, var(--_m2) 45%, var(--_tint));
  }
  .pat-line-secondary {
    stroke: var(--_m2);
    stroke-width: 2.2;
  }
  .pat-bg-stabilizer {
    fill: color-mix(in srgb, var(--_m3) 30%, var(--_tint));
  }
  .pat-dot-stabilizer {
    fill: var(--_m3);
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
  /* Two views share the width, so their captions shrink with it: larger figure units keep them
     10-15 px on a phone (at 260 px and under they are hidden). */
  @container (max-width: 440px) {
    .pair .caption {
      font-size: 14px;
    }
  }
  @container (max-width: 340px) {
    .pair .caption {
      font-size: 16px;
    }
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
    background: var(--_text);
    color: var(--_bg);
    font-size: 0.85em;
    line-height: 1.3;
    padding: 4px 8px;
    border-radius: 6px;
    width: max-content;
    max-width: 100%;
    z-index: 1;
  }
  .tip-role {
    opacity: 0.8;
    white-space: nowrap;
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
    display: flex;
    align-items: center;
    gap: 0.4286em;
  }
  /* 18 x 14px beside the legend's 14px text at a 16px default font, growing with it. */
  .swatch {
    width: 1.286em;
    height: 1em;
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
    .m[data-role=primary] {
      fill: Highlight;
      stroke: CanvasText;
      stroke-width: 2;
    }
    .m[data-role=secondary],
    .m[data-role=stabilizer] {
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
    /* Not Highlight: a primary muscle is filled with it. A thick dashed CanvasText ring stands
       out from every fill and from the muscles' thin solid borders. */
    .ring {
      stroke: CanvasText;
      stroke-width: 4;
      stroke-dasharray: 5 3;
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
