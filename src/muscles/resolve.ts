import { MUSCLES, MUSCLE_GROUPS, WGER_MUSCLES, type MuscleInfo } from './vocabulary.js';

const BY_ID: ReadonlyMap<string, MuscleInfo> = new Map(MUSCLES.map((m) => [m.id, m]));

/** Lower case, trimmed, runs of spaces, underscores and hyphens as one hyphen ("Lower back" -> "lower-back"). */
export function normaliseMuscleName(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '-');
}

/** The vocabulary entry for an id, if it is one. */
export function muscleInfo(id: string): MuscleInfo | undefined {
  return BY_ID.get(id);
}

/** A muscle as a reader says it: the vocabulary's name for an id, else the name's own words ("hip-abductors" -> "Hip abductors"). */
export function muscleName(name: string): string {
  const info = BY_ID.get(name);
  if (info) return info.name;
  const words = name.replace(/[-_\s]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The ids one name stands for: itself if it is an id, else its group (ours, free-exercise-db's or wger's). */
export function resolveMuscleName(name: string): readonly string[] {
  const key = normaliseMuscleName(name);
  if (BY_ID.has(key)) return [key];
  // Own keys only: "constructor" or "__proto__" must not reach Object.prototype.
  if (Object.hasOwn(MUSCLE_GROUPS, key)) return MUSCLE_GROUPS[key];
  if (Object.hasOwn(WGER_MUSCLES, key)) return WGER_MUSCLES[key];
  return [];
}

export interface ResolvedMuscles {
  /** Vocabulary ids, each once, in the order first named. */
  ids: string[];
  /** The names that matched nothing, as given. */
  unknown: string[];
}

/**
 * Maps muscle names (vocabulary ids, group names such as "glutes", free-exercise-db names such
 * as "lower back", wger names such as "Obliquus externus abdominis"; any case) to ids.
 */
export function resolveMuscleNames(names: Iterable<string>): ResolvedMuscles {
  const ids = new Set<string>();
  const unknown: string[] = [];
  for (const name of names) {
    if (!name.trim()) continue;
    const found = resolveMuscleName(name);
    if (found.length === 0) unknown.push(name);
    for (const id of found) ids.add(id);
  }
  return { ids: [...ids], unknown };
}

/** Splits an attribute value such as "glutes quads" or "gluteus-maximus, hip-flexors" into names. */
export function splitMuscleList(value: unknown): string[] {
  // Any value, not only text: an array (a React prop) joins with commas.
  return String(value ?? '').split(/[\s,]+/).filter(Boolean);
}

// Groups that a short list names as one word when every muscle of the group is in it.
const SHORT_GROUPS = ['quadriceps', 'hamstrings', 'calves', 'glutes', 'deltoids', 'trapezius', 'forearms', 'abdominals'];

/**
 * Names for a one-line list of ids: a group whose muscles are all listed is named once, where its
 * first muscle was ("Quadriceps", not "Rectus femoris (quadriceps), Vastus lateralis (quadriceps)…").
 */
export function shortMuscleNames(ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const group = SHORT_GROUPS.find((g) => MUSCLE_GROUPS[g]!.includes(id) && MUSCLE_GROUPS[g]!.every((m) => ids.includes(m)));
    if (!group) return muscleName(id);
    return ids.find((m) => MUSCLE_GROUPS[group]!.includes(m)) === id ? muscleName(group) : [];
  });
}
