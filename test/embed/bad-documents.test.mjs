// Bad and hostile documents in the built bundle: each gives the error panel or a safe render,
// never an uncaught exception, and nothing in them ever runs (a canary, `window.__pwned`,
// counts any script, handler or URL that did). Then 1,000 random documents per element.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startServer } from './server.mjs';
import { TAGS, hostPage, launch, openPage } from './helpers.mjs';
import {
  BAD_ATTRIBUTE_NUMBERS,
  BAD_TEMPOS,
  SCRIPT_PAYLOADS,
  numberDocuments,
  payloadDocument,
  payloadEverywhere,
  randomInput,
  shapeDocuments,
  sizeDocuments,
  wrongTypeDocuments,
} from './hostile-documents.mjs';

const RUNS = 1000;
const SEED = Number(process.env.EMBED_SEED ?? 20240607);

let server;
let browser;
let p;

before(async () => {
  [server, browser] = await Promise.all([startServer(), launch()]);
  server.page(
    '/bad/page.html',
    hostPage({ head: '<script src="/test/embed/fixtures/probe.js" defer></script>', body: '<script type="module" src="/dist/exercise-elements.js"></script>' }),
  );
  p = await openPage(browser, { initScript: () => (window.__pwned = 0) });
  await p.page.goto(server.url('/bad/page.html'));
  await p.page.waitForFunction(() => window.__probe && customElements.get('set-timer'));
});
after(async () => {
  await p?.close();
  await browser?.close();
  await server?.close();
});

/** A case as something the page can rebuild exactly (NaN, -0, Infinity, undefined included). */
const toInput = (c) => {
  if ('json' in c) return { json: c.json, attrs: c.attrs };
  if (c.cyclic) return { code: fc.stringify(c.exercise), cyclic: true };
  if ('exercise' in c) return { code: fc.stringify(c.exercise), attrs: c.attrs };
  return { attrs: c.attrs };
};

/**
 * Renders every case in `tag`, in batches; returns one result per case. By default one element
 * per tag takes every case in turn (as a framework re-assigning data would), without playing
 * videos: `{reuse: false}` makes a new element per case, `{light: false}` plays the videos.
 */
async function renderAll(tag, cases, batch = 25, options = {}) {
  options = { reuse: true, light: true, ...options };
  const results = [];
  for (let i = 0; i < cases.length; i += batch) {
    const inputs = cases.slice(i, i + batch).map(toInput);
    results.push(
      ...(await p.page.evaluate(async ({ tag, inputs, options }) => {
        const out = [];
        for (const input of inputs) out.push(await window.__probe.render(tag, input, options));
        return out;
      }, { tag, inputs, options })),
    );
  }
  return results.map((r, i) => ({ ...r, name: cases[i].name }));
}

/** Every result is the error panel or content, with nothing thrown and nothing dangerous. */
function assertSafe(tag, results, allowed = ['error', 'content']) {
  const bad = results.filter((r) => !allowed.includes(r.outcome) || r.thrown || r.dangers.length > 0);
  assert.deepEqual(
    bad.map((r) => `${tag} / ${r.name}: ${r.outcome} ${r.thrown ?? ''} ${r.dangers.join(' ')}`),
    [],
  );
}

async function assertNothingRan() {
  // Give image errors, frame loads and timers a moment to fire.
  await p.page.waitForTimeout(150);
  assert.equal(await p.page.evaluate(() => window.__pwned), 0, 'an injected script or handler ran');
  assert.equal(await p.page.evaluate(() => ({}).polluted), undefined, 'Object.prototype polluted');
  assert.deepEqual(await p.allErrors(), []);
}

describe('bad documents', () => {
  test('not JSON, empty, arrays, other types, prototype keys, unknown muscles', async () => {
    const cases = shapeDocuments();
    for (const tag of TAGS) {
      const results = await renderAll(tag, cases);
      assertSafe(tag, results);
      const byName = Object.fromEntries(results.map((r) => [r.name, r]));
      assert.equal(byName['not JSON'].outcome, 'error');
      assert.match(byName['not JSON'].message, /not JSON/);
      assert.match(byName['empty inline JSON'].message, /empty/);
      assert.equal(byName.array.outcome, 'error');
      assert.equal(byName['unknown muscles'].outcome, 'content', `${tag}: unknown muscles are skipped, not fatal`);
      assert.equal(byName['unknown mistake muscles'].outcome, 'content');
    }
    await assertNothingRan();
  });

  test('a wrong type in every field, one at a time and all at once', async () => {
    const cases = wrongTypeDocuments();
    assert.ok(cases.length > 100, `${cases.length} documents`);
    for (const tag of TAGS) assertSafe(tag, await renderAll(tag, cases));
    await assertNothingRan();
  });

  test('negative, zero, fractional, NaN-like and huge numbers in the prescription', async () => {
    const cases = numberDocuments();
    for (const tag of ['set-timer', 'exercise-card']) {
      const results = await renderAll(tag, cases);
      assertSafe(tag, results);
      const slow = results.filter((r) => r.ms > 1000);
      assert.deepEqual(slow.map((r) => `${r.name} ${r.ms} ms`), [], 'no input makes a slow timer');
    }
    await assertNothingRan();
  });

  test('<set-timer> attributes out of range or nonsense: a working timer every time', async () => {
    const cases = [];
    for (const attr of ['sets', 'reps', 'rest', 'side-rest', 'lead-in']) {
      for (const value of BAD_ATTRIBUTE_NUMBERS) cases.push({ name: `${attr}="${value.slice(0, 20)}"`, attrs: { [attr]: value } });
    }
    for (const tempo of BAD_TEMPOS) cases.push({ name: `tempo="${tempo}"`, attrs: { tempo } });
    for (const mode of ['', 'COUNT', 'tempo count', '<b>']) cases.push({ name: `mode="${mode}"`, attrs: { mode } });
    cases.push({ name: 'all huge', attrs: { sets: '1e9', reps: '1e9', rest: '1e9', 'side-rest': '1e9', 'lead-in': '1e9', tempo: '1e9-1e9-1e9-1e9', 'per-side': '' } });
    const results = await renderAll('set-timer', cases);
    assertSafe('set-timer', results, ['content']);
    const slow = results.filter((r) => r.ms > 1000);
    assert.deepEqual(slow.map((r) => `${r.name} ${r.ms} ms`), []);
    await assertNothingRan();
  });

  test('1 MB strings, a 3 MB document, 10,000 mistakes, deep nesting, a cyclic object', async () => {
    const cases = sizeDocuments();
    for (const tag of TAGS) {
      const results = await renderAll(tag, cases, 4, { reuse: false });
      assertSafe(tag, results);
      const byName = Object.fromEntries(results.map((r) => [r.name, r]));
      assert.match(byName['3 MB inline JSON'].message, /too large.*limit is 2\.0 MB/);
      assert.equal(byName['10,000 mistakes'].outcome, 'error', 'more mistakes than the schema allows');
      // An object is read as its JSON text (a copy the page cannot change under the element): a
      // cycle, even in an unknown field, is named, not rendered.
      assert.equal(byName['cyclic object'].outcome, 'error', 'a cyclic object is not JSON');
      assert.match(byName['cyclic object'].message, /not JSON: .*circular/i);
    }
    // 10,000 mistakes straight through the accordion's `mistakes` property: rendered.
    const many = await p.page.evaluate(async () => {
      const el = document.createElement('mistakes-accordion');
      el.mistakes = Array.from({ length: 10_000 }, (_, i) => ({ id: `m-${i}`, title: `Mistake ${i}`, avoid: '<img src=x onerror=window.__pwned=1>' }));
      document.body.append(el);
      const t0 = performance.now();
      await window.__probe.settle(el);
      el.expandAll();
      await window.__probe.settle(el);
      const r = { ms: performance.now() - t0, items: el.shadowRoot.querySelectorAll('[part~="item"]').length, dangers: window.__probe.dangers(el) };
      el.remove();
      return r;
    });
    assert.equal(many.items, 10_000);
    assert.deepEqual(many.dangers, []);
    console.log(`10,000 mistakes rendered and expanded in ${Math.round(many.ms)} ms`);
    await assertNothingRan();
  });

  test('<script>, <img onerror>, javascript: and data: URLs in every text and URL field', async () => {
    const cases = [];
    for (let i = 0; i < 8; i++) {
      cases.push({ name: `payloads in text and URL fields #${i}`, exercise: payloadDocument(i) });
      cases.push({ name: `payloads in every string #${i}`, exercise: payloadEverywhere(i) });
      cases.push({ name: `payloads as inline JSON #${i}`, json: JSON.stringify(payloadDocument(i)) });
    }
    for (const tag of TAGS) {
      const results = await renderAll(tag, cases, 8, { reuse: false, light: false });
      assertSafe(tag, results);
      // Documents that are valid apart from their URLs render, with the bad URLs dropped.
      for (const r of results.filter((r) => r.name.startsWith('payloads in text'))) assert.equal(r.outcome, 'content', `${tag} / ${r.name}: ${r.message}`);
    }
    // And in <muscle-map>'s attributes.
    const attrs = SCRIPT_PAYLOADS.map((x, i) => ({ name: `muscle-map attributes #${i}`, attrs: { primary: x, secondary: `gluteus-maximus ${x}`, stabilizer: x, view: x, figure: x } }));
    assertSafe('muscle-map', await renderAll('muscle-map', attrs), ['content']);
    await assertNothingRan();
  });
});

describe('random documents (fast-check)', () => {
  for (const tag of TAGS) {
    test(`${RUNS} random documents in <${tag}>: the error panel or content, never a throw`, async () => {
      const seed = SEED + TAGS.indexOf(tag);
      const inputs = fc.sample(randomInput, { numRuns: RUNS, seed });
      const cases = inputs.map((value, i) =>
        typeof value === 'string' && i % 2 === 0 ? { name: `#${i}`, json: value } : { name: `#${i}`, exercise: value },
      );
      const results = await renderAll(tag, cases, 100);
      const bad = results.filter((r) => !['error', 'content'].includes(r.outcome) || r.thrown || r.dangers.length > 0);
      if (bad.length > 0) {
        const i = Number(bad[0].name.slice(1));
        assert.fail(`seed ${seed}, input #${i}: ${bad[0].outcome} ${bad[0].thrown ?? ''} ${bad[0].dangers.join(' ')}\n${fc.stringify(inputs[i]).slice(0, 2000)}`);
      }
      const shown = results.filter((r) => r.outcome === 'content').length;
      const ms = results.reduce((sum, r) => sum + r.ms, 0);
      console.log(`<${tag}>: ${RUNS} random documents (seed ${seed}): ${shown} rendered, ${RUNS - shown} error panels, ${ms} ms in the page`);
      await assertNothingRan();
    });
  }
});
