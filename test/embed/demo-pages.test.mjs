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
