/** What the validator says, where, and that it never throws or stalls. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_ISSUES, ROOT_PATH, validateExercise } from '../../src/schema/validate.js';
import type { ValidationIssue } from '../../src/schema/exercise-types.js';

const base = { schemaVersion: 1, id: 'reverse-lunge', name: 'Reverse lunge' };
const mistake = { id: 'knee-caves', title: 'Knee caves in', avoid: 'Letting the front knee drift inwards.' };

/**
 * Fails if one `run(large)` takes much longer than `large / small` runs of `run(small)`, the same
 * amount of work done linearly: linear code passes, quadratic fails (10x the time for 10x the
 * input). Both are timed here, alternately and at similar lengths, so a loaded machine slows both
 * alike; the fastest of five timings each is the least disturbed.
 */
function expectLinear(run: (n: number) => unknown, small: number, large: number): void {
  const time = (n: number, times: number) => {
    const start = performance.now();
    for (let i = 0; i < times; i++) run(n);
    return performance.now() - start;
  };
  let smallTime = Infinity;
  let largeTime = Infinity;
  for (let i = 0; i < 5; i++) {
    smallTime = Math.min(smallTime, time(small, large / small));
    largeTime = Math.min(largeTime, time(large, 1));
  }
  expect(largeTime, `1 x ${large}: ${largeTime} ms; ${large / small} x ${small}: ${smallTime} ms`).to.be.lessThan(3 * smallTime);
}

/** The errors for `base` with `extra` merged in. */
const errorsOf = (extra: Record<string, unknown>) => validateExercise({ ...base, ...extra }).errors;
const issue = (path: string, message: string): ValidationIssue => ({ path, message });

describe('validateExercise: accepted documents', () => {
  it('accepts the minimal document and hands it back typed', () => {
    const doc = { ...base };
    const result = validateExercise(doc);
    expect(result).to.deep.equal({ valid: true, errors: [], warnings: [], exercise: doc });
    expect(result.exercise).to.equal(doc);
  });

  it('leaves exercise unset when the document is invalid', () => {
    const result = validateExercise({});
    expect(result.valid).to.equal(false);
    expect('exercise' in result).to.equal(false);
  });

  it('counts characters as code points, as Ajv does: 300 emoji fit a 300-character name', () => {
    const lifter = '\u{1F3CB}';
    expect(validateExercise({ ...base, name: lifter.repeat(300) }).valid).to.equal(true);
    expect(errorsOf({ name: lifter.repeat(301) })).to.deep.equal([
      issue('name', 'must be text of at most 300 characters; found 301'),
    ]);
  });

  it('accepts whole numbers written as 3.0 and zero-second tempo parts', () => {
    const prescription = { sets: 3.0, tempo: { eccentric: 3, bottom: 0, concentric: 1, top: 0 } };
    expect(validateExercise({ ...base, prescription }).valid).to.equal(true);
  });
});

describe('validateExercise: the document as a whole', () => {
  const expected = 'must be an object with schemaVersion, id and name';
  const cases: [unknown, string][] = [
    [undefined, 'nothing'],
    [null, 'null'],
    ['{"id": 1}', 'text'],
    [42, 'a number'],
    [true, 'true'],
    [[base], 'a list'],
  ];
  for (const [value, found] of cases) {
    it(`says what it found at the root: ${found}`, () => {
      expect(validateExercise(value).errors).to.deep.equal([issue(ROOT_PATH, `${expected}; found ${found}`)]);
    });
  }

  it('names each missing required field of an empty document', () => {
    expect(validateExercise({}).errors).to.deep.equal([
      issue('schemaVersion', 'is required'),
      issue('id', 'is required'),
      issue('name', 'is required'),
    ]);
  });

  it('treats a field set to undefined as missing', () => {
    expect(errorsOf({ name: undefined })).to.deep.equal([issue('name', 'is required')]);
  });
});

describe('validateExercise: messages and paths', () => {
  const cases: [string, Record<string, unknown>, ValidationIssue[]][] = [
    ['wrong schema version', { schemaVersion: 2 }, [issue('schemaVersion', 'must be 1; found 2')]],
    ['schema version as text', { schemaVersion: '1' }, [issue('schemaVersion', 'must be 1; found "1"')]],
    [
      'a level outside the list',
      { level: 'expert' },
      [issue('level', 'must be one of: beginner, intermediate, advanced; found "expert"')],
    ],
    ['a number where a list of text is expected', { aliases: 5 }, [issue('aliases', 'must be a list of text items; found a number')]],
    ['a number inside a list of text', { cues: ['Push through the heel', 7] }, [issue('cues[1]', 'must be text; found a number')]],
    ['empty text', { name: '' }, [issue('name', 'must not be empty')]],
    ['text past its limit', { name: 'a'.repeat(412) }, [issue('name', 'must be text of at most 300 characters; found 412')]],
    [
      'an id that is not a slug',
      { id: 'Reverse Lunge' },
      [issue('id', 'must be lower-case words joined by hyphens, like "reverse-lunge"; found "Reverse Lunge"')],
    ],
    ['a malformed language tag', { lang: 'english!' }, [issue('lang', 'must be a language tag such as "en" or "en-GB"; found "english!"')]],
    ['zero sets', { prescription: { sets: 0 } }, [issue('prescription.sets', 'must be a whole number from 1 to 50; found 0')]],
    ['a fraction of a set', { prescription: { sets: 2.5 } }, [issue('prescription.sets', 'must be a whole number from 1 to 50; found 2.5')]],
    ['sets as text', { prescription: { sets: '3' } }, [issue('prescription.sets', 'must be a whole number from 1 to 50; found text')]],
    ['a rest too long', { prescription: { restBetweenSets: 4000 } }, [issue('prescription.restBetweenSets', 'must be a number from 0 to 3600; found 4000')]],
    ['per side as text', { prescription: { perSide: 'yes' } }, [issue('prescription.perSide', 'must be true or false; found text')]],
    [
      'a negative tempo part and a missing one',
      { prescription: { tempo: { eccentric: -1, bottom: 0, concentric: 1 } } },
      [issue('prescription.tempo.top', 'is required'), issue('prescription.tempo.eccentric', 'must be a number from 0 to 60; found -1')],
    ],
    ['a tempo as text', { prescription: { tempo: '3-0-1-0' } }, [issue('prescription.tempo', 'must be an object with eccentric, bottom, concentric and top; found text')]],
    [
      'fixes as a number',
      { mistakes: [mistake, mistake, { ...mistake, fixes: 3 }] },
      [issue('mistakes[2].fixes', 'must be a list of text items or objects; found a number')],
    ],
    ['a mistake without its title', { mistakes: [{ id: 'x', avoid: 'y' }] }, [issue('mistakes[0].title', 'is required')]],
    [
      'a list item that is neither text nor an object',
      { uses: ['Climbing stairs', 5] },
      [issue('uses[1]', 'must be text, or an object with text and items; found a number')],
    ],
    ['a nested list item without its items', { uses: [{ text: 'Sports' }] }, [issue('uses[0].items', 'is required')]],
    ['a nested list item with no items', { uses: [{ text: 'Sports', items: [] }] }, [issue('uses[0].items', 'must not be an empty list')]],
    ['a nested item that is not text', { uses: [{ text: 'Sports', items: [null] }] }, [issue('uses[0].items[0]', 'must be text; found null')]],
    ['too much text in a list item', { uses: ['a'.repeat(10001)] }, [issue('uses[0]', 'must be text of at most 10000 characters; found 10001')]],
    ['a video kind outside the list', { videos: [{ title: 'Demo', kind: 'long' }] }, [issue('videos[0].kind', 'must be one of: full, quick, intro, why, uses, other; found "long"')]],
    ['a zero-second video', { videos: [{ title: 'Demo', kind: 'full', durationSeconds: 0 }] }, [issue('videos[0].durationSeconds', 'must be a whole number from 1 to 86400; found 0')]],
    [
      'a video id with a slash',
      { videos: [{ title: 'Demo', kind: 'full', provider: 'youtube', videoId: 'a/b' }] },
      [issue('videos[0].videoId', 'must be a video id of letters, digits, - and _; found "a/b"')],
    ],
    ['a muscle role outside the list', { muscles: [{ id: 'gluteus-maximus', role: 'main' }] }, [issue('muscles[0].role', 'must be one of: primary, secondary, stabilizer; found "main"')]],
    ['a source that is a list', { source: ['me'] }, [issue('source', 'must be an object; found a list')]],
    ['a source URL that is a number', { source: { url: 5 } }, [issue('source.url', 'must be text; found a number')]],
    ['too many aliases', { aliases: Array.from({ length: 21 }, () => 'x') }, [issue('aliases', 'must be a list of at most 20 items; found 21')]],
    ['a labelled item without its label', { position: [{ text: 'Feet hip-width apart' }] }, [issue('position[0].label', 'is required')]],
    ['a "feel it" check as text', { feel: ['Glutes'] }, [issue('feel[0]', 'must be an object with muscle and text; found text')]],
    ['NaN from a script', { prescription: { leadIn: NaN } }, [issue('prescription.leadIn', 'must be a number from 0 to 60; found NaN')]],
  ];
  for (const [name, extra, expected] of cases) {
    it(name, () => {
      expect(errorsOf(extra)).to.deep.equal(expected);
    });
  }

  it('refuses text with nothing to read: only spaces or invisible characters (a blank title or step)', () => {
    const blank = 'must be text with something to read, not only spaces or invisible characters; found';
    expect(errorsOf({ name: '   ' })).to.deep.equal([issue('name', `${blank} "   "`)]);
    expect(errorsOf({ steps: ['Step back.', '\u200b\u200b'] })).to.deep.equal([issue('steps[1]', `${blank} "\u200b\u200b"`)]);
    expect(errorsOf({ name: ' \u200b Lunge' })).to.deep.equal([]);
  });

  it('reports every problem, not just the first', () => {
    const errors = validateExercise({
      schemaVersion: 1,
      name: '',
      level: 'expert',
      prescription: { sets: 0, reps: 0 },
      mistakes: [{ id: 'Bad Id', title: 'T' }],
    }).errors;
    expect(errors.map((e) => e.path)).to.deep.equal([
      'id',
      'name',
      'level',
      'prescription.sets',
      'prescription.reps',
      'mistakes[0].avoid',
      'mistakes[0].id',
    ]);
  });

  it('shortens long text it quotes back', () => {
    const [error] = errorsOf({ level: 'x'.repeat(500) });
    expect(error.message.length).to.be.lessThan(120);
    expect(error.message).to.contain('…"');
  });
});

describe('validateExercise: unknown fields', () => {
  it('warns about unknown fields at every level and still accepts the document', () => {
    const result = validateExercise({
      ...base,
      difficulty: 3,
      prescription: { sets: 2, tempo: { eccentric: 3, bottom: 0, concentric: 1, top: 0, hold: 1 } },
      mistakes: [{ ...mistake, severity: 'high' }],
      uses: [{ text: 'Sports', items: ['Running'], icon: 'run' }],
      'my note': 'hello',
    });
    expect(result.valid).to.equal(true);
    expect(result.errors).to.deep.equal([]);
    const unknown = 'unknown field; it is ignored';
    expect(result.warnings).to.have.deep.members([
      issue('difficulty', unknown),
      issue('prescription.tempo.hold', unknown),
      issue('mistakes[0].severity', unknown),
      issue('uses[0].icon', unknown),
      issue('["my note"]', unknown),
    ]);
  });

  it('treats inherited names such as constructor and __proto__ as unknown fields, not schema keywords', () => {
    const doc = JSON.parse('{"schemaVersion":1,"id":"a","name":"A","constructor":1,"__proto__":{"x":1},"toString":2}');
    const result = validateExercise(doc);
    expect(result.valid).to.equal(true);
    expect(result.warnings.map((w) => w.path)).to.have.members(['constructor', '__proto__', 'toString']);
  });

  it('gives both errors and warnings for an invalid document with unknown fields', () => {
    const result = validateExercise({ ...base, name: 5, extra: true });
    expect(result.errors).to.deep.equal([issue('name', 'must be text; found a number')]);
    expect(result.warnings).to.deep.equal([issue('extra', 'unknown field; it is ignored')]);
  });
});

describe('validateExercise: hostile and huge input', () => {
  it('never throws on arbitrary values, and always answers in the documented shape', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true }),
        (value) => {
          const result = validateExercise(value);
          expect(result.valid).to.equal(result.errors.length === 0);
          for (const i of [...result.errors, ...result.warnings]) {
            expect(i.path).to.be.a('string').and.not.equal('');
            expect(i.message).to.be.a('string').and.not.equal('');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on garbage in any field of a real document', () => {
    const keys = ['name', 'aliases', 'muscles', 'prescription', 'mistakes', 'uses', 'videos', 'source'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything({ maxDepth: 4 }), (key, value) => {
        expect(() => validateExercise({ ...base, [key]: value })).not.to.throw();
      }),
      { numRuns: 200 },
    );
  });

  it('survives getters and proxies that throw', () => {
    const getter = Object.defineProperty({ ...base }, 'summary', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, get: () => { throw new Error('boom'); } });
    for (const value of [getter, proxy]) {
      const result = validateExercise(value);
      expect(result.valid).to.equal(false);
      expect(result.errors).to.deep.equal([issue(ROOT_PATH, 'could not be read as an exercise document')]);
    }
  });

  it('handles 100,000 levels of nesting without overflowing the stack', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { items: deep };
    for (const doc of [deep, { ...base, uses: [deep] }, { ...base, mistakes: [{ ...mistake, why: [deep] }] }, { ...base, extra: deep }]) {
      expect(() => validateExercise(doc)).not.to.throw();
    }
    expect(validateExercise({ ...base, uses: [deep] }).errors).to.deep.equal([
      issue('uses[0]', 'must be text, or an object with text and items; found a list'),
    ]);
    expect(validateExercise({ ...base, extra: deep }).valid).to.equal(true);
  });

  it('checks 10,000 mistakes in time linear in their number, and caps what it reports', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ ...mistake, id: `m-${i}` }));
    const tooMany = validateExercise({ ...base, mistakes: many });
    expect(tooMany.errors).to.deep.equal([issue('mistakes', 'must be a list of at most 100 items; found 10000')]);

    const broken = many.map((m) => ({ ...m, title: 0, extra: 1 }));
    const result = validateExercise({ ...base, mistakes: broken });
    expect(result.errors).to.have.length(MAX_ISSUES + 1);
    expect(result.errors[1]).to.deep.equal(issue('mistakes[0].title', 'must be text; found a number'));
    expect(result.errors[MAX_ISSUES]).to.deep.equal(issue(ROOT_PATH, `and ${10_001 - MAX_ISSUES} more problems`));
    expect(result.warnings).to.have.length(MAX_ISSUES + 1);
    expect(result.warnings[MAX_ISSUES]).to.deep.equal(issue(ROOT_PATH, `and ${10_000 - MAX_ISSUES} more warnings`));

    expectLinear((n) => validateExercise({ ...base, mistakes: many.slice(0, n) }), 1_000, 10_000);
    expectLinear((n) => validateExercise({ ...base, mistakes: broken.slice(0, n) }), 1_000, 10_000);
  });

  it('checks a huge string in time linear in its length', () => {
    expect(errorsOf({ summary: '\u{1F3CB}'.repeat(1_000_000) })).to.deep.equal([
      issue('summary', 'must be text of at most 10000 characters; found 1000000'),
    ]);
    const strings = new Map([100_000, 1_000_000].map((n) => [n, '\u{1F3CB}'.repeat(n)]));
    expectLinear((n) => errorsOf({ summary: strings.get(n) }), 100_000, 1_000_000);
  });
});
