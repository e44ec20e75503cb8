// Two copies of the library on one page: the ESM and the classic bundle (same version: silent),
// and two versions (one console warning). Never an exception; the elements work either way.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer } from './server.mjs';
import { LUNGE, hostPage, launch, openPage, settle } from './helpers.mjs';

const VERSION = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')).version;
const OTHER = '0.0.9-other';

const BODY = `
<exercise-card src="/demo/exercises/reverse-lunge.json"></exercise-card>
<muscle-map src="/demo/exercises/reverse-lunge.json"></muscle-map>
<mistakes-accordion src="/demo/exercises/reverse-lunge.json"></mistakes-accordion>
<set-timer sets="1" reps="30" tempo="1-0-1-0" lead-in="0" muted></set-timer>
`;
const esm = (path) => `<script type="module" src="${path}"></script>`;
const classic = (path) => `<script src="${path}"></script>`;

let server;
let browser;

/** A bundle's text with its version literal replaced: "another version" of the library. */
async function otherVersion(file) {
  const text = await readFile(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
  const literal = `.version="${VERSION}"`;
  const count = text.split(literal).length - 1;
  assert.equal(count, 1, `expected the version literal ${literal} once in dist/${file}`);
  return text.replace(literal, `.version="${OTHER}"`);
}

before(async () => {
  [server, browser] = await Promise.all([startServer(), launch()]);
  server.file('/other/exercise-elements.js', await otherVersion('exercise-elements.js'));
  server.file('/other/exercise-elements.iife.js', await otherVersion('exercise-elements.iife.js'));
  const pages = {
    'esm-iife': classic('/dist/exercise-elements.iife.js') + BODY + esm('/dist/exercise-elements.js'),
    'iife-twice': classic('/dist/exercise-elements.iife.js') + classic('/dist/exercise-elements.iife.js?again') + BODY,
    'new-then-old': BODY + esm('/dist/exercise-elements.js') + esm('/other/exercise-elements.js'),
    'old-iife-then-new-esm': classic('/other/exercise-elements.iife.js') + BODY + esm('/dist/exercise-elements.js'),
    // Two elements' own files (each with its own Lit), then the whole bundle for the rest.
    'standalone-then-whole': esm('/dist/standalone/muscle-map.js') + classic('/dist/standalone/set-timer.iife.js') + BODY + esm('/dist/exercise-elements.js'),
  };
  for (const [name, type] of [['set-timer', 'iife'], ['muscle-map', 'esm'], ['mistakes-accordion', 'esm']]) {
    const file = `/dist/standalone/${name}${type === 'iife' ? '.iife' : ''}.js`;
    const body = BODY.split('\n').find((line) => line.startsWith(`<${name}`));
    server.page(`/copies/only-${name}.html`, hostPage({ lang: 'es', body: body + (type === 'iife' ? classic(file) : esm(file)) }));
  }
  for (const [name, body] of Object.entries(pages)) server.page(`/copies/${name}.html`, hostPage({ body }));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads a page, uses every element, and returns what happened. */
async function run(name) {
  const p = await openPage(browser);
  try {
    await p.page.goto(server.url(`/copies/${name}.html`));
    await p.page.waitForLoadState('load');
    await settle(p.page);
    await p.page.locator('mistakes-accordion').locator('button[aria-expanded]').first().click();
    await p.page.locator('set-timer').locator('[part~="button-primary"]').click();
    await settle(p.page);
    const r = await p.page.evaluate(() => {
      const card = document.querySelector('exercise-card');
      const nestedMap = card.shadowRoot.querySelector('muscle-map');
      return {
        version: customElements.get('exercise-card').version,
        versions: ['muscle-map', 'mistakes-accordion', 'set-timer'].map((t) => customElements.get(t).version),
        title: card.shadowRoot.querySelector('#title')?.textContent.trim(),
        nestedMapRoles: nestedMap?.shadowRoot.querySelectorAll('[data-role]').length ?? 0,
        mapRoles: document.querySelector('muscle-map').shadowRoot.querySelectorAll('[data-role]').length,
        opened: document.querySelector('mistakes-accordion').expandedIds.length,
        timer: document.querySelector('set-timer').state.status,
      };
    });
    return { ...r, errors: await p.allErrors(), warnings: p.messages(['warning', 'error']) };
  } finally {
    await p.close();
  }
}

function assertWorking(r) {
  assert.deepEqual(r.errors, []);
  assert.equal(r.title, LUNGE.name);
  assert.ok(r.mapRoles > 0 && r.nestedMapRoles > 0, 'muscle maps highlight (the nested one through context)');
  assert.equal(r.opened, 1);
  assert.equal(r.timer, 'running');
  assert.deepEqual(r.versions, [r.version, r.version, r.version], 'all four tags from one copy');
}

describe("one element's own file (dist/standalone/)", { concurrency: true }, () => {
  for (const name of ['set-timer', 'muscle-map', 'mistakes-accordion']) {
    test(`${name}: registers its tag only, works, in the page's language`, async () => {
      const p = await openPage(browser);
      try {
        await p.page.goto(server.url(`/copies/only-${name}.html`));
        await p.page.waitForLoadState('load');
        await settle(p.page);
        const r = await p.page.evaluate((tag) => {
          const el = document.querySelector(tag);
          return {
            defined: ['exercise-card', 'muscle-map', 'mistakes-accordion', 'set-timer'].filter((t) => customElements.get(t)),
            text: el.shadowRoot.textContent.replace(/\s+/g, ' '),
            highlighted: el.shadowRoot.querySelectorAll('[data-role]').length,
          };
        }, name);
        assert.deepEqual(r.defined, [name]);
        if (name === 'set-timer') assert.match(r.text, /Empezar/);
        if (name === 'muscle-map') assert.ok(r.highlighted > 0, 'muscles highlighted');
        if (name === 'mistakes-accordion') assert.match(r.text, /Abrir todos/);
        assert.deepEqual(await p.allErrors(), []);
        assert.deepEqual(p.messages(['warning', 'error']), []);
      } finally {
        await p.close();
      }
    });
  }

  test('two elements\' own files, then the whole bundle: one version, no exception, no warning', async () => {
    const r = await run('standalone-then-whole');
    assertWorking(r);
    assert.deepEqual(r.warnings, []);
  });
});

describe('two copies on one page', { concurrency: true }, () => {
  test('the classic and the module bundle of one version: no exception, no warning', async () => {
    const r = await run('esm-iife');
    assertWorking(r);
    assert.equal(r.version, VERSION);
    assert.deepEqual(r.warnings, []);
  });

  test('the classic bundle twice: no exception, no warning', async () => {
    const r = await run('iife-twice');
    assertWorking(r);
    assert.deepEqual(r.warnings, []);
  });

  test('another version loaded second: the first keeps the tags, one warning', async () => {
    const r = await run('new-then-old');
    assertWorking(r);
    assert.equal(r.version, VERSION);
    assert.equal(r.warnings.length, 1, r.warnings.join('\n'));
    assert.match(r.warnings[0], new RegExp(`version ${VERSION}.*version ${OTHER.replace(/\./g, '\\.')}`));
  });

  test('another version loaded first (classic script): it keeps the tags, one warning', async () => {
    const r = await run('old-iife-then-new-esm');
    assertWorking(r);
    assert.equal(r.version, OTHER);
    assert.equal(r.warnings.length, 1, r.warnings.join('\n'));
    assert.match(r.warnings[0], /another copy of exercise-elements already defined/);
  });
});
