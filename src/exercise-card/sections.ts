import type { Exercise } from '../schema/exercise-types.js';

/** Section names, in the default order. Public API: the `sections` attribute uses them. */
export const SECTION_NAMES = [
  'prescription',
  'muscles',
  'setup',
  'steps',
  'cues',
  'mistakes',
  'timer',
  'benefits',
  'uses',
  'feel',
  'videos',
  'source',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** What a compact card shows unless `sections` says otherwise. */
export const COMPACT_SECTIONS: readonly SectionName[] = ['prescription', 'muscles', 'steps'];

const isSection = (name: string): name is SectionName => (SECTION_NAMES as readonly string[]).includes(name);

/**
 * The sections asked for, in the order given, without repeats. Unknown names are dropped and
 * returned so the caller can warn once; an empty or missing attribute means the default.
 */
export function parseSections(
  value: unknown,
  fallback: readonly SectionName[] = SECTION_NAMES,
): { sections: SectionName[]; unknown: string[] } {
  // Any value, not only text: an array (a React prop) joins with commas.
  const words = String(value ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return { sections: [...fallback], unknown: [] };
  const sections: SectionName[] = [];
  const unknown: string[] = [];
  for (const w of words) {
    if (!isSection(w)) unknown.push(w);
    else if (!sections.includes(w)) sections.push(w);
  }
  return { sections, unknown };
}

/** Whether the document has anything to show in a section. */
export function hasContent(doc: Exercise, section: SectionName): boolean {
  const p = doc.prescription;
  const s = doc.source;
  switch (section) {
    case 'prescription':
      return !!p && !!(p.sets || p.reps || p.holdSeconds || p.tempo || p.restBetweenSets);
    case 'timer':
      return !!p && !!(p.sets || p.reps || p.holdSeconds);
    case 'source':
      return !!s && !!(s.author || s.title || s.url);
    default: {
      // The other sections show a list of the same name ('setup' is the position).
      const list = doc[section === 'setup' ? 'position' : section];
      return Array.isArray(list) && list.length > 0;
    }
  }
}
