// `npm run bench`: measures exercise-elements and the libraries a site would use instead, in one
// run, prints one table (ours, the peer's, ours / peer) and writes it to bench/results.md.
// Needs `npm run build` first (it measures dist/). Options: --runs N (render runs per case,
// default 10), --scale-runs N (default 3), --no-lighthouse.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { startServer } from './server.mjs';
import { measureBytes } from './bytes.mjs';
import { measureRender, RENDER_CASES, renderOnce } from './render.mjs';
import { fedbBundle, measureScale } from './scale.mjs';
import { lungeWithVideos, measureFetches, videoPages } from './fetches.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measureTimer } from './timer.mjs';
import { buildRows, markdownTable, textTable } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option('--runs', 10);
const SCALE_RUNS = option('--scale-runs', 3);

if (!existsSync(`${root}dist/exercise-elements.js`)) {
  console.error('dist/exercise-elements.js is missing: run `npm run build` first.');
  process.exit(2);
}

const started = Date.now();
const load = [loadavg()[0]];
const step = (what) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${what}`);

step('bytes: our bundle, each element alone, the peers');
const bytes = await measureBytes();

const videoDoc = await lungeWithVideos(root);
const fedb = await fedbBundle(root);
const total = JSON.parse(fedb).length;
const routes = new Map([
  ['/bench/peer/body-highlighter.js', { type: 'text/javascript; charset=utf-8', body: bytes.peerCode }],
  ['/bench/data/fedb.json', { type: 'application/json; charset=utf-8', body: fedb }],
  ['/bench/data/reverse-lunge-videos.json', { type: 'application/json; charset=utf-8', body: JSON.stringify(videoDoc) }],
  ...Object.entries(videoPages(videoDoc)).map(([name, html]) => [`/bench/pages/videos-${name}.html`, { type: 'text/html; charset=utf-8', body: html }]),
]);
const server = await startServer(root, routes);
const browser = await launch();
const chromium = browser.version();
let render;
let scale;
let fetches;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  step('render: one page of each library to warm up, not counted');
  for (const c of [RENDER_CASES[0], RENDER_CASES.at(-1)]) await (await renderOnce(context, server.origin, c)).page.close();
  step(`render: ${RUNS} runs of ${RENDER_CASES.length} cases`);
  render = await measureRender(context, server.origin, RUNS);
  step(`scale: ${SCALE_RUNS} runs of 100 and ${total} compact cards, then a scroll through all`);
  scale = await measureScale(context, server.origin, { runs: SCALE_RUNS, total });
  step('fetches: card with videos, with YouTube iframes, with lite-youtube-embed');
  fetches = await measureFetches(context, server.origin);
  await context.close();
} finally {
  await browser.close();
}

let lighthouse = {};
if (!args.includes('--no-lighthouse')) {
  step('lighthouse 12.2.3: demo/index.html, mobile and desktop');
  lighthouse = await measureLighthouse(server.origin);
}
await server.close();

step('timer accuracy: bench/timer-accuracy.mjs');
const timer = await measureTimer();
load.push(loadavg()[0]);

const rows = buildRows({ bytes, render, scale, fetches, lighthouse, timer, budget: bytes.budget });
const cpu = cpus();
const machine = [
  `- date: ${new Date().toISOString()}`,
  `- node: ${process.version}`,
  `- Chromium: ${chromium} (headless, through playwright-core)`,
  `- CPU: ${cpu[0]?.model.trim()}, ${cpu.length} cores; memory ${(totalmem() / 1024 ** 3).toFixed(1)} GB`,
  `- load average (1 min) at start and end: ${load.map((l) => l.toFixed(1)).join(' and ')} (other work shares this machine: wall times swell with it, CPU times much less)`,
  `- runs: render ${RUNS} per case (median, after one warm-up page per library), scale ${SCALE_RUNS} (median); total ${((Date.now() - started) / 1000).toFixed(0)} s`,
].join('\n');

const failing = Object.entries(lighthouse)
  .flatMap(([name, l]) => l.failing.map((a) => `  - ${name}, ${a.category}: ${a.title} (${a.id}) ${a.value} ${a.items.filter(Boolean).join('; ')}`.trimEnd()))
  .join('\n');

const md = `# Benchmark results

Written by \`npm run bench\` (bench/run.mjs); do not edit by hand. Ratio = ours / peer: below 1 we cost less.

${machine}

${markdownTable(rows)}

## How it is measured

- **Bytes**: gzip level 9 of minified code. Ours from scripts/size.mjs (\`measureSizes()\`, the figures
  \`npm run size\` checks): dist/exercise-elements.js as built; "alone" is one element's define entry
  built with the bundle's own rollup plugins (Lit and the shared base included); a share is an
  entry alone minus what it shares (the card's: what it adds to the three it composes). The video
  facade is its module built the same way without Lit, plus its block of the card's stylesheet.
  Peers are bundled and minified with esbuild as production builds:
  react-body-highlighter with React and ReactDOM (\`createRoot\`), Shoelace's
  \`details/details.js\` with every chunk it imports; lite-youtube-embed is its JS and CSS minified.
- **Render**: a fresh page per run (bench/pages/render.html, a short host text above the stage), the
  runs of all cases interleaved. *CPU* is the renderer main thread's task time (DevTools
  Performance.getMetrics TaskDuration, thread ticks) from creation through the first frame that shows
  the content, paint included; *wall* is performance.measure from creation to the end of a forced
  layout after every Lit update has run. Cards take inline \`<script type="application/json">\` data
  (the reverse lunge); the content-visibility row adds the README's \`exercise-card::part(section)\`
  rule to the page, so sections below the fold are left out of the first frame. The static-HTML row
  draws one rendered card's DOM again (${render['card-1'].elements.toLocaleString('en')} elements through its shadow roots), serialized with
  declarative shadow roots and each root's styles as a \`<style>\`, in a page with no script at all:
  parsing, style, layout and paint of the same content, set with \`setHTMLUnsafe\`. Maps:
  ${render['maps-ours'].n} \`<muscle-map view="both">\` with the reverse lunge's muscles by attribute, against one React root rendering ${render['maps-rbh'].n} pairs of
  react-body-highlighter \`<Model>\` (anterior and posterior) with the same muscles mapped to its
  names, in 240 px cells. Shapes drawn: ${render['maps-ours'].shapes.toLocaleString('en')} (ours) vs
  ${render['maps-rbh'].shapes.toLocaleString('en')} (peer).
- **Scale**: the imported free-exercise-db documents as \`<exercise-card layout="compact">\` with inline
  data in a grid. Heap: JSHeapUsedSize after a forced GC, minus the same before creation. Scrolling:
  \`scrollBy\` 300 px per animation frame to the bottom (${scale.height.toLocaleString('en')} px), with a
  PerformanceObserver for long tasks.
- **Fetches**: each page loaded until the network is quiet for 500 ms, no interaction. Every request
  to another origin is counted and aborted (nothing leaves the machine), so third-party counts are
  the page's own requests, not what each would load in turn. Bytes from the host: encoded body +
  headers, served gzipped. Third-party hosts: iframes ${fetches.iframes.hosts.join(', ') || 'none'};
  lite-youtube-embed ${fetches.lite.hosts.join(', ') || 'none'}; ours ${fetches.ours.hosts.join(', ') || 'none'}.
- **Lighthouse** 12.2.3 CLI with the system Chromium (\`--chrome-flags\` with \`--headless=new --no-sandbox\`), default
  simulated throttling; mobile is its default form factor, desktop its \`--preset=desktop\`. Its
  benchmark index of this machine during the runs: ${Object.entries(lighthouse).map(([k, l]) => `${k} ${Math.round(l.benchmarkIndex)}`).join(', ')}
  (its simulated metrics scale the main-thread work it observes, so a loaded machine lowers the performance score).
  ${failing ? `Scored audits not passed (in the reported runs):\n${failing}` : 'Every scored audit passed.'}
- **Timer**: bench/timer-accuracy.mjs as it is; its output:

\`\`\`
${timer.output}
\`\`\`
`;

await writeFile(`${root}bench/results.md`, md);
console.log(`${machine}\n\n${textTable(rows)}\n\nwritten to bench/results.md`);
