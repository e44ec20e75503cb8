// Size budgets, checked in CI after `npm test` (whose pretest builds dist/): prints what the
// bundles weigh and each element's share, and exits 1 when a met budget, or the bundle's
// no-regression ceiling, is exceeded, or when README.md quotes sizes that are no longer true.
// Usage: node scripts/size.mjs [--json]
//
// The bundles are read from dist/ as built. The shares are measured the same way the bundle is
// built: each entry bundled alone with the plugins of rollup.config.mjs (TypeScript, Lit's
// production build, terser), gzipped at level 9. An element's share is its define entry alone
// minus the shared foundation (Lit, the document loading and validation every element has),
// which the bundle carries once; the card's is what it adds to the three elements it composes.
import { rollup } from 'rollup';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;

/** Budgets in bytes, gzipped. Issue 8 (the bundle) and issue 3 (the muscle map). */
export const BUDGETS = {
  bundle: 32 * KB,
  artwork: 14 * KB,
  muscleMapWithLit: 18 * KB,
};

/**
 * The bundle is over its 32 KB budget today (issue 8 stays open; see bench/results.md for where
 * the bytes go). Until it meets it, CI holds the line at what it weighs now: lower this ceiling
 * whenever the bundle gets smaller. Raise it only for a fix the principles demand (accessibility,
 * clear errors for bad input, embedding) or for text a reader was shown wrong or clumsy, by what
 * the fix costs after savings found elsewhere, and say so in the commit.
 * - 47.8 -> 48.0 KB: keyboard focus, forced colours, content on hover, right-to-left pages,
 *   narrow cards and the timer's attribute warnings cost 221 B net (about 370 B before the cuts
 *   that paid for the rest).
 * - 48.0 -> 48.1 KB: the compact card's "Works" line names a whole group once ("Quadriceps", not
 *   its three heads each with "(quadriceps)"; 537 of the 873 imported cards): 88 B, after an
 *   unlinked video lost its box (-11 B). Three attempts at savings elsewhere gave nothing.
 * - 48.1 -> 48.3 KB: the timer audit's fixes (the live region on resume, on a side switch and on
 *   a counted rep; "Turn sound on" after a reload; a double tap that paused the rest; Back in
 *   count mode; events fired twice or with the wrong elapsed time, also across a reload; two
 *   timers sharing a save): 190 B.
 * - 48.3 -> 48.6 KB: the hostile-input audit's fixes (a load cut short by a move never ended;
 *   wrong-typed properties threw; no readable document left a card blank, hiding its fallback;
 *   blank text passed; a long URL made a huge error panel; a lone cue left an empty section):
 *   323 B after shortening the new warnings.
 * - 48.6 -> 48.8 KB: a warning for every attribute with a fixed set of values (`layout`, `theme`,
 *   `view`, `figure`, `mode`, `heading-level` were ignored in silence) and only plain decimals
 *   as timer numbers ("0x10" was 16 sets): 173 B, as one table per element rather than a
 *   converter per attribute (189 B).
 * - 48.8 -> 48.9 KB: a class defined under a second name (README's `MuscleMap.define('my-map')`)
 *   left the define-all tags undefined, blamed on "another copy": 43 B. Then, within it, the
 *   timer's face sized by its dial and its layout switched in em (text spacing and zoom): 50 B.
 * - 48.9 -> 49.0 KB: a `src` fetch cannot load (javascript:, file:, malformed) is said so, with no
 *   "Try again" (it was reported as a network failure): 85 B.
 * - 49.0 -> 48.1 KB: the bundle's modules in an order gzip likes better (the style sheets side by
 *   side, the large tables after the words), terser's keep_fargs off and a few more spaces out of
 *   the templates: -1,079 B. Of that, 78 B paid for the timer saying "Rest, 3 minutes" instead of
 *   "180 seconds", and 8 B for an `.exercise` object read as JSON (a validated copy, the 2 MB limit).
 * - 48.1 -> 48.3 KB: an element moved into another document (an iframe, a Picture-in-Picture
 *   window) lost all its styles, and one first connected there never rendered: its styles are
 *   adopted on each connection as sheets of its document, made once per document: 144 B (40 B
 *   of them the per-document cache).
 * - 48.3 -> 48.2 KB: redundancy out of the source (an <ol> no caller asked for, default arguments
 *   every caller overrides, typeof before Number.isFinite, one readableText() for four copies of
 *   the same test, the ring's nested svg template): -72 B; the figure drawn with fewer
 *   allocations: -28 B; icons in em: -9 B; listeners on the element's own document: -8 B. Of
 *   that, 82 B paid for the timer running on its own window's timers, wake lock and user
 *   activation (a Picture-in-Picture window), also after a move, and for sheets kept on a
 *   reconnection.
 * - 48.2 -> 48.3 KB: a timer's `start()` called right after `.exercise` was set, or while its
 *   `src` loaded, ran a default plan that the document's arrival then reset to idle, in silence:
 *   the document is read first now, and a `src` still loading starts once it is there; the
 *   accordion's `expandAll()`, `toggle()` and `expandedIds` likewise acted on an empty list, and
 *   `expandAll()` now waits for a `src`. 111 B, after 3 B found elsewhere (`!= null` for two
 *   double tests).
 */
export const BUNDLE_CEILING = 48.3 * KB;

const ELEMENTS = ['exercise-card', 'muscle-map', 'mistakes-accordion', 'set-timer'];

/** Entries measured alone, as module source. */
const ENTRIES = {
  lit: `export { LitElement, html, svg, css, nothing } from 'lit';`,
  foundation: `export { ExerciseElement } from './src/shared/exercise-element.ts';
export { defineElement } from './src/shared/define-element.ts';`,
  artwork: `export { ARTWORK } from './src/muscle-map/artwork.ts';`,
  ...Object.fromEntries(ELEMENTS.map((name) => [name, `import './src/${name}/define.ts';`])),
  // The card composes the other three: its own share is what it adds to them.
  composed: ELEMENTS.slice(1).map((name) => `import './src/${name}/define.ts';`).join('\n'),
};

/**
 * A page with one element carries only that element's words (src/i18n/*-words.ts): one German
 * phrase from each table, which must not appear in the entries that do not use the table.
 */
const WORDS = {
  card: { probe: 'Trainierte Muskeln', usedBy: ['exercise-card'] },
  map: { probe: 'Körperfigur', usedBy: ['exercise-card', 'muscle-map'] },
  mistakes: { probe: 'Alle öffnen', usedBy: ['exercise-card', 'mistakes-accordion'] },
  timer: { probe: 'Seite wechseln', usedBy: ['exercise-card', 'set-timer'] },
};

/** Raw and gzipped (level 9) byte counts. */
export function sizeOf(bytes) {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Bundles one entry (module source) with the bundle's own plugins and returns its minified code. */
async function bundleAlone(source, plugins) {
  const id = '\0size-entry.ts';
  const entry = {
    name: 'size-entry',
    resolveId: (s) => (s === id ? id : s.startsWith('./src/') ? `${ROOT}${s.slice(2)}` : null),
    load: (s) => (s === id ? source : null),
  };
  const build = await rollup({ input: id, plugins: [entry, ...plugins], onwarn: () => {} });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return Buffer.from(output[0].code);
}

/**
 * Measures the built bundles in dist/ and the share of each element, and checks the budgets.
 * Returns plain data (bytes), so that a benchmark can print it next to its own figures.
 */
export async function measureSizes({ root = ROOT } = {}) {
  const dist = (file) => readFile(new URL(`dist/${file}`, pathToFileURL(root + '/')));
  const bundles = {
    'dist/exercise-elements.js': sizeOf(await dist('exercise-elements.js')),
    'dist/exercise-elements.iife.js': sizeOf(await dist('exercise-elements.iife.js')),
    // For a page with one element only (the card's is the whole bundle).
    ...Object.fromEntries(
      await Promise.all(ELEMENTS.slice(1).map(async (name) => [`dist/standalone/${name}.js`, sizeOf(await dist(`standalone/${name}.js`))])),
    ),
  };
  const { default: config } = await import(pathToFileURL(`${root}/rollup.config.mjs`).href);
  const plugins = config.find((c) => c.input === 'src/bundle.ts').plugins;
  const code = Object.fromEntries(
    await Promise.all(Object.entries(ENTRIES).map(async ([name, source]) => [name, await bundleAlone(source, plugins)])),
  );
  const alone = Object.fromEntries(Object.entries(code).map(([name, bytes]) => [name, sizeOf(bytes)]));
  // Which entries carry words they do not use: [entry, table] pairs (none when all is well).
  const strayWords = ELEMENTS.flatMap((name) =>
    Object.entries(WORDS)
      .filter(([, w]) => !w.usedBy.includes(name) && code[name].includes(w.probe))
      .map(([table]) => [name, table]),
  );
  const minus = (a, b) => ({ raw: a.raw - b.raw, gzip: a.gzip - b.gzip });
  const parts = {
    Lit: alone.lit,
    'shared foundation (loading, validation, context)': minus(alone.foundation, alone.lit),
    ...Object.fromEntries(ELEMENTS.map((name) => [`<${name}>`, minus(alone[name], alone.foundation)])),
    '<exercise-card>': minus(alone['exercise-card'], alone.composed),
    'muscle-map artwork (landmarks and drawing)': alone.artwork,
  };
  const muscleMapWithLit = minus(alone['muscle-map'], minus(alone.foundation, alone.lit));
  const checks = [
    { name: 'dist/exercise-elements.js', size: bundles['dist/exercise-elements.js'].gzip, budget: BUDGETS.bundle, ceiling: BUNDLE_CEILING },
    { name: 'dist/exercise-elements.iife.js', size: bundles['dist/exercise-elements.iife.js'].gzip, budget: BUDGETS.bundle, ceiling: BUNDLE_CEILING },
    { name: 'muscle-map artwork, all four views', size: alone.artwork.gzip, budget: BUDGETS.artwork },
    { name: '<muscle-map> with Lit and its artwork', size: muscleMapWithLit.gzip, budget: BUDGETS.muscleMapWithLit },
  ].map((c) => ({ ...c, ok: c.size <= c.budget, held: c.size <= (c.ceiling ?? c.budget) }));
  // README.md quotes these figures: they must be today's.
  const readme = await readFile(new URL('README.md', pathToFileURL(root + '/')), 'utf8');
  const quoted = [
    ['`dist/exercise-elements.js` is ', bundles['dist/exercise-elements.js'].gzip],
    ['ceiling (', BUNDLE_CEILING],
    ['against ', bundles['dist/exercise-elements.js'].gzip],
    ...ELEMENTS.slice(1).map((name) => [`\`${name}.js\` `, bundles[`dist/standalone/${name}.js`].gzip]),
  ];
  const staleReadme = quoted.filter(([before, bytes]) => !readme.includes(before + kb(bytes)));
  // CI fails when a met budget or the bundle's ceiling is exceeded; an unmet budget is reported.
  const ok = checks.every((c) => c.held) && strayWords.length === 0 && staleReadme.length === 0;
  return { bundles, parts, alone, checks, strayWords, staleReadme, ok };
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;

function print({ bundles, parts, alone, checks, strayWords, staleReadme }) {
  const row = (name, s) => `  ${name.padEnd(52)} ${kb(s.gzip).padStart(9)} ${kb(s.raw).padStart(10)}`;
  console.log(`  ${''.padEnd(52)} ${'gzip'.padStart(9)} ${'minified'.padStart(10)}`);
  for (const [name, s] of Object.entries(bundles)) console.log(row(name, s));
  console.log('  Shares (each entry bundled alone, then subtracted):');
  for (const [name, s] of Object.entries(parts)) console.log(row(`  ${name}`, s));
  console.log('  A page with one element only (its define entry alone, Lit included):');
  for (const name of ELEMENTS) console.log(row(`  <${name}>`, alone[name]));
  console.log('  Budgets:');
  for (const c of checks) {
    const ceiling = c.ceiling ? ` (not met; CI ceiling ${kb(c.ceiling)})` : '';
    console.log(`  ${c.ok ? 'ok  ' : 'OVER'} ${c.name.padEnd(47)} ${kb(c.size).padStart(9)} of ${kb(c.budget)}${c.ok ? '' : ceiling}`);
  }
  console.log(`  ${strayWords.length ? 'OVER' : 'ok  '} each element alone carries only its own words`);
  console.log(`  ${staleReadme.length ? 'OVER' : 'ok  '} README.md quotes today's sizes`);
  for (const [before, bytes] of staleReadme) console.error(`README.md should say "${before}${kb(bytes)}"`);
  for (const [name, table] of strayWords) console.error(`<${name}> alone carries the ${table} words (src/i18n/${table}-words.ts) it does not use`);
  for (const c of checks.filter((c) => !c.held)) {
    const limit = c.ceiling ?? c.budget;
    console.error(`size limit exceeded: ${c.name} is ${c.size} B gzipped, over its ${limit} B limit by ${c.size - limit} B`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await measureSizes();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else print(result);
  process.exit(result.ok ? 0 : 1);
}
