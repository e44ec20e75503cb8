// custom-elements.json and the README's API tables are generated (npm run build) and committed:
// these tests fail when either is stale, and check that the manifest holds the public contract
// (DESIGN.md) for every element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { expectedReadme, renderApiDocs, replaceApiBlock, reactEventProp, START, END } from '../../scripts/api-docs.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));

const elements = new Map(
  manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])),
);
const names = (items = []) => items.map((item) => item.name);

test('custom-elements.json is what the analyzer makes of src/ now (run `npm run build` and commit it)', async () => {
  const fresh = await cli({ argv: ['analyze'], cwd: fileURLToPath(root), noWrite: true });
  assert.deepEqual(JSON.parse(JSON.stringify(fresh)), manifest);
});

test('README.md API tables are generated from custom-elements.json (run `npm run build` and commit it)', () => {
  assert.ok(read('README.md').includes(START) && read('README.md').includes(END), 'README.md has the API markers');
  assert.equal(read('README.md'), expectedReadme(root));
});

test('package.json points at the manifest', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
});

test('the manifest has the four tags, each with the contract of DESIGN.md', () => {
  assert.deepEqual([...elements.keys()].sort(), ['exercise-card', 'mistakes-accordion', 'muscle-map', 'set-timer']);
  const contract = {
    'exercise-card': { attributes: ['sections', 'layout', 'theme'], events: [], methods: [] },
    'muscle-map': {
      attributes: ['primary', 'secondary', 'stabilizer', 'view', 'figure', 'interactive'],
      events: ['muscle-select'],
      methods: [],
    },
    'mistakes-accordion': { attributes: ['mode', 'heading-level'], events: ['mistake-toggle'], methods: ['expandAll', 'collapseAll'] },
    'set-timer': {
      attributes: ['sets', 'reps', 'per-side', 'tempo', 'rest', 'side-rest', 'lead-in', 'mode', 'muted', 'persist'],
      events: ['timer-start', 'phase-change', 'set-complete', 'workout-complete', 'timer-pause', 'timer-resume'],
      methods: ['start', 'pause', 'resume', 'skip', 'back', 'reset'],
    },
  };
  for (const [tag, want] of Object.entries(contract)) {
    const el = elements.get(tag);
    const attributes = names(el.attributes);
    const events = names(el.events);
    const methods = names(el.members?.filter((m) => m.kind === 'method'));
    for (const a of [...want.attributes, 'src']) assert.ok(attributes.includes(a), `<${tag}> attribute ${a}`);
    for (const e of [...want.events, 'exercise-load', 'exercise-error']) assert.ok(events.includes(e), `<${tag}> event ${e}`);
    for (const m of [...want.methods, 'define', 'reload']) assert.ok(methods.includes(m), `<${tag}> method ${m}()`);
    for (const p of ['error', 'retry', 'loading']) assert.ok(names(el.cssParts).includes(p), `<${tag}> part ${p}`);
    assert.ok(el.members.some((m) => m.name === 'exercise' && m.kind === 'field'), `<${tag}> .exercise`);
    assert.ok(el.cssProperties.length > 0, `<${tag}> custom properties`);
    // Every event says its detail type; every public member and part says what it is.
    for (const e of el.events) assert.match(e.type?.text ?? '', /^CustomEvent<.+>$/, `<${tag}> ${e.name} detail type`);
    for (const p of [...el.cssParts, ...el.cssProperties, ...el.attributes]) assert.ok(p.description, `<${tag}> ${p.name} described`);
    for (const m of el.members.filter((m) => m.kind === 'method' && !m.privacy)) assert.ok(m.description, `<${tag}> ${m.name}() described`);
    // Nothing private or test-only is published.
    assert.ok(!el.members.some((m) => m.privacy === 'private' || m.name === 'clock'), `<${tag}> no private members`);
  }
  const timer = elements.get('set-timer');
  assert.ok(timer.members.some((m) => m.name === 'state' && m.readonly), 'set-timer .state is read-only');
});

test('the manifest describes the published files (dist/), not the sources', () => {
  const text = JSON.stringify(manifest);
  assert.ok(!/"(path|module)":\s*"\/?src\//.test(text), 'no src/ paths');
  for (const mod of manifest.modules) assert.match(mod.path, /^dist\/.+\.js$/);
});

test('API tables: one section per element, pipes escaped, React event props named from events', () => {
  const md = renderApiDocs(manifest, pkg);
  for (const tag of elements.keys()) assert.ok(md.includes(`### \`<${tag}>\``), tag);
  assert.ok(md.includes('### Common to all elements'));
  assert.ok(md.includes("`'single' \\| 'multiple'`"), 'a union type keeps its table cell');
  assert.equal(reactEventProp('exercise-load'), 'onExerciseLoad');
  assert.equal(reactEventProp('workout-complete'), 'onWorkoutComplete');
  for (const row of md.split('\n').filter((line) => line.startsWith('| `'))) {
    const cells = row.replace(/\\\|/g, '').split('|').length;
    const header = md.split('\n').find((line) => line.startsWith('| ') && !line.startsWith('| `') && !line.startsWith('| ---'));
    assert.ok(cells >= 4 && header, row);
  }
  assert.equal(replaceApiBlock(`a\n${START}\nold\n${END}\nb`, `${START}\nnew\n${END}`), `a\n${START}\nnew\n${END}\nb`);
  assert.throws(() => replaceApiBlock('no markers', 'x'), /markers/);
});
