import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import { initBuilder, DEFAULT_ACCENT, type Builder } from '../../demo/builder/builder.js';
import { buildSnippet, jsonForScript, classicUrl } from '../../demo/builder/snippet.js';
import { diagnose, offsetAt } from '../../demo/builder/diagnostics.js';
import { createCatalog } from '../../demo/builder/catalog.js';
import { accentAdvice } from '../../demo/builder/contrast.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';

const BUNDLE = new URL('/dist/exercise-elements.js', location.href).href;
const LUNGE_URL = new URL('/demo/exercises/reverse-lunge.json', location.href).href;

/** Resolves when `fn` returns something truthy (polled every frame, up to `ms`). */
async function until<T>(fn: () => T | null | undefined | false, what: string, ms = 5000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = fn();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

before(async () => {
  // The page's own stylesheet, so layout, focus and contrast are as on builder.html.
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/demo/builder/builder.css';
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  document.head.append(link);
  await loaded;
});

interface Setup {
  root: HTMLElement;
  builder: Builder;
  card: ExerciseCard;
  $<E extends Element = HTMLElement>(selector: string): E;
  $$<E extends Element = HTMLElement>(selector: string): E[];
}

const builders: Builder[] = [];
afterEach(() => {
  for (const b of builders.splice(0)) b.destroy();
  sinon.restore();
});

async function setup(options: Parameters<typeof initBuilder>[1] = {}): Promise<Setup> {
  const root = await fixture<HTMLElement>(html`<main></main>`);
  const builder = initBuilder(root, { scriptUrl: BUNDLE, ...options });
  builders.push(builder);
  await builder.ready;
  const card = root.querySelector('exercise-card') as ExerciseCard;
  await card.updateComplete;
  return {
    root,
    builder,
    card,
    $: <E extends Element>(selector: string) => root.querySelector(selector) as E,
    $$: <E extends Element>(selector: string) => [...root.querySelectorAll(selector)] as E[],
  };
}

const titleOf = (card: Element) => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();
const headingsOf = (card: Element) =>
  [...(card.shadowRoot?.querySelectorAll('[part~="section-heading"]') ?? [])].map((h) => h.textContent!.trim());
const sectionsOf = (card: Element) =>
  [...(card.shadowRoot?.querySelectorAll('section[part~="section"]') ?? [])].map((s) => /\bs-(\w+)/.exec(s.className)![1]);

/** Types into the editor as a paste would: the value changes and an input event fires. */
function paste(s: Setup, text: string) {
  const textarea = s.$<HTMLTextAreaElement>('.json');
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

function choose(s: Setup, name: string, value: string) {
  const input = s.$<HTMLInputElement>(`input[name$="-${name}"][value="${value}"]`);
  input.click();
}

const BROKEN = `{
  "schemaVersion": 1,
  "id": "My Move",
  "name": "",
  "level": "easy",
  "steps": ["Stand tall.", 3],
  "colour": "red"
}`;

describe('embed builder', () => {
  it('starts with the reverse lunge, valid, in the preview and the snippet', async () => {
    const s = await setup();
    expect(titleOf(s.card)).to.equal('Reverse Lunge for Glutes');
    expect(s.$('.status').textContent).to.match(/Valid exercise document/);
    expect(s.$('.status').getAttribute('role')).to.equal('status');
    expect(s.$<HTMLTextAreaElement>('.snippet').value).to.contain('"name": "Reverse Lunge for Glutes"');
    expect(s.$$('.gutter span').length).to.equal(s.$<HTMLTextAreaElement>('.json').value.split('\n').length);
  });

  describe('validation as you type', () => {
    it('waits for a pause in typing, then lists each problem with line, column, path and message', async () => {
      const s = await setup();
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      paste(s, BROKEN);
      clock.tick(299);
      expect(s.$$('.problem'), 'nothing before the pause').to.have.length(0);
      clock.tick(1);
      clock.restore();

      const errors = s.$$('.problem-error').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
      expect(errors).to.have.length(4);
      expect(errors[0]).to.match(/^Error line 3, column 9 id must be lower-case words/);
      expect(errors[1]).to.match(/^Error line 4, column 11 name must not be empty/);
      expect(errors[2]).to.match(/^Error line 5, column 12 level must be one of/);
      expect(errors[3]).to.match(/^Error line 6, column 28 steps\[1\] must be text/);
      // The unknown field is a warning, drawn differently and listed after the errors.
      const warnings = s.$$('.problem-warning');
      expect(warnings).to.have.length(1);
      expect(warnings[0].textContent!.replace(/\s+/g, ' ')).to.match(/Warning line 7, column 13 colour unknown field/);
      expect(getComputedStyle(warnings[0]).backgroundColor).not.to.equal(getComputedStyle(s.$('.problem-error')).backgroundColor);
      expect(s.$('.status').textContent).to.equal('4 problems to fix, 1 warning.');
      expect(s.$('.status').dataset.state).to.equal('error');
      // The gutter marks the lines.
      const marks = s.$$('.gutter span').map((l) => l.className);
      expect(marks.slice(0, 8)).to.deep.equal(['', '', 'error', 'error', 'error', 'error', 'warning', '']);
    });

    it('reports a JSON syntax error with its place, and keeps the last readable version in the preview', async () => {
      const s = await setup();
      paste(s, '{\n  "schemaVersion": 1,\n  "id": "x",\n  "name": "X",\n  "steps": ["a", "b",]\n}');
      s.builder.flush();
      const problems = s.$$('.problem');
      expect(problems).to.have.length(1);
      expect(problems[0].textContent!.replace(/\s+/g, ' ')).to.match(/JSON line 5, column 21 a comma before '\]' is not allowed/);
      expect(s.$('.status').textContent).to.equal('Not valid JSON: line 5, column 21.');
      expect(s.$('.stale').hidden).to.be.false;
      await s.card.updateComplete;
      expect(titleOf(s.card)).to.equal('Reverse Lunge for Glutes');
      expect(s.$<HTMLTextAreaElement>('.snippet').value).to.contain('Reverse Lunge for Glutes');
      expect(s.$('.snippet-note').hidden).to.be.false;
    });

    it('moves the caret to a problem when it is clicked', async () => {
      const s = await setup();
      paste(s, BROKEN);
      s.builder.flush();
      s.$$('.problem')[3].click(); // steps[1], line 6, column 28
      const textarea = s.$<HTMLTextAreaElement>('.json');
      expect(document.activeElement === textarea, 'the editor has the focus').to.be.true;
      expect(textarea.selectionStart).to.equal(BROKEN.indexOf('3]'));
      expect(textarea.selectionEnd).to.equal(textarea.selectionStart);
    });

    it('scrolls a long document to a problem far down', async () => {
      const s = await setup();
      const long = `{\n  "schemaVersion": 1,\n  "id": "long",\n  "name": "Long",${'\n'.repeat(200)}  "level": "easy"\n}`;
      paste(s, long);
      s.builder.flush();
      s.$('.problem').click();
      const textarea = s.$<HTMLTextAreaElement>('.json');
      expect(textarea.selectionStart).to.equal(long.indexOf('"easy"'));
      expect(textarea.scrollTop).to.be.greaterThan(2000);
      expect(s.$('.gutter').scrollTop).to.equal(textarea.scrollTop);
    });
    it('finds a problem below long wrapped lines when lines wrap', async () => {
      const s = await setup();
      s.$<HTMLInputElement>('.wrap-toggle').click();
      const words = 'a long sentence that wraps '.repeat(40);
      const steps = Array.from({ length: 12 }, () => JSON.stringify(words)).join(',\n    ');
      const text = `{\n  "schemaVersion": 1,\n  "id": "wrapped",\n  "name": "Wrapped",\n  "steps": [\n    ${steps}\n  ],\n  "level": "easy"\n}`;
      paste(s, text);
      s.builder.flush();
      const textarea = s.$<HTMLTextAreaElement>('.json');
      expect(textarea.wrap).to.equal('soft');
      expect(s.$('.gutter').offsetParent, 'the gutter hides: its numbers would not line up').to.be.null;
      s.$('.problem').click();
      expect(textarea.selectionStart).to.equal(text.indexOf('"easy"'));
      // The caret's line is inside the visible part of the textarea.
      expect(textarea.scrollTop).to.be.greaterThan(textarea.scrollHeight - textarea.clientHeight - 400);
      expect(textarea.scrollHeight).to.be.greaterThan(textarea.clientHeight * 2);
    });
  });

  describe('picking an exercise', () => {
    it('finds exercises by name with the keyboard and shows the picked one', async () => {
      const s = await setup();
      s.$('.search-input').focus();
      await sendKeys({ type: 'barbell glute bridge' });
      expect(s.$('.count').textContent).to.match(/^1 exercise match/);
      await sendKeys({ press: 'ArrowDown' });
      expect(document.activeElement).to.equal(s.$('.result'));
      await sendKeys({ press: 'Enter' });
      await until(() => titleOf(s.card) === 'Barbell Glute Bridge', 'the picked card');
      expect(s.$('.result').getAttribute('aria-current')).to.equal('true');
      expect(s.$('.status').textContent).to.match(/Loaded “Barbell Glute Bridge”. Valid exercise document/);
      expect(s.$<HTMLTextAreaElement>('.json').value).to.contain('"id": "barbell-glute-bridge"');
    });

    it('starts a new document from a template that validates as it is', async () => {
      const s = await setup();
      s.$('[data-template]').click();
      const textarea = s.$<HTMLTextAreaElement>('.json');
      expect(document.activeElement === textarea, 'the editor has the focus').to.be.true;
      expect(s.$('.status').textContent).to.equal('Started from the template. Valid exercise document.');
      expect(s.$('.featured[aria-current]')).to.be.null;
      await s.card.updateComplete;
      expect(titleOf(s.card)).to.equal('My exercise');
      // Every muscle id it may use is listed beside the editor.
      expect(s.$$('.muscle-ids code').map((c) => c.textContent)).to.include.members(['gluteus-maximus', 'biceps-femoris']);
    });

    it('makes the results one tab stop, walked with the arrow keys', async () => {
      const s = await setup();
      const results = s.$$<HTMLButtonElement>('.result');
      expect(results.map((b) => b.tabIndex).filter((t) => t === 0)).to.have.length(1);
      s.$('.search-input').focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(results[0]);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(document.activeElement).to.equal(results[2]);
      expect(results[2].tabIndex).to.equal(0);
      expect(results[0].tabIndex).to.equal(-1);
      await sendKeys({ press: 'End' });
      expect(document.activeElement).to.equal(results[results.length - 1]);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(s.$('.more'));
      s.$$<HTMLButtonElement>('.result')[1].focus();
      await sendKeys({ press: 'Escape' });
      expect(document.activeElement).to.equal(s.$('.search-input'));
    });

    it('finds exercises by muscle, including group names like "hamstrings"', async () => {
      const s = await setup();
      const search = s.$<HTMLInputElement>('.search-input');
      search.value = 'hamstrings';
      search.dispatchEvent(new Event('input'));
      const names = s.$$('.result-name').map((n) => n.textContent);
      expect(names).to.have.length(20);
      expect(s.$('.count').textContent).to.match(/^\d{3} exercises match “hamstrings”/);
      // The rest are a click away; focus moves to the first new one.
      s.$('.more').click();
      expect(s.$$('.result')).to.have.length(40);
      expect(document.activeElement).to.equal(s.$$('.result')[20]);
    });

    it('searches the whole list within a few milliseconds', () => {
      const entries = Array.from({ length: 900 }, (_, i) => ({
        id: `e${i}`,
        name: `Exercise ${i} ${i % 2 ? 'Squat' : 'Press'}`,
        muscles: { primary: [i % 3 ? 'gluteus-maximus' : 'triceps-brachii'], secondary: ['soleus'] },
      }));
      const catalog = createCatalog(entries);
      const start = performance.now();
      for (let i = 0; i < 20; i++) catalog.search(i % 2 ? 'glute' : 'squat');
      expect((performance.now() - start) / 20).to.be.below(10);
      expect(catalog.search('glutes', 1000).total).to.equal(600);
      expect(catalog.search('calves', 1000).total).to.equal(900); // soleus belongs to "calves"
      expect(catalog.search('exercise 13 squat').results[0].id).to.equal('e13');
    });
  });

  describe('styling the card', () => {
    it('hides an unticked section in the preview and names it in the snippet', async () => {
      const s = await setup();
      expect(sectionsOf(s.card)).to.include('mistakes');
      s.$<HTMLInputElement>('input[name="section"][value="mistakes"]').click();
      await s.card.updateComplete;
      expect(sectionsOf(s.card)).not.to.include('mistakes');
      expect(sectionsOf(s.card)).to.include('steps');
      const sections = 'prescription muscles setup steps cues timer benefits uses feel videos source';
      expect(s.card.getAttribute('sections')).to.equal(sections);
      expect(s.$<HTMLTextAreaElement>('.snippet').value).to.contain(`sections="${sections}"`);
    });

    it('keeps at least one section', async () => {
      const s = await setup();
      s.$('.sections-all').click();
      for (const box of s.$$<HTMLInputElement>('input[name="section"]')) box.click();
      const ticked = s.$$<HTMLInputElement>('input[name="section"]').filter((b) => b.checked);
      expect(ticked.map((b) => b.value)).to.deep.equal(['source']);
      expect(s.$('.sections-note').textContent).to.match(/at least one section/);
    });

    it('marks sections the document has nothing for', async () => {
      const s = await setup();
      paste(s, '{ "schemaVersion": 1, "id": "x", "name": "X", "steps": ["Go."] }');
      s.builder.flush();
      const empty = s.$$('.check.is-empty').map((c) => c.dataset.section);
      expect(empty).to.include('mistakes');
      expect(empty).not.to.include('steps');
    });

    it('applies layout, theme and accent colour to the preview and the snippet', async () => {
      const s = await setup();
      choose(s, 'layout', 'compact');
      choose(s, 'theme', 'dark');
      const accent = s.$<HTMLInputElement>('.accent-input');
      accent.value = '#1e88e5';
      accent.dispatchEvent(new Event('input', { bubbles: true }));
      await s.card.updateComplete;
      expect(s.card.getAttribute('layout')).to.equal('compact');
      expect(s.card.getAttribute('theme')).to.equal('dark');
      expect(s.card.shadowRoot!.querySelector('.card')!.classList.contains('compact')).to.be.true;
      // Set through the CSSOM; the card's own accent gives way to it.
      expect(s.card.style.getPropertyValue('--ex-color-accent')).to.equal('#1e88e5');
      const chip = s.card.shadowRoot!.querySelector('.fact-level') as HTMLElement;
      expect(getComputedStyle(chip).color).to.equal('rgb(30, 136, 229)');
      // A compact card starts from the compact sections, so no sections attribute is needed.
      expect(s.card.hasAttribute('sections')).to.be.false;
      const ticked = s.$$<HTMLInputElement>('input[name="section"]').filter((b) => b.checked).map((b) => b.value);
      expect(ticked).to.deep.equal(['prescription', 'muscles', 'steps']);
      const snippet = s.$<HTMLTextAreaElement>('.snippet').value;
      expect(snippet).to.contain('<exercise-card layout="compact" theme="dark" style="--ex-color-accent: #1e88e5">');

      s.$('.accent-reset').click();
      expect(s.card.style.getPropertyValue('--ex-color-accent')).to.equal('');
      expect(accent.value).to.equal(DEFAULT_ACCENT);
      expect(s.$<HTMLTextAreaElement>('.snippet').value).not.to.contain('style=');
    });

    it('warns when the accent is too faint to read on the card', async () => {
      const s = await setup();
      choose(s, 'theme', 'light');
      const accent = s.$<HTMLInputElement>('.accent-input');
      accent.value = '#ffd54f';
      accent.dispatchEvent(new Event('input', { bubbles: true }));
      expect(s.$('.accent-note').textContent).to.match(/Hard to read: 1\.\d:1 on the light card/);
      expect(accentAdvice('#1e88e5', 'auto')).to.match(/light card.*Readers in light mode/);
      expect(accentAdvice('#8e24aa', 'light')).to.equal('');
    });
  });

  describe('the snippet', () => {
    /** Renders `snippet` alone in a fresh page and returns its card once it has drawn. */
    async function renderAlone(snippet: string) {
      const frame = document.createElement('iframe');
      frame.style.width = '800px';
      frame.style.height = '600px';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="en"><head><title>Blog post</title></head><body>${snippet}</body></html>`;
      document.body.append(frame);
      await loaded;
      const card = await until(() => {
        const c = frame.contentDocument!.querySelector('exercise-card');
        return c && titleOf(c) ? c : undefined;
      }, 'the pasted card');
      return { frame, card };
    }

    it('is what Copy puts on the clipboard, with a visible confirmation', async () => {
      const s = await setup();
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      s.$('.copy').click();
      await until(() => s.$('.copied').textContent, 'the confirmation');
      expect(write.calledOnceWith(s.$<HTMLTextAreaElement>('.snippet').value)).to.be.true;
      expect(s.$('.copy').textContent).to.contain('Copied');
      expect(s.$('.copied').textContent).to.match(/^Copied/);
      expect(s.$('.copied').getAttribute('role')).to.equal('status');
    });

    it('selects itself for the keyboard when the browser will not copy', async () => {
      const s = await setup();
      sinon.stub(navigator.clipboard, 'writeText').rejects(new Error('denied'));
      s.$('.copy').click();
      await until(() => s.$('.copied').textContent, 'the fallback message');
      const snippet = s.$<HTMLTextAreaElement>('.snippet');
      expect(document.activeElement === snippet, 'the snippet has the focus').to.be.true;
      expect(snippet.selectionEnd - snippet.selectionStart).to.equal(snippet.value.length);
      expect(s.$('.copied').textContent).to.match(/Ctrl\+C/);
    });

    it('pasted into a blank page, renders the same card (data inline)', async () => {
      const s = await setup();
      s.$<HTMLInputElement>('input[name="section"][value="videos"]').click();
      choose(s, 'theme', 'dark');
      await s.card.updateComplete;
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      s.$('.copy').click();
      await until(() => write.called, 'the copy');
      const snippet = write.firstCall.args[0];
      expect(snippet.startsWith(`<script type="module" src="${BUNDLE}"></script>`)).to.be.true;
      expect(snippet, 'the repository-relative $schema is left out').not.to.contain('$schema');

      const { frame, card } = await renderAlone(snippet);
      expect(titleOf(card)).to.equal('Reverse Lunge for Glutes');
      expect(headingsOf(card)).to.deep.equal(headingsOf(s.card));
      expect(headingsOf(card)).not.to.include('Videos');
      expect(card.getAttribute('theme')).to.equal('dark');
      frame.remove();
    });

    it('pasted into a blank page, renders the same card (data at a URL)', async () => {
      const s = await setup();
      choose(s, 'mode', 'src');
      expect(s.$('.src-field').hidden).to.be.false;
      expect(s.$('.snippet-note').textContent).to.match(/URL/);
      const src = s.$<HTMLInputElement>('.src-input');
      src.value = LUNGE_URL;
      src.dispatchEvent(new Event('input'));
      const snippet = s.$<HTMLTextAreaElement>('.snippet').value;
      expect(snippet).to.contain(`<exercise-card src="${LUNGE_URL}"></exercise-card>`);
      expect(snippet).not.to.contain('application/json');
      const { frame, card } = await renderAlone(snippet);
      expect(titleOf(card)).to.equal(titleOf(s.card));
      expect(headingsOf(card)).to.deep.equal(headingsOf(s.card));
      frame.remove();
    });

    it('keeps text that looks like HTML as text: a name with </script> cannot end the data early', async () => {
      const s = await setup();
      const name = 'Lunge </script><script>parent.__pwned = true</script><!-- <script>';
      paste(s, JSON.stringify({ schemaVersion: 1, id: 'tricky', name, steps: ['Go </SCRIPT> now.'] }, null, 2));
      s.builder.flush();
      const snippet = s.$<HTMLTextAreaElement>('.snippet').value;
      expect(snippet.match(/<\/script>/gi)).to.have.length(2); // the bundle's and the data block's
      const { frame, card } = await renderAlone(snippet);
      expect(titleOf(card)).to.equal(name);
      expect(card.shadowRoot!.querySelector('[part~="step"]')!.textContent).to.equal('Go </SCRIPT> now.');
      expect((window as { __pwned?: boolean }).__pwned).to.be.undefined;
      expect(frame.contentDocument!.querySelectorAll('script:not([type="application/ld+json"])')).to.have.length(2); // the bundle and the data
      frame.remove();
    });

    it('offers a classic script and can leave the script tag out', () => {
      const base = { mode: 'src' as const, src: 'a.json', scriptUrl: 'https://cdn.example/x/exercise-elements.js' };
      expect(buildSnippet({ ...base, classic: true })).to.equal(
        '<script src="https://cdn.example/x/exercise-elements.iife.js" defer></script>\n<exercise-card src="a.json"></exercise-card>\n',
      );
      expect(buildSnippet({ ...base, includeScript: false })).to.equal('<exercise-card src="a.json"></exercise-card>\n');
      expect(buildSnippet({ ...base, src: 'a.json?x=1&y="2"' })).to.contain('src="a.json?x=1&amp;y=&quot;2&quot;"');
      expect(classicUrl('https://x/exercise-elements.js?v=1')).to.equal('https://x/exercise-elements.iife.js?v=1');
      expect(jsonForScript({ a: '<!--<script></script>' })).to.equal('{\n  "a": "\\u003c!--\\u003cscript>\\u003c/script>"\n}');
    });
  });

  describe('positions', () => {
    it('turns a line and column into an offset the way the locator counts (code points)', () => {
      const text = '{\n  "a": "😀x",\r\n  "b": 1\r}';
      const d = diagnose(text);
      expect(d.parsed).to.be.true;
      expect(offsetAt(text, 2, 10)).to.equal(text.indexOf('x'));
      expect(offsetAt(text, 3, 8)).to.equal(text.indexOf('1'));
      expect(offsetAt(text, 4, 1)).to.equal(text.indexOf('}'));
      expect(offsetAt(text, 99, 1)).to.equal(text.length);
      expect(offsetAt('\ufeff{}', 1, 2)).to.equal(2);
    });
  });

  describe('accessibility', () => {
    it('is axe-clean with a valid document', async () => {
      const s = await setup();
      await expect(s.root).to.be.accessible();
    });

    it('is axe-clean while showing problems, with the URL field open', async () => {
      const s = await setup();
      paste(s, BROKEN);
      s.builder.flush();
      choose(s, 'mode', 'src');
      await s.card.updateComplete;
      await expect(s.root).to.be.accessible();
    });

    it('is axe-clean in the dark scheme, with a dark card', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const s = await setup();
        choose(s, 'theme', 'dark');
        await s.card.updateComplete;
        await expect(s.root).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('has a label for every control', async () => {
      const s = await setup();
      const controls = s.$$<HTMLInputElement | HTMLTextAreaElement>('input, textarea, select');
      for (const control of controls) {
        expect(control.labels?.length ?? 0, control.className || control.type).to.be.greaterThan(0);
      }
    });
  });
});
