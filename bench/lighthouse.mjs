// Item 5, Lighthouse 12.2.3 on the demo page (its default: a mobile page load under simulated
// slow 4G and a 4x slower CPU; and its desktop preset), through its CLI with the system Chromium.
import { fileURLToPath } from 'node:url';
import { findChrome, chromeArgs } from '../scripts/find-chrome.mjs';
import { runNode } from './run-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** Runs Lighthouse once; resolves with its JSON report (lhr). */
async function lighthouse(url, extra = []) {
  const args = [
    `${root}node_modules/lighthouse/cli/index.js`,
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${chromeArgs.join(' ')}`,
    ...extra,
  ];
  const { code, out, err } = await runNode(args, { ...process.env, CHROME_PATH: findChrome() });
  if (code !== 0) throw new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`);
  try {
    return JSON.parse(out);
  } catch {
    throw new Error(`lighthouse printed no JSON: ${err.slice(-2000)}`);
  }
}

/** Scores (0-100), the main metrics and every scored audit that is not passed. */
function summarize(lhr) {
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (id) => lhr.audits[id];
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const a = audit(ref.id);
      if (ref.weight > 0 && a.score !== null && a.score < 1) {
        const items = (a.details?.items ?? []).slice(0, 5).map((item) => item.description ?? item.url ?? item.node?.snippet ?? '');
        failing.push({ category: id, id: ref.id, title: a.title, score: a.score, value: a.displayValue ?? '', items });
      }
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    cls: audit('cumulative-layout-shift').numericValue,
    fcp: audit('first-contentful-paint').numericValue,
    lcp: audit('largest-contentful-paint').numericValue,
    tbt: audit('total-blocking-time').numericValue,
    si: audit('speed-index').numericValue,
    failing,
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    runtimeError: lhr.runtimeError?.message,
    warnings: lhr.runWarnings ?? [],
  };
}

/**
 * Mobile three times, reporting the run with the median performance score (Lighthouse's own
 * advice, as its scores move with the machine's load), and desktop once.
 */
export async function measureLighthouse(origin, path = '/demo/index.html', { mobileRuns = 3 } = {}) {
  const runs = [];
  for (let i = 0; i < mobileRuns; i++) runs.push(summarize(await lighthouse(`${origin}${path}`)));
  runs.sort((a, b) => a.performance - b.performance);
  const mobile = { ...runs[runs.length >> 1], scores: runs.map((r) => r.performance) };
  const desktop = summarize(await lighthouse(`${origin}${path}`, ['--preset=desktop']));
  return { mobile, desktop };
}
