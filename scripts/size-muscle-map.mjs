// Prints the gzipped size of <muscle-map>, bundled and minified with esbuild: its artwork (all
// four views; budget 14 KB) and the element with Lit without the artwork (budget 18 KB), plus,
// for information, the two together and the element with the shared foundation it needs when
// loaded alone. Exits 1 when a budget is exceeded.
// Usage: node scripts/size-muscle-map.mjs
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;

async function gzipped(entry, external) {
  const plugins = external
    ? [{ name: 'external', setup: (b) => b.onResolve({ filter: external }, (a) => ({ path: a.path, external: true })) }]
    : [];
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    plugins,
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gz: gzipSync(code, { level: 9 }).length };
}

// The foundation every element shares (document loading, validation, context, define guard)
// is counted once for the whole bundle, not against this element.
const SHARED = /^(\.\.\/)+(shared|schema|context)\/|\/version\.js$|^@lit\/context/;
const art = await gzipped('src/muscle-map/artwork.ts');
const ARTWORK = /\/artwork\.js$/;
const element = await gzipped('src/muscle-map/define.ts', new RegExp(`${SHARED.source}|${ARTWORK.source}`));
const total = await gzipped('src/muscle-map/define.ts', SHARED);
const standalone = await gzipped('src/muscle-map/define.ts');
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
const rows = [
  ['artwork, 4 views', art, 14 * KB],
  ['element + Lit (no artwork)', element, 18 * KB],
];
let over = false;
for (const [name, size, budget] of rows) {
  const ok = size.gz <= budget;
  over ||= !ok;
  console.log(`${name.padEnd(30)} ${fmt(size.raw).padStart(9)} min  ${fmt(size.gz).padStart(8)} gzip  (budget ${fmt(budget)}) ${ok ? 'ok' : 'OVER'}`);
}
console.log(`${'element + Lit + artwork'.padEnd(30)} ${fmt(total.raw).padStart(9)} min  ${fmt(total.gz).padStart(8)} gzip  (for information)`);
console.log(`${'standalone, with shared base'.padEnd(30)} ${fmt(standalone.raw).padStart(9)} min  ${fmt(standalone.gz).padStart(8)} gzip  (for information)`);
process.exit(over ? 1 : 0);
