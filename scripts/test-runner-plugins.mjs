import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(['default', 'delete', 'new', 'class', 'function', 'var', 'let', 'const', 'import', 'export', 'in', 'of']);

/**
 * Test-runner plugin: serves CommonJS-only packages (Ajv, which has JSON requires of its own;
 * React 18) to the browser as one ES module each, bundled by esbuild on first request.
 * `specifiers` are bare imports such as 'ajv/dist/2020'; test code imports them as usual, as
 * the default export (`module.exports`) or by name (the names `module.exports` has in Node).
 *
 * A listed package that another listed package requires is not copied into it but imported
 * from its own served module, so there is one instance of it: React must be one copy for
 * 'react-dom/client' and the test's own 'react' (hooks live in React's module state).
 */
export function cjsAsEsm(specifiers) {
  const files = new Map(specifiers.map((spec) => [require.resolve(spec), spec]));
  const bundles = new Map();
  let rootDir = process.cwd();
  const urlOf = (file) => `/${path.relative(rootDir, file).split(path.sep).join('/')}`;

  /** esbuild plugin: `require('<another listed package>')` -> an import of its served module. */
  const shareListed = (self) => ({
    name: 'cjs-as-esm-share',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.namespace === 'cjs-as-esm-shared') return undefined;
        let file;
        try {
          file = require.resolve(args.path, { paths: [args.resolveDir] });
        } catch {
          return undefined;
        }
        if (file === self || !files.has(file)) return undefined;
        return { path: file, namespace: 'cjs-as-esm-shared' };
      });
      // An ES module re-exporting the served one: require() of it gives its named exports.
      b.onLoad({ filter: /.*/, namespace: 'cjs-as-esm-shared' }, (args) => ({
        contents: `export * from ${JSON.stringify(urlOf(args.path))};`,
        loader: 'js',
      }));
      b.onResolve({ filter: /^\//, namespace: 'cjs-as-esm-shared' }, (args) => ({ path: args.path, external: true }));
    },
  });

  /** Entry source: the CommonJS module as the default export, and its keys as named exports. */
  const entry = (file) => {
    const names = Object.keys(require(file)).filter((k) => IDENTIFIER.test(k) && !RESERVED.has(k));
    return [
      `import __cjs from ${JSON.stringify(file)};`,
      'export default __cjs;',
      names.length ? `export const { ${names.join(', ')} } = __cjs;` : '',
    ].join('\n');
  };

  return {
    name: 'cjs-as-esm',
    serverStart({ config }) {
      rootDir = config.rootDir;
    },
    async serve(context) {
      const file = path.join(rootDir, decodeURIComponent(context.path));
      if (!files.has(file)) return undefined;
      if (!bundles.has(file)) {
        const bundling = build({
          stdin: { contents: entry(file), resolveDir: path.dirname(file), sourcefile: `${files.get(file)} (as ESM)` },
          bundle: true,
          minify: true,
          format: 'esm',
          write: false,
          logLevel: 'silent',
          plugins: [shareListed(file)],
        });
        bundles.set(file, bundling.then((result) => result.outputFiles[0].text));
      }
      return { body: await bundles.get(file), type: 'js' };
    },
  };
}

/**
 * A test-runner plugin for one command that goes to the DevTools protocol directly, through one
 * session per page kept open (closing it would drop the override). `toProtocol(payload)` gives
 * the method and its parameters.
 */
function devtoolsCommand(command, toProtocol) {
  const sessions = new WeakMap();
  return {
    name: command,
    async executeCommand({ command: asked, payload, session }) {
      if (asked !== command) return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send(...toProtocol(payload));
      return true;
    },
  };
}

/**
 * Test-runner plugin: the `emulate-forced-colors` command (payload `{ active: boolean }`). The
 * built-in `emulateMedia` drops `forcedColors` under Puppeteer without a word, and Puppeteer's
 * own API refuses the feature.
 */
export const emulateForcedColors = () =>
  devtoolsCommand('emulate-forced-colors', (payload) => [
    'Emulation.setEmulatedMedia',
    { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] },
  ]);

/**
 * Test-runner plugin: the `set-default-font-size` command (payload `{ px }`) sets the browser's
 * default font size, as a reader does in the browser's settings (16 is Chrome's).
 */
export const defaultFontSize = () =>
  devtoolsCommand('set-default-font-size', (payload) => ['Page.setFontSizes', { fontSizes: { standard: payload.px, fixed: 13 } }]);

/**
 * Test-runner plugin: every test file imports `setupPath` first (on its first line, so line
 * numbers in stack traces stay right). Mocha's globals exist by then, so hooks it registers at
 * the top level apply to every test.
 */
export function importFirst(setupPath) {
  return {
    name: 'import-first',
    transform(context) {
      if (!/\.test\.ts$/.test(context.path)) return undefined;
      return { body: `import '${setupPath}'; ${context.body}` };
    },
  };
}
