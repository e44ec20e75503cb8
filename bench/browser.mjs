// The system Chromium through playwright-core, with the flags the project uses everywhere.
import { chromium } from 'playwright-core';
import { findChrome, chromeArgs } from '../scripts/find-chrome.mjs';

export async function launch() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chromium found (set CHROME_PATH)');
  // playwright adds its own --headless; the rest of the project's flags apply as they are.
  return chromium.launch({ executablePath, args: chromeArgs.filter((a) => !a.startsWith('--headless')) });
}

/**
 * Chromium's own clocks for a page, in thread time (CPU time of the renderer's main thread, so a
 * busy machine does not inflate them the way it inflates wall time): all main-thread task time
 * so far and, of it, style recalculation plus layout (ms). ScriptDuration is left out: it does
 * not count script run through DevTools' Runtime domain, which is how the harness calls in.
 */
export async function cdpMetrics(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    async read() {
      const { metrics } = await session.send('Performance.getMetrics');
      const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
      return {
        task: get('TaskDuration') * 1000,
        layout: (get('LayoutDuration') + get('RecalcStyleDuration')) * 1000,
        heap: get('JSHeapUsedSize'),
        nodes: get('Nodes'),
      };
    },
    async collectGarbage() {
      await session.send('HeapProfiler.collectGarbage');
    },
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
