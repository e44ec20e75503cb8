import type { ListItem } from '../schema/exercise-types.js';
import { usableItems } from '../shared/nested-list.js';
import { readableText } from '../shared/readable-text.js';
import { muscleChips, muscleIds, type MuscleChip } from './muscles.js';

/** One mistake as the accordion shows it: checked, with its muscles resolved. */
export interface ShownMistake {
  /** Unique within the accordion; the deep link is `#mistake-<id>`. */
  id: string;
  title: string;
  avoid?: string;
  why: ListItem[];
  fixes: ListItem[];
  chips: MuscleChip[];
  /** Vocabulary ids of the muscles (groups expanded), for `mistake-toggle`. */
  muscles: string[];
}

export interface MistakeList {
  mistakes: ShownMistake[];
  /** What was wrong with the input and left out, in plain words (empty when all was fine). */
  problems: string[];
  /** Set when the input is not a list at all: nothing can be shown, say so. */
  error?: string;
}

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Turns a list of mistakes (from a validated document, or the `.mistakes` property that nobody
 * validated) into what the accordion renders. Entries without a title are left out and named
 * in `problems`; missing or repeated ids are made up from the title so that every header,
 * panel and deep link is unique. `where` names the list in those problems ("exercise.mistakes").
 * Never throws.
 */
export function toShownMistakes(value: unknown, where: string): MistakeList {
  if (value === undefined) return { mistakes: [], problems: [] };
  if (!Array.isArray(value)) {
    const error = `must be a list of mistakes, not ${value === null ? 'null' : typeof value}.`;
    return { mistakes: [], problems: [`${where} ${error}`], error };
  }
  const problems: string[] = [];
  const used = new Set<string>();
  const mistakes: ShownMistake[] = [];
  value.forEach((entry: unknown, index) => {
    const path = `${where}[${index}]`;
    if (!entry || typeof entry !== 'object') {
      problems.push(`${path} is not a mistake object; left out.`);
      return;
    }
    const m = entry as Record<string, unknown>;
    const title = readableText(m.title);
    if (!title) {
      problems.push(`${path} has no title; left out.`);
      return;
    }
    let id = readableText(m.id)?.trim() || slug(title) || String(index + 1);
    if (used.has(id)) {
      problems.push(`${path}.id "${id}" is used twice; the second is renamed.`);
      let n = 2;
      while (used.has(`${id}-${n}`)) n += 1;
      id = `${id}-${n}`;
    }
    used.add(id);
    // Nobody validated `.mistakes`: a field given but of the wrong type is named, not dropped in silence.
    const wrong = (['avoid', 'why', 'fixes', 'muscles'] as const).filter(
      (key) => m[key] !== undefined && (key === 'avoid' ? typeof m[key] !== 'string' : !Array.isArray(m[key])),
    );
    if (wrong.length > 0) problems.push(`${path}: ${wrong.join(', ')} of the wrong type; left out.`);
    const chips = muscleChips(m.muscles);
    mistakes.push({
      id,
      title,
      avoid: readableText(m.avoid),
      why: usableItems(m.why),
      fixes: usableItems(m.fixes),
      chips,
      muscles: muscleIds(chips),
    });
  });
  return { mistakes, problems };
}

/** The mistake id a URL fragment such as `#mistake-knee-caving` points at, if any. */
export function idFromHash(hash: string): string | undefined {
  const match = /^#mistake-(.+)$/.exec(hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}

/** The page's URL with its fragment pointing at one mistake. */
export function linkTo(id: string, base: string): string {
  const url = new URL(base);
  url.hash = `mistake-${encodeURIComponent(id)}`;
  return url.href;
}
