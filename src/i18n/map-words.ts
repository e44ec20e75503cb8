import type { Translations } from './locale.js';

// The words of `<muscle-map>` (the card's legend uses them too), in every language we have.
// One module per element, so that a page with one element carries only that element's words.
// English is the source of truth: the other tables are typed by it, so a missing key fails tsc.

const en = {
  role: { primary: 'Primary', secondary: 'Secondary', stabilizer: 'Stabilizer' },
  front: 'Front',
  rear: 'Back',
  /** The figure's accessible name starts with this; `view` is front, back or both. */
  figure: (male: boolean, view: string) =>
    `${male ? 'Male' : 'Female'} body figure, ${view === 'both' ? 'front and back views' : `${view} view`}.`,
  noMuscles: 'No muscles highlighted.',
  arrows: 'Use the arrow keys to move between highlighted muscles.',
  legend: 'Legend',
};

/** The shape of every language's table. */
export type MapWords = typeof en;

/** Spanish (neutral: tú, no vosotros; words understood in Spain and Latin America). */
const es: MapWords = {
  role: { primary: 'Principal', secondary: 'Secundario', stabilizer: 'Estabilizador' },
  front: 'Frontal',
  rear: 'Posterior',
  figure: (male, view) =>
    `Figura ${male ? 'masculina' : 'femenina'}, ${view === 'both' ? 'vistas frontal y posterior' : view === 'front' ? 'vista frontal' : 'vista posterior'}.`,
  noMuscles: 'Ningún músculo resaltado.',
  arrows: 'Usa las flechas para moverte entre los músculos resaltados.',
  legend: 'Leyenda',
};

/** German (informal "du", as fitness apps and coaches address their readers). */
const de: MapWords = {
  role: { primary: 'Primär', secondary: 'Sekundär', stabilizer: 'Stabilisierend' },
  front: 'Vorne',
  rear: 'Hinten',
  figure: (male, view) =>
    `${male ? 'Männliche' : 'Weibliche'} Körperfigur, ${view === 'both' ? 'Vorder- und Rückansicht' : view === 'front' ? 'Vorderansicht' : 'Rückansicht'}.`,
  noMuscles: 'Keine Muskeln hervorgehoben.',
  arrows: 'Mit den Pfeiltasten zwischen den hervorgehobenen Muskeln wechseln.',
  legend: 'Legende',
};

export const MAP_WORDS: Translations<MapWords> = { en, es, de };
