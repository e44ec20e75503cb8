import type { Translations } from './locale.js';

// The words of the error panel and the loading placeholder that every element shares, in every
// language we have. Each element's own words are in a module of their own (see locale.ts).
// English is the source of truth: the other tables are typed by it, so a missing key fails tsc.

const en = {
  error: 'This exercise could not be shown',
  retry: 'Try again',
  loading: 'Loading exercise…',
};

/** The shape of every language's table. */
export type SharedWords = typeof en;

/** Spanish (neutral: tú, no vosotros; words understood in Spain and Latin America). */
const es: SharedWords = {
  error: 'No se puede mostrar este ejercicio',
  retry: 'Reintentar',
  loading: 'Cargando ejercicio…',
};

/** German (informal "du", as fitness apps and coaches address their readers). */
const de: SharedWords = {
  error: 'Diese Übung kann nicht angezeigt werden',
  retry: 'Erneut versuchen',
  loading: 'Übung wird geladen…',
};

export const SHARED_WORDS: Translations<SharedWords> = { en, es, de };
