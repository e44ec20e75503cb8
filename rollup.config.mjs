import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { chmod } from 'node:fs/promises';
import { typescriptTranspile, stripSchemaDocs } from './scripts/rollup-plugins.mjs';

const elements = ['exercise-card', 'muscle-map', 'mistakes-accordion', 'set-timer'];

const plugins = () => [
  // Lit's production build: no dev-mode warnings, smaller.
  nodeResolve({ exportConditions: ['production'] }),
  stripSchemaDocs(),
  json({ preferConst: true, compact: true }),
  typescriptTranspile(),
];

const minify = terser({
  ecma: 2022,
  module: true,
  // keep_fargs: false drops unused trailing parameters (only a function's .length changes, which
  // nothing here reads), and so lets terser inline Lit's `(name, _) => name` rename shim.
  compress: { passes: 3, keep_fargs: false },
  // V8's explicit compile hint (Chrome 136+): compile the whole bundle while it streams in, on a
  // background thread, instead of each function lazily on the main thread when a card first
  // renders (~8 ms of one card's first frame; main-thread load time unchanged). The cost: what
  // the page never calls (the timer, until opened) is compiled too, off the main thread.
  format: { comments: false, preamble: '//# allFunctionsCalledOnLoad' },
});

export default [
  // The one-file bundles a blogger pastes: Lit included, all four tags registered.
  {
    input: 'src/bundle.ts',
    plugins: [...plugins(), minify],
    output: [
      // Maps are written for debugging but not referenced: readers never download them.
      { file: 'dist/exercise-elements.js', format: 'es', sourcemap: 'hidden' },
      { file: 'dist/exercise-elements.iife.js', format: 'iife', sourcemap: 'hidden' },
    ],
  },
  // One element alone, for a page that uses only that one (a rep timer on a blog, a figure): Lit
  // included, about half the whole bundle. A page with two or more takes the whole bundle: each of
  // these carries its own Lit. (The card composes the other three, so its file is the whole bundle.)
  ...elements.slice(1).map((name) => ({
    input: `src/${name}/define.ts`,
    plugins: [...plugins(), minify],
    output: [
      // No maps: they would add 1.2 MB to the npm package (the whole bundle's maps cover the same code).
      { file: `dist/standalone/${name}.js`, format: 'es' },
      { file: `dist/standalone/${name}.iife.js`, format: 'iife' },
    ],
  })),
  // The npm entry points: one module per source file, Lit left to the app's bundler.
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'schema/index': 'src/schema/index.ts',
      // Not in "exports" (yet): built for the CLI's Node tests (converter; commands in-process).
      'import/free-exercise-db': 'src/import/free-exercise-db.ts',
      'cli/cli': 'src/cli/cli.ts',
      // exercise-elements/react: React and @lit/react come from the app.
      'react/index': 'src/react/index.ts',
      ...Object.fromEntries(
        elements.flatMap((name) => [
          [`${name}/${name}`, `src/${name}/${name}.ts`],
          [`${name}/define`, `src/${name}/define.ts`],
        ]),
      ),
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^tslib$/, /^react(-dom)?(\/|$)/],
    plugins: plugins(),
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
  },
  // The command-line tool (package.json "bin"): one executable Node module, schema inlined.
  {
    input: 'src/cli/main.ts',
    external: [/^node:/],
    plugins: [
      stripSchemaDocs(),
      json({ preferConst: true, compact: true }),
      typescriptTranspile(),
      { name: 'executable', writeBundle: (options) => chmod(options.file, 0o755) },
    ],
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
  },
];
