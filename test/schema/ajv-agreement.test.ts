/**
 * The browser validator must accept and reject exactly what a reference JSON Schema validator
 * (Ajv, draft 2020-12, test-only) does: for the example documents and for generated documents,
 * valid and broken.
 */
import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import schema from '../../schema/exercise.schema.json' with { type: 'json' };
import reverseLunge from '../../demo/exercises/reverse-lunge.json' with { type: 'json' };
import { validateExercise } from '../../src/schema/validate.js';
import { applyMutation, formatPath, mutation, validDocument, type Mutation } from './schema-arbitraries.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const ajvValidate = ajv.compile(schema);

/** Ajv's verdict, and ours, with enough detail to debug a disagreement. */
function compare(doc: unknown) {
  const ours = validateExercise(doc);
  const theirs = ajvValidate(doc);
  if (ours.valid !== theirs || (ours.errors.length === 0) !== theirs) {
    throw new Error(
      `validator says ${ours.valid}, Ajv says ${theirs}\ndocument: ${show(doc)}\nours: ${show(ours.errors)}\najv: ${show(ajvValidate.errors)}`,
    );
  }
  return ours;
}

function show(value: unknown): string {
  try {
    return String(JSON.stringify(value)).slice(0, 3000);
  } catch {
    return String(value);
  }
}

const minimal = { schemaVersion: 1, id: 'plank', name: 'Plank' };

describe('validator agrees with Ajv', () => {
  it('on the example documents', () => {
    for (const doc of [minimal, reverseLunge]) {
      const result = compare(doc);
      expect(result.valid, JSON.stringify(result.errors)).to.equal(true);
      expect(result.warnings).to.deep.equal([]);
      expect(result.exercise).to.equal(doc);
    }
  });

  it('on corner cases of JavaScript values', () => {
    const sparse = ['x'];
    sparse[2] = 'z'; // a hole at index 1
    const inherited = Object.assign(Object.create({ name: 'From the prototype' }), { schemaVersion: 1, id: 'a' });
    const cases: unknown[] = [
      { ...minimal, aliases: sparse },
      { ...minimal, prescription: { restBetweenSets: -0, sets: 1e0, reps: 500 } },
      { ...minimal, prescription: { sets: Number.MAX_VALUE } },
      { ...minimal, prescription: { leadIn: Number.MIN_VALUE } },
      { ...minimal, name: '\uD800' }, // a lone surrogate is one character
      { ...minimal, name: '\uD83C\uDFCB'.repeat(300) },
      { ...minimal, name: '\uD83C\uDFCB'.repeat(299) + 'ab' },
      { ...minimal, id: 'a'.repeat(100) },
      { ...minimal, id: 'a'.repeat(101) },
      { ...minimal, id: 'ａ' }, // a full-width letter is not [a-z]
      { ...minimal, lang: 'zh-Hant-TW' },
      { ...minimal, name: new String('Boxed') },
      { ...minimal, source: new Date(0) },
      { ...minimal, aliases: new Uint8Array(2) },
      { ...minimal, schemaVersion: 1.0 },
      { ...minimal, schemaVersion: true },
      { ...minimal, level: null },
      { ...minimal, uses: [{ text: 'a', items: ['b'], extra: 1 }, ''] },
      { ...minimal, uses: [{ text: '', items: [] }] },
      JSON.parse('{"schemaVersion":1,"id":"a","name":"A","__proto__":{"name":5}}'),
      inherited,
      Object.assign(Object.create(null), minimal),
      Object.assign([], minimal),
    ];
    for (const doc of cases) compare(doc);
  });

  it('on generated valid documents', () => {
    fc.assert(
      fc.property(validDocument(), (doc) => {
        const result = compare(doc);
        expect(result.valid).to.equal(true);
        expect(result.warnings).to.deep.equal([]);
      }),
      { numRuns: 200 },
    );
  });

  it('on generated documents with one random change, and reports the problem where it is', () => {
    let invalid = 0;
    let valid = 0;
    const mutated = validDocument().chain((doc) => mutation(doc).map((m) => ({ doc, m })));
    fc.assert(
      fc.property(mutated, ({ doc, m }: { doc: Record<string, unknown>; m: Mutation }) => {
        const changed = applyMutation(doc, m);
        const result = compare(changed);
        if (result.valid) {
          valid++;
          if (m.kind === 'add') {
            const where = formatPath([...m.path, m.key]);
            expect(result.warnings).to.deep.include({ path: where, message: 'unknown field; it is ignored' });
          }
          return;
        }
        invalid++;
        // Some error must be at the changed place or inside it.
        const where = formatPath(m.path);
        const related = result.errors.some(
          (e) =>
            where === '(document)' ||
            e.path === where ||
            e.path.startsWith(`${where}.`) ||
            e.path.startsWith(`${where}[`),
        );
        expect(related, `change at ${where}; errors ${JSON.stringify(result.errors)}`).to.equal(true);
      }),
      { numRuns: 600 },
    );
    // Both outcomes must be well represented, or the comparison proves little.
    expect(invalid).to.be.greaterThan(200);
    expect(valid).to.be.greaterThan(50);
  });

  it('on arbitrary values at the root', () => {
    fc.assert(
      fc.property(fc.anything({
          withNullPrototype: true,
          withSparseArray: true,
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withUnicodeString: true,
        }), (value) => {
        compare(value);
      }),
      { numRuns: 200 },
    );
  });
});
