/**
 * fast-check arbitraries derived from `schema/exercise.schema.json` itself: valid documents, and
 * documents with one random change (a wrong type, a value just past a limit, a missing or unknown
 * field, random garbage). Deriving them from the schema keeps them in step with it.
 */
import fc from 'fast-check';
import schemaJson from '../../schema/exercise.schema.json' with { type: 'json' };

/** A JSON Schema node, loosely typed: the tests walk the schema as plain data. */
export type SchemaNode = Record<string, any>;
export const rootSchema = schemaJson as SchemaNode;

export function deref(node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const target = (node.$ref as string)
    .slice(2)
    .split('/')
    .reduce((at: SchemaNode, key) => at[key], rootSchema);
  return deref(target);
}

export type PathPart = string | number;

/** Formats a path as the validator does: `mistakes[2].fixes`, `["odd key"]`. */
export function formatPath(parts: PathPart[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (!/^[A-Za-z_$][\w$]*$/.test(part)) out += `[${JSON.stringify(part)}]`;
    else out += out ? `.${part}` : part;
  }
  return out || '(document)';
}

const codePoints = (s: string) => [...s].length;

/** Generated text stays short (lists and strings up to a few items) so 500+ documents stay fast. */
const GEN_MAX_ITEMS = 3;
const GEN_MAX_CHARS = 12;

/** Arbitraries are built once per schema node: building them is the slow part. */
function memo(fn: (node: SchemaNode) => fc.Arbitrary<unknown>): (node: SchemaNode) => fc.Arbitrary<unknown> {
  const cache = new Map<SchemaNode, fc.Arbitrary<unknown>>();
  return (node) => {
    const s = deref(node);
    let arb = cache.get(s);
    if (!arb) cache.set(s, (arb = fn(s)));
    return arb;
  };
}

/** Valid values for a schema node. */
export const validValue = memo((s) => {
  if (s.anyOf) return fc.oneof(...(s.anyOf as SchemaNode[]).map(validValue));
  if (s.enum) return fc.constantFrom(...(s.enum as unknown[]));
  if ('const' in s) return fc.constant(s.const);
  switch (s.type) {
    case 'string': {
      const min = s.minLength ?? 0;
      const max = Math.min(s.maxLength ?? GEN_MAX_CHARS, GEN_MAX_CHARS);
      if (s.pattern) {
        return fc
          .stringMatching(new RegExp(s.pattern, 'u'))
          .filter((v) => codePoints(v) >= min && codePoints(v) <= (s.maxLength ?? Infinity));
      }
      // 'binary' mixes astral code points in, which count as one character each.
      return fc.oneof(
        fc.string({ minLength: min, maxLength: max }),
        fc.string({ unit: 'binary', minLength: min, maxLength: max }),
      );
    }
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6 });
    case 'number':
      return fc.oneof(
        fc.integer({ min: Math.ceil(s.minimum ?? -1e6), max: Math.floor(s.maximum ?? 1e6) }),
        fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true }),
      );
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(validValue(s.items), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? GEN_MAX_ITEMS, Math.max(GEN_MAX_ITEMS, s.minItems ?? 0)),
      });
    case 'object': {
      const props = Object.fromEntries(
        Object.entries(s.properties as Record<string, SchemaNode>).map(([key, sub]) => [key, validValue(sub)]),
      );
      return fc.record(props, { requiredKeys: s.required ?? [] });
    }
  }
  throw new Error(`schema-arbitraries: no generator for ${JSON.stringify(s)}`);
});

export const validDocument = (): fc.Arbitrary<Record<string, unknown>> =>
  validValue(rootSchema) as fc.Arbitrary<Record<string, unknown>>;

/** A place in a document: its path, the schema node that governs it, and the value there. */
export interface Location {
  path: PathPart[];
  schema: SchemaNode;
  value: unknown;
}

/** Every value in `doc` with its schema node (for anyOf, the branch the value satisfies by type). */
export function locations(doc: unknown, node: SchemaNode = rootSchema, path: PathPart[] = []): Location[] {
  const s = deref(node);
  const here: Location = { path, schema: node, value: doc };
  if (s.anyOf) {
    const branch = (s.anyOf as SchemaNode[]).find((b) => typeOf(doc) === deref(b).type);
    return branch ? [here, ...locations(doc, branch, path).slice(1)] : [here];
  }
  if (Array.isArray(doc) && s.items) {
    return [here, ...doc.flatMap((item, i) => locations(item, s.items, [...path, i]))];
  }
  if (doc && typeof doc === 'object' && s.properties) {
    const entries = Object.entries(doc as Record<string, unknown>).filter(([key]) => Object.hasOwn(s.properties, key));
    return [here, ...entries.flatMap(([key, value]) => locations(value, s.properties[key], [...path, key]))];
  }
  return [here];
}

function typeOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v;
}

/** A change to make at one location. */
export type Mutation =
  | { kind: 'replace'; path: PathPart[]; value: unknown }
  | { kind: 'delete'; path: PathPart[] }
  | { kind: 'add'; path: PathPart[]; key: string; value: unknown };

const astral = '\u{1F3CB}'; // one character, two UTF-16 units: a person lifting weights

/** Values that are wrong for `node`, or right at the edge of what it allows. */
export const edgeValue: (node: SchemaNode) => fc.Arbitrary<unknown> = memo((s) => {
  const wrongType = fc.constantFrom<unknown>(null, true, 0, -1, 1.5, '', 'x', [], {}, ['x'], [1], { text: 'x' }, NaN, Infinity);
  const options: fc.Arbitrary<unknown>[] = [wrongType, fc.jsonValue({ maxDepth: 2 })];
  if (s.anyOf) options.push(...(s.anyOf as SchemaNode[]).map(edgeValue));
  if (s.enum) options.push(fc.constantFrom<unknown>('expert', String(s.enum[0]).toUpperCase(), ` ${s.enum[0]}`));
  if ('const' in s) options.push(fc.constantFrom<unknown>(2, 0, '1', 1.0001));
  if (s.type === 'string') {
    const max = s.maxLength as number | undefined;
    if (max !== undefined) {
      // Exactly the limit in characters but twice as many UTF-16 units (valid), and one over.
      options.push(fc.constantFrom(astral.repeat(max), 'a'.repeat(max), 'a'.repeat(max + 1), astral.repeat(max + 1)));
    }
    if (s.pattern) options.push(fc.constantFrom('Has Space', 'UPPER', '-lead', 'trail-', 'a--b', 'ok-id', 'en', 'en-GB', 'a_b', 'é'));
  }
  if (s.type === 'integer' || s.type === 'number') {
    const lo = s.minimum ?? 0;
    const hi = s.maximum ?? 100;
    options.push(fc.constantFrom(lo, hi, lo - 1, hi + 1, lo - 0.5, hi + 0.5, lo + 0.5, -0));
  }
  if (s.type === 'array') {
    const item = validValue(s.items);
    if (s.maxItems !== undefined) options.push(item.map((x) => Array.from({ length: s.maxItems + 1 }, () => x)));
    if (s.maxItems !== undefined) options.push(item.map((x) => Array.from({ length: s.maxItems }, () => x)));
    options.push(fc.constant([]));
    options.push(fc.array(edgeValue(s.items), { minLength: 1, maxLength: 2 }));
  }
  if (s.type === 'object') {
    options.push(fc.constant({}));
    options.push(validValue(s).map((v) => ({ ...(v as object), extra: 1 })));
  }
  return fc.oneof(...options);
});

/** One random change at one random location of `doc`. */
export function mutation(doc: Record<string, unknown>): fc.Arbitrary<Mutation> {
  const locs = locations(doc);
  return fc.constantFrom(...locs).chain((loc) => {
    const s = deref(loc.schema);
    const choices: fc.Arbitrary<Mutation>[] = [
      edgeValue(loc.schema).map((value) => ({ kind: 'replace' as const, path: loc.path, value })),
      fc.anything({ maxDepth: 2 }).map((value) => ({ kind: 'replace' as const, path: loc.path, value })),
    ];
    if (loc.path.length > 0 && typeof loc.path[loc.path.length - 1] === 'string') {
      choices.push(fc.constant({ kind: 'delete' as const, path: loc.path }));
    }
    const isObjectHere = loc.value !== null && typeof loc.value === 'object' && !Array.isArray(loc.value);
    if (isObjectHere && (s.properties || s.anyOf)) {
      choices.push(
        fc
          .tuple(fc.constantFrom('extraField', 'x-custom', 'my note', 'constructor', '__proto__', 'toString'), fc.jsonValue({ maxDepth: 1 }))
          .map(([key, value]) => ({ kind: 'add' as const, path: loc.path, key, value })),
      );
    }
    return fc.oneof(...choices);
  });
}

/** A deep copy of `doc` with `m` applied. */
export function applyMutation(doc: Record<string, unknown>, m: Mutation): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  if (m.path.length === 0) {
    if (m.kind === 'replace') return m.value;
    if (m.kind === 'add') Object.defineProperty(copy, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    return copy;
  }
  const parent = m.path.slice(0, -1).reduce((at: any, key) => at[key], copy);
  const last = m.path[m.path.length - 1];
  if (m.kind === 'replace') parent[last] = m.value;
  else if (m.kind === 'delete') delete parent[last];
  else {
    // defineProperty so that a key such as "__proto__" becomes an own field, as JSON.parse makes it.
    Object.defineProperty(parent[last], m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
