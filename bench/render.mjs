// Item 2, render time: cards with inline data, and muscle maps against react-body-highlighter
// on the same page shape. Each run is a fresh page; the runs of every case are interleaved so
// that a busy moment on the machine does not land on one side only.
import { cdpMetrics, median } from './browser.mjs';

export const RENDER_CASES = [
  { id: 'card-1', lib: 'ours', kind: 'cards', n: 1 },
  { id: 'card-20', lib: 'ours', kind: 'cards', n: 20 },
  { id: 'card-100', lib: 'ours', kind: 'cards', n: 100 },
  // The same 20 cards on a page that opts into the README's content-visibility rule.
  { id: 'card-20-cv', lib: 'ours', kind: 'cards', n: 20, query: '&cv' },
  // The DOM of card-1 as static HTML (declarative shadow roots, styles inline), with no script:
  // what the browser alone spends to draw that much content.
  { id: 'card-1-static', lib: 'static', kind: 'static', n: 1 },
  { id: 'maps-ours', lib: 'ours', kind: 'maps', n: 100 },
  { id: 'maps-rbh', lib: 'rbh', kind: 'rbh', n: 100 },
];

/**
 * One timed run in a fresh page: the page's own marks (creation to forced layout, wall time)
 * and Chromium's main-thread CPU time over the same call (script, style and layout together,
 * and style + layout alone).
 */
export async function renderOnce(context, origin, { lib, kind, n, html }, query = '', { beforeRun } = {}) {
  const page = await context.newPage();
  try {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/bench/pages/render.html?lib=${lib}${query}`);
    await page.evaluate(() => globalThis.bench.ready);
    if (html) await page.evaluate((copy) => (globalThis.bench.staticHtml = copy), html);
    // Let the page's own first frames be drawn before the clock starts.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const metrics = await cdpMetrics(page);
    await beforeRun?.(metrics);
    const before = await metrics.read();
    const result = await page.evaluate(([k, count]) => globalThis.bench.run(k, count), [kind, n]);
    const after = await metrics.read();
    const census = await page.evaluate(() => globalThis.bench.census());
    if (errors.length) throw new Error(`${lib} ${kind} ${n}: ${errors.join('; ')}`);
    return {
      ...result,
      ...census,
      cpu: after.task - before.task,
      layout: after.layout - before.layout,
      heapBefore: before.heap,
      nodes: after.nodes - before.nodes,
      page,
      metrics,
    };
  } catch (error) {
    await page.close();
    throw error;
  }
}

export async function measureRender(context, origin, runs) {
  const { page } = await renderOnce(context, origin, RENDER_CASES[0]);
  const html = await page.evaluate(() => globalThis.bench.serialize());
  await page.close();
  const cases = RENDER_CASES.map((c) => (c.lib === 'static' ? { ...c, html } : c));
  const samples = Object.fromEntries(RENDER_CASES.map((c) => [c.id, []]));
  const census = {};
  for (let i = 0; i < runs; i++) {
    for (const c of cases) {
      const { page, metrics, ...r } = await renderOnce(context, origin, c, c.query);
      await page.close();
      samples[c.id].push(r);
      census[c.id] ??= r;
      if (r.pending) throw new Error(`${c.id}: ${r.pending} elements still updating when the clock stopped`);
    }
  }
  // The copy must be the same DOM: the live card's elements, less its two scripts, plus one <style> per shadow root.
  if (census['card-1-static'].elements < census['card-1'].elements * 0.95) throw new Error('card-1-static: the static copy lost part of the card');
  return Object.fromEntries(
    RENDER_CASES.map((c) => [
      c.id,
      {
        ...c,
        runs: samples[c.id].length,
        render: median(samples[c.id].map((s) => s.render)),
        cpu: median(samples[c.id].map((s) => s.cpu)),
        layout: median(samples[c.id].map((s) => s.layout)),
        shapes: census[c.id].shapes,
        elements: census[c.id].elements,
        height: census[c.id].height,
      },
    ]),
  );
}
