// Which language an element speaks, and numbers, lengths of time and lists in it. No state:
// each element asks for itself (see LangController), so two cards in two languages can share
// a page, and a Spanish page can embed an English one. The words are in the *-words.ts modules
// beside this one; text from a document is the author's and is never there, and the validator's
// messages are for authors and stay English.

/** The languages we have words for (a primary language subtag each). */
export const LANGUAGES = ['en', 'es', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * One table of words per language. Each element has its own (src/i18n/*-words.ts), so a page with
 * one element carries only its words; a table that misses a language fails tsc.
 */
export type Translations<T> = Readonly<Record<Language, T>>;

/** What formatting needs: an element's words and the tag for Intl. */
export interface Locale<T> {
  msg: T;
  lang: string;
}

/** The element and its ancestors, up through light-DOM parents and across shadow roots to their hosts. */
export function langPath(element: Element): Element[] {
  const path: Element[] = [];
  for (let node: Element | null | undefined = element; node; ) {
    path.push(node);
    node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host;
  }
  return path;
}

/** The nearest `lang` attribute on the element or above it (across shadow roots); 'en' when there is none. */
export function resolveLang(element: Element): string {
  return langPath(element).find((e) => e.hasAttribute('lang'))?.getAttribute('lang') || 'en';
}

/** The language of a tag by its primary subtag ("es-MX" -> 'es'), or undefined when we have none. */
export function languageOf(lang: string): Language | undefined {
  const primary = lang.split('-')[0]!.toLowerCase();
  return LANGUAGES.find((l) => l === primary);
}

/**
 * The tag numbers are formatted with: the page's own (canonical) tag when we have its language,
 * so "de-CH" keeps its own separators, else 'en' like the words. Never an invalid tag, which
 * would make Intl throw.
 */
export function uiLocale(lang: string): string {
  try {
    const [tag] = Intl.getCanonicalLocales(lang);
    if (tag && languageOf(tag)) return tag;
  } catch {
    // not a well-formed language tag
  }
  return 'en';
}

/** US English, which the hand-written formats below follow (en-GB drops the serial comma). */
const isEnglish = (lang: string): boolean => lang === 'en' || lang === 'en-US';

/** 2.5 -> "2.5" in English, "2,5" in Spanish and German; at most one decimal. */
export const formatNumber = (n: number, lang: string): string =>
  // Small English integers as Intl writes them, without Intl: see formatList.
  isEnglish(lang) && Number.isInteger(n) && Math.abs(n) < 1000 && !Object.is(n, -0)
    ? String(n)
    : new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);

/**
 * A length of time as a coach writes it: "45 s", "6 min", "1 h 5 min" (seconds below
 * `secondsBelow`, else whole minutes). The number is localised; the unit symbols are SI, the
 * same in all our languages (Intl's own short units would say "sec" in English, "Sek." in German).
 */
export function formatDuration(seconds: number, lang: string, secondsBelow = 60): string {
  const s = Math.max(0, seconds);
  if (s < secondsBelow) return `${formatNumber(s, lang)} s`;
  const m = Math.round(s / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
}

/** "A, B or C" ('disjunction') or "A, B, C" / "A, B y C" ('unit'), in the language's own words. */
export const formatList = (items: readonly string[], lang: string, type: 'disjunction' | 'unit' = 'unit'): string =>
  // English by hand, as Intl writes it: a page's first Intl formatter (list, number, date) loads
  // locale data for ~15-25 ms, a whole frame of a card's first render.
  isEnglish(lang)
    ? type === 'unit' || items.length < 3
      ? items.join(type === 'unit' ? ', ' : ' or ')
      : `${items.slice(0, -1).join(', ')}, or ${items.at(-1)}`
    : new Intl.ListFormat(lang, { type }).format(items);
