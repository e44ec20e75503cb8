// Checks of the example documents that need the file system: they validate against the JSON
// Schema (Ajv) and none of their text is copied from the page the project was created from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import Ajv from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const schema = JSON.parse(read('schema/exercise.schema.json'));
const examples = readdirSync(new URL('demo/exercises/', root)).filter((f) => f.endsWith('.json'));
// The seed page lives beside the repository (shared/seed/) on the project's machines and in CI.
const seedDir = new URL('../shared/seed/', root);

test('every example document validates against the JSON Schema', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  assert.ok(examples.includes('reverse-lunge.json'));
  for (const file of examples) {
    const ok = validate(JSON.parse(read(`demo/exercises/${file}`)));
    assert.ok(ok, `${file}: ${JSON.stringify(validate.errors)}`);
  }
});

const words = (text) =>
  text.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9%]+/g, ' ').trim().split(/\s+/).filter(Boolean);

function strings(value, path = '', out = []) {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

test('the reverse lunge is written in our own words (no 8-word run shared with the seed)', { skip: !existsSync(seedDir) && 'shared/seed/ is not beside this checkout' }, () => {
  const RUN = 8;
  const seedWords = readdirSync(seedDir).flatMap((f) => words(readFileSync(new URL(f, seedDir), 'utf8')));
  const seedRuns = new Set();
  for (let i = 0; i + RUN <= seedWords.length; i++) seedRuns.add(seedWords.slice(i, i + RUN).join(' '));
  const copied = [];
  for (const [path, text] of strings(JSON.parse(read('demo/exercises/reverse-lunge.json')))) {
    const w = words(text);
    for (let i = 0; i + RUN <= w.length; i++) {
      const run = w.slice(i, i + RUN).join(' ');
      if (seedRuns.has(run)) copied.push(`${path}: "${run}"`);
    }
  }
  assert.deepEqual(copied, []);
});
