// Turns the measurements into the one table `npm run bench` prints and bench/results.md keeps.
// Ratio is always ours / theirs: below 1 means we cost less.

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (v) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
const ratio = (ours, theirs) => (theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '–');
const pass = (ok) => (ok ? 'met' : '**not met**');

/** CPU time first (what the machine's load does not inflate), wall time in brackets. */
const cpuWall = (r) => `${ms(r.cpu)} (wall ${ms(r.render)})`;

export function buildRows({ bytes, render, scale, fetches, lighthouse, timer, budget }) {
  const rows = [];
  const row = (item, measure, ours, peer = '–', r = '–', target = '') => rows.push({ item, measure, ours, peer, r, target });

  // 1. Bytes (gzip level 9)
  const { whole, parts, alone, facade, peers } = bytes;
  row('1 bytes', 'dist/exercise-elements.js, all four elements', kb(whole.gzip), '–', '–', `≤ ${kb(budget)}: ${pass(whole.gzip <= budget)}`);
  for (const [name, size] of Object.entries(parts)) {
    row('1 bytes', /artwork/.test(name) ? `share: … of which, in <muscle-map>: ${name}` : `share: ${name}`, kb(size.gzip));
  }
  row('1 bytes', '<muscle-map> alone (+ Lit, shared base) vs react-body-highlighter + React + ReactDOM', kb(alone['muscle-map'].gzip), kb(peers.rbh.gzip), ratio(alone['muscle-map'].gzip, peers.rbh.gzip));
  row('1 bytes', '<mistakes-accordion> alone vs Shoelace <sl-details> (+ its dependencies)', kb(alone['mistakes-accordion'].gzip), kb(peers.slDetails.gzip), ratio(alone['mistakes-accordion'].gzip, peers.slDetails.gzip));
  row(
    '1 bytes',
    `video facade in <exercise-card> (its module${facade.css ? ' + its CSS block' : '; CSS block not found, not counted'}) vs lite-youtube-embed JS + CSS`,
    kb(facade.gzip),
    kb(peers.lite.gzip),
    ratio(facade.gzip, peers.lite.gzip),
  );
  row('1 bytes', '<set-timer> alone (+ Lit, shared base)', kb(alone['set-timer'].gzip));

  // 2. Render time
  const r = render;
  row('2 render', '1 card, inline data: CPU to first frame (wall to layout)', cpuWall(r['card-1']), '–', '–', `≤ 16 ms: ${pass(r['card-1'].cpu <= 16)}`);
  row(
    '2 render',
    "… vs the same card's DOM as static HTML, no script (declarative shadow roots, styles inline): what the browser alone spends on it",
    cpuWall(r['card-1']),
    cpuWall(r['card-1-static']),
    ratio(r['card-1'].cpu, r['card-1-static'].cpu),
  );
  const each = (x) => `${cpuWall(x)}; ${ms(x.cpu / x.n)} CPU per card`;
  row('2 render', '20 cards', each(r['card-20']));
  row('2 render', '100 cards', each(r['card-100']));
  row(
    '2 render',
    "20 cards on a page that skips off-screen sections (the README's content-visibility rule) vs 20 cards",
    each(r['card-20-cv']),
    each(r['card-20']),
    ratio(r['card-20-cv'].cpu, r['card-20'].cpu),
  );
  row(
    '2 render',
    '100 muscle maps (front + back) vs 100 react-body-highlighter pairs',
    cpuWall(r['maps-ours']),
    cpuWall(r['maps-rbh']),
    `${ratio(r['maps-ours'].cpu, r['maps-rbh'].cpu)} (wall ${ratio(r['maps-ours'].render, r['maps-rbh'].render)})`,
    `≤ 0.5×: ${pass(r['maps-ours'].cpu <= r['maps-rbh'].cpu / 2)}`,
  );
  row('2 render', '… of which style + layout (CPU)', ms(r['maps-ours'].layout), ms(r['maps-rbh'].layout), ratio(r['maps-ours'].layout, r['maps-rbh'].layout));

  // 3. Scale
  const { small, all, scroll } = scale;
  row('3 scale', `${small.n} compact cards: CPU (wall), JS heap kept, DOM nodes`, `${cpuWall(small)}, ${mb(small.heap)}, ${small.nodes.toLocaleString('en')}`);
  row('3 scale', `${all.n} compact cards: CPU (wall), JS heap kept, DOM nodes`, `${cpuWall(all)}, ${mb(all.heap)}, ${all.nodes.toLocaleString('en')}`);
  const perCard = (s, key) => s[key] / s.n;
  row(
    '3 scale',
    `growth per card, ${all.n} vs ${small.n}: CPU, heap`,
    `${ms(perCard(all, 'cpu'))} vs ${ms(perCard(small, 'cpu'))}; ${kb(perCard(all, 'heap'))} vs ${kb(perCard(small, 'heap'))}`,
    '–',
    `${ratio(perCard(all, 'cpu'), perCard(small, 'cpu'))} CPU, ${ratio(perCard(all, 'heap'), perCard(small, 'heap'))} heap`,
    '≈ 1× (linear)',
  );
  row(
    '3 scale',
    `scrolling all ${all.n}: main-thread CPU per frame; longest frame, frames over 50 ms, long tasks (wall)`,
    `${ms(scroll.cpuPerFrame)}; ${ms(scroll.maxGap)}, ${scroll.slowFrames} of ${scroll.frames}, ${scroll.longTasks}`,
    '–',
    '–',
    `CPU per frame ≤ 16 ms: ${pass(scroll.cpuPerFrame <= 16)}`,
  );

  // 4. Fetches
  const f = fetches;
  const fetchCell = (x) => `${x.requests} requests (${x.thirdParty} third-party), ${kb(x.firstPartyBytes)} from the host`;
  row('4 fetches', 'card + 6 videos before interaction vs the same card + 6 YouTube iframes', fetchCell(f.ours), fetchCell(f.iframes), `${ratio(f.ours.requests, f.iframes.requests)} requests`, `0 third-party: ${pass(f.ours.thirdParty === 0)}`);
  row('4 fetches', '… vs the same card + 6 lite-youtube-embed facades', fetchCell(f.ours), fetchCell(f.lite), `${ratio(f.ours.requests, f.lite.requests)} requests`);

  // 5. Lighthouse
  for (const [name, l] of Object.entries(lighthouse)) {
    const ok = l.performance >= 95 && l.accessibility === 100 && l.bestPractices === 100 && l.cls === 0;
    row(
      '5 lighthouse',
      `demo/index.html, ${name}${l.scores ? ` (median of ${l.scores.length} runs; performance ${l.scores.join(', ')})` : ''}: performance / accessibility / best practices / CLS`,
      `${l.performance} / ${l.accessibility} / ${l.bestPractices} / ${+l.cls.toFixed(3)}`,
      '–',
      '–',
      `≥ 95 / 100 / 100 / 0: ${pass(ok)}`,
    );
  }

  // 6. Timer
  row(
    '6 timer',
    'largest cue error, 30 simulated min, 0-50 ms jitter per tick, vs a setInterval countdown',
    ms(timer.ours.worst),
    ms(timer.naive.worst),
    timer.ours.worst === 0 ? '0× (ours under 0.001 ms)' : ratio(timer.ours.worst, timer.naive.worst),
    `≤ 1 ms: ${pass(timer.met)}`,
  );
  return rows;
}

export function markdownTable(rows) {
  const head = ['item', 'measure', 'ours', 'peer', 'ratio', 'target'];
  const esc = (s) => String(s).replaceAll('|', '\\|').replaceAll('<', '&lt;');
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((x) => `| ${[x.item, x.measure, x.ours, x.peer, x.r, x.target].map(esc).join(' | ')} |`),
  ].join('\n');
}

/** The table as plain columns for the terminal. */
export function textTable(rows) {
  const cols = ['item', 'measure', 'ours', 'peer', 'r', 'target'];
  const width = cols.map((c) => Math.max(c.length, ...rows.map((x) => String(x[c]).length)));
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(width[i])).join('  ').trimEnd();
  return [line(['item', 'measure', 'ours', 'peer', 'ratio', 'target']), line(width.map((w) => '-'.repeat(w))), ...rows.map((x) => line(cols.map((c) => x[c])))].join('\n');
}
