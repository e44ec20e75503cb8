import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContextProvider } from '@lit/context';
import { ExerciseElement } from '../shared/exercise-element.js';
import { defineElement } from '../shared/define-element.js';
import { safeUrl } from '../shared/safe-url.js';
import { renderNestedList } from '../shared/nested-list.js';
import { readableText } from '../shared/readable-text.js';
import { exerciseContext } from '../context/exercise-context.js';
import type { Exercise, MuscleRole } from '../schema/exercise-types.js';
import { formatList, type Locale } from '../i18n/locale.js';
import { CARD_WORDS, type CardWords } from '../i18n/card-words.js';
import { MAP_WORDS } from '../i18n/map-words.js';
import { exerciseCardStyles } from './exercise-card.styles.js';
import { roleSwatchStyles } from '../shared/role-swatch.styles.js';
import { COMPACT_SECTIONS, SECTION_NAMES, hasContent, parseSections, type SectionName } from './sections.js';
import { equipmentText, formatWorkoutTime, levelLabel, prescriptionChips, workoutSeconds } from './format.js';
import { muscleName, shortMuscleNames } from '../muscles/resolve.js';
import { parseHeadingLevel, renderHeading } from '../shared/heading.js';
import { play, playerFor, renderFacade, renderVideoListItem } from './video-facade.js';
import { jsonLdText } from './json-ld.js';
import { setJsonScriptText } from '../shared/json-script.js';
import { HEADING_LEVELS } from '../shared/attribute-warnings.js';

const ROLES: MuscleRole[] = ['primary', 'secondary', 'stabilizer'];

/** Sections whose whole body is the document's text, marked with the document's `lang`. */
const TEXT_SECTIONS: readonly SectionName[] = ['setup', 'cues', 'benefits', 'uses', 'feel'];

/**
 * Small line icons for the facts row (decorative: the text says it all). In em, to grow with the
 * reader's default font size: 16px beside the row's 14px text at the usual 16px default.
 */
const icon = (d: string) =>
  html`<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="1.143em" height="1.143em"><path d=${d} /></svg>`;
const ICONS = {
  level: icon('M4 20v-5M10 20v-9M16 20V7M22 20V3'),
  equipment: icon('M3 9v6M6 6v12M18 6v12M21 9v6M6 12h12'),
  time: icon('M12 7v5l3 2M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z'),
};

/** Marks the JSON-LD script this card wrote, so it is updated rather than duplicated. */
const LD_MARK = 'data-exercise-card';

/**
 * The whole exercise in one element: header, prescription, muscle map, starting position,
 * steps, cues, mistakes, a guided timer, benefits, everyday uses, "feel it" checks, videos and
 * the source. Each section shows only when the document has something for it. The card
 * provides its exercise to the `<muscle-map>`, `<mistakes-accordion>` and `<set-timer>` it
 * composes (importing the class registers none of them; its `define` entry registers all four).
 *
 * Light-DOM children other than the inline JSON are the no-JavaScript fallback: they show
 * until the element upgrades, then the shadow root (which has no slot) hides them. The card
 * appends one `<script type="application/ld+json">` with schema.org HowTo data to its light DOM.
 *
 * @attr src - URL of a JSON exercise document.
 * @attr sections - Space-separated, ordered subset of `prescription muscles setup steps cues mistakes timer benefits uses feel videos source`.
 * @attr layout - `full` (default) or `compact` (name, chips, small map, collapsed steps, link out).
 * @attr theme - `light`, `dark` or `auto` (default: follow the reader's setting).
 * @attr heading-level - Level of the card's title, 2–6 (default 2); section headings are one below.
 * @attr href - Where the compact card's "Full exercise" link goes (default: the source URL).
 *
 * @fires exercise-load - The document was loaded and is valid. Detail: `{exercise}`.
 * @fires exercise-error - The document could not be used. Detail: `{errors}`.
 *
 * @csspart card - The outer `<article>`.
 * @csspart header - Name, aliases, summary and facts.
 * @csspart eyebrow - The category line above the title.
 * @csspart title - The exercise name (a heading).
 * @csspart aliases - "Also called …".
 * @csspart summary - The summary paragraph.
 * @csspart effect - The one-line effect.
 * @csspart facts - The level / equipment / time row.
 * @csspart section - Every section; each also has `section-<name>` (listed below).
 * @csspart section-prescription - The `prescription` section.
 * @csspart section-muscles - The `muscles` section.
 * @csspart section-setup - The `setup` section.
 * @csspart section-steps - The `steps` section.
 * @csspart section-cues - The `cues` section.
 * @csspart section-mistakes - The `mistakes` section.
 * @csspart section-timer - The `timer` section.
 * @csspart section-benefits - The `benefits` section.
 * @csspart section-uses - The `uses` section.
 * @csspart section-feel - The `feel` section.
 * @csspart section-videos - The `videos` section.
 * @csspart section-source - The `source` section.
 * @csspart section-heading - Each section's heading.
 * @csspart chips - The prescription list.
 * @csspart chip - One prescription chip.
 * @csspart map - The nested `<muscle-map>`.
 * @csspart legend - The muscle legend.
 * @csspart position - The starting-position list.
 * @csspart steps - The numbered steps.
 * @csspart step - One step.
 * @csspart key-cue - The main cue, called out next to the steps.
 * @csspart cues - The list of cues.
 * @csspart mistakes - The nested `<mistakes-accordion>`.
 * @csspart timer-button - "Start workout".
 * @csspart timer-dialog - The dialog holding `<set-timer>`.
 * @csspart benefits - The benefits list.
 * @csspart benefit - One benefit.
 * @csspart uses - The everyday-uses list.
 * @csspart feel - The "feel it" list.
 * @csspart videos - The videos section body.
 * @csspart video-facade - A video before play.
 * @csspart video-player - A video after play.
 * @csspart source - The attribution.
 * @csspart link - The compact card's link to the full exercise.
 *
 * @cssprop --ex-font-family - Body font.
 * @cssprop --ex-heading-font-family - Font of the title and headings (default: the body font).
 * @cssprop --ex-font-size - Base size (default: the reader's default font size, 16px unless they changed it); everything scales from it.
 * @cssprop --ex-color-text - Text colour.
 * @cssprop --ex-color-muted - Secondary text.
 * @cssprop --ex-color-bg - Card background.
 * @cssprop --ex-color-surface - Chips, panels, placeholders.
 * @cssprop --ex-color-border - Rules and outlines.
 * @cssprop --ex-color-accent - Numbers, links, the main button.
 * @cssprop --ex-color-on-accent - Text on the accent colour.
 * @cssprop --ex-color-focus - Focus ring.
 * @cssprop --ex-radius - Corner radius of the card (inner corners scale from it).
 * @cssprop --ex-card-padding - Inner padding (default grows with the card's width).
 * @cssprop --ex-muscle-primary - Colour of main muscles (map and legend).
 * @cssprop --ex-muscle-secondary - Colour of assisting muscles.
 * @cssprop --ex-muscle-stabilizer - Colour of stabilizers.
 * @cssprop --ex-loading-min-height - Space reserved while a `src` document loads (default 36em; 14em compact).
 *
 * @tagname exercise-card
 */
export class ExerciseCard extends ExerciseElement {
  static override styles = [...ExerciseElement.styles, roleSwatchStyles, ...exerciseCardStyles];

  /** Registers the element as `tag` in `registry`; a tag already defined is left alone (another version: one warning). */
  static define(tag = 'exercise-card', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  protected static override choices = { layout: 'full, compact', theme: 'light, dark, auto', 'heading-level': HEADING_LEVELS };

  static override properties = {
    sections: {},
    layout: { reflect: true },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    href: {},
    playing: { state: true },
    timerWanted: { state: true },
    highlight: { state: true },
  };

  sections?: string;
  layout: 'full' | 'compact' = 'full';
  theme: 'light' | 'dark' | 'auto' = 'auto';
  headingLevel?: string;
  href?: string;

  /** Hands the validated exercise to nested elements. */
  #provider = new ContextProvider(this, { context: exerciseContext });

  /** Index of the video whose player is loaded (one at a time). */
  private playing?: number;
  /** The set timer is created the first time the reader asks for it. */
  private timerWanted = false;
  /** The mistake whose muscles the map shows instead of the exercise's own. */
  private highlight?: { id: string; muscles: string[] };

  #warnedSections?: string;
  #ldScript?: HTMLScriptElement;

  override connectedCallback(): void {
    super.connectedCallback();
    const win = this.ownerDocument.defaultView;
    this.listen(this.renderRoot, 'mistake-toggle', this.#onMistakeToggle);
    this.listen(win, 'beforeprint', this.#beforePrint);
    this.listen(win, 'afterprint', this.#afterPrint);
  }

  #openedForPrint: HTMLDetailsElement[] = [];

  /** Paper cannot be clicked: open every fold while printing. */
  #beforePrint = () => {
    this.#openedForPrint = [...this.renderRoot.querySelectorAll('details:not([open])')] as HTMLDetailsElement[];
    for (const d of this.#openedForPrint) d.open = true;
    // <mistakes-accordion> opens its own panels in its print stylesheet.
  };

  #afterPrint = () => {
    for (const d of this.#openedForPrint) d.open = false;
    this.#openedForPrint = [];
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#provider.value !== this.doc) {
      this.playing = undefined;
      this.highlight = undefined;
      this.#provider.setValue(this.doc);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#writeJsonLd();
    if (changed.has('playing' as keyof ExerciseCard) && this.playing !== undefined) {
      // Keyboard users land on the player they asked for.
      this.renderRoot.querySelector<HTMLElement>('[part~="video-player"] iframe, [part~="video-player"] video')?.focus();
    }
  }

  /** The card's words in its language, and the tag to format numbers with. */
  get #locale(): Locale<CardWords> {
    return { msg: this.i18n.words(CARD_WORDS), lang: this.i18n.lang };
  }

  get #level(): number {
    return parseHeadingLevel(this.headingLevel, 2);
  }

  get #shownSections(): SectionName[] {
    const doc = this.doc;
    if (!doc) return [];
    const { sections, unknown } = parseSections(
      this.sections,
      this.layout === 'compact' ? COMPACT_SECTIONS : SECTION_NAMES,
    );
    if (unknown.length > 0 && this.#warnedSections !== this.sections) {
      this.#warnedSections = this.sections;
      console.warn(`[exercise-elements] <exercise-card sections>: unknown section(s) ${unknown.join(', ')}; known: ${SECTION_NAMES.join(' ')}.`);
    }
    const shown = sections.filter((s) => hasContent(doc, s));
    // A lone cue is the key cue beside the steps: nothing is left for a section of its own.
    return doc.cues?.length === 1 && this.#keyCue(doc, shown) ? shown.filter((s) => s !== 'cues') : shown;
  }

  protected override render() {
    const doc = this.doc;
    if (!doc) return this.renderLoadState();
    const compact = this.layout === 'compact';
    const shown = this.#shownSections;
    // The card's own words are in the page's language; the document's text is marked with its
    // own `lang` where it is shown, so screen readers pronounce each right (and the elements
    // inside, which follow the nearest lang, keep the page's language).
    return html`<article part="card" class="card ${compact ? 'compact' : 'full'}" aria-labelledby="title">
      ${this.#renderHeader(doc, compact)}
      ${shown.map((name) => this.#renderSection(doc, name, shown, compact))}
      ${compact ? this.#renderLinkOut(doc) : nothing}
    </article>`;
  }

  #renderHeader(doc: Exercise, compact: boolean): TemplateResult {
    const { msg, lang } = this.#locale;
    const level = levelLabel(doc.level, msg);
    const equipment = equipmentText(doc, this.#locale);
    const seconds = workoutSeconds(doc.prescription);
    const aliases = (doc.aliases ?? []).filter(readableText);
    const facts = [
      level ? html`<li class="fact fact-level">${ICONS.level}${level}</li>` : nothing,
      equipment ? html`<li class="fact fact-equipment">${ICONS.equipment}${equipment}</li>` : nothing,
      seconds && !compact ? html`<li class="fact">${ICONS.time}${formatWorkoutTime(seconds, msg)}</li>` : nothing,
    ];
    // The introduction and the further notes have no section name of their own: both fold here.
    const more = [...(doc.about ?? []), ...(doc.notes ?? [])];
    // The header is mostly the document's text; the lines in our words say so.
    return html`<header part="header" class="header" lang=${ifDefined(doc.lang)}>
      ${doc.category && !compact ? html`<p part="eyebrow" class="eyebrow">${doc.category}</p>` : nothing}
      ${renderHeading(this.#level, doc.name, 'title', 'h title', 'title')}
      ${aliases.length && !compact ? html`<p part="aliases" class="aliases" lang=${lang}>${msg.alsoCalled(formatList(aliases, lang, 'disjunction'))}</p>` : nothing}
      ${doc.summary && !compact ? html`<p part="summary" class="summary">${doc.summary}</p>` : nothing}
      ${doc.effect && !compact ? html`<p part="effect" class="effect">${doc.effect}</p>` : nothing}
      ${level || equipment ? html`<ul part="facts" class="facts" lang=${lang}>${facts}</ul>` : nothing}
      ${more.length && !compact
        ? html`<details class="about"><summary lang=${lang}>${msg.more}</summary>${more.map((p) => html`<p>${p}</p>`)}</details>`
        : nothing}
    </header>`;
  }

  #renderSection(doc: Exercise, name: SectionName, shown: SectionName[], compact: boolean): TemplateResult {
    // A plain <section>, not a named region: a dozen landmarks per card, repeated by every card
    // on the page, would crowd a screen reader's landmark list. Its heading is the way in.
    return html`<section part="section section-${name}" class="section s-${name}">
      ${renderHeading(this.#level + 1, this.#locale.msg.section[name], 'section-heading', compact || name === 'prescription' ? 'h vh' : 'h')}
      <div class="section-body" lang=${ifDefined(TEXT_SECTIONS.includes(name) ? doc.lang : undefined)}>${this.#renderBody(doc, name, shown, compact)}</div>
    </section>`;
  }

  #renderBody(doc: Exercise, name: SectionName, shown: SectionName[], compact: boolean) {
    switch (name) {
      case 'prescription':
        return html`<ul part="chips" class="chips">
          ${prescriptionChips(doc.prescription, this.#locale).map((c) => html`<li part="chip" class="chip">${c.text}</li>`)}
        </ul>`;
      case 'muscles':
        return this.#renderMuscles(doc, compact);
      case 'setup':
        return html`<dl part="position" class="position">
          ${doc.position!.map((p) => html`<div class="position-item"><dt>${p.label}</dt><dd>${p.text}</dd></div>`)}
        </dl>`;
      case 'steps':
        return this.#renderSteps(doc, shown, compact);
      case 'cues':
        // All but the one already called out beside the steps.
        return html`<ul part="cues" class="cues">
          ${doc.cues!.slice(this.#keyCue(doc, shown) === undefined ? 0 : 1).map((c) => html`<li>${c}</li>`)}
        </ul>`;
      case 'mistakes':
        return html`<mistakes-accordion part="mistakes" heading-level=${Math.min(6, this.#level + 2)}></mistakes-accordion>`;
      case 'timer':
        return this.#renderTimer(doc);
      case 'benefits':
        return html`<ul part="benefits" class="benefits">
          ${doc.benefits!.map((b) => html`<li part="benefit" class="benefit"><p class="benefit-title">${b.title}</p><p>${b.text}</p></li>`)}
        </ul>`;
      case 'uses':
        return renderNestedList(doc.uses, { part: 'uses', className: 'uses' });
      case 'feel':
        return html`<ul part="feel" class="feel">
          ${doc.feel!.map((f) => html`<li><p class="feel-title">${f.label ?? muscleName(f.muscle)}</p><p>${f.text}</p></li>`)}
        </ul>`;
      case 'videos':
        return this.#renderVideos(doc);
      case 'source':
        return this.#renderSource(doc);
    }
  }

  /** The cue called out beside the steps (the first one), when both are shown in full. */
  #keyCue(doc: Exercise, shown: SectionName[]): string | undefined {
    return this.layout !== 'compact' && shown.includes('steps') ? doc.cues?.[0] : undefined;
  }

  #renderSteps(doc: Exercise, shown: SectionName[], compact: boolean): TemplateResult {
    const msg = this.#locale.msg;
    const steps = html`<ol part="steps" class="steps" lang=${ifDefined(doc.lang)}>${doc.steps!.map((s) => html`<li part="step" class="step">${s}</li>`)}</ol>`;
    if (compact) {
      return html`<details class="steps-details">
        <summary>${msg.showSteps(doc.steps!.length)}</summary>
        ${steps}
      </details>`;
    }
    const cue = this.#keyCue(doc, shown);
    return html`${steps}${cue
      ? html`<aside part="key-cue" class="key-cue"><p class="key-cue-label">${msg.keyCue}</p><p class="key-cue-text" lang=${ifDefined(doc.lang)}>${cue}</p></aside>`
      : nothing}`;
  }

  #renderMuscles(doc: Exercise, compact: boolean): TemplateResult {
    const { msg, lang } = this.#locale;
    const muscles = doc.muscles ?? [];
    const hl = this.highlight;
    // While a mistake is open the map shows the muscles it concerns; null hands back to the document.
    // Compact cards always show both views, so cards in a list line up.
    const map = html`<muscle-map
      part="map"
      class="map"
      ?interactive=${!compact}
      view=${compact ? 'both' : 'auto'}
      .primary=${hl ? hl.muscles.join(' ') : null}
      .secondary=${hl ? '' : null}
      .stabilizer=${hl ? '' : null}
    ></muscle-map>`;
    if (compact) {
      const main = shortMuscleNames(muscles.filter((m) => m.role === 'primary').map((m) => m.id));
      return html`<div class="muscles compact-muscles">
        ${map}
        ${main.length ? html`<p><span class="label">${msg.works}</span> ${formatList(main, lang)}</p>` : nothing}
      </div>`;
    }
    return html`<div class="muscles">
      <div class="map-wrap">${map}</div>
      <div part="legend" class="legend">
        <p class="highlight-note" role="status">${hl ? msg.mistakeMuscles : nothing}</p>
        ${ROLES.map((role) => {
          const list = muscles.filter((m) => m.role === role);
          if (list.length === 0) return nothing;
          return html`<div>
            <p class="legend-title"><span class="swatch" data-role=${role} aria-hidden="true"></span>${this.i18n.words(MAP_WORDS).role[role]}</p>
            <ul>
              ${list.map(
                // The vocabulary's names are English for now.
                (m) => html`<li><span class="muscle-name" lang="en">${muscleName(m.id)}</span>${m.note
                  ? html`<span class="muscle-note" lang=${ifDefined(doc.lang)}>${m.note}</span>`
                  : nothing}</li>`,
              )}
            </ul>
          </div>`;
        })}
      </div>
    </div>`;
  }

  #renderTimer(doc: Exercise): TemplateResult {
    const msg = this.#locale.msg;
    const chips = prescriptionChips(doc.prescription, this.#locale).filter((c) => c.key === 'sets' || c.key === 'reps' || c.key === 'hold');
    const seconds = workoutSeconds(doc.prescription);
    const summary = [...chips.map((c) => c.text), ...(seconds ? [formatWorkoutTime(seconds, msg).toLowerCase()] : [])].join(' · ');
    return html`<div class="timer-cta">
        <p class="timer-text">
          ${msg.timerIntro}
          ${summary ? html`<span class="timer-summary">${summary}</span>` : nothing}
        </p>
        <button type="button" part="timer-button" class="button primary" @click=${this.#openTimer}>
          ${play}
          ${msg.startWorkout}
        </button>
      </div>
      <dialog part="timer-dialog" class="timer-dialog" aria-labelledby="timer-title" @close=${this.#onTimerClose}>
        <div class="dialog-head">
          <p class="dialog-title" id="timer-title" lang=${ifDefined(doc.lang)}>${doc.name}</p>
          <button type="button" class="button ghost close" @click=${this.#closeTimer}>${msg.close}</button>
        </div>
        ${this.timerWanted ? html`<set-timer class="timer"></set-timer>` : nothing}
      </dialog>`;
  }

  #renderVideos(doc: Exercise): TemplateResult {
    const videos = doc.videos!.map((video, index) => ({ video, index, player: playerFor(video) }));
    const playable = videos.filter((v) => v.player);
    const listed = videos.filter((v) => !v.player);
    return html`<div part="videos" class="videos">
      ${playable.length
        ? html`<ul class="video-grid ${playable.length === 1 ? 'single' : ''}">
            ${playable.map(
              ({ video, index, player }) =>
                html`<li>
                  ${renderFacade(video, player!, {
                    playing: this.playing === index,
                    onPlay: () => (this.playing = index),
                    i18n: this.#locale,
                    textLang: doc.lang,
                  })}
                </li>`,
            )}
          </ul>`
        : nothing}
      ${listed.length ? html`<ul class="video-list">${listed.map(({ video }) => renderVideoListItem(video, this.#locale, doc.lang))}</ul>` : nothing}
    </div>`;
  }

  #renderSource(doc: Exercise): TemplateResult {
    const s = doc.source!;
    const url = safeUrl(s.url, 'source URL');
    const licenseUrl = safeUrl(s.licenseUrl, 'license URL');
    const title = s.title ?? url ?? s.author;
    const linked = url ? html`<a href=${url} rel="noopener">${title}</a>` : html`<cite>${title}</cite>`;
    const msg = this.#locale.msg;
    return html`<p part="source" class="source">
      ${msg.basedOn} ${linked}${s.author && title !== s.author ? html` ${msg.by} ${s.author}` : nothing}.
      ${s.license
        ? licenseUrl
          ? html`<a href=${licenseUrl} rel="license noopener">${s.license}</a>.`
          : html`<span class="license">${s.license}.</span>`
        : nothing}
    </p>`;
  }

  #renderLinkOut(doc: Exercise): TemplateResult | typeof nothing {
    const url = safeUrl(this.href, 'href') ?? safeUrl(doc.source?.url, 'source URL');
    if (!url) return nothing;
    return html`<p class="link-out"><a part="link" href=${url}>${this.#locale.msg.fullExercise}<span class="vh">: ${doc.name}</span> <span aria-hidden="true">→</span></a></p>`;
  }

  #openTimer = async () => {
    this.timerWanted = true;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.timer-dialog');
    if (dialog && !dialog.open) dialog.showModal();
    // Focus on the workout's main button (Start, Resume), not on Close, which comes first: Space
    // then does what the reader came for instead of closing the dialog.
    await this.updateComplete;
    this.renderRoot.querySelector('set-timer')?.focus();
  };

  #closeTimer = () => {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.timer-dialog')?.close();
  };

  #onTimerClose = () => {
    // A workout left running behind a closed dialog would keep beeping.
    const timer = this.renderRoot.querySelector('set-timer') as (HTMLElement & { pause?: () => void; state?: { status: string } }) | null;
    if (timer?.state?.status === 'running') timer.pause?.();
  };

  #onMistakeToggle = (event: CustomEvent<{ id: string; open: boolean; muscles?: string[] }>) => {
    const { id, open } = event.detail ?? {};
    if (typeof id !== 'string') return;
    if (open) {
      const muscles = event.detail.muscles ?? this.doc?.mistakes?.find((m) => m.id === id)?.muscles ?? [];
      this.highlight = muscles.length ? { id, muscles: [...muscles] } : undefined;
    } else if (this.highlight?.id === id) {
      this.highlight = undefined;
    }
  };

  /** Writes (or updates) the schema.org JSON-LD in the light DOM; removes it without a document. */
  #writeJsonLd(): void {
    const doc = this.doc;
    let script = this.#ldScript;
    // Not only our own: a copy made with cloneNode() carries the original card's.
    if (!script || script.parentNode !== this) {
      script = this.querySelector<HTMLScriptElement>(`:scope > script[type="application/ld+json"][${LD_MARK}]`) ?? undefined;
    }
    if (!doc) {
      script?.remove();
      this.#ldScript = undefined;
      return;
    }
    const text = jsonLdText(doc);
    // Compare first: every write is a mutation our own child observer answers with an update.
    if (script && script.textContent === text) {
      this.#ldScript = script;
      return;
    }
    try {
      if (!script) {
        script = document.createElement('script');
        script.type = 'application/ld+json';
        script.setAttribute(LD_MARK, '');
      }
      // Under enforced Trusted Types, only through our policy (see json-script.ts).
      if (!setJsonScriptText(script, text)) return;
      if (script.parentNode !== this) this.append(script);
      this.#ldScript = script;
    } catch (error) {
      console.warn('[exercise-elements] <exercise-card>: could not add JSON-LD:', (error as Error).message);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'exercise-card': ExerciseCard;
  }
}
