// Item 1, bytes: what each element costs a page, against what a developer would load instead.
// Everything is minified with esbuild and gzipped at level 9, ours and the peers alike.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Gzipped size in bytes (level 9). TODO: use scripts/size.mjs's measuring function once it exists. */
export function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Bundles an entry for the browser, minified, as a production build. */
export async function bundle(entry, { loader } = {}) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    metafile: true,
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
    loader,
  });
  const code = result.outputFiles.find((f) => f.path.endsWith('.js')) ?? result.outputFiles[0];
  return { code: code.text, bytes: code.contents.length, gz: gzipSize(code.contents), metafile: result.metafile };
}

async function minifyFile(path, loader) {
  const text = await readFile(`${root}${path}`, 'utf8');
  const { transform } = await import('esbuild');
  const out = await transform(text, { loader, minify: true });
  return Buffer.from(out.code);
}

/** Which part of the bundle a source file (as named in the source map) belongs to. */
function owner(source) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit|tslib)\//.test(source)) return 'Lit (+ @lit/context, tslib)';
  const m = /(?:^|\/)src\/([^/]+)\//.exec(source);
  if (m && ['exercise-card', 'muscle-map', 'mistakes-accordion'].includes(m[1])) return `<${m[1]}>`;
  if (m && ['set-timer', 'timer'].includes(m[1])) return '<set-timer>';
  return 'shared foundation';
}

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** The fields of one source-map segment (base64 VLQ). */
function decodeSegment(text) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = B64[c];
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Characters of the generated code per original source, read from its source map: each
 * segment owns the text up to the next segment (what source-map-explorer does).
 */
function charsPerSource(code, map) {
  const lines = code.split('\n');
  const perSource = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, i) => {
    const text = lines[i] ?? '';
    let col = 0;
    const segments = line ? line.split(',').map(decodeSegment) : [];
    segments.forEach((seg, k) => {
      col += seg[0];
      if (seg.length > 1) source += seg[1];
      const end = k + 1 < segments.length ? col + segments[k + 1][0] : text.length;
      const name = seg.length > 1 ? map.sources[source] : '(unmapped)';
      perSource.set(name, (perSource.get(name) ?? 0) + (end - col));
    });
  });
  return perSource;
}

/** One element's define entry built exactly as dist/exercise-elements.js is (rollup.config.mjs). */
async function rollupAlone(entry) {
  const [{ rollup }, { default: configs }] = await Promise.all([import('rollup'), import('../rollup.config.mjs')]);
  const b = await rollup({ input: entry, plugins: configs[0].plugins, onwarn: () => {} });
  const { output } = await b.generate({ format: 'es' });
  await b.close();
  const code = Buffer.from(output[0].code);
  return { bytes: code.length, gz: gzipSize(code) };
}

/**
 * Ours and the peers. `peerCode` is the browser bundle of the react-body-highlighter peer,
 * which the render benchmark serves.
 */
export async function measureBytes() {
  const dist = await readFile(`${root}dist/exercise-elements.js`);
  const whole = { bytes: dist.length, gz: gzipSize(dist) };

  // Each part's share of the shipped bundle: its characters in dist/exercise-elements.js
  // (through the source map) as a fraction of the whole, applied to the gzipped size.
  const map = JSON.parse(await readFile(`${root}dist/exercise-elements.js.map`, 'utf8'));
  const perSource = charsPerSource(dist.toString('utf8'), map);
  const parts = new Map();
  let facade = 0;
  for (const [source, chars] of perSource) {
    parts.set(owner(source), (parts.get(owner(source)) ?? 0) + chars);
    if (source.endsWith('video-facade.ts')) facade += chars;
  }
  const total = [...parts.values()].reduce((a, b) => a + b, 0);
  // The facade's styles live in the card's stylesheet: its block there, minified on its own.
  const cardCss = await readFile(`${root}src/exercise-card/exercise-card.styles.ts`, 'utf8');
  const videoCss = /\/\* Videos:[\s\S]*?\n\s*\n/.exec(cardCss)?.[0];
  const facadeCss = videoCss ? Buffer.from((await (await import('esbuild')).transform(videoCss, { loader: 'css', minify: true })).code) : undefined;
  const share = (chars) => ({ bytes: Math.round((chars / total) * whole.bytes), gz: Math.round((chars / total) * whole.gz) });
  const shares = [...parts].sort((a, b) => b[1] - a[1]).map(([name, chars]) => ({ name, ...share(chars) }));

  // What a page pays to load one element alone (its define entry with Lit and the shared base).
  // <exercise-card>'s entry registers the three others it composes: it is the whole bundle.
  const alone = {};
  for (const name of ['muscle-map', 'mistakes-accordion', 'set-timer']) {
    alone[name] = await rollupAlone(`src/${name}/define.ts`);
  }

  const rbh = await bundle('bench/peers/body-highlighter.mjs');
  const slDetails = await bundle('bench/peers/sl-details.mjs');
  const liteJs = await minifyFile('node_modules/lite-youtube-embed/src/lite-yt-embed.js', 'js');
  const liteCss = await minifyFile('node_modules/lite-youtube-embed/src/lite-yt-embed.css', 'css');
  const lite = { bytes: liteJs.length + liteCss.length, gz: gzipSize(liteJs) + gzipSize(liteCss) };

  return {
    whole,
    shares,
    alone,
    facade: {
      ...share(facade),
      css: facadeCss ? { bytes: facadeCss.length, gz: gzipSize(facadeCss) } : undefined,
    },
    peers: { rbh, slDetails, lite },
    peerCode: rbh.code,
  };
}
