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
  value: string | null | undefined,
  fallback: readonly SectionName[] = SECTION_NAMES,
): { sections: SectionName[]; unknown: string[] } {
  const words = (value ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { sections: [...fallback], unknown: [] };
  const sections: SectionName[] = [];
  const unknown: string[] = [];
  for (const w of words) {
    if (!isSection(w)) unknown.push(w);
    else if (!sections.includes(w)) sections.push(w);
  }
  return { sections, unknown };
}

const some = (list: readonly unknown[] | undefined) => Array.isArray(list) && list.length > 0;

/** Whether the document has anything to show in a section. */
export function hasContent(doc: Exercise, section: SectionName): boolean {
  const p = doc.prescription;
  switch (section) {
    case 'prescription':
      return !!p && !!(p.sets || p.reps || p.holdSeconds || p.tempo || p.restBetweenSets);
    case 'timer':
      return !!p && !!(p.sets || p.reps || p.holdSeconds);
    case 'muscles':
      return some(doc.muscles);
    case 'setup':
      return some(doc.position);
    case 'steps':
      return some(doc.steps);
    case 'cues':
      return some(doc.cues);
    case 'mistakes':
      return some(doc.mistakes);
    case 'benefits':
      return some(doc.benefits);
    case 'uses':
      return some(doc.uses);
    case 'feel':
      return some(doc.feel);
    case 'videos':
      return some(doc.videos);
    case 'source':
      return !!doc.source && !!(doc.source.author || doc.source.title || doc.source.url);
  }
}
