// Item 1, bytes: what each element costs a page, against what a developer would load instead.
// Ours comes from the size budget script (scripts/size.mjs, the same figures `npm run size`
// checks in CI); the peers are bundled and minified here with esbuild. Everything is gzipped at
// level 9 with the same function.
import { build, transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { measureSizes, sizeOf, BUDGETS } from '../scripts/size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles an entry for the browser, minified, as a production build. */
async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0];
  return { code: code.text, ...sizeOf(code.contents) };
}

async function minified(text, loader) {
  return Buffer.from((await transform(text, { loader, minify: true })).code);
}

/**
 * The video facade's own cost: its module built as the bundle is (Lit left out: the card has it
 * anyway), plus its block of the card's stylesheet, minified and gzipped on its own.
 */
async function facadeSize() {
  const [{ rollup }, { default: configs }] = await Promise.all([import('rollup'), import('../rollup.config.mjs')]);
  const plugins = configs.find((c) => c.input === 'src/bundle.ts').plugins;
  const b = await rollup({ input: 'src/exercise-card/video-facade.ts', plugins, external: [/^lit(\/|$)/], onwarn: () => {} });
  const { output } = await b.generate({ format: 'es' });
  await b.close();
  const code = sizeOf(Buffer.from(output[0].code));
  const cardCss = await readFile(`${root}src/exercise-card/exercise-card.styles.ts`, 'utf8');
  const block = /\/\* Videos:[\s\S]*?\n\s*\n/.exec(cardCss)?.[0];
  const css = block ? sizeOf(await minified(block, 'css')) : undefined;
  return { code, css, gzip: code.gzip + (css?.gzip ?? 0) };
}

/**
 * Ours and the peers. `peerCode` is the browser bundle of the react-body-highlighter peer,
 * which the render benchmark serves.
 */
export async function measureBytes() {
  const ours = await measureSizes({ root });
  const rbh = await bundle('bench/peers/body-highlighter.mjs');
  const slDetails = await bundle('bench/peers/sl-details.mjs');
  const liteJs = await minified(await readFile(`${root}node_modules/lite-youtube-embed/src/lite-yt-embed.js`, 'utf8'), 'js');
  const liteCss = await minified(await readFile(`${root}node_modules/lite-youtube-embed/src/lite-yt-embed.css`, 'utf8'), 'css');
  const lite = { raw: liteJs.length + liteCss.length, gzip: sizeOf(liteJs).gzip + sizeOf(liteCss).gzip };
  return {
    whole: ours.bundles['dist/exercise-elements.js'],
    budget: BUDGETS.bundle,
    parts: ours.parts,
    alone: ours.alone,
    facade: await facadeSize(),
    peers: { rbh, slDetails, lite },
    peerCode: rbh.code,
  };
}
