// Strict CSP with Trusted Types: the built bundles render and run all four elements (a mistake
// opened, the timer started, the card's JSON-LD written) with no CSP violation, no console
// error and no uncaught exception.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { LUNGE, hostPage, inlineJson, launch, openPage, settle } from './helpers.mjs';

// `lit-html` is Lit's policy (its templates); `exercise-elements` is ours, for the card's
// JSON-LD only (src/shared/json-script.ts). Both are named in the README.
const BASE = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const STRICT = `${BASE}; trusted-types lit-html exercise-elements`;
const LIT_ONLY = `${BASE}; trusted-types lit-html`;
// Two copies of Lit (two copies of the bundle, or the page's own Lit) each create `lit-html`.
const DUPLICATES = `${STRICT} 'allow-duplicates'`;

const BODY = `
<exercise-card src="/demo/exercises/reverse-lunge.json"></exercise-card>
<muscle-map src="/demo/exercises/reverse-lunge.json" view="both" interactive></muscle-map>
<mistakes-accordion>${inlineJson(LUNGE)}</mistakes-accordion>
<set-timer src="/demo/exercises/reverse-lunge.json" lead-in="0"></set-timer>
<set-timer id="broken" src="/net/404"></set-timer>
`;
const ESM = '<script type="module" src="/dist/exercise-elements.js"></script>';
const IIFE = '<script src="/dist/exercise-elements.iife.js"></script>';

/** Counts `securitypolicyviolation` events from the first moment of every document. */
function countViolations() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
  );
}

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([startServer(), launch()]);
  const csp = { 'Content-Security-Policy': STRICT };
  server.page('/csp/esm.html', hostPage({ body: BODY + ESM }), csp);
  server.page('/csp/iife.html', hostPage({ head: IIFE, body: BODY }), csp);
  server.page('/csp/lit-only.html', hostPage({ body: BODY + ESM }), { 'Content-Security-Policy': LIT_ONLY });
  server.page('/csp/two-copies.html', hostPage({ head: IIFE, body: BODY + ESM }), { 'Content-Security-Policy': DUPLICATES });
  // A probe that the policy is really enforced: an inline script that must be blocked.
  server.page('/csp/probe.html', hostPage({ body: '<script>window.__inline = true</script>' }), csp);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function exercise(p) {
  const { page } = p;
  await settle(page);
  // Open the first mistake of the stand-alone accordion and of the card's, with real clicks.
  await page.locator('mistakes-accordion').locator('button[aria-expanded]').first().click();
  await page.locator('exercise-card').locator('mistakes-accordion button[aria-expanded]').first().click();
  // Start the stand-alone timer (no lead-in) and let it run a little.
  await page.locator('set-timer:not(#broken)').locator('[part~="button-primary"]').click();
  await page.waitForTimeout(300);
  // The card's own timer: created on demand in a modal dialog, then started.
  await page.locator('exercise-card').locator('[part~="timer-button"]').click();
  await settle(page);
  await page.locator('exercise-card').locator('set-timer [part~="button-primary"]').click();
  return page.evaluate(() => {
    const acc = document.querySelector('mistakes-accordion');
    const timer = document.querySelector('set-timer:not(#broken)');
    const ld = document.querySelector('exercise-card > script[type="application/ld+json"]');
    return {
      violations: window.__violations,
      opened: acc.shadowRoot.querySelector('button[aria-expanded="true"]') !== null,
      cardOpened: document.querySelector('exercise-card').shadowRoot.querySelector('mistakes-accordion').shadowRoot.querySelector('button[aria-expanded="true"]') !== null,
      timer: timer.state,
      cardTimer: document.querySelector('exercise-card').shadowRoot.querySelector('set-timer')?.state.status,
      jsonLd: ld ? JSON.parse(ld.textContent)['@type'] : null,
      broken: document.querySelector('#broken').shadowRoot.querySelector('[part~="error"]')?.textContent ?? '',
      mapShapes: document.querySelector('muscle-map').shadowRoot.querySelectorAll('[data-role]').length,
      cardTitle: document.querySelector('exercise-card').shadowRoot.querySelector('#title')?.textContent.trim(),
    };
  });
}

describe('strict CSP with Trusted Types', { concurrency: true }, () => {
  test('the policy is enforced on these pages (an inline script is blocked and reported)', async () => {
    const p = await openPage(browser, { initScript: countViolations });
    try {
      await p.page.goto(server.url('/csp/probe.html'));
      await p.page.waitForFunction(() => window.__violations.length > 0);
      assert.equal(await p.page.evaluate(() => window.__inline), undefined);
    } finally {
      await p.close();
    }
  });

  for (const kind of ['esm', 'iife']) {
    test(`the ${kind} bundle renders and runs every element with no violation`, async () => {
      const p = await openPage(browser, { initScript: countViolations });
      try {
        await p.page.goto(server.url(`/csp/${kind}.html`));
        const r = await exercise(p);
        assert.deepEqual(r.violations, []);
        assert.equal(r.cardTitle, LUNGE.name);
        assert.ok(r.mapShapes > 0, 'muscle map highlights muscles');
        assert.ok(r.opened && r.cardOpened, 'mistakes open');
        assert.equal(r.timer.status, 'running');
        assert.ok(r.timer.phase !== 'idle', `timer in a phase (${r.timer.phase})`);
        assert.equal(r.cardTimer, 'running');
        assert.equal(r.jsonLd, 'HowTo');
        assert.match(r.broken, /HTTP 404/);
        assert.deepEqual(await p.allErrors(), []);
        assert.deepEqual(p.messages(['error']), []);
      } finally {
        await p.close();
      }
    });
  }

  test('both bundles on one page, with the policy allowing duplicates: no violation', async () => {
    const p = await openPage(browser, { initScript: countViolations });
    try {
      await p.page.goto(server.url('/csp/two-copies.html'));
      const r = await exercise(p);
      assert.deepEqual(r.violations, []);
      assert.equal(r.timer.status, 'running');
      assert.equal(r.jsonLd, 'HowTo');
      assert.deepEqual(await p.allErrors(), []);
      assert.deepEqual(p.messages(), []);
    } finally {
      await p.close();
    }
  });

  test('with only lit-html allowed, everything works but the JSON-LD, with one report and one warning', async () => {
    const p = await openPage(browser, { initScript: countViolations });
    try {
      await p.page.goto(server.url('/csp/lit-only.html'));
      const r = await exercise(p);
      assert.deepEqual(r.violations, ['trusted-types trusted-types-policy exercise-elements']);
      assert.equal(r.jsonLd, null);
      assert.equal(r.cardTitle, LUNGE.name);
      assert.ok(r.opened && r.cardOpened);
      assert.equal(r.timer.status, 'running');
      assert.deepEqual(await p.allErrors(), []);
      const warnings = p.messages(['warning']);
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0], /allow the policy "exercise-elements"/);
    } finally {
      await p.close();
    }
  });
});
