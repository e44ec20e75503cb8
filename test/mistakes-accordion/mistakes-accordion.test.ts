import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/mistakes-accordion/define.js';
import { COPIED_MS, MistakesAccordion, type MistakeToggleDetail } from '../../src/mistakes-accordion/mistakes-accordion.js';
import type { Mistake } from '../../src/schema/exercise-types.js';

const MISTAKES: Mistake[] = [
  {
    id: 'pelvis',
    title: 'Pelvis tilting',
    avoid: 'Keep the pelvis level.',
    why: ['It shifts the work away from the hip.', 'It strains the lower back.'],
    fixes: ['Take a shorter step.', { text: 'Slow down.', items: ['Count three on the way down.'] }],
    muscles: ['gluteus-medius', 'glutes'],
  },
  { id: 'knee', title: 'Knee caving', avoid: 'Keep the knee over the toes.', fixes: ['Push the knee out a little.'] },
  { id: 'heel', title: 'Heel lifting', avoid: 'Keep the heel down.', why: ['The knee takes the strain.'], muscles: ['soleus'] },
];

const exercise = (mistakes: unknown = MISTAKES) => ({ schemaVersion: 1, id: 'probe', name: 'Probe lunge', mistakes });

async function accordion(template = html`<mistakes-accordion .mistakes=${MISTAKES}></mistakes-accordion>`) {
  const el = await fixture<MistakesAccordion>(template);
  await el.updateComplete;
  return el;
}

const root = (el: MistakesAccordion) => el.shadowRoot!;
const buttons = (el: MistakesAccordion) => [...root(el).querySelectorAll<HTMLButtonElement>('button[part="button"]')];
const panels = (el: MistakesAccordion) => [...root(el).querySelectorAll<HTMLElement>('[part="panel"]')];
const expanded = (el: MistakesAccordion) => buttons(el).map((b) => b.getAttribute('aria-expanded'));
const toggleAll = (el: MistakesAccordion) => root(el).querySelector<HTMLButtonElement>('[part="toggle-all"]');
const focused = (el: MistakesAccordion) => root(el).activeElement;

/** Collects `mistake-toggle` details from the document (so they must bubble and be composed). */
function recordToggles() {
  const seen: MistakeToggleDetail[] = [];
  const listener = (e: Event) => seen.push((e as CustomEvent<MistakeToggleDetail>).detail);
  document.addEventListener('mistake-toggle', listener);
  return { seen, stop: () => document.removeEventListener('mistake-toggle', listener) };
}

afterEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  await emulateMedia({ reducedMotion: 'no-preference', media: 'screen', colorScheme: 'light' });
});

describe('<mistakes-accordion>', () => {
  describe('ARIA accordion pattern', () => {
    it('makes each header a level-3 heading holding a button that controls a labelled region', async () => {
      const el = await accordion();
      const items = root(el).querySelectorAll('[part~="item"]');
      expect(items).to.have.length(3);
      items.forEach((item, i) => {
        const heading = item.querySelector('[part="heading"]')!;
        expect(heading.localName).to.equal('h3');
        const button = heading.querySelector('button')!;
        expect(button.getAttribute('part')).to.equal('button');
        expect(button.type).to.equal('button');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.textContent).to.contain(MISTAKES[i]!.title);
        const panel = root(el).getElementById(button.getAttribute('aria-controls')!)!;
        expect(panel, 'aria-controls points at the panel').to.exist;
        // Closed, it is no landmark: six empty regions would crowd a screen reader's list.
        expect(panel.hasAttribute('role')).to.be.false;
        expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
        expect(panel.getAttribute('hidden')).to.equal('until-found');
      });
      const button = root(el).querySelector<HTMLButtonElement>('[part="button"]')!;
      button.click();
      await el.updateComplete;
      const panel = root(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('role')).to.equal('region');
      expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(panel.hasAttribute('hidden')).to.be.false;
    });

    it('honours heading-level 2 to 6 and falls back to 3 for anything else', async () => {
      const el = await accordion();
      for (const [value, tag] of [
        ['2', 'h2'],
        ['6', 'h6'],
        ['4', 'h4'],
        ['1', 'h3'],
        ['7', 'h3'],
        ['abc', 'h3'],
        ['', 'h3'],
      ]) {
        el.setAttribute('heading-level', value!);
        await el.updateComplete;
        const tags = [...root(el).querySelectorAll('[part="heading"]')].map((h) => h.localName);
        expect(tags, `heading-level="${value}"`).to.deep.equal([tag, tag, tag]);
      }
    });

    it('keeps ids unique and references resolvable with three accordions on one page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <mistakes-accordion .mistakes=${MISTAKES}></mistakes-accordion>
        <mistakes-accordion .mistakes=${MISTAKES}></mistakes-accordion>
        <mistakes-accordion .exercise=${exercise()}></mistakes-accordion>
      </div>`);
      const all = [...wrapper.querySelectorAll<MistakesAccordion>('mistakes-accordion')];
      await Promise.all(all.map((el) => el.updateComplete));
      const ids = all.flatMap((el) => [...root(el).querySelectorAll('[id]')].map((node) => node.id));
      expect(ids.length).to.be.greaterThan(3 * 6);
      expect(new Set(ids).size, 'no id repeats across the three').to.equal(ids.length);
      for (const el of all) {
        for (const node of root(el).querySelectorAll('[aria-controls], [aria-labelledby]')) {
          for (const ref of [node.getAttribute('aria-controls'), node.getAttribute('aria-labelledby')]) {
            if (ref) expect(root(el).getElementById(ref), `#${ref} in the same shadow root`).to.exist;
          }
        }
      }
    });
  });

  describe('keyboard', () => {
    it('toggles with Enter and with Space (native buttons)', async () => {
      const el = await accordion();
      buttons(el)[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
      expect(panels(el)[1]!.hasAttribute('hidden')).to.be.false;
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
      expect(panels(el)[1]!.getAttribute('hidden')).to.equal('until-found');
    });

    it('moves between headers with Down and Up (wrapping), Home and End', async () => {
      const el = await accordion();
      const [first, second, third] = buttons(el);
      first!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(second);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(third);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el), 'Down on the last wraps to the first').to.equal(first);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el), 'Up on the first wraps to the last').to.equal(third);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(second);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(first);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(third);
      expect(expanded(el), 'moving opens nothing').to.deep.equal(['false', 'false', 'false']);
    });

    it('leaves arrow keys alone outside the header buttons', async () => {
      const el = await accordion();
      const copy = root(el).querySelector<HTMLButtonElement>('[part="copy-link"]')!;
      copy.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(copy);
    });
  });

  describe('modes', () => {
    it('multiple (default) keeps any number open', async () => {
      const el = await accordion();
      expect(el.mode).to.equal('multiple');
      buttons(el)[0]!.click();
      buttons(el)[2]!.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['true', 'false', 'true']);
      expect(el.expandedIds).to.deep.equal(['pelvis', 'heel']);
    });

    it('single keeps at most one open, announcing the close before the open', async () => {
      const el = await accordion(html`<mistakes-accordion mode="single" .mistakes=${MISTAKES}></mistakes-accordion>`);
      buttons(el)[0]!.click();
      await el.updateComplete;
      const log = recordToggles();
      buttons(el)[2]!.click();
      await el.updateComplete;
      log.stop();
      expect(expanded(el)).to.deep.equal(['false', 'false', 'true']);
      expect(log.seen.map((d) => [d.id, d.open])).to.deep.equal([
        ['pelvis', false],
        ['heel', true],
      ]);
      buttons(el)[2]!.click();
      await el.updateComplete;
      expect(expanded(el), 'the open one can be closed too').to.deep.equal(['false', 'false', 'false']);
    });

    it('switching to single leaves only the first open one open', async () => {
      const el = await accordion();
      el.expandAll();
      await el.updateComplete;
      el.mode = 'single';
      await el.updateComplete;
      expect(el.expandedIds).to.deep.equal(['pelvis']);
    });
  });

  describe('expand and collapse all', () => {
    it('expandAll() and toggle() right after the document is given, before any render, act on it', async () => {
      // What a script does: make it, give it the document, put it on the page, open the mistakes.
      for (const give of [(el: MistakesAccordion) => (el.exercise = exercise()), (el: MistakesAccordion) => (el.mistakes = MISTAKES)]) {
        const el = document.createElement('mistakes-accordion');
        give(el);
        document.body.append(el);
        try {
          el.expandAll();
          expect(el.expandedIds).to.deep.equal(['pelvis', 'knee', 'heel']);
          expect(el.toggle('knee')).to.equal(false);
          await el.updateComplete;
          expect(expanded(el)).to.deep.equal(['true', 'false', 'true']);
        } finally {
          el.remove();
        }
      }
    });

    it('expandAll() while its src is loading opens every mistake once they are there', async () => {
      const el = Object.assign(document.createElement('mistakes-accordion'), { src: '/demo/exercises/reverse-lunge.json' });
      document.body.append(el);
      const log = recordToggles();
      try {
        el.expandAll();
        await oneEvent(el, 'exercise-load');
        await el.updateComplete;
        const ids = buttons(el).length;
        expect(ids).to.be.greaterThan(1);
        expect(expanded(el).every((e) => e === 'true'), 'all open').to.be.true;
        expect(log.seen.length, 'one event each').to.equal(ids);
      } finally {
        log.stop();
        el.remove();
      }
    });

    it('expandAll() while loading, then a switch to single mode: nothing opens, then or after a switch back', async () => {
      const el = Object.assign(document.createElement('mistakes-accordion'), { src: '/demo/exercises/reverse-lunge.json' });
      document.body.append(el);
      try {
        el.expandAll();
        el.mode = 'single';
        await oneEvent(el, 'exercise-load');
        await el.updateComplete;
        el.mode = 'multiple';
        await el.updateComplete;
        expect(el.expandedIds).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });

    it('expandAll() and collapseAll() open and close every mistake, one event each', async () => {
      const el = await accordion();
      buttons(el)[1]!.click();
      await el.updateComplete;
      const log = recordToggles();
      el.expandAll();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['true', 'true', 'true']);
      expect(log.seen.map((d) => d.id), 'only the ones that changed').to.deep.equal(['pelvis', 'heel']);
      el.collapseAll();
      await el.updateComplete;
      log.stop();
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
      expect(panels(el).every((p) => p.getAttribute('hidden') === 'until-found')).to.be.true;
      expect(log.seen).to.have.length(5);
    });

    it('offers a button that says what it will do', async () => {
      const el = await accordion();
      const button = toggleAll(el)!;
      expect(button.textContent!.trim()).to.equal('Expand all');
      button.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['true', 'true', 'true']);
      expect(button.textContent!.trim()).to.equal('Collapse all');
      button.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
    });

    it('has no expand-all in single mode, where expandAll() changes nothing', async () => {
      const el = await accordion(html`<mistakes-accordion mode="single" .mistakes=${MISTAKES}></mistakes-accordion>`);
      expect(toggleAll(el)).to.be.null;
      el.expandAll();
      await el.updateComplete;
      expect(el.expandedIds).to.deep.equal([]);
    });

    it('toggle(id, force) opens and closes one; unknown ids change nothing', async () => {
      const el = await accordion();
      expect(el.toggle('knee')).to.be.true;
      expect(el.toggle('knee', true)).to.be.true;
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
      expect(el.toggle('knee')).to.be.false;
      expect(el.toggle('nope', true)).to.be.false;
      await el.updateComplete;
      expect(el.expandedIds).to.deep.equal([]);
    });
  });

  describe('mistake-toggle', () => {
    it('bubbles out of the shadow root with id, open and the muscle ids (groups expanded)', async () => {
      const el = await accordion();
      const log = recordToggles();
      buttons(el)[0]!.click();
      await el.updateComplete;
      buttons(el)[0]!.click();
      await el.updateComplete;
      buttons(el)[1]!.click();
      await el.updateComplete;
      log.stop();
      expect(log.seen).to.deep.equal([
        { id: 'pelvis', open: true, muscles: ['gluteus-medius', 'gluteus-maximus'] },
        { id: 'pelvis', open: false, muscles: ['gluteus-medius', 'gluteus-maximus'] },
        { id: 'knee', open: true, muscles: [] },
      ]);
    });

    it('is composed, and fires after the panel is rendered', async () => {
      const el = await accordion();
      const event = oneEvent(el, 'mistake-toggle');
      buttons(el)[2]!.click();
      const { composed, bubbles } = await event;
      expect(composed && bubbles).to.be.true;
      expect(panels(el)[2]!.hasAttribute('hidden')).to.be.false;
    });
  });

  describe('find-in-page', () => {
    it("opens a collapsed mistake when the browser's text search finds it (text fragment, real beforematch)", async () => {
      // Chromium honours a text fragment only on a navigation the user started: start it from a
      // real key press (sendKeys goes through the browser's input pipeline).
      const url = '/test/mistakes-accordion/find-in-page.html#:~:text=zebrafish';
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button type="button" @click=${(e: Event) => ((e.target as HTMLElement).nextElementSibling as HTMLIFrameElement).src = url}>
          Load
        </button><iframe title="find" width="600" height="300"></iframe>
      </div>`);
      const frame = wrapper.querySelector('iframe')!;
      const loaded = oneEvent(frame, 'load');
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await loaded;
      const win = frame.contentWindow as Window & { toggles: MistakeToggleDetail[] };
      await waitUntil(() => win.toggles?.length > 0, 'beforematch opened a mistake', { timeout: 3000 });
      expect(win.toggles.map((t) => [t.id, t.open])).to.deep.equal([['second', true]]);
      const el = frame.contentDocument!.querySelector('mistakes-accordion')!;
      await el.updateComplete;
      const button = el.shadowRoot!.querySelectorAll('button[part="button"]')[1]!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.querySelectorAll('[part="panel"]')[1]!.hasAttribute('hidden')).to.be.false;
    });

    it('opens on a beforematch event and keeps single mode single', async () => {
      const el = await accordion(html`<mistakes-accordion mode="single" .mistakes=${MISTAKES}></mistakes-accordion>`);
      el.toggle('pelvis', true);
      await el.updateComplete;
      panels(el)[1]!.dispatchEvent(new Event('beforematch'));
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
    });
  });

  describe('deep links', () => {
    it('opens #mistake-<id> on load and scrolls it into view', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      history.replaceState(null, '', '#mistake-heel');
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="height: 3000px"></div>
        <mistakes-accordion .mistakes=${MISTAKES}></mistakes-accordion>
      </div>`);
      const el = wrapper.querySelector('mistakes-accordion')!;
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'false', 'true']);
      const item = root(el).querySelectorAll('[part~="item"]')[2]!;
      expect(item.classList.contains('targeted')).to.be.true;
      expect(scrollY, 'the page scrolled down to it').to.be.greaterThan(2500);
      expect(item.getBoundingClientRect().top).to.be.within(0, innerHeight - 100);
      window.scrollTo(0, 0);
    });

    it('waits for a document that is still loading', async () => {
      history.replaceState(null, '', '#mistake-knee');
      const el = await accordion(html`<mistakes-accordion></mistakes-accordion>`);
      expect(buttons(el)).to.have.length(0);
      el.exercise = exercise();
      await oneEvent(el, 'mistake-toggle');
      expect(el.expandedIds).to.deep.equal(['knee']);
    });

    it('follows hashchange, and ignores fragments that are not its own', async () => {
      const el = await accordion();
      location.hash = '#mistake-knee';
      await oneEvent(el, 'mistake-toggle');
      expect(el.expandedIds).to.deep.equal(['knee']);
      expect(focused(el) === buttons(el)[1], 'an in-page link moves the focus to its header').to.be.true;
      location.hash = '#mistake-unknown';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      location.hash = '#somewhere-else';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(el.expandedIds).to.deep.equal(['knee']);
      expect(root(el).querySelector('.targeted')).to.be.null;
    });

    it('copies the link of a mistake and confirms it for a moment', async () => {
      const el = await accordion();
      const writes: string[] = [];
      const clipboard = { writeText: async (text: string) => void writes.push(text) };
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
      try {
        root(el).querySelectorAll<HTMLButtonElement>('[part="copy-link"]')[1]!.click();
        // The fake clock stops waitUntil's timers: let the clipboard promise and the update settle.
        for (let i = 0; i < 5; i += 1) await el.updateComplete;
        expect(writes).to.have.length(1);
        const url = new URL(writes[0]!);
        expect(url.hash).to.equal('#mistake-knee');
        expect(url.pathname).to.equal(location.pathname);
        expect(root(el).querySelector('[part="copied"]')!.textContent).to.equal('Link copied');
        expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Link copied');
        clock.tick(COPIED_MS - 1);
        await el.updateComplete;
        expect(root(el).querySelector('[part="copied"]')).to.exist;
        clock.tick(1);
        await el.updateComplete;
        expect(root(el).querySelector('[part="copied"]')).to.be.null;
      } finally {
        clock.restore();
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('shows the link, selected, when the clipboard refuses', async () => {
      const el = await accordion();
      const clipboard = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
      Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
      try {
        root(el).querySelector<HTMLButtonElement>('[part="copy-link"]')!.click();
        await waitUntil(() => root(el).querySelector('[part="copy-fallback"] input'), 'fallback shown');
        const input = root(el).querySelector<HTMLInputElement>('[part="copy-fallback"] input')!;
        expect(new URL(input.value).hash).to.equal('#mistake-pelvis');
        await waitUntil(() => focused(el) === input, 'focused');
        expect(input.selectionEnd! - input.selectionStart!).to.equal(input.value.length);
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(root(el).querySelector('[part="copy-fallback"]')).to.be.null;
        // The keyboard goes back to the button that offered the link, not to <body>.
        expect(focused(el)?.getAttribute('part')).to.equal('copy-link');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });
  });

  describe('content', () => {
    it('shows the avoid sentence, why, nested fixes and muscle chips with display names', async () => {
      const el = await accordion();
      const panel = panels(el)[0]!;
      expect(panel.querySelector('[part="avoid"]')!.textContent).to.equal('Keep the pelvis level.');
      expect([...panel.querySelectorAll('ul[part="why"] > li')].map((li) => li.textContent)).to.have.length(2);
      const fixes = panel.querySelectorAll('ul[part="fixes"] > li');
      expect(fixes).to.have.length(2);
      expect(fixes[1]!.querySelector('ul > li')!.textContent).to.equal('Count three on the way down.');
      expect([...panel.querySelectorAll('[part="chip"]')].map((c) => c.textContent)).to.deep.equal([
        'Gluteus medius and minimus',
        'Glutes',
      ]);
      expect(panels(el)[2]!.querySelector('p[part="why"]')!.textContent, 'one reason is a sentence').to.equal(
        'The knee takes the strain.',
      );
      expect(panels(el)[1]!.querySelector('[part="chips"]'), 'no muscles, no chips').to.be.null;
    });

    it('renders document text with <script> and <img onerror> as text', async () => {
      const w = window as Window & { pwned?: boolean };
      const evil = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>';
      const el = await accordion(html`<mistakes-accordion
        .exercise=${exercise([{ id: 'x', title: evil, avoid: evil, why: [evil], fixes: [{ text: evil, items: [evil] }] }])}
      ></mistakes-accordion>`);
      el.expandAll();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(root(el).querySelector('img, script')).to.be.null;
      expect(buttons(el)[0]!.textContent).to.contain(evil);
      expect(root(el).querySelector('[part="avoid"]')!.textContent).to.equal(evil);
      expect(w.pwned).to.be.undefined;
    });
  });

  describe('data', () => {
    it('reads the reverse lunge from src: six mistakes', async () => {
      const el = await accordion(html`<mistakes-accordion src="/demo/exercises/reverse-lunge.json"></mistakes-accordion>`);
      await oneEvent(el, 'exercise-load');
      await el.updateComplete;
      expect(buttons(el)).to.have.length(6);
    });

    it('reads inline JSON', async () => {
      const el = await accordion(html`<mistakes-accordion>
        <script type="application/json">${JSON.stringify(exercise())}</script>
      </mistakes-accordion>`);
      await el.updateComplete;
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(MISTAKES.map((m) => m.title));
    });

    it('lets .mistakes override the document, and stands alone without one', async () => {
      const el = await accordion(html`<mistakes-accordion .exercise=${exercise()} .mistakes=${[MISTAKES[1]]}></mistakes-accordion>`);
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Knee caving']);
      el.mistakes = undefined;
      await el.updateComplete;
      expect(buttons(el)).to.have.length(3);
    });

    it('says an open mistake closed when a new list no longer has it', async () => {
      const el = await accordion();
      el.expandAll();
      await el.updateComplete;
      const log = recordToggles();
      el.mistakes = [MISTAKES[1]!];
      await el.updateComplete;
      log.stop();
      expect(log.seen.map((d) => [d.id, d.open])).to.deep.equal([
        ['pelvis', false],
        ['heel', false],
      ]);
      expect(el.expandedIds).to.deep.equal(['knee']);
    });

    it('explains a .mistakes that is not a list instead of throwing', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await accordion(html`<mistakes-accordion .mistakes=${'oops' as unknown as Mistake[]}></mistakes-accordion>`);
        const panel = root(el).querySelector('[part="error"]')!;
        expect(panel.getAttribute('role')).to.equal('alert');
        expect(panel.textContent).to.match(/mistakes.*must be a list/s);
      } finally {
        warn.restore();
      }
    });

    it('says so when a document has no mistakes', async () => {
      const el = await accordion(html`<mistakes-accordion .exercise=${{ schemaVersion: 1, id: 'none', name: 'No mistakes' }}></mistakes-accordion>`);
      expect(root(el).querySelector('[part="empty"]')).to.exist;
    });

    it('shows the error panel for a broken document', async () => {
      const el = await accordion(html`<mistakes-accordion .exercise=${{ schemaVersion: 1 }}></mistakes-accordion>`);
      expect(root(el).querySelector('[part="error"]')).to.exist;
    });
  });

  describe('motion and print', () => {
    it('animates the height of a panel it opens', async () => {
      const el = await accordion();
      buttons(el)[0]!.click();
      await el.updateComplete;
      const [animation] = panels(el)[0]!.getAnimations();
      expect(animation, 'an opening animation').to.exist;
      const frames = (animation!.effect as KeyframeEffect).getKeyframes();
      expect(frames[0]!.height).to.equal('0px');
    });

    it('does not animate when the reader prefers reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await accordion();
      buttons(el)[0]!.click();
      await el.updateComplete;
      expect(panels(el)[0]!.getAnimations()).to.have.length(0);
    });

    it('prints every mistake expanded, without the controls', async () => {
      const el = await accordion();
      expect(panels(el)[1]!.getBoundingClientRect().height).to.equal(0);
      await emulateMedia({ media: 'print' });
      for (const panel of panels(el)) expect(panel.getBoundingClientRect().height).to.be.greaterThan(20);
      expect(getComputedStyle(toggleAll(el)!.parentElement!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('[part="copy-link"]')!).display).to.equal('none');
    });
  });

  describe('axe-core', () => {
    it('is clean with all closed, one open and all open', async () => {
      const el = await accordion();
      await expect(el).to.be.accessible();
      el.toggle('knee', true);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.expandAll();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is clean in the dark scheme, with one open', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await accordion();
      el.toggle('pelvis', true);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
