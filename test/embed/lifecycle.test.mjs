// Lifecycle: 1,000 insert/remove cycles of each element (a running timer with sound and a wake
// lock among them) leave nothing running and keep the heap flat; moving an element keeps its
// state; 50 cards on one page keep every ARIA id reference inside its own shadow root.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';
import { TAGS, hostPage, launch, openPage, settle } from './helpers.mjs';

const CYCLES = 1000;
const MB = 1024 * 1024;
const INSTRUMENT = fileURLToPath(new URL('./fixtures/instrument.js', import.meta.url));

let server;
let browser;

before(async () => {
  [server, browser] = await Promise.all([startServer(), launch(['--js-flags=--expose-gc'])]);
  const bundle = '<script type="module" src="/dist/exercise-elements.js"></script>';
  server.page('/life.html', hostPage({ body: `<main id="stage"></main><aside id="elsewhere"></aside>${bundle}` }));
  const cards = Array.from({ length: 50 }, () => '<exercise-card src="/demo/exercises/reverse-lunge.json"></exercise-card>').join('\n');
  server.page('/fifty.html', hostPage({ body: cards + bundle }));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page with the instrumentation installed, the bundle loaded and the example document at hand. */
async function lifePage() {
  const p = await openPage(browser, { viewport: { width: 800, height: 600 } });
  await p.context.addInitScript({ path: INSTRUMENT });
  await p.page.goto(server.url('/life.html'));
  await p.page.waitForFunction(() => customElements.get('set-timer'));
  await p.page.evaluate(async () => {
    window.__doc = await (await fetch('/demo/exercises/reverse-lunge.json')).json();
    window.__settle = async (el) => {
      for (let i = 0; i < 10; i++) {
        const els = [el, ...el.shadowRoot.querySelectorAll('muscle-map, mistakes-accordion, set-timer')];
        await Promise.all(els.map((e) => e.updateComplete));
        if (els.every((e) => !e.isUpdatePending)) return;
      }
    };
  });
  return p;
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

/**
 * Runs `n` cycles in the page: a `tag` element with the example document is inserted, used (a
 * mistake opened, the timer started) and removed. Every fourth cycle makes a new element; the
 * others take the last one out and put it back, as a page moving content in and out does.
 * Timers have sound unless `muted` (speech synthesis makes each start cost ~10 ms headless).
 */
function cycles(page, tag, n, { muted = false } = {}) {
  return page.evaluate(
    async ({ tag, n, muted }) => {
      const stage = document.querySelector('#stage');
      let el;
      for (let i = 0; i < n; i++) {
        if (i % 4 === 0) {
          el = document.createElement(tag);
          if (tag === 'set-timer') {
            el.setAttribute('lead-in', '0');
            el.setAttribute('tempo', '1-0-1-0');
            if (muted) el.setAttribute('muted', '');
          }
          el.exercise = window.__doc;
        }
        stage.append(el);
        await window.__settle(el);
        if (tag === 'set-timer') {
          el.reset();
          el.start();
        }
        if (tag === 'mistakes-accordion') el.toggle('knee-caving');
        if (tag === 'exercise-card') el.shadowRoot.querySelector('mistakes-accordion')?.toggle('knee-caving');
        await window.__settle(el);
        el.remove();
        // A real removal, not a move: let the microtasks that follow a disconnect run.
        await Promise.resolve();
      }
    },
    { tag, n, muted },
  );
}

describe('lifecycle', () => {
  test(`${CYCLES} insert/remove cycles of each element leave nothing behind`, async () => {
    const p = await lifePage();
    try {
      const cdp = await p.context.newCDPSession(p.page);
      await cdp.send('Performance.enable');
      // The timer's sound needs a user gesture: a real click gives the page transient activation,
      // renewed before each batch, so started timers make (and must close) AudioContexts.
      const activate = () => p.page.mouse.click(5, 5);
      const baseline = await p.page.evaluate(() => window.__listenerBaseline());
      const report = {};
      for (const tag of TAGS) {
        await activate();
        await cycles(p.page, tag, 20); // warm-up: templates, styles, caches
        const before = await heapUsed(cdp);
        const t0 = Date.now();
        for (let done = 0; done < CYCLES; done += 100) {
          await activate();
          // Sound (AudioContext, speech) on the first 200 timer cycles, wake lock on all.
          await cycles(p.page, tag, 100, { muted: done >= 200 });
        }
        const ms = Date.now() - t0;
        // Wake lock requests, releases and closes still on their way settle (up to 5 s).
        const alive = await p.page.evaluate(async (b) => {
          const idle = (a) =>
            a.timeouts + a.intervals + a.frames + a.audio + a.wakeLocks + a.wakeLockRequestsPending + Object.keys(a.listeners).length === 0;
          for (let i = 0; i < 50 && !idle(window.__alive(b)); i++) await new Promise((r) => setTimeout(r, 100));
          return window.__alive(b);
        }, baseline);
        const growth = (await heapUsed(cdp)) - before;
        report[tag] = { ms, heapGrowthMB: +(growth / MB).toFixed(2), ...alive };
      }
      console.log(JSON.stringify(report, null, 1));
      for (const [tag, r] of Object.entries(report)) {
        assert.deepEqual(
          { timeouts: r.timeouts, intervals: r.intervals, frames: r.frames, listeners: r.listeners, audio: r.audio, wakeLocks: r.wakeLocks, pending: r.wakeLockRequestsPending },
          { timeouts: 0, intervals: 0, frames: 0, listeners: {}, audio: 0, wakeLocks: 0, pending: 0 },
          `${tag} left something running`,
        );
        assert.ok(r.heapGrowthMB < 5, `${tag}: heap grew ${r.heapGrowthMB} MB`);
      }
      // The running timers really did take a wake lock and make sound.
      assert.ok(report['set-timer'].made.wakeLocks >= CYCLES, `wake locks taken: ${report['set-timer'].made.wakeLocks}`);
      // (200 unless a batch outlived the 5 s of transient activation on a very busy machine.)
      assert.ok(report['set-timer'].made.audio >= 100, `AudioContexts made: ${report['set-timer'].made.audio}`);
      assert.deepEqual(await p.allErrors(), []);
      assert.deepEqual(p.messages(['error', 'warning']), []);
    } finally {
      await p.close();
    }
  });

  test('the instrumentation sees what is left behind (a check of the check)', async () => {
    const p = await lifePage();
    try {
      await p.page.mouse.click(5, 5);
      const baseline = await p.page.evaluate(() => window.__listenerBaseline());
      const alive = await p.page.evaluate(async (b) => {
        await navigator.wakeLock.request('screen');
        setInterval(() => {}, 1000);
        setTimeout(() => {}, 60_000);
        requestAnimationFrame(() => {});
        window.addEventListener('resize', () => {});
        matchMedia('(min-width: 1px)').addEventListener('change', () => {});
        new AudioContext();
        return window.__alive(b);
      }, baseline);
      assert.deepEqual(
        { ...alive, made: undefined },
        { timeouts: 1, intervals: 1, frames: 1, listeners: { window: 1, MediaQueryList: 1 }, audio: 1, wakeLocks: 1, wakeLockRequestsPending: 0, made: undefined },
      );
    } finally {
      await p.close();
    }
  });

  test('moving an element to another parent keeps its state (open mistakes, a paused or running timer)', async () => {
    const p = await lifePage();
    try {
      await p.page.mouse.click(5, 5); // transient activation: the running timer gets its sound
      const r = await p.page.evaluate(async () => {
        const stage = document.querySelector('#stage');
        const elsewhere = document.querySelector('#elsewhere');
        const make = (tag, attrs = {}) => {
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          el.exercise = window.__doc;
          stage.append(el);
          return el;
        };
        const timerAttrs = { 'lead-in': '0', tempo: '1-0-1-0', sets: '2', reps: '5' };
        const acc = make('mistakes-accordion');
        const card = make('exercise-card');
        const paused = make('set-timer', timerAttrs);
        const running = make('set-timer', timerAttrs);
        for (const el of [acc, card, paused, running]) await window.__settle(el);
        acc.toggle('hip-dropping', true);
        card.shadowRoot.querySelector('mistakes-accordion').toggle('knee-caving', true);
        paused.start();
        running.start();
        await new Promise((r) => setTimeout(r, 700));
        paused.pause();
        const pausedBefore = paused.state;
        const runningBefore = running.state;
        const aliveBefore = window.__alive();
        // A move: removed and inserted again in one go (as frameworks and sortable lists do).
        elsewhere.append(acc, card, paused, running);
        for (const el of [acc, card, paused, running]) await window.__settle(el);
        await new Promise((r) => setTimeout(r, 700));
        return {
          acc: acc.expandedIds,
          accButtons: [...acc.shadowRoot.querySelectorAll('button[aria-expanded="true"]')].length,
          card: card.shadowRoot.querySelector('mistakes-accordion').expandedIds,
          pausedBefore,
          pausedAfter: paused.state,
          runningBefore,
          runningAfter: running.state,
          aliveBefore,
          aliveAfter: window.__alive(),
        };
      });
      assert.deepEqual(r.acc, ['hip-dropping']);
      assert.equal(r.accButtons, 1);
      assert.deepEqual(r.card, ['knee-caving']);
      assert.equal(r.pausedAfter.status, 'paused');
      assert.deepEqual(r.pausedAfter, r.pausedBefore, 'a paused timer keeps its exact position');
      assert.equal(r.runningAfter.status, 'running');
      assert.ok(r.runningAfter.progress > r.runningBefore.progress, 'a running timer keeps running');
      // ...with its wake lock and its sound, as before the move (the paused one keeps its
      // AudioContext for when it resumes, and has let its wake lock go).
      console.log('before the move', JSON.stringify(r.aliveBefore), 'after', JSON.stringify(r.aliveAfter));
      assert.equal(r.aliveBefore.wakeLocks, 1);
      assert.equal(r.aliveBefore.audio, 2);
      assert.equal(r.aliveAfter.wakeLocks, 1, 'wake lock kept');
      assert.equal(r.aliveAfter.audio, 2, 'sound kept');
      assert.deepEqual(await p.allErrors(), []);
    } finally {
      await p.close();
    }
  });

  test('50 cards on one page: unique ids, every ARIA reference resolves in its own root', async () => {
    const p = await openPage(browser, { viewport: { width: 1000, height: 800 } });
    try {
      await p.page.goto(server.url('/fifty.html'));
      await settle(p.page);
      // Open each card's timer dialog too: it brings its own labelled elements.
      await p.page.evaluate(() => {
        for (const card of document.querySelectorAll('exercise-card')) card.shadowRoot.querySelector('[part~="timer-button"]')?.click();
      });
      await settle(p.page);
      const r = await p.page.evaluate(() => {
        const REFS = ['aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'aria-flowto', 'for', 'list', 'headers'];
        const problems = [];
        let roots = 0;
        let references = 0;
        const check = (root, where) => {
          roots++;
          const seen = new Set();
          for (const el of root.querySelectorAll('[id]')) {
            if (seen.has(el.id)) problems.push(`${where}: duplicate id "${el.id}"`);
            seen.add(el.id);
          }
          for (const el of root.querySelectorAll(REFS.map((a) => `[${a}]`).join(','))) {
            for (const attr of REFS) {
              for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
                references++;
                if (!root.getElementById(id)) problems.push(`${where}: ${el.localName}[${attr}="${id}"] resolves to nothing`);
              }
            }
          }
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) check(el.shadowRoot, `${where} > ${el.localName}`);
        };
        check(document, 'document');
        return { problems, roots, references, cards: document.querySelectorAll('exercise-card').length };
      });
      assert.equal(r.cards, 50);
      assert.deepEqual(r.problems.slice(0, 10), []);
      assert.ok(r.roots > 50 * 3 && r.references > 50 * 10, `${r.roots} roots, ${r.references} references checked`);
      console.log(`50 cards: ${r.roots} shadow roots and the document, ${r.references} id references, all resolved`);
      assert.deepEqual(await p.allErrors(), []);
    } finally {
      await p.close();
    }
  });
});
