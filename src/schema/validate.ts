import schemaJson from '../../schema/exercise.schema.json' with { type: 'json' };
import type { Exercise, ValidationIssue } from './exercise-types.js';

/**
 * Checks a value against `schema/exercise.schema.json` by interpreting the schema itself, so the
 * two cannot drift. Only the keywords that schema uses are understood (type, const, enum,
 * required, properties, items, anyOf, $ref, minimum, maximum, minLength, maxLength, pattern,
 * minItems, maxItems); `test/schema/` checks the schema uses no others and that this agrees with
 * Ajv. Fields the schema does not name are warnings, never errors.
 */

export interface ValidationResult {
  valid: boolean;
  /** Every problem (up to {@link MAX_ISSUES}, then one "and N more" entry). */
  errors: ValidationIssue[];
  /** Unknown fields (same cap). */
  warnings: ValidationIssue[];
  /** The input, typed, when valid. */
  exercise?: Exercise;
}

/** The `path` of an issue about the document as a whole. Other paths look like `mistakes[2].fixes`. */
export const ROOT_PATH = '(document)';
export const MAX_ISSUES = 100;

interface Schema {
  $ref?: string;
  type?: string;
  const?: unknown;
  enum?: unknown[];
  anyOf?: Schema[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
}

const root = schemaJson as Schema;
// The schema is not recursive, so this only guards against a future recursive schema.
const MAX_DEPTH = 40;

// Plain words for the schema's patterns (a test checks every pattern has an entry).
const PATTERNS: Record<string, string> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'lower-case words joined by hyphens, like "reverse-lunge"',
  '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$': 'a language tag such as "en" or "en-GB"',
  '^[A-Za-z0-9_-]{1,64}$': 'a video id of letters, digits, - and _',
  '[^\\s\\u200b-\\u200d\\u2060\\ufeff]': 'text with something to read, not only spaces or invisible characters',
};

// [singular, plural] per JSON Schema type.
const NOUNS: Record<string, [string, string]> = {
  string: ['text', 'text items'],
  number: ['a number', 'numbers'],
  integer: ['a whole number', 'whole numbers'],
  boolean: ['true or false', 'true/false values'],
  object: ['an object', 'objects'],
  array: ['a list', 'lists'],
};

interface Found {
  e: ValidationIssue[];
  w: ValidationIssue[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && v !== null && !Array.isArray(v);

const TYPES: Record<string, (v: unknown) => boolean> = {
  integer: Number.isInteger,
  number: Number.isFinite,
  object: isObject,
  array: Array.isArray,
};
const hasType = (type: string, v: unknown) => (TYPES[type] ? TYPES[type](v) : typeof v == type);

/** Resolves `$ref`s (local JSON pointers such as `#/$defs/slug`), once each: this is the hot path. */
const refs = new Map<string, Schema>();
function deref(s: Schema): Schema {
  const ref = s.$ref;
  if (!ref) return s;
  let target = refs.get(ref);
  if (!target) refs.set(ref, (target = deref(ref.slice(2).split('/').reduce((o: any, k) => o[k], root))));
  return target;
}

/** A literal as written in JSON, shortened. */
const literal = (v: unknown) => JSON.stringify(typeof v == 'string' && v.length > 40 ? v.slice(0, 40) + '…' : v);

/** What a value is, in words: "a number", "text", "a list", "nothing"... */
function kind(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null || typeof v == 'boolean' || (typeof v == 'number' && !isFinite(v))) return String(v);
  if (Array.isArray(v)) return 'a list';
  return NOUNS[typeof v]?.[0] ?? 'a ' + typeof v;
}

/** `kind`, but the value itself for numbers and text (for enum, range and pattern errors). */
const shown = (v: unknown) => (typeof v == 'string' || Number.isFinite(v) ? literal(v) : kind(v));

/** What a schema expects, in words: "a whole number from 1 to 50", "a list of text items"... */
function describe(schema: Schema, plural = false): string {
  const s = deref(schema);
  if (s.anyOf) return s.anyOf.map((b) => describe(b, plural)).join(plural ? ' or ' : ', or ');
  if (s.enum) return 'one of: ' + s.enum.join(', ');
  if ('const' in s) return literal(s.const);
  const nouns = NOUNS[s.type!];
  if (!nouns) return 'a value';
  if (plural) return nouns[1];
  const { items, required: r, minimum: min, maximum: max } = s;
  let d = nouns[0];
  if (items) d += ' of ' + describe(items, true);
  if (r) d += ' with ' + (r.length > 1 ? r.slice(0, -1).join(', ') + ' and ' : '') + r[r.length - 1];
  if (min != null) d += max != null ? ` from ${min} to ${max}` : ` of at least ${min}`;
  else if (max != null) d += ` of at most ${max}`;
  return d;
}

/** Extends a JSON path by one key or index, as issue paths are written (also used by the CLI's locator). */
export function join(path: string, key: string | number): string {
  if (typeof key == 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${literal(key)}]`;
  return path ? `${path}.${key}` : key;
}

/** Records every problem of `v` against `schema` at `path` into `out`. */
function check(schema: Schema, v: unknown, path: string, out: Found, depth: number): void {
  const error = (message: string, at = path) => void out.e.push({ path: at || ROOT_PATH, message });
  if (depth > MAX_DEPTH) return error('is nested too deeply');
  const s = deref(schema);
  if (s.type && !hasType(s.type, v)) {
    // A fraction where a whole number is expected is best shown as itself.
    return error(`must be ${describe(s)}; found ${s.type == 'integer' && typeof v == 'number' ? v : kind(v)}`);
  }
  if (('const' in s && v !== s.const) || (s.enum && !s.enum.includes(v))) {
    error(`must be ${describe(s)}; found ${shown(v)}`);
  }
  if (s.anyOf) checkAnyOf(s.anyOf, v, path, out, depth);

  if (typeof v == 'string') {
    const { minLength = 0, maxLength = Infinity, pattern } = s;
    // Lengths count code points, as Ajv does (an emoji is one character, not two UTF-16 units).
    // Code points lie between half the UTF-16 length and the length: count them only when that matters.
    const n = v.length > maxLength || v.length < 2 * minLength ? [...v].length : v.length;
    if (n < minLength) error(n ? `must be text of at least ${minLength} characters; found ${n}` : 'must not be empty');
    else if (n > maxLength) error(`must be text of at most ${maxLength} characters; found ${n}`);
    // The engine caches compiled regular expressions by source, so building one per call is cheap.
    else if (pattern && !new RegExp(pattern, 'u').test(v)) {
      error(`must be ${PATTERNS[pattern] ?? 'text matching ' + pattern}; found ${shown(v)}`);
    }
  } else if (typeof v == 'number') {
    if (v < (s.minimum ?? -Infinity) || v > (s.maximum ?? Infinity)) error(`must be ${describe(s)}; found ${v}`);
  } else if (Array.isArray(v)) {
    const { minItems = 0, maxItems = Infinity, items } = s;
    if (v.length < minItems) error(v.length ? `must have at least ${minItems} items; found ${v.length}` : 'must not be an empty list');
    if (v.length > maxItems) error(`must be a list of at most ${maxItems} items; found ${v.length}`);
    // An index loop, not forEach: holes in a sparse array are checked as missing values, as Ajv does.
    if (items) for (let i = 0; i < v.length; i++) check(items, v[i], join(path, i), out, depth + 1);
  } else if (isObject(v)) {
    const props = s.properties;
    for (const k of s.required ?? []) if (v[k] === undefined) error('is required', join(path, k));
    if (props) {
      const own = (k: string) => Object.prototype.hasOwnProperty.call(props, k);
      for (const k in props) if (own(k) && v[k] !== undefined) check(props[k], v[k], join(path, k), out, depth + 1);
      for (const k of Object.keys(v)) if (!own(k)) out.w.push({ path: join(path, k), message: 'unknown field; it is ignored' });
    }
  }
}

/**
 * anyOf: valid if one branch is. Otherwise, when exactly one branch takes this type of value (an
 * object where the choice is text or an object), its specific problems are more helpful than a
 * summary; else one sentence names the choices.
 */
function checkAnyOf(branches: Schema[], v: unknown, path: string, out: Found, depth: number): void {
  const fitting: Found[] = [];
  for (const branch of branches) {
    const found: Found = { e: [], w: [] };
    check(branch, v, path, found, depth + 1);
    const type = deref(branch).type;
    if (!found.e.length) return merge(out, found);
    if (!type || hasType(type, v)) fitting.push(found);
  }
  if (fitting.length == 1) merge(out, fitting[0]);
  else out.e.push({ path: path || ROOT_PATH, message: `must be ${describe({ anyOf: branches })}; found ${kind(v)}` });
}

function merge(out: Found, found: Found): void {
  out.e.push(...found.e);
  out.w.push(...found.w);
}

/** Keeps the first {@link MAX_ISSUES} issues and says how many more there were. */
function cap(issues: ValidationIssue[], what: string): ValidationIssue[] {
  const more = issues.length - MAX_ISSUES;
  return more > 0 ? [...issues.slice(0, MAX_ISSUES), { path: ROOT_PATH, message: `and ${more} more ${what}` }] : issues;
}

/**
 * Validates an exercise document (already parsed from JSON, or any value at all). Never throws.
 * Each issue has a JSON path (`mistakes[2].fixes`, `prescription.tempo.eccentric`, or
 * {@link ROOT_PATH} for the document itself) and a plain sentence ("is required",
 * "must be a whole number from 1 to 50; found 0").
 */
export function validateExercise(value: unknown): ValidationResult {
  const out: Found = { e: [], w: [] };
  try {
    check(root, value, '', out, 0);
  } catch {
    // Only exotic non-JSON values (a Proxy or a throwing getter) get here.
    out.e.push({ path: ROOT_PATH, message: 'could not be read as an exercise document' });
  }
  const result: ValidationResult = {
    valid: !out.e.length,
    errors: cap(out.e, 'problems'),
    warnings: cap(out.w, 'warnings'),
  };
  if (result.valid) result.exercise = value as Exercise;
  return result;
}
