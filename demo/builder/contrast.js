// WCAG contrast for the accent colour: the card writes numbers and links in it and uses it as
// the main button's background, so a pale accent on a light card (or a dark one on a dark
// card) is hard to read. The backgrounds are the card's own defaults.
export const CARD_BACKGROUNDS = { light: '#ffffff', dark: '#15181c' };

function luminance(hex) {
  const n = parseInt(hex.slice(1), 16);
  const channel = (v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** The contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A sentence when the accent is too faint for text on the card backgrounds that `theme` can
 * show (both for `auto`), else ''.
 */
export function accentAdvice(accent, theme) {
  if (!/^#[0-9a-f]{6}$/i.test(accent)) return '';
  const schemes = theme === 'light' || theme === 'dark' ? [theme] : ['light', 'dark'];
  const weak = schemes
    .map((scheme) => ({ scheme, ratio: contrastRatio(accent, CARD_BACKGROUNDS[scheme]) }))
    .filter((c) => c.ratio < 4.5);
  if (weak.length === 0) return '';
  const where = weak.map((c) => `${c.ratio.toFixed(1)}:1 on the ${c.scheme} card`).join(' and ');
  const hint = theme === 'auto' && weak.length === 1 ? ` Readers in ${weak[0].scheme} mode will struggle; pick another colour or fix the theme.` : ' Pick a colour with at least 4.5:1.';
  return `Hard to read: ${where}.${hint}`;
}
