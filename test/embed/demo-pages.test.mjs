// The demo pages are what a blogger copies from: on a phone they must fit the screen, with no
// sideways scrolling (a wide code block scrolls inside itself, never the page).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { startServer } from './server.mjs';
import { launch, openPage, settle } from './helpers.mjs';

const PAGES = readdirSync(new URL('../../demo/', import.meta.url)).filter((name) => name.endsWith('.html'));

let server;
let browser;

before(async () => {
  [server, browser] = await Promise.all([startServer(), launch()]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('demo pages on a phone', () => {
  for (const name of PAGES) {
    test(`${name} fits 320 and 390 px wide screens`, async () => {
      for (const width of [320, 390]) {
        const { page, context } = await openPage(browser, { viewport: { width, height: 800 } });
        try {
          const response = await page.goto(server.url(`/demo/${name}`));
          assert.equal(response.status(), 200);
          await settle(page);
          const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
            const clientWidth = document.documentElement.clientWidth;
            // The outermost boxes that reach past the screen: the culprits, not their contents.
            const wide = [...document.body.querySelectorAll('*')]
              .filter((el) => el.getBoundingClientRect().right > clientWidth + 1)
              .filter((el) => el.parentElement.getBoundingClientRect().right <= clientWidth + 1)
              .filter((el) => getComputedStyle(el.parentElement).overflowX === 'visible')
              .map((el) => `${el.parentElement.localName} > ${el.localName}${el.className ? `.${el.className}` : ''}`);
            return { scrollWidth: document.documentElement.scrollWidth, clientWidth, wide };
          });
          assert.ok(scrollWidth <= clientWidth, `${name} at ${width} px is ${scrollWidth} px wide: ${wide.join(', ')}`);
        } finally {
          await context.close();
        }
      }
    });
  }
});

// axe-core over each whole page, shadow roots included: the demo is the first page a blogger sees
// and copies; its own markup (landmarks, heading order, scrollable code) must be clean too.
describe('demo pages are axe-clean', () => {
  const axePath = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
  for (const name of PAGES) {
    test(name, async () => {
      for (const colorScheme of ['light', 'dark']) {
        const { page, context } = await openPage(browser, { viewport: { width: 390, height: 800 }, colorScheme });
        try {
          await page.goto(server.url(`/demo/${name}`));
          await settle(page);
          await page.addScriptTag({ path: axePath });
          const violations = await page.evaluate(async () =>
            (await globalThis.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
          );
          assert.deepEqual(violations, [], `${name}, ${colorScheme}`);
        } finally {
          await context.close();
        }
      }
    });
  }
});
