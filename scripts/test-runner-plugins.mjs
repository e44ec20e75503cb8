import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

/**
 * Test-runner plugin: serves CommonJS-only packages (Ajv, which has JSON requires of its own) to
 * the browser as one ES module each, bundled by esbuild on first request. `specifiers` are bare
 * imports such as 'ajv/dist/2020'; test code imports them as usual.
 */
export function cjsAsEsm(specifiers) {
  const files = new Map(specifiers.map((spec) => [require.resolve(spec), spec]));
  const bundles = new Map();
  let rootDir = process.cwd();
  return {
    name: 'cjs-as-esm',
    serverStart({ config }) {
      rootDir = config.rootDir;
    },
    async serve(context) {
      const file = path.join(rootDir, decodeURIComponent(context.path));
      if (!files.has(file)) return undefined;
      if (!bundles.has(file)) {
        const bundling = build({ entryPoints: [file], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
        bundles.set(file, bundling.then((result) => result.outputFiles[0].text));
      }
      return { body: await bundles.get(file), type: 'js' };
    },
  };
}
