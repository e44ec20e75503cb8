import { css } from 'lit';

/**
 * A legend's swatch for a muscle role, `<span class="swatch" data-role="…">`: solid, hatched or
 * dotted, as the figure draws the role. Drawn with CSS, not a small SVG each: a page of 100 maps
 * spent ~12 ms of style on their 300 swatch SVGs. Each element sets the swatch's size.
 */
export const roleSwatchStyles = css`
  .swatch {
    flex: none;
    border-radius: 3px;
    forced-color-adjust: none;
    background: var(--_m1);
    box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--_m1) 55%, #000);
  }
  .swatch[data-role=secondary] {
    background: repeating-linear-gradient(-45deg, var(--_m2) 0 2px, color-mix(in srgb, var(--_m2) 35%, var(--_bg)) 2px 4px);
    box-shadow: inset 0 0 0 1px var(--_m2);
  }
  .swatch[data-role=stabilizer] {
    background: radial-gradient(circle, var(--_m3) 1px, color-mix(in srgb, var(--_m3) 25%, var(--_bg)) 1.5px) 0 0 / 4px 4px;
    box-shadow: inset 0 0 0 1px var(--_m3);
  }
  /* As the figure draws roles in forced colours: solid and hatched Highlight, dotted CanvasText. */
  @media (forced-colors: active) {
    .swatch {
      --_m1: Highlight;
      --_m2: Highlight;
      --_m3: CanvasText;
      --_bg: Canvas;
    }
    .swatch[data-role] {
      box-shadow: inset 0 0 0 1px CanvasText;
    }
  }
`;
