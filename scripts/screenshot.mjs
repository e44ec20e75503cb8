// Takes headless-Chromium screenshots of a page, to look at what we build.
// Usage: node scripts/screenshot.mjs URL OUT.png [--width 800] [--height 600] [--dark] [--full] [--forced-colors] [--selector CSS]
import { chromium } from 'playwright-core';
import { findChrome, chromeArgs } from './find-chrome.mjs';

const args = process.argv.slice(2);
const [url, out] = args;
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [--width N] [--height N] [--dark] [--full] [--forced-colors] [--selector CSS]');
  process.exit(2);
}
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs.filter((a) => !a.startsWith('--headless')) });
try {
  const page = await browser.newPage({
    viewport: { width: Number(opt('--width', 800)), height: Number(opt('--height', 600)) },
    colorScheme: args.includes('--dark') ? 'dark' : 'light',
    forcedColors: args.includes('--forced-colors') ? 'active' : 'none',
    deviceScaleFactor: Number(opt('--scale', 1)),
  });
  page.on('console', (m) => console.log(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(Number(opt('--wait', 300)));
  const selector = opt('--selector');
  if (selector) await page.locator(selector).first().screenshot({ path: out });
  else if (args.includes('--full')) {
    // A viewport as tall as the page, not `fullPage`: a page that opts into content-visibility
    // (the README's rule for many cards) draws only what nears the viewport, so a capture beyond
    // it would show the rest blank.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: page.viewportSize().width, height });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: out });
  } else await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
