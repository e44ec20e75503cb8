import { muscleInfo, muscleName, normaliseMuscleName, resolveMuscleName } from '../muscles/resolve.js';

/** A muscle named by a mistake, ready to show as a chip and to highlight on a map. */
export interface MuscleChip {
  /** What the document said, normalised (a vocabulary id or a group name). */
  key: string;
  /** English display name. */
  name: string;
  /** The vocabulary ids it stands for (several for a group, none when unknown). */
  ids: string[];
}

/** Resolves one muscle id or group name; undefined for an empty or non-string value. */
export function resolveMuscle(value: unknown): MuscleChip | undefined {
  if (typeof value !== 'string') return undefined;
  const key = normaliseMuscleName(value);
  if (key === '') return undefined;
  const muscle = muscleInfo(key);
  if (muscle) return { key, name: muscle.name, ids: [muscle.id] };
  // A group ("glutes") keeps its own short name; an unknown name is still worth showing to a
  // reader, with nothing to highlight.
  return { key, name: muscleName(key), ids: [...resolveMuscleName(key)] };
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
