// Hostile host CSS: each element, from the built bundle, looks the same on a page carrying a
// framework's global CSS as on a blank page (pixelmatch, under 1 % of pixels differ).
//
// The framework sheets in fixtures/ are our own re-creations of Bootstrap 5's reboot and
// Tailwind's preflight (those packages are not dependencies), plus a sheet of the careless
// global rules themes add (62.5 % root font size, inherited text properties on body...).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { startServer } from './server.mjs';
import { hostPage, launch, openPage, settle } from './helpers.mjs';

const MAX_DIFF = 0.01;
const OUT = new URL('../../test-output/embed/', import.meta.url);

const LUNGE = '/demo/exercises/reverse-lunge.json';
// Fixed-width slots so that only the host CSS differs between pages.
const HARNESS = `<link rel="stylesheet" href="/test/embed/fixtures/harness.css">`;
const BODY = `
<div class="slot" id="s-card"><exercise-card src="${LUNGE}"></exercise-card></div>
<div class="slot" id="s-map"><muscle-map src="${LUNGE}" view="both"></muscle-map></div>
<div class="slot" id="s-mistakes"><mistakes-accordion src="${LUNGE}"></mistakes-accordion></div>
<div class="slot" id="s-timer"><set-timer src="${LUNGE}"></set-timer></div>
<div class="slot" id="s-error"><set-timer src="/net/404"></set-timer></div>
<script type="module" src="/dist/exercise-elements.js"></script>
`;
const css = (...names) => names.map((n) => `<link rel="stylesheet" href="/test/embed/fixtures/${n}.css">`).join('\n');
const PAGES = {
  blank: hostPage({ head: HARNESS, body: BODY }),
  bootstrap: hostPage({ head: css('bootstrap-like') + HARNESS, body: BODY }),
  tailwind: hostPage({ head: css('tailwind-preflight-like', 'hostile-extra') + HARNESS, body: BODY }),
};
const SHOTS = {
  card: '#s-card exercise-card',
  map: '#s-map muscle-map',
  mistakes: '#s-mistakes mistakes-accordion',
  timer: '#s-timer set-timer',
  'error panel': '#s-error set-timer',
};

let server;
let browser;
const shots = {};

before(async () => {
  [server, browser] = await Promise.all([startServer(), launch()]);
  for (const [name, html] of Object.entries(PAGES)) server.page(`/css/${name}.html`, html);
  mkdirSync(OUT, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function screenshots(name) {
  const p = await openPage(browser, { viewport: { width: 1000, height: 900 } });
  try {
    await p.page.goto(server.url(`/css/${name}.html`));
    await settle(p.page);
    // An open mistake shows the panel's lists, labels and chips too.
    await p.page.evaluate(async () => {
      const acc = document.querySelector('#s-mistakes mistakes-accordion');
      acc.toggle(acc.expandedIds[0] ?? 'pelvis-tilting', true);
      await acc.updateComplete;
      await document.fonts.ready;
    });
    await settle(p.page);
    // Whole-pixel positions: the same element drawn at y = 61.09 and at y = 8 differs in
    // anti-aliasing on every edge. The host's CSS may move the slots, never resize them.
    await p.page.evaluate(() => {
      let top = 0;
      const slots = [...document.querySelectorAll('.slot')];
      const heights = slots.map((s) => Math.ceil(s.getBoundingClientRect().height));
      slots.forEach((slot, i) => {
        Object.assign(slot.style, { position: 'absolute', left: '0px', top: `${top}px`, margin: '0px' });
        top += heights[i] + 24;
      });
    });
    await settle(p.page);
    const out = {};
    for (const [shot, selector] of Object.entries(SHOTS)) {
      const buffer = await p.page.locator(selector).screenshot({ animations: 'disabled', caret: 'hide' });
      out[shot] = PNG.sync.read(buffer);
      writeFileSync(new URL(`${name}-${shot.replace(' ', '-')}.png`, OUT), buffer);
    }
    assert.deepEqual(await p.allErrors(), [], `uncaught errors on the ${name} page`);
    return out;
  } finally {
    await p.close();
  }
}

function compare(a, b, file) {
  if (a.width !== b.width || a.height !== b.height) {
    return { ratio: 1, note: `size ${a.width}x${a.height} vs ${b.width}x${b.height}` };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const n = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
  if (n > 0) writeFileSync(new URL(file, OUT), PNG.sync.write(diff));
  return { ratio: n / (a.width * a.height), note: `${n} of ${a.width}x${a.height} px` };
}

describe('hostile host CSS', () => {
  before(async () => {
    for (const name of Object.keys(PAGES)) shots[name] = await screenshots(name);
  });

  for (const host of ['bootstrap', 'tailwind']) {
    test(`every element looks the same under ${host}-like global CSS as on a blank page`, () => {
      const report = [];
      for (const shot of Object.keys(SHOTS)) {
        const { ratio, note } = compare(shots.blank[shot], shots[host][shot], `diff-${host}-${shot.replace(' ', '-')}.png`);
        report.push({ shot, ratio, note });
      }
      console.log(`${host}: ${report.map((r) => `${r.shot} ${(r.ratio * 100).toFixed(3)} % (${r.note})`).join('; ')}`);
      for (const r of report) assert.ok(r.ratio < MAX_DIFF, `${r.shot}: ${(r.ratio * 100).toFixed(2)} % of pixels differ (${r.note})`);
    });
  }
});
