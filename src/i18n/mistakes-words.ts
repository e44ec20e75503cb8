import type { Translations } from './locale.js';

// The words of `<mistakes-accordion>`, in every language we have. One module per element, so
// that a page with one element carries only that element's words.
// English is the source of truth: the other tables are typed by it, so a missing key fails tsc.

const en = {
  noMistakes: 'No common mistakes are listed for this exercise.',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  copyLink: 'Copy link',
  copyLinkTo: (title: string) => `Copy link to “${title}”`,
  copied: 'Link copied',
  copyByHand: 'Copying is not available here. Link to this mistake:',
  why: 'Why it matters',
  fixes: 'What to try',
  muscles: 'Muscles',
};

/** The shape of every language's table. */
export type MistakesWords = typeof en;

/** Spanish (neutral: tú, no vosotros; words understood in Spain and Latin America). */
const es: MistakesWords = {
  noMistakes: 'No hay errores comunes para este ejercicio.',
  expandAll: 'Abrir todos',
  collapseAll: 'Cerrar todos',
  copyLink: 'Copiar enlace',
  copyLinkTo: (title) => `Copiar enlace a «${title}»`,
  copied: 'Enlace copiado',
  copyByHand: 'Aquí no se puede copiar. Enlace a este error:',
  why: 'Por qué importa',
  fixes: 'Cómo corregirlo',
  muscles: 'Músculos',
};

/** German (informal "du", as fitness apps and coaches address their readers). */
const de: MistakesWords = {
  noMistakes: 'Für diese Übung sind keine häufigen Fehler angegeben.',
  expandAll: 'Alle öffnen',
  collapseAll: 'Alle schließen',
  copyLink: 'Link kopieren',
  copyLinkTo: (title) => `Link zu „${title}“ kopieren`,
  copied: 'Link kopiert',
  copyByHand: 'Kopieren ist hier nicht möglich. Link zu diesem Fehler:',
  why: 'Warum es wichtig ist',
  fixes: 'So geht’s besser',
  muscles: 'Muskeln',
};

export const MISTAKES_WORDS: Translations<MistakesWords> = { en, es, de };
