import type { Exercise } from '../schema/exercise-types.js';

/**
 * One line of an imported set's `index.json`: just enough to search and list exercises (by name
 * or muscle) without loading every document; `<id>.json` beside it holds the whole document.
 */
export interface ExerciseIndexEntry {
  id: string;
  name: string;
  level?: string;
  /** Vocabulary ids by role. */
  muscles: { primary: string[]; secondary: string[] };
}

export function exerciseIndexEntry(exercise: Exercise): ExerciseIndexEntry {
  const byRole = (role: string) => (exercise.muscles ?? []).filter((m) => m.role == role).map((m) => m.id);
  return {
    id: exercise.id,
    name: exercise.name,
    ...(exercise.level ? { level: exercise.level } : {}),
    muscles: { primary: byRole('primary'), secondary: byRole('secondary') },
  };
}

/** The index as JSON text: a list with one entry per line (compact, yet readable in a diff). */
export function formatExerciseIndex(entries: readonly ExerciseIndexEntry[]): string {
  return entries.length ? `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n` : '[]\n';
}
