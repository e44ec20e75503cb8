// Places a widget ends up in: another component's shadow root, iframes (same origin, another
// origin, sandboxed: the timer's wake lock, sound and saved progress degrade quietly), a page
// that runs its own copy of Lit, and a React 18 app (its UMD build) rendering our elements.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { LUNGE, hostPage, inlineJson, launch, openPage, settle } from './helpers.mjs';

const INSTRUMENT = fileURLToPath(new URL('./fixtures/instrument.js', import.meta.url));
const LUNGE_URL = '/demo/exercises/reverse-lunge.json';
const ESM = '<script type="module" src="/dist/exercise-elements.js"></script>';

let server;
let other;
let browser;

const FRAME = hostPage({
  body: `
<set-timer sets="1" reps="30" tempo="1-0-1-0" lead-in="0" persist></set-timer>
<mistakes-accordion>${inlineJson(LUNGE)}</mistakes-accordion>
<exercise-card layout="compact">${inlineJson(LUNGE)}</exercise-card>
<script src="/dist/exercise-elements.iife.js"></script>`,
});

const IMPORT_MAP = `<script type="importmap">${JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
  },
})}</script>`;

before(async () => {
  // The browser's own autoplay policy here, not the flag the other tests use.
  [server, other, browser] = await Promise.all([startServer(), startServer({ name: 'other origin' }), launch([], { defaultAutoplay: true })]);
  for (const s of [server, other]) s.page('/places/frame.html', FRAME);
  server.page(
    '/places/frames.html',
    hostPage({
      body: `
<iframe id="same" src="/places/frame.html" width="700" height="500"></iframe>
<iframe id="cross" src="${other.origin}/places/frame.html" width="700" height="500"></iframe>
<iframe id="allowed" src="${other.origin}/places/frame.html" allow="screen-wake-lock; autoplay" width="700" height="500"></iframe>
<iframe id="sandboxed" sandbox="allow-scripts" src="/places/frame.html" width="700" height="500"></iframe>`,
    }),
  );
  server.page(
    '/places/widget.html',
    hostPage({ head: '<script src="/test/embed/fixtures/host-widget.js"></script>', body: `<host-widget doc="${LUNGE_URL}"></host-widget>${ESM}` }),
  );
  const litPage = (first, second) =>
    hostPage({
      head: IMPORT_MAP,
      body: `<page-counter></page-counter>
<exercise-card src="${LUNGE_URL}"></exercise-card>
${first}${second}`,
    });
  const pageLit = '<script type="module" src="/test/embed/fixtures/page-lit.js"></script>';
  server.page('/places/lit-first.html', litPage(pageLit, ESM));
  server.page(
    '/places/react.html',
    hostPage({
      head: '<script src="/node_modules/react/umd/react.production.min.js"></script><script src="/node_modules/react-dom/umd/react-dom.production.min.js"></script>',
      body: `<div id="root"></div><script src="/test/embed/fixtures/page-react.js"></script>${ESM}`,
    }),
  );
  server.page('/places/lit-second.html', litPage(ESM, pageLit));
});
after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), other?.close()]);
});

describe('places', () => {
  test('inside another component’s shadow root: renders, context, keyboard, timer, no style leaks', async () => {
    const p = await openPage(browser);
    try {
      await p.page.goto(server.url('/places/widget.html'));
      await p.page.waitForFunction(() => customElements.get('set-timer') && document.querySelector('host-widget').shadowRoot);
      await p.page.waitForFunction(() => {
        const card = document.querySelector('host-widget').shadowRoot.querySelector('exercise-card');
        return card.shadowRoot?.querySelector('muscle-map')?.shadowRoot?.querySelector('[data-role]');
      });
      const widget = p.page.locator('host-widget');
      // Keyboard between accordion headers, two shadow roots deep.
      const headers = widget.locator('mistakes-accordion').first().locator('button[aria-expanded]');
      await headers.first().focus();
      await p.page.keyboard.press('ArrowDown');
      await p.page.keyboard.press('Enter');
      const focused = await p.page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.textContent.trim();
      });
      await widget.locator('set-timer').first().locator('[part~="button-primary"]').click();
      await p.page.waitForTimeout(300);
      const r = await p.page.evaluate(() => {
        const root = document.querySelector('host-widget').shadowRoot;
        const card = root.querySelector('exercise-card');
        const acc = root.querySelector('mistakes-accordion');
        const cs = getComputedStyle(acc.shadowRoot.querySelector('[part~="title"]'));
        return {
          title: card.shadowRoot.querySelector('#title')?.textContent.trim(),
          nestedRoles: card.shadowRoot.querySelector('muscle-map').shadowRoot.querySelectorAll('[data-role]').length,
          opened: acc.expandedIds,
          timer: root.querySelector('set-timer').state.status,
          map: root.querySelector('muscle-map').shadowRoot.querySelectorAll('[data-role]').length,
          font: [cs.fontSize, cs.letterSpacing, cs.color],
        };
      });
      assert.equal(r.title, LUNGE.name);
      assert.ok(r.nestedRoles > 0, 'the card’s muscle map got the document through context');
      assert.equal(focused, LUNGE.mistakes[1].title, 'ArrowDown moved focus to the second header');
      assert.deepEqual(r.opened, [LUNGE.mistakes[1].id]);
      assert.equal(r.timer, 'running');
      assert.ok(r.map > 0);
      assert.notEqual(r.font[0], '30px');
      assert.equal(r.font[1], 'normal');
      assert.notEqual(r.font[2], 'rgb(255, 0, 0)');
      assert.deepEqual(await p.allErrors(), []);
      assert.deepEqual(p.messages(), []);
    } finally {
      await p.close();
    }
  });

  test('inside iframes: same origin, another origin, with and without permissions, sandboxed', async () => {
    const p = await openPage(browser, { viewport: { width: 800, height: 2200 } });
    await p.context.addInitScript({ path: INSTRUMENT });
    try {
      await p.page.goto(server.url('/places/frames.html'));
      const results = {};
      for (const id of ['same', 'cross', 'allowed', 'sandboxed']) {
        const frame = p.page.frameLocator(`#${id}`);
        // A real click: the frame gets the user activation that sound and wake lock need.
        await frame.locator('set-timer [part~="button-primary"]').click();
        await frame.locator('mistakes-accordion button[aria-expanded]').first().click();
      }
      await p.page.waitForTimeout(400);
      for (const id of ['same', 'cross', 'allowed', 'sandboxed']) {
        const handle = await p.page.$(`#${id}`);
        const frame = await handle.contentFrame();
        // Where it is allowed, the wake lock request may still be on its way.
        if (id === 'same' || id === 'allowed') await frame.waitForFunction(() => window.__alive().wakeLocks === 1, null, { timeout: 5000 });
        results[id] = await frame.evaluate(() => ({
          timer: document.querySelector('set-timer').state.status,
          soundBlocked: !!document.querySelector('set-timer').shadowRoot.querySelector('.sound-state'),
          opened: document.querySelector('mistakes-accordion').expandedIds.length,
          card: document.querySelector('exercise-card').shadowRoot.querySelector('#title')?.textContent.trim(),
          alive: window.__alive(),
          errors: window.__errors,
        }));
      }
      console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { ...v, alive: v.alive.made, audioRunning: v.alive.audio }]))));
      for (const [id, r] of Object.entries(results)) {
        assert.equal(r.timer, 'running', id);
        assert.equal(r.opened, 1, id);
        assert.equal(r.card, LUNGE.name, id);
        assert.deepEqual(r.errors, [], id);
      }
      // The wake lock where the permissions policy allows it, and quietly none where it does not.
      assert.equal(results.same.alive.wakeLocks, 1);
      assert.equal(results.allowed.alive.wakeLocks, 1);
      assert.equal(results.cross.alive.made.wakeLocks, 0);
      assert.equal(results.sandboxed.alive.made.wakeLocks, 0);
      assert.deepEqual(await p.allErrors(), []);
      assert.deepEqual(p.messages(['error']), []);
    } finally {
      await p.close();
    }
  });

  for (const order of ['lit-first', 'lit-second']) {
    test(`a page with its own Lit (${order === 'lit-first' ? 'loaded before' : 'loaded after'} the bundle): both work`, async () => {
      const p = await openPage(browser);
      try {
        await p.page.goto(server.url(`/places/${order}.html`));
        await p.page.waitForFunction(() => customElements.get('page-counter') && customElements.get('exercise-card'));
        await settle(p.page, 'exercise-card, page-counter, muscle-map');
        await p.page.locator('page-counter #inc').click();
        await p.page.locator('page-counter #inc').click();
        const r = await p.page.evaluate(async () => {
          const counter = document.querySelector('page-counter');
          await counter.updateComplete;
          const map = counter.shadowRoot.querySelector('muscle-map');
          await map.updateComplete;
          return {
            counter: counter.shadowRoot.querySelector('#inc').textContent.trim(),
            mapRoles: map.shadowRoot.querySelectorAll('[data-role]').length,
            title: document.querySelector('exercise-card').shadowRoot.querySelector('#title')?.textContent.trim(),
            litCopies: window.litHtmlVersions?.length,
          };
        });
        assert.equal(r.counter, 'clicked 2');
        assert.ok(r.mapRoles > 0, 'our element rendered by the page’s Lit template');
        assert.equal(r.title, LUNGE.name);
        assert.equal(r.litCopies, 2, 'two copies of Lit on the page');
        assert.deepEqual(await p.allErrors(), []);
        assert.deepEqual(p.messages(), []);
      } finally {
        await p.close();
      }
    });
  }

  test('a React 18 app renders our elements, updates their attributes, unmounts and remounts them', async () => {
    const p = await openPage(browser);
    try {
      await p.page.goto(server.url('/places/react.html'));
      await p.page.waitForFunction(() => customElements.get('exercise-card') && document.querySelector('exercise-card'));
      await settle(p.page);
      const header = () => p.page.evaluate(() => document.querySelector('set-timer').shadowRoot.querySelector('[part~="header"]').textContent.replace(/\s+/g, ' ').trim());
      assert.match(await header(), /Set 1 of 2/);
      await p.page.locator('#more').click();
      await p.page.locator('#more').click();
      await settle(p.page);
      assert.match(await header(), /Set 1 of 4/, 'a React state change reaches the attribute');
      await p.page.locator('set-timer [part~="button-primary"]').click();
      await p.page.locator('#toggle').click(); // unmount the card
      await p.page.waitForFunction(() => !document.querySelector('exercise-card'));
      await p.page.locator('#toggle').click(); // and mount a new one
      await settle(p.page);
      const r = await p.page.evaluate(() => ({
        title: document.querySelector('exercise-card').shadowRoot.querySelector('#title')?.textContent.trim(),
        timer: document.querySelector('set-timer').state.status,
        headings: document.querySelector('mistakes-accordion').shadowRoot.querySelectorAll('h4').length,
      }));
      assert.equal(r.title, LUNGE.name);
      assert.equal(r.timer, 'running');
      assert.equal(r.headings, LUNGE.mistakes.length);
      assert.deepEqual(await p.allErrors(), []);
      assert.deepEqual(p.messages(), []);
    } finally {
      await p.close();
    }
  });
});
