import type { Exercise, Level, MuscleUse } from '../schema/exercise-types.js';
import { resolveMuscleNames } from '../muscles/resolve.js';

/**
 * Converts free-exercise-db entries (the public-domain data set's `exercises.json`: id, name,
 * force, level, mechanic, equipment, primaryMuscles, secondaryMuscles, instructions, category,
 * images) to exercise documents (schema v1). Pure: no I/O; the input is treated as untrusted JSON,
 * so a malformed entry gives a document that fails validation rather than an exception.
 *
 * What is kept and how:
 * - id: the entry's id as a kebab-case slug, made unique across a set by {@link convertFreeExerciseDb};
 * - level: beginner and intermediate as they are, expert as advanced;
 * - equipment: "body only" as an empty list (nothing needed); a named item as a one-item list;
 *   null and "other" are left out, as they say nothing a reader can use;
 * - muscles: each coarse name expanded to vocabulary ids, primary before secondary, no id twice;
 * - instructions: one step per line; "Tip:" text becomes a cue and "Note:" ("Note on grips:") text a note, except an
 *   aside that leans on its step ("At this point…") and a tip too long for a cue (over 140
 *   characters), which stay in it; "Caution:" text stays in its step, in view;
 *   slips of the source's typing (a list number, a stray page number or letter, a line that starts
 *   with the stop the line before lacks, "Tip" without its colon, a parenthesis that closes nothing
 *   or is never closed) are mended, and pointers to parts of the source the document does not have
 *   ("the foot stances section") taken out, and "Start over at Phase 1" read as step 1, each
 *   recorded in `changes`;
 * - source: credited to the data set's contributors under its licence.
 * Dropped: force and mechanic (the schema has no field for them) and images (not ours to ship).
 */

/** One entry as the data set writes it; every field may be missing or of another type. */
export interface FreeExerciseDbEntry {
  id?: unknown;
  name?: unknown;
  force?: unknown;
  level?: unknown;
  mechanic?: unknown;
  equipment?: unknown;
  primaryMuscles?: unknown;
  secondaryMuscles?: unknown;
  instructions?: unknown;
  category?: unknown;
  images?: unknown;
}

export interface Conversion {
  /** The converted document; validate it before use. */
  exercise: Exercise;
  /** The entry's own id (or its position, when it has none), to name it in messages. */
  sourceId: string;
  /** Anything out of the ordinary, in words: a renamed id, an unknown muscle, a cut list. */
  changes: string[];
}

export const SOURCE = {
  author: 'free-exercise-db contributors',
  license: 'Unlicense (public domain)',
} as const;

const LEVELS: Record<string, Level> = { beginner: 'beginner', intermediate: 'intermediate', expert: 'advanced' };
const NO_EQUIPMENT = 'body only';
/** Equipment values that tell a reader nothing. */
const UNSPECIFIED_EQUIPMENT = new Set(['', 'other']);
// Schema limits on list lengths and the id's length.
const MAX_STEPS = 50;
const MAX_CUES = 20;
const MAX_NOTES = 30;
const MAX_ID = 100;

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s == 'string') : []);

/** A kebab-case slug (schema `slug`): "Barbell_Bench_Press_-_Medium_Grip" → "barbell-bench-press-medium-grip". */
export function exerciseSlug(text: string): string {
  let slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents, split off by NFKD
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > MAX_ID) slug = slug.slice(0, MAX_ID).replace(/-[^-]*$/, '');
  return slug || 'exercise';
}

/** Muscles with roles: primary first, each id once (a muscle named in both lists stays primary). */
function muscles(primary: string[], secondary: string[], changes: string[]): MuscleUse[] {
  const main = resolveMuscleNames(primary);
  const other = resolveMuscleNames(secondary);
  for (const name of [...main.unknown, ...other.unknown]) changes.push(`unknown muscle name "${name}" left out`);
  return [
    ...main.ids.map((id): MuscleUse => ({ id, role: 'primary' })),
    ...other.ids.filter((id) => !main.ids.includes(id)).map((id): MuscleUse => ({ id, role: 'secondary' })),
  ];
}

/**
 * Tidies source text: stray HTML tag fragments ("li>"), a missing space after a full stop, runs of
 * spaces, and the space or extra full stop left where an aside was taken out ("position. .").
 */
function tidy(text: string): string {
  return text
    .replace(/<\/?[A-Za-z]+\s*\/?>|(?<=^|\s)\/?[a-z]{1,3}>(?=\s|$)/g, ' ')
    .replace(/([a-z])\.([A-Z])/g, '$1. $2')
    .replace(/\s+/g, ' ')
    .replace(/ (?=[.,;:!?])/g, '')
    .replace(/(?<!\.)([.!?])\.(?!\.)/g, '$1') // two stops, not an ellipsis
    .trim();
}

// The source's text was written for a site with sections and chapters this document does not
// have: "…the three stances discussed in the foot stances section", "as described at the
// beginning of the chapter", "As in the other exercises, …". The clause, aside or phrase that only
// points there is taken out; the rest of the sentence stands.
const POINTER = String.raw`(?:described|discussed) (?:in|on|at) the (?:beginning of the chapter|[a-z]+(?: [a-z]+)? section)`;
const ELSEWHERE: [RegExp, (first: string) => string][] = [
  [new RegExp(String.raw`;[^;.()]*\b${POINTER}`, 'g'), () => ''], // "…; however you can choose any … section"
  [new RegExp(String.raw`\s*\([^()]*\b${POINTER}\)`, 'g'), () => ''], // "(or use any of the other … section)"
  [new RegExp(String.raw`,?\s+as ${POINTER}`, 'g'), () => ''], // "… or inwards as described at the beginning of the chapter"
  [/(?<=(?:^|[.!?:(])\s?)As (?:in|with) the other exercises, (\w)/g, (first) => first.toUpperCase()],];

/**
 * Mends flaws of one source line that tidy() cannot tell from text, each by a narrow rule, and
 * records what it changed: the line's own list number ("6. Repeat…" as the sixth line), a page
 * number left after the closing stop ("…your legs. 3") and a stray letter after it ("position.v").
 * `n` is the line's position (from 1) among the instructions.
 */
function mendLine(line: string, n: number, changes: string[]): string {
  const number = /^(\d+)\.\s+/.exec(line);
  if (number && Number(number[1]) == n) {
    line = line.slice(number[0].length);
    changes.push(`instruction ${n}: its list number "${number[1]}." removed`);
  }
  const tail = /(?<=[.!?])\s+(\d{1,2})$/.exec(line) ?? /(?<=[a-z]{2}[.!?])([a-z])$/.exec(line);
  if (tail) {
    line = line.slice(0, tail.index);
    changes.push(`instruction ${n}: a stray "${tail[1]}" after its closing full stop removed`);
  }
  for (const [pattern, by] of ELSEWHERE) {
    line = line.replace(pattern, (match: string, first: unknown) => {
      // `first` is the letter after the pointer, when the pattern keeps it (else the match's offset).
      const kept = typeof first == 'string' ? first : '';
      changes.push(`instruction ${n}: a pointer to a part of the source this document does not have removed ("${match.slice(0, match.length - kept.length).trim()}")`);
      return by(kept);
    });
  }
  // "Start over at Phase 1": the source's phases are not marked; its first phase starts at step 1.
  if (/\bat Phase 1\b/.test(line)) {
    line = line.replace(/\bat Phase 1\b/g, 'at step 1');
    changes.push(`instruction ${n}: "Phase 1", which this document does not mark, read as "step 1"`);
  }
  // "Tip Ideally, …": a label that opens a sentence but lost its colon.
  line = line.replace(/(?<=^|[.!?] |\()(Tips?|Note|Caution) (?=[A-Z][a-z])/g, (_, label: string) => {
    changes.push(`instruction ${n}: "${label}" without its colon read as "${label}:"`);
    return `${label}: `;
  });
  return line;
}

/**
 * Balances parentheses in one text: drops a ")" that closes nothing (but not an enumerator's, "a)"),
 * and closes a "(" left open at the end of its sentence. Records either in `changes`.
 */
function balanceParentheses(text: string, n: number, changes: string[]): string {
  let out = '';
  const open: number[] = [];
  let dropped = 0;
  for (const ch of text) {
    if (ch == ')' && !open.length && !/(?:^|[\s(])[a-z0-9]$/i.test(out)) {
      dropped++;
      continue;
    }
    if (ch == ')') open.pop();
    else if (ch == '(') open.push(out.length);
    out += ch;
  }
  for (const at of open.reverse()) {
    const end = at + out.slice(at).search(/[.!?]*$|[.!?](?=\s)/);
    out = out.slice(0, end) + ')' + out.slice(end);
  }
  if (dropped) changes.push(`instruction ${n}: ${dropped == 1 ? 'a ")"' : `${dropped} ")"`} that closed nothing removed`);
  if (open.length) changes.push(`instruction ${n}: ${open.length == 1 ? 'a "(" left open' : `${open.length} "(" left open`} closed at the end of its sentence`);
  return out;
}

/** An aside as a sentence of its own: capital first letter, closing full stop. */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string) => capital(s) + (/[.!?]$/.test(s) ? '' : '.');

// "Tip:", "Tips:", "Note:" and "Caution:" open an aside, in the middle of a line as often as at its
// start, sometimes in parentheses. An aside runs to its closing parenthesis, the next aside or the
// line's end, except that a sentence returning to the movement ("This will be your starting
// position.", "To get into the starting position, sit…", "Now grab…") goes back to the step.
// "Note on grips:" is a note too; its topic is left out, the note's sentences name it.
const ASIDE = /(\()?\b(Tips?|Note|Caution)(?: on [a-z]+)?:\s*/;
const BACK_TO_STEP = /(?<=[.!?]\s)(?:This (?:will be|is) (?:your|the) starting position|To get into (?:the starting )?position\b|Now\b)/;
// Cues are short coaching cues, and the card shows the first as the key cue beside the steps. A
// longer tip is a paragraph of setup or explanation ("You will need to adjust the pad so that…",
// 501 characters): it stays in its step, label and all, where the source put it.
const MAX_CUE_LENGTH = 140;
// An aside that leans on the step it is written in makes no sense on its own ("At this point your
// thighs…", "Again, only the forearms…", "…as you perform this step", "…the medium stance described
// above"): it stays in the step, label and all, where the source put it.
const LEANS_ON_STEP = new RegExp(
  [
    String.raw`^(?:Again|Also|So|Then)\b`,
    String.raw`^As (?:in|with|before|you can see)\b`,
    String.raw`^(?:This|That|These|Those) (?:is|are|will)\b`,
    String.raw`\b(?:this|that) (?:[a-z]+ )?(?:point|position|phase|step|portion|motion|discussion|bend|grip)\b`,
    String.raw`\bthe (?:next|previous|other) (?:phases?|steps?)\b`,
    String.raw`\b(?:described|mentioned|discussed|shown) (?:above|below|earlier|before)\b`,
  ].join('|'),
  'i',
);

interface Split {
  step: string;
  cues: string[];
  notes: string[];
}

/** Splits one instruction line into the step and its asides. Exported for tests. */
export function splitInstruction(line: string): Split {
  const out: Split = { step: '', cues: [], notes: [] };
  let rest = tidy(line);
  for (let m = ASIDE.exec(rest); m; m = ASIDE.exec(rest)) {
    out.step += rest.slice(0, m.index) + ' ';
    const after = rest.slice(m.index + m[0].length);
    let body: string;
    let closed = false; // an aside in parentheses with its closing one
    if (m[1]) {
      const close = after.indexOf(')');
      closed = close >= 0;
      body = close < 0 ? after : after.slice(0, close);
      rest = close < 0 ? '' : after.slice(close + 1);
    } else {
      const next = after.search(ASIDE);
      body = next < 0 ? after : after.slice(0, next);
      rest = next < 0 ? '' : after.slice(next);
      const back = body.search(BACK_TO_STEP);
      if (back > 0) {
        rest = body.slice(back) + ' ' + rest;
        body = body.slice(0, back);
      }
    }
    body = tidy(body);
    if (!body) continue;
    // A caution is for safety: it stays in view, in its step, rather than folded away with the notes.
    const tip = m[2].startsWith('Tip');
    const aside = sentence(body);
    if (m[2] == 'Caution' || (tip && aside.length > MAX_CUE_LENGTH) || LEANS_ON_STEP.test(body)) {
      const text = `${m[2]}: ${capital(body)}`;
      out.step += (closed ? `(${text})` : sentence(text)) + ' ';
    } else (tip ? out.cues : out.notes).push(aside);
  }
  out.step = tidy(out.step + rest);
  return out;
}

/** Keeps the first `max` distinct items; records a cut. */
function distinct(items: string[], max: number, what: string, changes: string[]): string[] {
  const unique = [...new Set(items)];
  if (unique.length > max) changes.push(`${what} cut from ${unique.length} to ${max}`);
  return unique.slice(0, max);
}

/**
 * Converts one entry. `id` overrides the slug of the entry's own id (the set converter passes a
 * unique one); `position` names an entry without an id in messages.
 */
export function convertFreeExerciseDbEntry(entry: unknown, options: { id?: string; position?: number } = {}): Conversion {
  const e: FreeExerciseDbEntry = isRecord(entry) ? entry : {};
  const changes: string[] = [];
  if (!isRecord(entry)) changes.push('the entry is not an object');
  const name = typeof e.name == 'string' ? e.name.trim() : '';
  const sourceId = typeof e.id == 'string' && e.id ? e.id : `#${options.position ?? 0}`;

  const exercise: Exercise = {
    schemaVersion: 1,
    id: options.id ?? exerciseSlug(typeof e.id == 'string' && e.id ? e.id : name),
    name,
    lang: 'en',
  };

  if (typeof e.level == 'string' && own(LEVELS, e.level)) exercise.level = LEVELS[e.level];
  else if (e.level != null) changes.push(`unknown level ${JSON.stringify(e.level)} left out`);

  if (typeof e.category == 'string' && e.category.trim()) exercise.category = e.category.trim();

  const equipment = (Array.isArray(e.equipment) ? strings(e.equipment) : typeof e.equipment == 'string' ? [e.equipment] : [])
    .map((s) => s.trim())
    .filter((s) => !UNSPECIFIED_EQUIPMENT.has(s.toLowerCase()));
  if (equipment.some((s) => s.toLowerCase() == NO_EQUIPMENT)) exercise.equipment = [];
  else if (equipment.length) exercise.equipment = [...new Set(equipment)];

  const used = muscles(strings(e.primaryMuscles), strings(e.secondaryMuscles), changes);
  if (used.length) exercise.muscles = used;

  const steps: string[] = [];
  const cues: string[] = [];
  const notes: string[] = [];
  let before = ''; // the step of the line before, when it had one
  for (const [i, raw] of strings(e.instructions).entries()) {
    let line = mendLine(tidy(raw), i + 1, changes);
    // A line that starts with punctuation: the stop the line before is missing, or a stray mark.
    const lead = /^([.,;:!?])\s*/.exec(line);
    if (lead) {
      line = line.slice(lead[0].length);
      const moved = /[.!?]/.test(lead[1]) && before && !/[.!?]$/.test(before);
      if (moved) steps[steps.length - 1] = before += lead[1];
      changes.push(`instruction ${i + 1}: the "${lead[1]}" it starts with ${moved ? 'moved to the end of the step before' : 'removed'}`);
    }
    const split = splitInstruction(line);
    const balanced = (text: string) => balanceParentheses(text, i + 1, changes);
    if (split.step) steps.push(balanced(split.step));
    before = split.step && steps[steps.length - 1];
    cues.push(...split.cues.map(balanced));
    notes.push(...split.notes.map(balanced));
  }
  if (steps.length) exercise.steps = distinct(steps, MAX_STEPS, 'steps', changes);
  if (cues.length) exercise.cues = distinct(cues, MAX_CUES, 'cues', changes);
  if (notes.length) exercise.notes = distinct(notes, MAX_NOTES, 'notes', changes);

  exercise.source = { ...(name ? { title: name } : {}), ...SOURCE };
  return { exercise, sourceId, changes };
}

/**
 * Converts a whole data set, giving every document a unique id: the first entry with a slug keeps
 * it, later ones get "-2", "-3"… in input order (so a rerun gives the same ids). `reserved` ids are
 * never given out (the CLI reserves "index" for its index.json).
 */
export function convertFreeExerciseDb(entries: readonly unknown[], reserved: Iterable<string> = []): Conversion[] {
  const taken = new Set(reserved);
  return entries.map((entry, position) => {
    const e = isRecord(entry) ? entry : {};
    const base = exerciseSlug(typeof e.id == 'string' && e.id ? e.id : typeof e.name == 'string' ? e.name : '');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, MAX_ID - String(n).length - 1).replace(/-+$/, '')}-${n}`;
    taken.add(id);
    const conversion = convertFreeExerciseDbEntry(entry, { id, position });
    if (id != base) conversion.changes.unshift(`id changed from "${base}" to "${id}" to stay unique`);
    return conversion;
  });
}
