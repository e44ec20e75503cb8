// The embed builder: pick or paste an exercise document, see its problems as you type, style
// the card, and copy the snippet. `initBuilder(root)` builds the whole tool inside `root`.
import '../../dist/exercise-elements.js';
import { SECTION_NAMES, COMPACT_SECTIONS, hasContent } from '../../dist/exercise-card/sections.js';
import { builderMarkup } from './markup.js';
import { createCatalog, muscleName } from './catalog.js';
import { diagnose, summary } from './diagnostics.js';
import { createEditor } from './editor.js';
import { buildSnippet, DEFAULT_SCRIPT_URL } from './snippet.js';
import { accentAdvice } from './contrast.js';
import { TEMPLATE } from './template.js';
import { MUSCLES } from '../../dist/muscles/vocabulary.js';

const DATA = new URL('../exercises/', import.meta.url);
export const DEFAULT_ACCENT = '#b4235a';
const PAGE = 20;
const LEVELS = { beginner: 'Beginner', intermediate: 'Intermediate', expert: 'Expert' };

let instances = 0;

/** Where a picked exercise's document lives. */
function documentUrl(id) {
  return id === 'reverse-lunge'
    ? new URL('reverse-lunge.json', DATA)
    : new URL(`free-exercise-db/${encodeURIComponent(id)}.json`, DATA);
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Builds the builder inside `root` (its children are replaced).
 * @param {HTMLElement} root
 * @param {{debounce?: number, scriptUrl?: string, initial?: string | false}} [options]
 *   `debounce`: ms of quiet typing before the document is checked (default 300);
 *   `scriptUrl`: the snippet's default script URL; `initial`: the exercise shown first
 *   (default the reverse lunge; false for an empty editor).
 */
export function initBuilder(root, options = {}) {
  const p = `xb${++instances}-`;
  const debounce = options.debounce ?? 300;
  root.innerHTML = builderMarkup(p);
  const $ = (selector) => root.querySelector(selector);
  const $$ = (selector) => [...root.querySelectorAll(selector)];

  const el = {
    search: $('.search-input'),
    count: $('.count'),
    results: $('.results'),
    more: $('.more'),
    json: $('.json'),
    editorBox: $('.editor'),
    wrap: $('.wrap-toggle'),
    status: $('.status'),
    problems: $('.problems'),
    sections: $$('input[name="section"]'),
    sectionsAll: $('.sections-all'),
    sectionsNote: $('.sections-note'),
    accent: $('.accent-input'),
    accentValue: $('.accent-value'),
    accentReset: $('.accent-reset'),
    accentNote: $('.accent-note'),
    stale: $('.stale'),
    stage: $('.stage'),
    card: $('.preview-card'),
    srcField: $('.src-field'),
    src: $('.src-input'),
    download: $('.download'),
    script: $('.script-input'),
    classic: $('.classic-toggle'),
    includeScript: $('.include-script'),
    copy: $('.copy'),
    copied: $('.copied'),
    snippetNote: $('.snippet-note'),
    snippet: $('.snippet'),
  };
  const radio = (name) => $(`input[name="${p}${name}"]:checked`)?.value;

  const editor = createEditor(el.json, $('.gutter'));
  el.script.value = options.scriptUrl ?? DEFAULT_SCRIPT_URL;

  const timers = new Set();
  const later = (fn, ms) => {
    const id = setTimeout(() => {
      timers.delete(id);
      fn();
    }, ms);
    timers.add(id);
    return id;
  };
  const cancel = (id) => {
    clearTimeout(id);
    timers.delete(id);
  };

  /** The last diagnosis, and the last document that parsed (what preview and snippet show). */
  let diagnosis = diagnose('');
  let lastValue;
  let loadedNote = '';

  // ---- 1. Choose an exercise -------------------------------------------------------------

  let catalog = createCatalog([]);
  let limit = PAGE;
  let pickedId;

  function resultItem(entry) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'result';
    button.dataset.id = entry.id;
    if (entry.id === pickedId) button.setAttribute('aria-current', 'true');
    const name = document.createElement('span');
    name.className = 'result-name';
    name.textContent = entry.name;
    const meta = document.createElement('span');
    meta.className = 'result-meta';
    const muscles = [...new Set((entry.muscles?.primary ?? []).map(muscleName))];
    meta.textContent = [LEVELS[entry.level] ?? entry.level, muscles.slice(0, 3).join(', ')].filter(Boolean).join(' · ');
    button.append(name, meta);
    const li = document.createElement('li');
    li.append(button);
    return li;
  }

  function renderResults() {
    const query = el.search.value;
    const { total, results } = catalog.search(query, limit);
    el.results.replaceChildren(...results.map(resultItem));
    const buttons = [...el.results.querySelectorAll('.result')];
    rove(buttons.find((b) => b.dataset.id === pickedId) ?? buttons[0]);
    const plural = total === 1 ? 'exercise' : 'exercises';
    el.count.textContent = query.trim()
      ? total
        ? `${total} ${plural} match “${query.trim()}”.`
        : `No exercise matches “${query.trim()}”. Try a muscle, like glutes or triceps.`
      : `${total} ${plural}, A to Z. Type to search; the arrow keys move through the list.`;
    const left = total - results.length;
    el.more.hidden = left <= 0;
    el.more.textContent = `Show ${Math.min(PAGE, left)} more`;
  }

  /**
   * The results are one tab stop (a roving tabindex): Tab moves on to the editor instead of
   * through twenty exercises; the arrow keys, Home and End move within the list.
   */
  function rove(current) {
    for (const b of el.results.querySelectorAll('.result')) b.tabIndex = b === current ? 0 : -1;
  }
  el.results.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLElement && event.target.matches('.result')) rove(event.target);
  });

  el.search.addEventListener('input', () => {
    limit = PAGE;
    renderResults();
  });
  el.more.addEventListener('click', () => {
    const first = limit;
    limit += PAGE;
    renderResults();
    // Keyboard users carry on from the first new result.
    el.results.querySelectorAll('.result')[first]?.focus();
  });

  // Arrow keys move between the search box and the results; Tab works as usual.
  el.search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = el.results.querySelector('.result');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  el.results.addEventListener('keydown', (event) => {
    const buttons = [...el.results.querySelectorAll('.result')];
    const index = buttons.indexOf(document.activeElement);
    if (index < 0) return;
    const go = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (event.key === 'Escape' || (event.key === 'ArrowUp' && index === 0)) {
      event.preventDefault();
      el.search.focus();
    } else if (go !== undefined && buttons[go]) {
      event.preventDefault();
      buttons[go].focus();
    }
  });

  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-id], [data-pick]') : null;
    if (!target || !root.contains(target)) return;
    void pick(target.dataset.id ?? target.dataset.pick);
  });

  $('[data-template]').addEventListener('click', () => {
    pickToken++; // a pick still loading must not replace the template
    markPicked(undefined);
    editor.setText(TEMPLATE);
    loadedNote = 'Started from the template. ';
    check();
    el.json.focus({ preventScroll: true });
    el.json.setSelectionRange(0, 0);
    el.json.scrollTop = 0;
  });

  function markPicked(id) {
    pickedId = id;
    for (const b of $$('.result, .featured')) {
      if (id !== undefined && (b.dataset.id ?? b.dataset.pick) === id) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    }
  }

  let pickToken = 0;
  /** Loads an exercise's document into the editor and checks it at once. */
  async function pick(id) {
    const token = ++pickToken;
    el.status.textContent = 'Loading…';
    let text;
    try {
      const response = await fetch(documentUrl(id));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      if (token === pickToken) el.status.textContent = `Could not load that exercise (${error.message}).`;
      return;
    }
    if (token !== pickToken) return; // a later pick won
    markPicked(id);
    editor.setText(text);
    const name = (() => {
      try {
        return JSON.parse(text).name;
      } catch {
        return undefined;
      }
    })();
    loadedNote = typeof name === 'string' ? `Loaded “${name}”. ` : '';
    check();
  }

  async function loadIndex() {
    try {
      const response = await fetch(new URL('free-exercise-db/index.json', DATA));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      catalog = createCatalog(await response.json());
      renderResults();
    } catch (error) {
      el.count.textContent = `Could not load the exercise list (${error.message}). You can still paste a document.`;
    }
  }

  // ---- 2. Edit the document --------------------------------------------------------------

  let pending;
  el.json.addEventListener('input', () => {
    loadedNote = '';
    if (pending !== undefined) cancel(pending);
    pending = later(check, debounce);
  });

  $('.muscle-ids').replaceChildren(
    ...MUSCLES.map((m) => {
      const li = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = m.id;
      li.append(code, ` ${m.name}`);
      return li;
    }),
  );

  el.wrap.addEventListener('change', () => {
    el.json.wrap = el.wrap.checked ? 'soft' : 'off';
    el.editorBox.classList.toggle('wrapped', el.wrap.checked);
  });

  function problemItem(problem) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `problem problem-${problem.kind}`;
    const kind = document.createElement('span');
    kind.className = 'problem-kind';
    kind.textContent = problem.kind === 'warning' ? 'Warning' : problem.kind === 'syntax' ? 'JSON' : 'Error';
    const where = document.createElement('span');
    where.className = 'problem-where';
    where.textContent = `line ${problem.line}, column ${problem.column}`;
    const text = document.createElement('span');
    text.className = 'problem-text';
    if (problem.path) {
      const path = document.createElement('code');
      path.className = 'problem-path';
      path.textContent = problem.path;
      text.append(path, ' ');
    }
    text.append(problem.message);
    button.append(kind, ' ', where, ' ', text);
    button.addEventListener('click', () => editor.goTo(problem.line, problem.column));
    const li = document.createElement('li');
    li.append(button);
    return li;
  }

  /** Checks the editor's text now and updates everything that depends on it. */
  function check() {
    if (pending !== undefined) cancel(pending);
    pending = undefined;
    diagnosis = diagnose(el.json.value);
    const all = [...diagnosis.errors, ...diagnosis.warnings];
    el.problems.replaceChildren(...all.map(problemItem));
    el.problems.hidden = all.length === 0;
    editor.mark(all);
    const text = loadedNote + summary(diagnosis);
    if (el.status.textContent !== text) el.status.textContent = text;
    el.status.dataset.state = !diagnosis.valid ? 'error' : diagnosis.warnings.length ? 'warning' : 'ok';

    if (diagnosis.parsed) {
      lastValue = diagnosis.value;
      el.card.exercise = lastValue;
      el.stale.hidden = true;
    } else {
      el.stale.hidden = lastValue === undefined;
      el.stale.textContent = 'The JSON has a syntax error: the preview and the snippet show the last version that could be read.';
    }
    markEmptySections();
    renderSnippet();
  }

  // ---- 3. Style the card -----------------------------------------------------------------

  const layoutDefault = () => (radio('layout') === 'compact' ? COMPACT_SECTIONS : SECTION_NAMES);

  /** The `sections` attribute: '' when the ticks are the layout's own default. */
  function sectionsValue() {
    const chosen = el.sections.filter((c) => c.checked).map((c) => c.value);
    const fallback = layoutDefault();
    return chosen.length === fallback.length && chosen.every((s, i) => s === fallback[i]) ? '' : chosen.join(' ');
  }

  /** Says which ticked sections the document has nothing for (the card skips them). */
  function markEmptySections() {
    const doc = isObject(lastValue) ? lastValue : undefined;
    for (const box of el.sections) {
      let empty = false;
      try {
        empty = !!doc && !hasContent(doc, box.value);
      } catch {
        // A document of the wrong shape: the problem list says what is wrong.
      }
      root.querySelector(`#${p}empty-${box.value}`).hidden = !empty;
      box.closest('.check').classList.toggle('is-empty', empty);
    }
  }

  function applyCardOptions() {
    const sections = sectionsValue();
    if (sections) el.card.setAttribute('sections', sections);
    else el.card.removeAttribute('sections');
    el.card.setAttribute('layout', radio('layout'));
    el.card.setAttribute('theme', radio('theme'));
    // A custom property set through the CSSOM: no style attribute string is parsed.
    if (accent) el.card.style.setProperty('--ex-color-accent', accent);
    else el.card.style.removeProperty('--ex-color-accent');
    el.stage.dataset.width = radio('width');
    el.accentNote.textContent = accent ? accentAdvice(accent, radio('theme')) : '';
    renderSnippet();
  }

  for (const box of el.sections) {
    box.addEventListener('change', () => {
      if (!el.sections.some((c) => c.checked)) {
        box.checked = true;
        el.sectionsNote.textContent = 'A card shows at least one section.';
      } else {
        el.sectionsNote.textContent = '';
      }
      applyCardOptions();
    });
  }
  el.sectionsAll.addEventListener('click', () => {
    for (const box of el.sections) box.checked = true;
    el.sectionsNote.textContent = '';
    applyCardOptions();
  });
  root.addEventListener('change', (event) => {
    const name = event.target.name;
    if (name === `${p}layout`) {
      // Each layout has its own default set of sections; start from it.
      const fallback = layoutDefault();
      for (const box of el.sections) box.checked = fallback.includes(box.value);
      el.sectionsNote.textContent =
        radio('layout') === 'compact' ? 'Compact cards show sets and reps, muscles and steps. Tick more to add them.' : '';
    }
    if (name === `${p}layout` || name === `${p}theme` || name === `${p}width`) applyCardOptions();
    if (name === `${p}mode`) {
      el.srcField.hidden = radio('mode') !== 'src';
      renderSnippet();
    }
  });

  let accent = '';
  el.accent.addEventListener('input', () => {
    accent = el.accent.value.toLowerCase();
    el.accentValue.textContent = accent;
    el.accentReset.hidden = false;
    applyCardOptions();
  });
  el.accentReset.addEventListener('click', () => {
    accent = '';
    el.accent.value = DEFAULT_ACCENT;
    el.accentValue.textContent = 'Card default';
    el.accentReset.hidden = true;
    el.accent.focus();
    applyCardOptions();
  });

  // ---- 4. Copy the snippet ---------------------------------------------------------------

  function renderSnippet() {
    const mode = radio('mode');
    el.snippet.value = buildSnippet({
      value: lastValue,
      mode,
      src: el.src.value.trim(),
      scriptUrl: el.script.value.trim(),
      classic: el.classic.checked,
      includeScript: el.includeScript.checked,
      sections: sectionsValue(),
      layout: radio('layout'),
      theme: radio('theme'),
      accent,
    });
    el.snippet.rows = Math.max(4, Math.min(14, el.snippet.value.split('\n').length));
    let note = '';
    if (mode === 'src' && !el.src.value.trim()) note = 'Add the document’s URL above: the snippet’s src is empty.';
    else if (mode === 'inline' && !diagnosis.parsed && lastValue !== undefined) note = 'The JSON has a syntax error: this snippet holds the last version that could be read.';
    else if (mode === 'inline' && lastValue === undefined) note = 'Pick or paste an exercise first.';
    else if (mode === 'inline' && !diagnosis.valid) note = 'The document has problems: readers would see the list of problems instead of the exercise. Fix them in step 2.';
    el.snippetNote.textContent = note;
    el.snippetNote.hidden = !note;
  }

  for (const input of [el.src, el.script]) input.addEventListener('input', renderSnippet);
  for (const input of [el.classic, el.includeScript]) input.addEventListener('change', renderSnippet);

  el.download.addEventListener('click', () => {
    // The href is read after click listeners run, so it can be made here, fresh.
    const blob = new Blob([el.json.value], { type: 'application/json' });
    if (el.download.href.startsWith('blob:')) URL.revokeObjectURL(el.download.href);
    el.download.href = URL.createObjectURL(blob);
    const id = isObject(lastValue) && typeof lastValue.id === 'string' ? lastValue.id : 'exercise';
    el.download.download = `${id.replace(/[^a-z0-9-]/gi, '') || 'exercise'}.json`;
  });

  let copiedTimer;
  el.copy.addEventListener('click', async () => {
    if (copiedTimer !== undefined) cancel(copiedTimer);
    let message;
    try {
      await navigator.clipboard.writeText(el.snippet.value);
      el.copy.textContent = 'Copied ✓';
      el.copy.classList.add('is-copied');
      message = 'Copied. Paste it into your page’s HTML.';
    } catch {
      // No clipboard permission (or an insecure page): hand the text over to the keyboard.
      el.snippet.focus();
      el.snippet.select();
      message = 'The browser would not copy it: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
    }
    el.copied.textContent = message;
    copiedTimer = later(() => {
      el.copy.textContent = 'Copy snippet';
      el.copy.classList.remove('is-copied');
      el.copied.textContent = '';
    }, 4000);
  });

  // ---- Start -----------------------------------------------------------------------------

  applyCardOptions();
  check();
  const initial = options.initial ?? 'reverse-lunge';
  const ready = Promise.all([loadIndex(), initial ? pick(initial) : undefined]).then(() => undefined);

  return {
    /** Resolves once the exercise list and the first exercise are in. */
    ready,
    /** Runs a pending (debounced) check now. */
    flush: () => check(),
    /** Loads an exercise by id, as clicking it does. */
    pick,
    /** Stops timers and empties `root`. */
    destroy() {
      for (const id of timers) clearTimeout(id);
      timers.clear();
      root.replaceChildren();
    },
  };
}
