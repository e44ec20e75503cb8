// Shared set-up of the embedding tests: one headless Chromium per test file, a context and
// page per test, and what every test collects from a page (uncaught errors, console output).
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChrome, chromeArgs } from '../../scripts/find-chrome.mjs';

// These tests load the built bundles; they never build (npm test's pretest does).
for (const file of ['exercise-elements.js', 'exercise-elements.iife.js']) {
  if (!existsSync(new URL(`../../dist/${file}`, import.meta.url))) throw new Error(`dist/${file} is missing: run \`npm run build\` first.`);
}

export const LUNGE = JSON.parse(readFileSync(new URL('../../demo/exercises/reverse-lunge.json', import.meta.url), 'utf8'));
export const TAGS = ['exercise-card', 'muscle-map', 'mistakes-accordion', 'set-timer'];

/**
 * Launches the browser the other Chromium tests use (headless; no network beyond localhost).
 * `defaultAutoplay` drops our flag that lets audio play without a gesture, so the browser's
 * real autoplay policy applies.
 */
export async function launch(extraArgs = [], { defaultAutoplay = false } = {}) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chrome/Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      ...chromeArgs.filter((a) => !a.startsWith('--headless') && !(defaultAutoplay && a.startsWith('--autoplay-policy'))),
      // Every host name but 127.0.0.1 fails at once: no third-party request, no DNS wait in CI.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ...extraArgs,
    ],
  });
}

/**
 * A fresh context and page whose uncaught errors (`errors`, from every frame through an init
 * script as well as Playwright's `pageerror`) and console messages (`console`) are recorded.
 */
export async function openPage(browser, { viewport = { width: 900, height: 800 }, initScript, ...options } = {}) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', ...options });
  await context.addInitScript(() => {
    window.__errors = [];
    window.addEventListener('error', (e) => window.__errors.push(`error: ${e.message}`));
    window.addEventListener('unhandledrejection', (e) => window.__errors.push(`unhandled rejection: ${e.reason?.message ?? e.reason}`));
  });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  const console = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => console.push({ type: m.type(), text: m.text(), url: m.location().url }));
  return {
    page,
    context,
    errors,
    console,
    /**
     * Console messages of these types (default: errors and warnings), leaving out the browser's
     * own "Failed to load resource" lines for the /net/ routes that fail on purpose.
     */
    messages: (types = ['error', 'warning']) =>
      console
        .filter((m) => types.includes(m.type) && !(m.text.startsWith('Failed to load resource') && m.url.includes('/net/')))
        .map((m) => m.text),
    /** Uncaught errors seen by Playwright or, in any frame, by the init script. */
    async allErrors() {
      const inFrames = [];
      for (const frame of page.frames()) {
        try {
          inFrames.push(...(await frame.evaluate(() => window.__errors ?? [])));
        } catch {
          // a frame that went away
        }
      }
      return [...new Set([...errors, ...inFrames.map((e) => e.replace(/^(error|unhandled rejection): /, ''))])];
    },
    close: () => context.close(),
  };
}

/** A plain HTML host page. `head` and `body` are markup; nothing else is added. */
export function hostPage({ title = 'host page', head = '', body = '', lang = 'en' } = {}) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** `<script type="application/json">` holding `doc`, safe to put in HTML. */
export const inlineJson = (doc) =>
  `<script type="application/json">${JSON.stringify(doc).replace(/</g, '\\u003c')}</script>`;

/**
 * In the page: resolves once every element matching `selector` (default: our four tags,
 * in light DOM and in our shadow roots) has finished loading and rendering.
 */
export function settle(page, selector = TAGS.join(','), timeout = 15_000) {
  return page.evaluate(
    async ({ selector, timeout }) => {
      const deadline = performance.now() + timeout;
      const all = () => {
        const found = [];
        const walk = (root) => {
          for (const el of root.querySelectorAll(selector)) {
            found.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot && !el.localName.match(/^(exercise-card|muscle-map|mistakes-accordion|set-timer)$/)) walk(el.shadowRoot);
        };
        walk(document);
        return found;
      };
      for (;;) {
        const els = all();
        await Promise.all(els.map((el) => el.updateComplete));
        const loading = els.filter((el) => !el.shadowRoot || el.shadowRoot.querySelector('[part~="loading"]'));
        if (loading.length === 0 && els.every((el) => !el.isUpdatePending)) break;
        if (performance.now() > deadline) throw new Error(`still loading: ${loading.map((e) => e.localName).join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    },
    { selector, timeout },
  );
}
