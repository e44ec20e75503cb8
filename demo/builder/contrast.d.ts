export const CARD_BACKGROUNDS: { light: string; dark: string };
export function contrastRatio(a: string, b: string): number;
export function accentAdvice(accent: string, theme: string): string;
