// Search over the imported exercises by name or muscle. The index is small (873 entries), so a
// linear scan over precomputed, normalised text answers within a keystroke.
import { MUSCLES, MUSCLE_GROUPS } from '../../dist/muscles/vocabulary.js';

/** Lower case, accents off, anything that is not a letter or digit becomes one space. */
export const normalise = (text) =>
  String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const NAMES = new Map(MUSCLES.map((m) => [m.id, m.name]));

/** Every word a reader might search a muscle by: its name, its id, the groups it belongs to. */
function muscleWords(ids) {
  const words = new Set();
  for (const id of ids) {
    words.add(normalise(NAMES.get(id) ?? id));
    words.add(normalise(id));
  }
  for (const [group, members] of Object.entries(MUSCLE_GROUPS)) {
    if (members.some((m) => ids.includes(m))) words.add(normalise(group));
  }
  return ` ${[...words].join(' ')} `;
}

/** A display name for a muscle id (the vocabulary's, or the id itself). */
export const muscleName = (id) => NAMES.get(id) ?? id;

/**
 * @param {{id: string, name: string, level?: string, muscles?: {primary?: string[], secondary?: string[]}}[]} entries
 */
export function createCatalog(entries) {
  const items = entries.map((entry) => {
    const primary = entry.muscles?.primary ?? [];
    const secondary = entry.muscles?.secondary ?? [];
    return {
      entry,
      name: ` ${normalise(entry.name)} `,
      primary: muscleWords(primary),
      secondary: muscleWords(secondary),
    };
  });
  items.sort((a, b) => a.entry.name.localeCompare(b.entry.name));

  /**
   * Entries whose name or muscles contain every word of the query, best first: the name
   * starting with the query, then a name word starting with each query word, then any name
   * match, then main muscles, then assisting muscles. An empty query lists everything A to Z.
   * @returns {{total: number, results: typeof entries}}
   */
  function search(query, limit = 20) {
    const words = normalise(query).split(' ').filter(Boolean);
    if (words.length === 0) return { total: items.length, results: items.slice(0, limit).map((i) => i.entry) };
    const phrase = ` ${words.join(' ')}`;
    const scored = [];
    for (const item of items) {
      let score;
      if (item.name.startsWith(phrase)) score = 0;
      else if (words.every((w) => item.name.includes(` ${w}`))) score = 1;
      else if (words.every((w) => item.name.includes(w))) score = 2;
      else if (words.every((w) => item.name.includes(w) || item.primary.includes(w))) score = 3;
      else if (words.every((w) => item.name.includes(w) || item.primary.includes(w) || item.secondary.includes(w))) score = 4;
      else continue;
      scored.push({ score, item });
    }
    // Array.prototype.sort is stable: within a score the A-to-Z order stays.
    scored.sort((a, b) => a.score - b.score);
    return { total: scored.length, results: scored.slice(0, limit).map((s) => s.item.entry) };
  }

  return { size: items.length, search };
}
