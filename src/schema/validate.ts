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
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'lower-case letters and digits in words joined by single hyphens, like "reverse-lunge"',
  '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$': 'a language tag such as "en" or "en-GB"',
  '^[A-Za-z0-9_-]{1,64}$': 'a video id of 1 to 64 letters, digits, "-" or "_"',
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

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && v !== null && !Array.isArray(v);

/** Resolves `$ref`s (local JSON pointers such as `#/$defs/slug`) until a schema without one. */
const deref = (s: Schema): Schema =>
  s.$ref ? deref(s.$ref.slice(2).split('/').reduce((o: any, k) => o[k], root)) : s;

function hasType(type: string, v: unknown): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return Number.isFinite(v);
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
  }
  return typeof v == type;
}

const andList = (a: string[]) => (a.length > 1 ? a.slice(0, -1).join(', ') + ' and ' + a[a.length - 1] : a[0]);

/** A literal as written in JSON, shortened. */
const literal = (v: unknown) => JSON.stringify(typeof v == 'string' && v.length > 40 ? v.slice(0, 40) + '…' : v);

/** What a value is, in words: "a number", "text", "a list", "nothing"... */
function kind(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null || typeof v == 'boolean' || (typeof v == 'number' && !isFinite(v))) return String(v);
  if (Array.isArray(v)) return 'a list';
  const t = typeof v;
  return t in NOUNS ? NOUNS[t][0] : 'a ' + t;
}

/** `kind`, but the value itself for numbers, booleans and text (for enum, range and pattern errors). */
const shown = (v: unknown) => (typeof v == 'string' || Number.isFinite(v) ? literal(v) : kind(v));

/** What a schema expects, in words: "a whole number from 1 to 50", "a list of text items"... */
function describe(schema: Schema, plural = false): string {
  const s = deref(schema);
  if (s.anyOf) return s.anyOf.map((b) => describe(b, plural)).join(plural ? ' or ' : ', or ');
  if (s.enum) return 'one of: ' + s.enum.join(', ');
  if ('const' in s) return literal(s.const);
  const nouns = NOUNS[s.type!];
  if (!nouns) return plural ? 'items' : 'a value';
  let d = nouns[+plural];
  if (plural) return d;
  if (s.items) d += ' of ' + describe(s.items, true);
  if (s.required) d += ' with ' + andList(s.required);
  const { minimum: min, maximum: max } = s;
  if (min != null && max != null) d += ` from ${min} to ${max}`;
  else if (min != null) d += ` of at least ${min}`;
  else if (max != null) d += ` of at most ${max}`;
  return d;
}

/** Extends a JSON path by one key or index, as issue paths are written (also used by the CLI's locator). */
export function join(path: string, key: string | number): string {
  if (typeof key == 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${literal(key)}]`;
  return path ? `${path}.${key}` : key;
}

/** Code points, as Ajv counts string length (an emoji is one character, not two). */
function length(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

const regexps = new Map<string, RegExp>();

/** Records every problem of `v` against `schema` at `path` into `out`. */
function check(schema: Schema, v: unknown, path: string, out: Found, depth: number): void {
  const error = (message: string, at = path) => void out.e.push({ path: at || ROOT_PATH, message });
  if (depth > MAX_DEPTH) return error('is nested too deeply');
  const s = deref(schema);
  if (s.type && !hasType(s.type, v)) {
    // A fraction where a whole number is expected is best shown as itself.
    return error(`must be ${describe(s)}; found ${s.type == 'integer' && typeof v == 'number' ? shown(v) : kind(v)}`);
  }
  if (('const' in s && v !== s.const) || (s.enum && !s.enum.includes(v))) {
    error(`must be ${describe(s)}; found ${shown(v)}`);
  }
  if (s.anyOf) checkAnyOf(s.anyOf, v, path, out, depth);

  if (typeof v == 'string') {
    const { minLength = 0, maxLength = Infinity, pattern } = s;
    // Code points lie between half the UTF-16 length and the length: count them only when that matters.
    const n = v.length > maxLength || v.length < 2 * minLength ? length(v) : v.length;
    if (n < minLength) error(n ? `must be text of at least ${minLength} characters; found ${n}` : 'must not be empty');
    else if (n > maxLength) error(`must be text of at most ${maxLength} characters; found ${n}`);
    else if (pattern) {
      let re = regexps.get(pattern);
      if (!re) regexps.set(pattern, (re = new RegExp(pattern, 'u')));
      if (!re.test(v)) error(`must be ${PATTERNS[pattern] ?? 'text matching ' + pattern}; found ${shown(v)}`);
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
    const props = s.properties ?? {};
    for (const k of s.required ?? []) if (v[k] === undefined) error('is required', join(path, k));
    for (const k in props) if (own(props, k) && v[k] !== undefined) check(props[k], v[k], join(path, k), out, depth + 1);
    if (s.properties) {
      for (const k of Object.keys(v)) {
        if (!own(props, k)) out.w.push({ path: join(path, k), message: 'unknown field; it is ignored' });
      }
    }
  }
}

/**
 * anyOf: valid if one branch is. Otherwise, when exactly one branch takes this type of value (an
 * object where the choice is text or an object), its specific problems are more helpful than a
 * summary; else one sentence names the choices.
 */
function checkAnyOf(branches: Schema[], v: unknown, path: string, out: Found, depth: number): void {
  const tries = branches.map((b) => {
    const found: Found = { e: [], w: [] };
    check(b, v, path, found, depth + 1);
    return { found, fits: !deref(b).type || hasType(deref(b).type!, v) };
  });
  const pass = tries.find((t) => !t.found.e.length);
  const fitting = tries.filter((t) => t.fits);
  const pick = pass ?? (fitting.length == 1 ? fitting[0] : undefined);
  if (pick) {
    out.e.push(...pick.found.e);
    out.w.push(...pick.found.w);
  } else {
    out.e.push({ path: path || ROOT_PATH, message: `must be ${describe({ anyOf: branches })}; found ${kind(v)}` });
  }
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
