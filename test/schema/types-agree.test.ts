/**
 * `src/schema/exercise-types.ts` and `schema/exercise.schema.json` must describe the same document,
 * and the validator must understand every keyword the schema uses.
 *
 * How the TypeScript side is pinned: `npx tsc --noEmit` (part of `npm test`) checks the constants
 * below against the types, and these tests check the same constants against the schema.
 * - FULL names every field of every type (`satisfies Full<Exercise>` fails on a missing or extra
 *   field) with a value of the field's type; the test checks its field names against the schema's
 *   at every level and that both Ajv and the validator accept it.
 * - SHAPE says for every field whether the type makes it required (tsc checks each flag); the test
 *   checks the flags against the schema's `required` lists.
 * - ENUMS lists each union's members (a `Record<Union, true>` must name them all and no others);
 *   the test checks them against the schema's `enum`/`const`, and that no schema enum is left out.
 */
import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020';
import schemaJson from '../../schema/exercise.schema.json' with { type: 'json' };
import type {
  Exercise,
  Level,
  MuscleRole,
  Prescription,
  Video,
  VideoKind,
} from '../../src/schema/exercise-types.js';
import { validateExercise } from '../../src/schema/validate.js';
import { deref, type SchemaNode } from './schema-arbitraries.js';

const schema = schemaJson as SchemaNode;

/** Every field required, at every level (arrays and unions kept as they are). */
type Full<T> = T extends readonly (infer U)[]
  ? Full<U>[]
  : T extends object
    ? { [K in keyof T]-?: Full<Exclude<T[K], undefined>> }
    : T;

/** Per field: is it required in the type, and the shape of what is inside it. */
type Shape<T> = T extends readonly (infer U)[] ? Shape<U> : T extends object ? Fields<T> : 'value';
type Fields<T> = {
  [K in keyof T]-?: { required: {} extends Pick<T, K> ? false : true; shape: Shape<Exclude<T[K], undefined>> };
};

const FULL = {
  $schema: 'https://example.com/exercise.schema.json',
  schemaVersion: 1,
  id: 'reverse-lunge',
  name: 'Reverse lunge',
  lang: 'en-GB',
  aliases: ['Backward lunge'],
  summary: 'A lunge stepping backwards.',
  effect: 'Stronger hips.',
  about: ['First paragraph.'],
  level: 'beginner',
  category: 'strength',
  equipment: [],
  muscles: [{ id: 'gluteus-maximus', role: 'primary', note: 'The main mover.' }],
  prescription: {
    sets: 2,
    reps: 8,
    holdSeconds: 0,
    perSide: true,
    firstSide: 'left',
    tempo: { eccentric: 3, bottom: 0, concentric: 1, top: 0, description: 'slow down, quick up' },
    restBetweenSets: 60,
    restBetweenSides: 10,
    leadIn: 3,
  },
  position: [{ label: 'Feet', text: 'Hip-width apart.' }],
  steps: ['Step back.'],
  cues: ['Weight on the front foot.'],
  mistakes: [
    {
      id: 'knee-caves',
      title: 'Knee caves in',
      avoid: 'Letting the knee drift in.',
      why: ['It strains the knee.', { text: 'It moves work away from', items: ['the glutes'] }],
      fixes: ['Push the knee out.', { text: 'Film yourself', items: ['from the front'] }],
      muscles: ['gluteus-medius'],
    },
  ],
  benefits: [{ title: 'Kind to knees', text: 'Less knee load than a forward lunge.' }],
  uses: ['Climbing stairs', { text: 'Sports', items: ['Running'] }],
  feel: [{ muscle: 'gluteus-maximus', label: 'Glutes', text: 'Squeeze at the top.' }],
  notes: ['A note.'],
  videos: [
    {
      title: 'Full demo',
      kind: 'full',
      provider: 'youtube',
      videoId: 'abc_DEF-123',
      url: 'https://example.com/v',
      poster: 'https://example.com/p.jpg',
      durationSeconds: 95,
    },
  ],
  source: {
    author: 'A. Coach',
    title: 'Reverse lunge guide',
    url: 'https://example.com/guide',
    license: 'CC BY 4.0',
    licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
  },
} satisfies Full<Exercise>;

const req = <S>(shape: S) => ({ required: true as const, shape });
const opt = <S>(shape: S) => ({ required: false as const, shape });
const V = 'value' as const;
const text = opt(V);
const nestedList = { text: req(V), items: req(V) };

const SHAPE: Shape<Exercise> = {
  $schema: text,
  schemaVersion: req(V),
  id: req(V),
  name: req(V),
  lang: text,
  aliases: text,
  summary: text,
  effect: text,
  about: text,
  level: text,
  category: text,
  equipment: text,
  muscles: opt({ id: req(V), role: req(V), note: text }),
  prescription: opt({
    sets: text,
    reps: text,
    holdSeconds: text,
    perSide: text,
    firstSide: text,
    tempo: opt({ eccentric: req(V), bottom: req(V), concentric: req(V), top: req(V), description: text }),
    restBetweenSets: text,
    restBetweenSides: text,
    leadIn: text,
  }),
  position: opt({ label: req(V), text: req(V) }),
  steps: text,
  cues: text,
  mistakes: opt({ id: req(V), title: req(V), avoid: req(V), why: opt(nestedList), fixes: opt(nestedList), muscles: text }),
  benefits: opt({ title: req(V), text: req(V) }),
  uses: opt(nestedList),
  feel: opt({ muscle: req(V), label: text, text: req(V) }),
  notes: text,
  videos: opt({ title: req(V), kind: req(V), provider: text, videoId: text, url: text, poster: text, durationSeconds: text }),
  source: opt({ author: text, title: text, url: text, license: text, licenseUrl: text }),
};

/** Each union type's members, keyed by where the schema defines it (`[]` = array items). */
const ENUMS: Record<string, Record<string, true>> = {
  schemaVersion: { 1: true } satisfies Record<Exercise['schemaVersion'], true>,
  level: { beginner: true, intermediate: true, advanced: true } satisfies Record<Level, true>,
  'muscles[].role': { primary: true, secondary: true, stabilizer: true } satisfies Record<MuscleRole, true>,
  'prescription.firstSide': { left: true, right: true } satisfies Record<NonNullable<Prescription['firstSide']>, true>,
  'videos[].kind': { full: true, quick: true, intro: true, why: true, uses: true, other: true } satisfies Record<VideoKind, true>,
  'videos[].provider': { youtube: true, vimeo: true, file: true } satisfies Record<NonNullable<Video['provider']>, true>,
};

/** The object schema inside a node: itself, its array items, or its object branch of an anyOf. */
function objectSchema(node: SchemaNode): SchemaNode | undefined {
  const s = deref(node);
  if (s.items) return objectSchema(s.items);
  if (s.anyOf) return (s.anyOf as SchemaNode[]).map(objectSchema).find(Boolean);
  return s.properties ? s : undefined;
}

/** Every field of the schema, with its path (`mistakes[].why`) and its schema node. */
function schemaFields(node: SchemaNode = schema, path = ''): { path: string; node: SchemaNode; parent: SchemaNode }[] {
  const obj = objectSchema(node);
  if (!obj) return [];
  return Object.entries(obj.properties as Record<string, SchemaNode>).flatMap(([key, sub]) => {
    const arrays = deref(sub).type === 'array' ? '[]' : '';
    const here = `${path ? `${path}.` : ''}${key}`;
    return [{ path: here, node: sub, parent: obj }, ...schemaFields(sub, here + arrays)];
  });
}

describe('TypeScript types agree with the JSON Schema', () => {
  it('a value with every typed field names exactly the schema fields, at every level', () => {
    const seen = new Set<string>();
    const walk = (value: unknown, node: SchemaNode, path: string) => {
      if (Array.isArray(value)) return value.forEach((item) => walk(item, node, `${path}[]`));
      if (value === null || typeof value !== 'object') return;
      const obj = objectSchema(node);
      expect(obj, `${path} is an object in the types but not in the schema`).to.not.equal(undefined);
      expect(Object.keys(value).sort(), `fields of ${path || 'the document'}`).to.deep.equal(Object.keys(obj!.properties).sort());
      for (const [key, inner] of Object.entries(value)) {
        const where = path ? `${path}.${key}` : key;
        seen.add(where);
        walk(inner, obj!.properties[key], where);
      }
    };
    walk(FULL, schema, '');
    // Every field of the schema was reached (no list left empty in FULL).
    expect([...seen].sort()).to.deep.equal(schemaFields().map((f) => f.path).sort());
  });

  it('that value is valid for the validator and for Ajv, with no warnings', () => {
    const result = validateExercise(FULL);
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    expect(ajv.validate(schema, FULL), JSON.stringify(ajv.errors)).to.equal(true);
  });

  it('fields are required in the types exactly where the schema requires them', () => {
    let compared = 0;
    const walk = (shape: unknown, node: SchemaNode, path: string) => {
      const obj = objectSchema(node);
      if (!obj) {
        expect(shape, `${path} holds plain values in the schema`).to.equal('value');
        return;
      }
      const fields = shape as Record<string, { required: boolean; shape: unknown }>;
      expect(Object.keys(fields).sort(), `fields of ${path || 'the document'}`).to.deep.equal(Object.keys(obj.properties).sort());
      for (const [key, field] of Object.entries(fields)) {
        const where = path ? `${path}.${key}` : key;
        expect(field.required, `${where} required`).to.equal(((obj.required ?? []) as string[]).includes(key));
        compared++;
        walk(field.shape, obj.properties[key], where);
      }
    };
    walk(SHAPE, schema, '');
    expect(compared).to.equal(schemaFields().length);
  });

  it('union types list the same values as the schema, and every schema enum has its union', () => {
    const enums = schemaFields()
      .map(({ path, node }) => ({ path, s: deref(node) }))
      .filter(({ s }) => s.enum || 'const' in s);
    expect(enums.map((e) => e.path).sort()).to.deep.equal(Object.keys(ENUMS).sort());
    for (const { path, s } of enums) {
      const values = (s.enum ?? [s.const]).map(String);
      expect(Object.keys(ENUMS[path]).sort(), path).to.deep.equal(values.sort());
    }
  });
});

describe('the validator understands the whole schema', () => {
  const understood = new Set([
    'type', 'const', 'enum', 'required', 'properties', 'items', 'anyOf', '$ref',
    'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems',
  ]);
  const annotations = new Set(['$schema', '$id', '$defs', 'title', 'description', '$comment', 'examples']);
  const types = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array']);

  /** Every schema node, found by walking from the root through every keyword that holds schemas. */
  function allNodes(): SchemaNode[] {
    const nodes: SchemaNode[] = [schema, ...Object.values(schema.$defs as Record<string, SchemaNode>)];
    for (let i = 0; i < nodes.length; i++) {
      const s = nodes[i];
      if (s.properties) nodes.push(...Object.values(s.properties as Record<string, SchemaNode>));
      if (s.items) nodes.push(s.items);
      if (s.anyOf) nodes.push(...s.anyOf);
    }
    return nodes;
  }

  it('uses only keywords the validator interprets (or pure annotations)', () => {
    for (const node of allNodes()) {
      for (const key of Object.keys(node)) {
        expect(understood.has(key) || annotations.has(key), `keyword ${key} in ${JSON.stringify(node).slice(0, 80)}`).to.equal(true);
      }
      if (node.type !== undefined) expect(types.has(node.type), `type ${JSON.stringify(node.type)}`).to.equal(true);
      // The validator compares const/enum with ===, and reads $ref alone (siblings must be annotations).
      for (const value of node.enum ?? []) expect(value === null || typeof value !== 'object').to.equal(true);
      if ('const' in node) expect(node.const === null || typeof node.const !== 'object').to.equal(true);
      if (node.$ref) {
        expect(node.$ref).to.match(/^#\/\$defs\/[A-Za-z]+$/);
        expect(deref(node)).to.not.equal(undefined);
        for (const key of Object.keys(node)) expect(key === '$ref' || annotations.has(key), `${key} beside $ref`).to.equal(true);
      }
    }
  });

  it('is not recursive, so checking a document never goes deeper than the schema', () => {
    const depth = (node: SchemaNode, seen: SchemaNode[]): number => {
      const s = deref(node);
      expect(seen.includes(s), 'a schema node that contains itself').to.equal(false);
      const inner: SchemaNode[] = [...Object.values((s.properties ?? {}) as Record<string, SchemaNode>), ...(s.items ? [s.items] : []), ...(s.anyOf ?? [])];
      return 1 + Math.max(0, ...inner.map((n) => depth(n, [...seen, s])));
    };
    // The validator's own depth guard (40) must be far beyond this.
    expect(depth(schema, [])).to.be.lessThan(10);
  });

  it('has plain words for every pattern in the schema', () => {
    const patterns = allNodes().filter((n) => n.pattern);
    expect(patterns.length).to.be.greaterThan(0);
    for (const node of patterns) {
      // Find a field that uses this pattern and break it.
      const field = schemaFields().find((f) => deref(f.node) === node)!;
      const path = field.path.split('.');
      const doc: Record<string, unknown> = JSON.parse(JSON.stringify(FULL));
      let at: any = doc;
      for (const key of path.slice(0, -1)) {
        const bare = key.replace('[]', '');
        at = key.endsWith('[]') ? at[bare][0] : at[bare];
      }
      const last = path[path.length - 1];
      // One space breaks every pattern: a slug, a language tag, a video id, text with something to read.
      at[last.replace('[]', '')] = last.endsWith('[]') ? [' '] : ' ';
      const [error] = validateExercise(doc).errors;
      expect(error, field.path).to.not.equal(undefined);
      expect(error.message, field.path).to.not.contain('text matching');
      expect(error.message, field.path).to.match(/^must be .+; found " "$/);
    }
  });
});
