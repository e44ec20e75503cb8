import { MUSCLES, MUSCLE_GROUPS } from '../muscles/vocabulary.js';

/** A muscle named by a mistake, ready to show as a chip and to highlight on a map. */
export interface MuscleChip {
  /** What the document said, normalised (a vocabulary id or a group name). */
  key: string;
  /** English display name. */
  name: string;
  /** The vocabulary ids it stands for (several for a group, none when unknown). */
  ids: string[];
}

const BY_ID = new Map(MUSCLES.map((m) => [m.id, m]));

/** Lower case, spaces and underscores as hyphens: the form MUSCLE_GROUPS keys use. */
function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/** "hip-abductors" → "Hip abductors". */
function humanise(key: string): string {
  const words = key.replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Resolves one muscle id or group name; undefined for an empty or non-string value. */
export function resolveMuscle(value: unknown): MuscleChip | undefined {
  if (typeof value !== 'string') return undefined;
  const key = normalise(value);
  if (key === '') return undefined;
  const muscle = BY_ID.get(key);
  if (muscle) return { key, name: muscle.name, ids: [muscle.id] };
  const group = Object.prototype.hasOwnProperty.call(MUSCLE_GROUPS, key) ? MUSCLE_GROUPS[key] : undefined;
  if (group) return { key, name: humanise(key), ids: [...group] };
  // Unknown to the vocabulary: still worth showing to a reader, but nothing to highlight.
  return { key, name: humanise(key), ids: [] };
}

/** The chips for a mistake's `muscles` list, without duplicates. */
export function muscleChips(values: unknown): MuscleChip[] {
  if (!Array.isArray(values)) return [];
  const seen = new Set<string>();
  const chips: MuscleChip[] = [];
  for (const value of values) {
    const chip = resolveMuscle(value);
    if (!chip || seen.has(chip.key)) continue;
    seen.add(chip.key);
    chips.push(chip);
  }
  return chips;
}

/** Every vocabulary id the chips stand for, in order, each once (for `mistake-toggle`). */
export function muscleIds(chips: readonly MuscleChip[]): string[] {
  return [...new Set(chips.flatMap((c) => c.ids))];
}
