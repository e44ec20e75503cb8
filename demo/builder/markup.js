// The builder's static markup. It holds no data (every text from a document is set later with
// textContent), so building it from a string is safe. `id` prefixes keep two builders on one
// page (as in the tests) from sharing ids.
import { SECTION_NAMES } from '../../dist/exercise-card/sections.js';

/** What each section is called in the builder, next to its attribute name. */
export const SECTION_LABELS = {
  prescription: 'Sets and reps',
  muscles: 'Muscles worked',
  setup: 'Starting position',
  steps: 'Steps',
  cues: 'Coaching cues',
  mistakes: 'Common mistakes',
  timer: 'Workout timer',
  benefits: 'Benefits',
  uses: 'Everyday uses',
  feel: 'Feel it working',
  videos: 'Videos',
  source: 'Source',
};

const radios = (p, name, options, checked) =>
  options
    .map(
      ([value, label]) =>
        `<label class="seg-option"><input type="radio" name="${p}${name}" value="${value}"${value === checked ? ' checked' : ''} /><span>${label}</span></label>`,
    )
    .join('');

export function builderMarkup(p) {
  const sections = SECTION_NAMES.map(
    (name) => `<li><label class="check" data-section="${name}">
        <input type="checkbox" name="section" value="${name}" checked />
        <span class="check-text">${SECTION_LABELS[name]} <code>${name}</code></span>
        <span class="check-empty" id="${p}empty-${name}" hidden>not in this document</span>
      </label></li>`,
  ).join('');

  return `
<div class="builder">
  <section class="panel panel-pick" aria-labelledby="${p}pick-h">
    <h2 id="${p}pick-h"><span class="step" aria-hidden="true">1</span>Choose an exercise</h2>
    <p class="hint">Start from the complete example or a template, or search the 873 exercises imported from free-exercise-db. Have your own document? Paste it in step 2.</p>
    <div class="starts">
      <button type="button" class="featured" data-pick="reverse-lunge">
        <span class="featured-name">Reverse Lunge for Glutes</span>
        <span class="featured-note">The complete example: every section filled in</span>
      </button>
      <button type="button" class="featured featured-blank" data-template>
        <span class="featured-name">Write your own</span>
        <span class="featured-note">A template with the main fields to fill in</span>
      </button>
    </div>
    <div class="search">
      <label for="${p}search" class="label">Search by name or muscle</label>
      <input id="${p}search" class="search-input" type="search" autocomplete="off" spellcheck="false"
        placeholder="squat, glutes, hamstrings…" aria-describedby="${p}count" aria-controls="${p}results" />
      <p id="${p}count" class="count" role="status">Loading the exercise list…</p>
    </div>
    <ul id="${p}results" class="results" aria-label="Exercises"></ul>
    <button type="button" class="more button-quiet" hidden>Show more</button>
  </section>

  <section class="panel panel-doc" aria-labelledby="${p}doc-h">
    <div class="panel-head">
      <h2 id="${p}doc-h"><span class="step" aria-hidden="true">2</span>Edit the document</h2>
      <label class="check-inline"><input type="checkbox" class="wrap-toggle" /> Wrap long lines</label>
    </div>
    <label for="${p}json" class="label">Exercise document (JSON)</label>
    <div class="editor">
      <div class="gutter" aria-hidden="true"></div>
      <textarea id="${p}json" class="json" wrap="off" spellcheck="false" autocapitalize="off" autocomplete="off"
        aria-describedby="${p}status"></textarea>
    </div>
    <p id="${p}status" class="status" role="status"></p>
    <ul class="problems" aria-label="Problems in the document"></ul>
    <details class="reference">
      <summary>Muscle ids for <code>muscles</code></summary>
      <p class="hint">Each muscle takes a <code>role</code>: <code>primary</code>, <code>secondary</code> or <code>stabilizer</code>.</p>
      <ul class="muscle-ids"></ul>
    </details>
  </section>

  <section class="panel panel-options" aria-labelledby="${p}options-h">
    <h2 id="${p}options-h"><span class="step" aria-hidden="true">3</span>Style the card</h2>
    <fieldset class="group">
      <legend>Sections</legend>
      <ul class="sections">${sections}</ul>
      <div class="row">
        <button type="button" class="button-quiet sections-all">Show all</button>
        <p class="hint sections-note" role="status"></p>
      </div>
    </fieldset>
    <div class="group-row">
      <fieldset class="group seg">
        <legend>Layout</legend>
        <div class="seg-options">${radios(p, 'layout', [['full', 'Full'], ['compact', 'Compact']], 'full')}</div>
      </fieldset>
      <fieldset class="group seg">
        <legend>Theme</legend>
        <div class="seg-options">${radios(p, 'theme', [['auto', 'Auto'], ['light', 'Light'], ['dark', 'Dark']], 'auto')}</div>
      </fieldset>
    </div>
    <div class="group accent">
      <label for="${p}accent" class="label">Accent colour</label>
      <div class="row">
        <input id="${p}accent" class="accent-input" type="color" value="#b4235a" aria-describedby="${p}accent-value ${p}accent-note" />
        <span id="${p}accent-value" class="accent-value">Card default</span>
        <button type="button" class="button-quiet accent-reset" hidden>Use the default</button>
      </div>
      <p id="${p}accent-note" class="hint accent-note" role="status"></p>
    </div>
  </section>

  <section class="panel panel-preview" aria-labelledby="${p}preview-h">
    <div class="preview-sticky">
      <div class="panel-head">
        <h2 id="${p}preview-h">Preview</h2>
        <fieldset class="seg seg-small">
          <legend class="visually-hidden">Preview width</legend>
          <div class="seg-options">${radios(p, 'width', [['fit', 'Fit'], ['phone', 'Phone']], 'fit')}</div>
        </fieldset>
      </div>
      <p class="stale" hidden></p>
      <div class="stage">
        <exercise-card class="preview-card" heading-level="3"></exercise-card>
      </div>
    </div>
  </section>

  <section class="panel panel-snippet" aria-labelledby="${p}snippet-h">
    <h2 id="${p}snippet-h"><span class="step" aria-hidden="true">4</span>Copy the snippet</h2>
    <fieldset class="group seg">
      <legend>Where the data lives</legend>
      <div class="seg-options">${radios(p, 'mode', [['inline', 'Inside the snippet'], ['src', 'At a URL']], 'inline')}</div>
    </fieldset>
    <div class="src-field" hidden>
      <label for="${p}src" class="label">Document URL</label>
      <input id="${p}src" class="src-input" type="text" inputmode="url" spellcheck="false" autocomplete="off"
        placeholder="https://example.com/exercises/reverse-lunge.json" aria-describedby="${p}src-hint" />
      <p id="${p}src-hint" class="hint">Upload the JSON to your site, then paste its address here. <a class="download" href="#" download="exercise.json">Download the JSON</a></p>
    </div>
    <details class="script-options">
      <summary>Script options</summary>
      <div class="script-options-body">
        <label for="${p}script" class="label">Script URL</label>
        <input id="${p}script" class="script-input" type="text" inputmode="url" spellcheck="false" autocomplete="off" />
        <label class="check-inline"><input type="checkbox" class="classic-toggle" /> Classic script (for page builders that remove <code>type="module"</code>)</label>
        <label class="check-inline"><input type="checkbox" class="include-script" checked /> Include the script tag (once per page is enough)</label>
      </div>
    </details>
    <p class="hint snippet-note" hidden></p>
    <label for="${p}snippet" class="label">Snippet</label>
    <textarea id="${p}snippet" class="snippet" readonly spellcheck="false"></textarea>
    <div class="copy-row">
      <button type="button" class="copy button-primary">Copy snippet</button>
      <p class="copied" role="status"></p>
    </div>
  </section>
</div>`;
}
