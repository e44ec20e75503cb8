import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ExerciseElement } from '../shared/exercise-element.js';
import { defineElement } from '../shared/define-element.js';
import { emit } from '../shared/emit.js';
import { renderNestedList } from '../shared/nested-list.js';
import { renderErrorPanel } from '../shared/error-panel.js';
import { parseHeadingLevel, renderHeading } from '../shared/heading.js';
import type { Mistake } from '../schema/exercise-types.js';
import { idFromHash, linkTo, toShownMistakes, type ShownMistake } from './model.js';
import { mistakesAccordionStyles } from './mistakes-accordion.styles.js';
import { MISTAKES_WORDS } from '../i18n/mistakes-words.js';
import { SHARED_WORDS } from '../i18n/shared-words.js';
import { rovingIndex } from '../shared/roving-index.js';
import { HEADING_LEVELS } from '../shared/attribute-warnings.js';

/** Detail of `mistake-toggle`. */
export interface MistakeToggleDetail {
  /** The mistake's id (the deep link is `#mistake-<id>`). */
  id: string;
  /** Whether it is open now. */
  open: boolean;
  /**
   * Vocabulary ids of the muscles the mistake concerns (group names expanded), so that an
   * enclosing `<exercise-card>` can highlight them on its `<muscle-map>` while it is open.
   */
  muscles: string[];
}

/** How long the "Link copied" confirmation stays visible (ms). */
export const COPIED_MS = 2000;
/** Length of the opening animation (ms), unless the reader prefers reduced motion. */
export const OPEN_MS = 220;

// Line icons: stroke, size and colour come from the stylesheet.
const chevron = html`<svg class="chevron" part="chevron" viewBox="0 0 20 20" aria-hidden="true"><path d="M5 7.5l5 5 5-5" /></svg>`;
const linkIcon = html`<svg viewBox="0 0 20 20" aria-hidden="true"
  ><path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5L9.8 5.2M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1.2-1.2" /></svg>`;
const checkIcon = html`<svg viewBox="0 0 20 20" aria-hidden="true"><path d="M4.5 10.5l3.5 3.5 7.5-8" /></svg>`;

const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The common mistakes of an exercise as an accessible accordion (the WAI-ARIA APG pattern):
 * each mistake's header is a heading holding a button that shows or hides its panel, which
 * says what to avoid, why it matters, what to try instead and which muscles it concerns.
 *
 * Collapsed panels stay findable with the browser's find-in-page (`hidden="until-found"`,
 * opened on `beforematch`). A page URL ending in `#mistake-<id>` opens that mistake and scrolls
 * to it, on load and whenever the fragment changes; each header offers to copy that link.
 * Printing shows every mistake expanded.
 *
 * Data: the `mistakes` property (a plain list, overrides the document's), or an exercise
 * document from `.exercise`, an inline `<script type="application/json">` child, `src`, or an
 * enclosing `<exercise-card>`.
 *
 * Keyboard: Enter or Space on a header toggles it; Up and Down move to the previous and next
 * header (wrapping round), Home and End to the first and last.
 *
 * @attr mode - `multiple` (default): any number open; `single`: opening one closes the others.
 * @attr heading-level - Level of the header headings, 2 to 6 (default 3; anything else means 3).
 * @attr src - URL of a JSON exercise document.
 *
 * @fires {CustomEvent<MistakeToggleDetail>} mistake-toggle - A mistake opened or closed (by the reader, a method, find-in-page or a
 *   deep link). Detail: `{id, open, muscles}`, `muscles` being vocabulary ids. When opening one
 *   closes another (`mode="single"`), the closing event comes first.
 * @fires exercise-load - The exercise document loaded. Detail: `{exercise}`.
 * @fires exercise-error - The exercise document could not be used. Detail: `{errors}`.
 *
 * @csspart toolbar - The row above the list holding the expand/collapse-all button.
 * @csspart toggle-all - The "Expand all" / "Collapse all" button (`mode="multiple"` only).
 * @csspart list - The container of all mistakes.
 * @csspart item - One mistake (header and panel).
 * @csspart item-open - An open mistake (with `item`).
 * @csspart header - A mistake's header row (heading and copy-link button).
 * @csspart heading - The `<h2>`…`<h6>` of a header.
 * @csspart button - The header button that opens and closes the panel.
 * @csspart title - The mistake's title inside the header button.
 * @csspart chevron - The arrow that turns when the panel opens.
 * @csspart copy-link - The button that copies the mistake's link.
 * @csspart copied - The "Link copied" confirmation.
 * @csspart copy-fallback - Shown when the clipboard cannot be used: the link, selected, to copy by hand.
 * @csspart panel - A mistake's panel (role="region" while open).
 * @csspart body - The padded content of a panel.
 * @csspart avoid - The "what to avoid" sentence.
 * @csspart label - The small headings "Why it matters", "What to try", "Muscles".
 * @csspart why - The "why it matters" text or list.
 * @csspart fixes - The list of fixes.
 * @csspart chips - The list of muscle chips.
 * @csspart chip - One muscle chip.
 * @csspart empty - The note shown when there are no mistakes.
 * @csspart error - The panel naming each problem with a document (role="alert").
 * @csspart loading - The placeholder shown while a `src` document loads.
 *
 * @cssprop --ex-font-family - Font of the whole element.
 * @cssprop --ex-font-size - Base font size (default: the reader's default font size, 16px unless they changed it).
 * @cssprop --ex-color-text - Text colour.
 * @cssprop --ex-color-muted - Secondary text (labels).
 * @cssprop --ex-color-bg - Background of each mistake.
 * @cssprop --ex-color-surface - Background of the "avoid" box and hovered headers.
 * @cssprop --ex-color-border - Borders.
 * @cssprop --ex-color-accent - Open mistake, bullets, "Expand all".
 * @cssprop --ex-color-focus - Focus rings.
 * @cssprop --ex-color-avoid - Bar beside the "avoid" sentence (default: the danger colour).
 * @cssprop --ex-radius - Corner radius of each mistake.
 * @cssprop --ex-muscle-primary - Dot colour of the muscle chips.
 * @cssprop --ex-mistakes-gap - Space between mistakes (default 0.625em).
 * @cssprop --ex-scroll-margin-top - Space kept above a deep-linked mistake, e.g. for a sticky page header (default 1em).
 *
 * @tagname mistakes-accordion
 */
export class MistakesAccordion extends ExerciseElement {
  static override styles = [...ExerciseElement.styles, mistakesAccordionStyles];

  /** Registers the element as `tag` in `registry`; a tag already defined is left alone (another version: one warning). */
  static define(tag = 'mistakes-accordion', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  protected static override choices = { mode: 'multiple, single', 'heading-level': HEADING_LEVELS };

  static override properties = {
    mode: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    mistakes: { attribute: false },
    open: { state: true },
    copiedId: { state: true },
    fallbackId: { state: true },
    targetId: { state: true },
    announcement: { state: true },
  };

  /** `multiple` (default) lets any number be open; `single` keeps at most one open. */
  mode: 'single' | 'multiple' = 'multiple';

  /** Level of the header headings, 2 to 6; anything else falls back to 3. */
  headingLevel = 3;

  /** A plain list of mistakes; when set (not null), it is shown instead of the document's. */
  mistakes?: Mistake[];

  private open: ReadonlySet<string> = new Set();
  private copiedId?: string;
  private fallbackId?: string;
  private targetId?: string;
  private announcement = '';

  /** Prefix that keeps this instance's element ids apart from any other copy's. */
  readonly #uid = `ma${Math.random().toString(36).slice(2, 8)}`;
  #shown: ShownMistake[] = [];
  /** Language of the mistakes' text: the document's `lang` (unknown for the `mistakes` property). */
  #textLang?: string;
  #listError?: { path: string; message: string };
  #shownFrom?: unknown;
  #hasList = false;
  #pendingHash?: string;
  /** True when the pending fragment comes from an in-page link rather than the page load. */
  #hashFromNavigation = false;
  #pendingReveal?: { id: string; navigated: boolean };
  #animateIds = new Set<string>();
  #pendingToggles: MistakeToggleDetail[] = [];
  #copiedTimer?: ReturnType<typeof setTimeout>;
  /** expandAll() was called while the document was loading. */
  #expandWhenLoaded = false;

  // The window listened on: an iframe's own, once moved into one.
  readonly #onHashChange = (event: Event): void => {
    this.#pendingHash = (event.currentTarget as Window).location.hash;
    this.#hashFromNavigation = true;
    this.requestUpdate();
  };

  /**
   * The mistakes shown, read afresh: a method called before the next render (right after
   * `.exercise` or `.mistakes` was set) acts on what was just given.
   */
  get #current(): ShownMistake[] {
    this.readSource();
    this.#refreshList();
    return this.#shown;
  }

  /** Ids of the open mistakes, in list order. */
  get expandedIds(): string[] {
    return this.#current.filter((m) => this.open.has(m.id)).map((m) => m.id);
  }

  /**
   * Opens every mistake (`mode="multiple"`; in `single` mode it leaves things as they are).
   * While its `src` loads, once the mistakes are there.
   */
  expandAll(): void {
    const all = new Set(this.#current.map((m) => m.id)); // reads the source: a src starts loading
    // Set in single mode too, so that it is let go once the document is there.
    this.#expandWhenLoaded = this.status === 'loading';
    if (this.mode !== 'single') this.#setOpen(all, true);
  }

  /** Closes every mistake. */
  collapseAll(): void {
    this.#expandWhenLoaded = false;
    this.#setOpen(new Set(), false);
  }

  /**
   * Opens or closes one mistake (`force` true opens, false closes, absent flips).
   * Returns whether it is open afterwards; an unknown id changes nothing and returns false.
   */
  toggle(id: string, force?: boolean): boolean {
    if (!this.#current.some((m) => m.id === id)) return false;
    const open = force ?? !this.open.has(id);
    this.#openOne(id, open, true);
    return open;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const win = this.ownerDocument.defaultView;
    this.listen(win, 'hashchange', this.#onHashChange);
    this.#pendingHash = win?.location.hash;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#copiedTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#refreshList();
    if (this.#expandWhenLoaded && this.status !== 'loading') this.expandAll();
    if (changed.has('mode') && this.mode === 'single' && this.open.size > 1) {
      this.#setOpen(new Set(this.expandedIds.slice(0, 1)), false);
    }
    this.#followHash();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#runAnimations();
    if (this.#pendingReveal) this.#revealTarget(this.#pendingReveal);
    const toggles = this.#pendingToggles;
    this.#pendingToggles = [];
    for (const detail of toggles) emit<MistakeToggleDetail>(this, 'mistake-toggle', detail);
  }

  protected override render() {
    if (!this.#hasList) return this.renderLoadState();
    if (this.#listError) return renderErrorPanel(this.i18n.words(SHARED_WORDS), [this.#listError]);
    const mistakes = this.#shown;
    const msg = this.i18n.words(MISTAKES_WORDS);
    if (mistakes.length === 0) return html`<p class="empty" part="empty">${msg.noMistakes}</p>`;
    const level = parseHeadingLevel(this.headingLevel, 3);
    const allOpen = mistakes.every((m) => this.open.has(m.id));
    const showToggleAll = this.mode !== 'single' && mistakes.length > 1;
    return html`
      ${showToggleAll
        ? html`<div class="toolbar" part="toolbar">
            <button type="button" class="toggle-all" part="toggle-all" @click=${allOpen ? this.collapseAll : this.expandAll}>
              ${allOpen ? msg.collapseAll : msg.expandAll}
            </button>
          </div>`
        : nothing}
      <div class="list" part="list" @keydown=${this.#onKeydown}>
        ${mistakes.map((m, i) => this.#renderItem(m, i, level))}
      </div>
      <div class="vh" role="status">${this.announcement}</div>
    `;
  }

  /**
   * A panel is a region labelled by its header while open; a closed one has nothing to show,
   * so it stays out of a screen reader's landmark list.
   */
  #renderItem(m: ShownMistake, index: number, level: number): TemplateResult {
    const open = this.open.has(m.id);
    const base = `${this.#uid}-${index}`;
    const buttonId = `${base}-button`;
    const panelId = `${base}-panel`;
    const copied = this.copiedId === m.id;
    const classes = `item${open ? ' open' : ''}${this.targetId === m.id ? ' targeted' : ''}`;
    const msg = this.i18n.words(MISTAKES_WORDS);
    return html`<div class=${classes} part=${open ? 'item item-open' : 'item'} id=${`${this.#uid}-item-${index}`}>
      <div class="header" part="header">
        ${renderHeading(
          level,
          html`<button type="button" class="toggle" part="button" id=${buttonId} aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${panelId} @click=${() => this.#openOne(m.id, !open, true)}>
            <span class="title" part="title" lang=${ifDefined(this.#textLang)}>${m.title}</span>${chevron}
          </button>`,
          'heading',
        )}
        <button type="button" class="copy${copied ? ' done' : ''}" part="copy-link" aria-label=${msg.copyLinkTo(m.title)}
          title=${msg.copyLink} @click=${() => this.#copyLink(m.id)}>
          ${copied ? checkIcon : linkIcon}
        </button>
        ${copied ? html`<span class="copied" part="copied" aria-hidden="true">${msg.copied}</span>` : nothing}
      </div>
      ${this.fallbackId === m.id ? this.#renderFallback(m, base) : nothing}
      <div class="panel" part="panel" id=${panelId} role=${ifDefined(open ? 'region' : undefined)} aria-labelledby=${buttonId}
        hidden=${ifDefined(open ? undefined : 'until-found')} @beforematch=${() => this.#openOne(m.id, true, false)}>
        <div class="body" part="body">${this.#renderBody(m, base)}</div>
      </div>
    </div>`;
  }

  #renderBody(m: ShownMistake, base: string): TemplateResult {
    /** A labelled part of the panel; the label names the list after it. */
    const section = (key: string, label: string, body: (id: string) => unknown) =>
      html`<section class="section"><p class="label" part="label" id=${`${base}-${key}`}>${label}</p>${body(`${base}-${key}`)}</section>`;
    const [onlyWhy] = m.why;
    const msg = this.i18n.words(MISTAKES_WORDS);
    // The labels are in the reader's language, the mistake's own text in the document's.
    const lang = this.#textLang;
    return html`
      ${m.avoid ? html`<p class="avoid" part="avoid" lang=${ifDefined(lang)}>${m.avoid}</p>` : nothing}
      ${m.why.length
        ? section('why', msg.why, (id) =>
            m.why.length === 1 && typeof onlyWhy === 'string'
              ? html`<p class="why" part="why" lang=${ifDefined(lang)}>${onlyWhy}</p>`
              : renderNestedList(m.why, { part: 'why', labelledBy: id, lang }),
          )
        : nothing}
      ${m.fixes.length
        ? section('fixes', msg.fixes, (id) => renderNestedList(m.fixes, { part: 'fixes', labelledBy: id, lang }))
        : nothing}
      ${m.chips.length
        ? section(
            'muscles',
            msg.muscles,
            // The vocabulary's names are English for now.
            (id) => html`<ul class="chips" part="chips" aria-labelledby=${id} lang="en">
              ${m.chips.map((c) => html`<li class="chip" part="chip" data-muscle=${c.key}>${c.name}</li>`)}
            </ul>`,
          )
        : nothing}
    `;
  }

  #renderFallback(m: ShownMistake, base: string): TemplateResult {
    const inputId = `${base}-link`;
    return html`<div class="copy-fallback" part="copy-fallback">
      <label for=${inputId}>${this.i18n.words(MISTAKES_WORDS).copyByHand}</label>
      <input id=${inputId} type="text" readonly .value=${linkTo(m.id, location.href)}
        @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
        @keydown=${(e: KeyboardEvent) =>
          // Escape: back to the button that offered the link (not <body>); the blur closes this.
          e.key === 'Escape' && (e.target as Element).closest('.item')?.querySelector<HTMLElement>('.copy')?.focus()}
        @blur=${this.#closeFallback} />
    </div>`;
  }

  /** Recomputes the shown list when its source (the property or the document) changes. */
  #refreshList(): void {
    const own = this.mistakes != null;
    const source = own ? this.mistakes : this.doc?.mistakes;
    const hasList = own || this.doc !== undefined;
    this.#textLang = own ? undefined : this.doc?.lang;
    if (source === this.#shownFrom && hasList === this.#hasList) return;
    this.#shownFrom = source;
    this.#hasList = hasList;
    const where = own ? 'mistakes' : 'exercise.mistakes';
    const { mistakes, problems, error } = toShownMistakes(source, where);
    if (problems.length > 0) console.warn(`[exercise-elements] <${this.localName}>: ${problems.join(' ')}`);
    this.#listError = error ? { path: where, message: error } : undefined;
    const before = this.#shown;
    this.#shown = mistakes;
    // Open mistakes that are gone say they closed, so that a highlighted map is restored.
    const ids = new Set(mistakes.map((m) => m.id));
    const gone = before.filter((m) => this.open.has(m.id) && !ids.has(m.id));
    if (gone.length > 0) {
      this.open = new Set([...this.open].filter((id) => ids.has(id)));
      for (const m of gone) this.#pendingToggles.push({ id: m.id, open: false, muscles: [...m.muscles] });
    }
    if (this.targetId !== undefined && !ids.has(this.targetId)) this.targetId = undefined;
  }

  /** Opens the mistake a `#mistake-<id>` fragment names, once the list it may be in exists. */
  #followHash(): void {
    if (this.#pendingHash === undefined || !this.#hasList) return;
    const hash = this.#pendingHash;
    this.#pendingHash = undefined;
    const navigated = this.#hashFromNavigation;
    this.#hashFromNavigation = false;
    const id = idFromHash(hash);
    if (id === undefined || !this.#shown.some((m) => m.id === id)) {
      this.targetId = undefined;
      return;
    }
    this.targetId = id;
    this.#pendingReveal = { id, navigated };
    this.#openOne(id, true, false);
  }

  /**
   * Scrolls a deep-linked mistake to the top. On load it jumps, as the browser does for a
   * fragment; after an in-page link it glides (motion permitting) and takes the focus, as the
   * browser would move it to a fragment's target, so the keyboard carries on from there.
   */
  #revealTarget({ id, navigated }: { id: string; navigated: boolean }): void {
    this.#pendingReveal = undefined;
    const index = this.#indexOf(id);
    const item = this.renderRoot.querySelector<HTMLElement>(`#${this.#uid}-item-${index}`);
    if (!item) return;
    if (navigated) this.renderRoot.querySelector<HTMLElement>(`#${this.#uid}-${index}-button`)?.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'start', behavior: navigated && !prefersReducedMotion() ? 'smooth' : 'auto' });
  }

  #openOne(id: string, open: boolean, animate: boolean): void {
    const next = new Set(this.mode === 'single' && open ? [] : this.open);
    if (open) next.add(id);
    else next.delete(id);
    this.#setOpen(next, animate);
  }

  /** Makes `next` the open set, queueing one `mistake-toggle` per mistake that changed. */
  #setOpen(next: ReadonlySet<string>, animate: boolean): void {
    const before = this.open;
    const closed = this.#shown.filter((m) => before.has(m.id) && !next.has(m.id));
    const opened = this.#shown.filter((m) => !before.has(m.id) && next.has(m.id));
    if (closed.length === 0 && opened.length === 0) return;
    this.open = next;
    for (const m of closed) this.#pendingToggles.push({ id: m.id, open: false, muscles: [...m.muscles] });
    for (const m of opened) {
      this.#pendingToggles.push({ id: m.id, open: true, muscles: [...m.muscles] });
      if (animate) this.#animateIds.add(m.id);
    }
  }

  /** Grows newly opened panels from nothing to their height, unless motion is unwelcome. */
  #runAnimations(): void {
    const ids = this.#animateIds;
    this.#animateIds = new Set();
    if (ids.size === 0 || prefersReducedMotion()) return;
    for (const id of ids) {
      const panel = this.renderRoot.querySelector<HTMLElement>(`#${this.#uid}-${this.#indexOf(id)}-panel`);
      if (!panel || typeof panel.animate !== 'function') continue;
      const height = panel.scrollHeight;
      panel.classList.add('animating');
      const animation = panel.animate(
        [
          { height: '0px', opacity: 0 },
          { height: `${height}px`, opacity: 1 },
        ],
        { duration: OPEN_MS, easing: 'cubic-bezier(0.2, 0, 0, 1)' },
      );
      const done = () => panel.classList.remove('animating');
      animation.addEventListener('finish', done);
      animation.addEventListener('cancel', done);
    }
  }

  #indexOf(id: string): number {
    return this.#shown.findIndex((m) => m.id === id);
  }

  /** Up/Down move between headers (wrapping), Home/End to the first/last: the APG keys. */
  #onKeydown(event: KeyboardEvent): void {
    const target = event.target as Element | null;
    if (!target?.classList.contains('toggle') || event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.toggle')];
    const next = rovingIndex(event.key, buttons.indexOf(target as HTMLButtonElement), buttons.length);
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]?.focus();
  }

  async #copyLink(id: string): Promise<void> {
    const url = linkTo(id, location.href);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
    } catch {
      // Not a secure context, permission refused, or an old browser: show the link to copy by hand.
      this.fallbackId = id;
      this.copiedId = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('.copy-fallback input')?.focus();
      return;
    }
    this.fallbackId = undefined;
    this.copiedId = id;
    this.announcement = this.i18n.words(MISTAKES_WORDS).copied;
    clearTimeout(this.#copiedTimer);
    this.#copiedTimer = setTimeout(() => {
      this.copiedId = undefined;
      this.announcement = '';
    }, COPIED_MS);
  }

  #closeFallback(): void {
    this.fallbackId = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mistakes-accordion': MistakesAccordion;
  }
  interface HTMLElementEventMap {
    'mistake-toggle': CustomEvent<MistakeToggleDetail>;
  }
}
