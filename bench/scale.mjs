// Item 3, scale: every free-exercise-db exercise as a compact card on one page. Time and CPU
// to the first layout, the JS heap it keeps, and whether the page stays responsive while a
// reader scrolls through it; the same for the first 100, to see how the cost grows.
import { readFile } from 'node:fs/promises';
import { median } from './browser.mjs';
import { renderOnce } from './render.mjs';

/** All imported documents, in index.json's order, as one JSON array (served to the page). */
export async function fedbBundle(root) {
  const dir = `${root}demo/exercises/free-exercise-db/`;
  const index = JSON.parse(await readFile(`${dir}index.json`, 'utf8'));
  const docs = await Promise.all(index.map((entry) => readFile(`${dir}${entry.id}.json`, 'utf8')));
  return `[${docs.join(',')}]`;
}

export async function measureScale(context, origin, { runs, total }) {
  const sizes = [100, total];
  const samples = Object.fromEntries(sizes.map((n) => [n, []]));
  let last;
  for (let i = 0; i < runs; i++) {
    for (const n of sizes) {
      // The heap is measured from the page's state after a full GC before and after.
      const r = await renderOnce(context, origin, { lib: 'ours', kind: 'compact', n }, '&fedb', {
        beforeRun: async (metrics) => metrics.collectGarbage(),
      });
      await r.metrics.collectGarbage();
      const heap = (await r.metrics.read()).heap - r.heapBefore;
      samples[n].push({ render: r.render, cpu: r.cpu, heap, nodes: r.nodes });
      if (r.pending) throw new Error(`compact ${n}: ${r.pending} elements still updating when the clock stopped`);
      if (n === total && i === runs - 1) last = r;
      else await r.page.close();
    }
  }
  // Responsiveness: scroll the whole 873-card page, one step per frame.
  // Main-thread CPU per frame says what the frames cost without the machine's other load.
  const before = await last.metrics.read();
  const scroll = await last.page.evaluate(() => globalThis.bench.scrollThrough(300));
  scroll.cpuPerFrame = ((await last.metrics.read()).task - before.task) / scroll.frames;
  await last.page.close();
  const summary = (n) => ({
    n,
    runs: samples[n].length,
    render: median(samples[n].map((s) => s.render)),
    cpu: median(samples[n].map((s) => s.cpu)),
    heap: median(samples[n].map((s) => s.heap)),
    nodes: samples[n][0].nodes,
  });
  return { small: summary(100), all: summary(total), scroll, height: last.height };
}
