import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findChrome, chromeArgs } from './scripts/find-chrome.mjs';
import { fixtureRoutes } from './test/server/fixture-routes.mjs';
import { cjsAsEsm, defaultFontSize, emulateForcedColors, importFirst } from './scripts/test-runner-plugins.mjs';

const executablePath = findChrome();
if (!executablePath) {
  throw new Error('No Chrome/Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [fixtureRoutes()],
  plugins: [
    // CommonJS-only packages: Ajv (the reference validator in test/schema); React 18 and its
    // DOM client (test/react), served sharing one React.
    cjsAsEsm(['ajv/dist/2020', 'react', 'react-dom/client']),
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' }),
    // emulateMedia({ forcedColors }) is ignored under Puppeteer: tests call test/shared/media.ts.
    emulateForcedColors(),
    defaultFontSize(),
    // A failed expectation on a DOM node is reported as its markup (see test/shared/setup.ts).
    importFirst('/test/shared/setup.ts'),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromeArgs },
      // Each test page in its own window: with concurrency 2, a second tab in one window is a
      // hidden background tab, where requestAnimationFrame and rendering (so beforematch,
      // open-wc's fixture() of plain elements) never run and tests time out.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
};
