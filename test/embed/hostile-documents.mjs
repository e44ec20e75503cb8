// Hostile and broken exercise documents, made in Node and sent to a page: fixed cases named by
// what they break, and fast-check arbitraries for random ones.
import fc from 'fast-check';
import { LUNGE } from './helpers.mjs';

/** Each payload bumps `window.__pwned` if it ever runs as script. */
export const SCRIPT_PAYLOADS = [
  '<script>window.__pwned=(window.__pwned||0)+1</script>',
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '"><img src=x onerror=window.__pwned=(window.__pwned||0)+1>',
  "'><svg onload=window.__pwned=(window.__pwned||0)+1>",
  '<iframe srcdoc="<script>parent.__pwned=(parent.__pwned||0)+1</script>"></iframe>',
  '</script><script>window.__pwned=(window.__pwned||0)+1</script>',
  '<a href="javascript:window.__pwned=1" id="title">click</a>',
  '{{constructor.constructor("window.__pwned=1")()}} ${window.__pwned=1}',
];
export const URL_PAYLOADS = [
  'javascript:window.__pwned=(window.__pwned||0)+1',
  ' JaVaScRiPt:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  '\u0001javascript:window.__pwned=1',
  'data:text/html,<script>parent.__pwned=1</script>',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__pwned=1"/>',
  'vbscript:msgbox(1)',
  'blob:http://127.0.0.1/x',
];
const URL_KEYS = new Set(['url', 'poster', 'licenseUrl']);
// Keys whose values must keep their exact form for the document to stay valid.
const KEEP_KEYS = new Set(['$schema', 'id', 'lang', 'level', 'role', 'firstSide', 'kind', 'provider', 'videoId', 'muscle']);

/** Videos and a source that use every URL field, so the URL payloads have somewhere to go. */
const WITH_URLS = {
  ...LUNGE,
  videos: [
    { title: 'file video', kind: 'full', provider: 'file', url: 'https://example.com/a.mp4', poster: 'https://example.com/a.jpg' },
    { title: 'listed link', kind: 'quick', url: 'https://example.com/watch' },
    { title: 'youtube video', kind: 'intro', provider: 'youtube', videoId: 'dQw4w9WgXcQ', poster: 'https://example.com/p.jpg' },
  ],
  source: { author: 'A', title: 'T', url: 'https://example.com/', license: 'L', licenseUrl: 'https://example.com/l' },
};

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A copy of `doc` with every string replaced by `text(value, key)`. */
function mapStrings(doc, text, key = '') {
  if (typeof doc === 'string') return text(doc, key);
  if (Array.isArray(doc)) return doc.map((v) => mapStrings(v, text, key === 'muscles' ? 'muscle' : key));
  if (isObject(doc)) return Object.fromEntries(Object.entries(doc).map(([k, v]) => [k, mapStrings(v, text, k)]));
  return doc;
}

/** Every text field carries a script payload and every URL field a URL payload; still valid. */
export const payloadDocument = (i) =>
  mapStrings(WITH_URLS, (value, key) =>
    URL_KEYS.has(key) ? URL_PAYLOADS[i % URL_PAYLOADS.length] : KEEP_KEYS.has(key) ? value : SCRIPT_PAYLOADS[i % SCRIPT_PAYLOADS.length],
  );
/** Every string at all, ids and enums included, carries a payload: invalid. */
export const payloadEverywhere = (i) => mapStrings(WITH_URLS, () => SCRIPT_PAYLOADS[i % SCRIPT_PAYLOADS.length] + URL_PAYLOADS[i % URL_PAYLOADS.length]);

/** A value of the wrong type for `value`. */
function wrongType(value) {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return { 0: value[0] };
  if (isObject(value)) return [value];
  return {};
}

/** One document per field of the example (to depth 3) with that field's type wrong. */
export function wrongTypeDocuments() {
  const out = [];
  const visit = (node, path, depth) => {
    const entries = Array.isArray(node) ? node.slice(0, 2).map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, value] of entries) {
      const here = [...path, key];
      out.push({ name: `wrong type at ${here.join('.')}`, exercise: setAt(WITH_URLS, here, wrongType(value)) });
      if (depth < 3 && value !== null && typeof value === 'object') visit(value, here, depth + 1);
    }
  };
  visit(WITH_URLS, [], 1);
  out.push({ name: 'wrong type in every field', exercise: Object.fromEntries(Object.entries(WITH_URLS).map(([k, v]) => [k, wrongType(v)])) });
  return out;
}

function setAt(doc, path, value) {
  const copy = structuredClone(doc);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path.at(-1)] = value;
  return copy;
}

const withPrescription = (p) => ({ ...LUNGE, prescription: { ...LUNGE.prescription, ...p } });
/** Out-of-range, fractional, NaN-like and huge numbers in every timing field. */
export const BAD_NUMBERS = [-1, 0, -0, 0.5, 2.5, 1e9, 1e308, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity, '5', null, true];
export function numberDocuments() {
  const out = [];
  for (const field of ['sets', 'reps', 'holdSeconds', 'restBetweenSets', 'restBetweenSides', 'leadIn']) {
    for (const n of BAD_NUMBERS) out.push({ name: `prescription.${field} = ${String(n)}`, exercise: withPrescription({ [field]: n }) });
  }
  for (const part of ['eccentric', 'bottom', 'concentric', 'top']) {
    for (const n of BAD_NUMBERS) {
      out.push({ name: `tempo.${part} = ${String(n)}`, exercise: withPrescription({ tempo: { ...LUNGE.prescription.tempo, [part]: n } }) });
    }
  }
  // Numbers JSON.parse turns into Infinity or that overflow.
  out.push({ name: 'JSON 1e999 sets', json: JSON.stringify(withPrescription({})).replace('"sets":2', '"sets":1e999') });
  out.push({ name: 'JSON -1e999 tempo', json: JSON.stringify(withPrescription({})).replace('"eccentric":3', '"eccentric":-1e999') });
  return out;
}

/** Attribute values for <set-timer>, each used on every numeric attribute. */
export const BAD_ATTRIBUTE_NUMBERS = ['-1', '0', '-0', '0.5', '2.5', 'NaN', 'Infinity', '-Infinity', '1e9', '1e308', 'abc', '', '  7  ', '0x10', '9'.repeat(400)];
export const BAD_TEMPOS = ['3-0-1-0', '3010', '-1-0-0-0', 'a-b-c-d', '1e9-0-0-0', 'NaN-NaN-NaN-NaN', '3-0-1', '', '9999-9999-9999-9999', '0-0-0-0', '1-2-3-4-5-6', '<img src=x onerror=window.__pwned=1>'];

const MB = 1024 * 1024;
export function sizeDocuments() {
  const big = 'x'.repeat(MB);
  const deep = (n, leaf) => (n === 0 ? leaf : { a: deep(n - 1, leaf) });
  const deepList = (n) => (n === 0 ? 'leaf' : { text: `level ${n}`, items: [deepList(n - 1)] });
  const cyclic = structuredClone(LUNGE);
  return [
    { name: '1 MB name', exercise: { ...LUNGE, name: big } },
    { name: '1 MB summary and step', exercise: { ...LUNGE, summary: big, steps: [big] } },
    { name: '1 MB mistake title', exercise: { ...LUNGE, mistakes: [{ ...LUNGE.mistakes[0], title: big }] } },
    { name: '1 MB strings as inline JSON', json: JSON.stringify({ ...LUNGE, name: big }) },
    { name: '3 MB inline JSON', json: JSON.stringify({ ...LUNGE, notes: [big, big, big] }) },
    {
      name: '10,000 mistakes',
      exercise: { ...LUNGE, mistakes: Array.from({ length: 10_000 }, (_, i) => ({ id: `m-${i}`, title: `Mistake ${i}`, avoid: 'Avoid it.' })) },
    },
    { name: '100-level unknown field', exercise: { ...LUNGE, extra: deep(100, 1) } },
    { name: '100-level nested fixes', exercise: { ...LUNGE, mistakes: [{ ...LUNGE.mistakes[0], fixes: [deepList(100)] }] } },
    { name: '100-level JSON arrays', json: `${'['.repeat(100)}${']'.repeat(100)}` },
    { name: '10,000-level JSON arrays', json: `${'['.repeat(10_000)}${']'.repeat(10_000)}` },
    { name: '5,000-level unknown field', json: JSON.stringify({ ...LUNGE, extra: 0 }).replace('"extra":0', `"extra":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`) },
    { name: 'cyclic object', exercise: cyclic, cyclic: true },
  ];
}

export function shapeDocuments() {
  return [
    { name: 'not JSON', json: '{"schemaVersion": 1, nope' },
    { name: 'HTML instead of JSON', json: '<!doctype html><title>Oops</title><img src=x onerror=window.__pwned=1>' },
    { name: 'JSON text through the property', exercise: '{"schemaVersion": 1, nope' },
    { name: 'empty inline JSON', json: '' },
    { name: 'blank inline JSON', json: ' \n\t ' },
    { name: 'empty string property', exercise: '' },
    { name: 'array', exercise: [] },
    { name: 'array of the document', exercise: [LUNGE] },
    { name: 'JSON array', json: '[]' },
    { name: 'number', exercise: 42 },
    { name: 'boolean', exercise: true },
    { name: 'JSON null', json: 'null' },
    { name: 'JSON string', json: '"exercise"' },
    { name: 'empty object', exercise: {} },
    { name: 'schemaVersion 2', exercise: { ...LUNGE, schemaVersion: 2 } },
    { name: '__proto__ and constructor keys', json: JSON.stringify(LUNGE).replace('{', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},') },
    { name: 'unknown muscles', exercise: { ...LUNGE, muscles: [{ id: 'not-a-muscle', role: 'primary' }, { id: 'glutes', role: 'secondary' }] } },
    { name: 'markup as a muscle id', exercise: { ...LUNGE, muscles: [{ id: '<img src=x onerror=window.__pwned=1>', role: 'secondary' }] } },
    { name: 'unknown mistake muscles', exercise: { ...LUNGE, mistakes: [{ ...LUNGE.mistakes[0], muscles: ['bogus', 'constructor', 'to-string'] }] } },
    { name: '__proto__ as a mistake muscle', exercise: { ...LUNGE, mistakes: [{ ...LUNGE.mistakes[0], muscles: ['__proto__'] }] } },
    { name: 'duplicate mistake ids', exercise: { ...LUNGE, mistakes: [LUNGE.mistakes[0], LUNGE.mistakes[0]] } },
    { name: 'lone surrogates', exercise: { ...LUNGE, name: '\ud800 name \udfff', steps: ['\u202e reversed', '\u0000 nul'] } },
  ];
}

// ---------- random documents (fast-check) ----------

const MUSCLE_IDS = [...new Set(LUNGE.muscles.map((m) => m.id))];
const nonBlank = (a) => a.filter((t) => t.length > 0);
/** Valid text: plain, unicode, or a payload (valid as text; it must stay text). */
const text = nonBlank(
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...SCRIPT_PAYLOADS, ...URL_PAYLOADS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '\u200b', '\u202e', 'a'.repeat(300)) },
  ),
);
const slug = fc.oneof(fc.constantFrom('a', 'reverse-lunge', 'x-1'), fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/));
const muscleId = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...MUSCLE_IDS, 'glutes', 'shoulders', 'quadriceps') }, slug);
const url = fc.oneof(fc.constantFrom('https://example.com/v.mp4', '/v.mp4', 'v.mp4', '//example.com/x', ...URL_PAYLOADS), text);
const seconds = (max) => fc.oneof(fc.integer({ min: 0, max }), fc.double({ min: 0, max, noNaN: true }));
const list = (item, maxLength = 4) => fc.array(item, { maxLength });
const listItem = fc.oneof(text, fc.record({ text, items: fc.array(text, { minLength: 1, maxLength: 3 }) }));
const opt = (shape, requiredKeys = []) => fc.record(shape, { requiredKeys });

/** Documents the schema accepts, with every optional part in or out. */
export const validDocument = opt(
  {
    schemaVersion: fc.constant(1),
    id: slug,
    name: text,
    lang: fc.constantFrom('en', 'de-CH', 'fr'),
    aliases: list(text),
    summary: text,
    effect: text,
    about: list(text),
    level: fc.constantFrom('beginner', 'intermediate', 'advanced'),
    category: text,
    equipment: list(text),
    muscles: list(opt({ id: muscleId, role: fc.constantFrom('primary', 'secondary', 'stabilizer'), note: text }, ['id', 'role']), 8),
    prescription: opt({
      sets: fc.integer({ min: 1, max: 50 }),
      reps: fc.integer({ min: 1, max: 500 }),
      holdSeconds: seconds(3600),
      perSide: fc.boolean(),
      firstSide: fc.constantFrom('left', 'right'),
      tempo: opt({ eccentric: seconds(60), bottom: seconds(60), concentric: seconds(60), top: seconds(60) }, ['eccentric', 'bottom', 'concentric', 'top']),
      restBetweenSets: seconds(3600),
      restBetweenSides: seconds(3600),
      leadIn: seconds(60),
    }),
    position: list(opt({ label: text, text }, ['label', 'text'])),
    steps: list(text),
    cues: list(text),
    mistakes: fc.uniqueArray(
      opt({ id: slug, title: text, avoid: text, why: list(listItem), fixes: list(listItem), muscles: list(muscleId) }, ['id', 'title', 'avoid']),
      { maxLength: 6, selector: (m) => m.id },
    ),
    benefits: list(opt({ title: text, text }, ['title', 'text'])),
    uses: list(listItem),
    feel: list(opt({ muscle: muscleId, label: text, text }, ['muscle', 'text'])),
    notes: list(text),
    videos: list(
      opt(
        {
          title: text,
          kind: fc.constantFrom('full', 'quick', 'intro', 'why', 'uses', 'other'),
          provider: fc.constantFrom('youtube', 'vimeo', 'file'),
          videoId: fc.stringMatching(/^[A-Za-z0-9_-]{1,11}$/),
          url,
          poster: url,
          durationSeconds: fc.integer({ min: 1, max: 86400 }),
        },
        ['title', 'kind'],
      ),
      3,
    ),
    source: opt({ author: text, title: text, url, license: text, licenseUrl: url }),
  },
  ['schemaVersion', 'id', 'name'],
);

/** Anything at all: null-prototype objects, boxed values, sparse arrays, NaN, -0... */
const junk = fc.anything({ maxDepth: 2, maxKeys: 4, withNullPrototype: true, withBoxedValues: true, withSparseArray: true });
const badNumber = fc.constantFrom(-1, 0, -0, 0.5, 1e9, 1e308, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, '3');

/** Every path to a value inside `doc`. */
function paths(doc, prefix = []) {
  const container = doc !== null && typeof doc === 'object' && (Array.isArray(doc) || [Object.prototype, null].includes(Object.getPrototypeOf(doc)));
  if (!container) return [];
  return Object.keys(doc).flatMap((k) => [[...prefix, k], ...paths(doc[k], [...prefix, k])]);
}

/** A valid document with one to three values replaced by junk, a bad number or a payload. */
const mutatedDocument = fc
  .tuple(validDocument, fc.array(fc.tuple(fc.nat(), fc.oneof(junk, badNumber, text, fc.constant(undefined))), { minLength: 1, maxLength: 3 }))
  .map(([doc, changes]) => {
    const copy = structuredClone(doc);
    for (const [n, value] of changes) {
      const all = paths(copy);
      if (all.length === 0) break;
      const path = all[n % all.length];
      let node = copy;
      for (const key of path.slice(0, -1)) node = node[key];
      node[path.at(-1)] = value;
    }
    return copy;
  });

/**
 * A random input for `.exercise` (never null or undefined, which mean "no document"): valid
 * documents, valid ones with a few values broken, their JSON text, or anything at all.
 */
export const randomInput = fc
  .oneof(
    { weight: 3, arbitrary: validDocument },
    { weight: 4, arbitrary: mutatedDocument },
    { weight: 1, arbitrary: fc.oneof(validDocument, mutatedDocument).map((d) => JSON.stringify(d)) },
    { weight: 1, arbitrary: junk },
  )
  .filter((v) => v !== undefined && v !== null);
