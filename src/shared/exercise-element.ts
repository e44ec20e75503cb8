import { LitElement, html, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { exerciseContext } from '../context/exercise-context.js';
import type { Exercise } from '../schema/exercise-types.js';
import { fetchExercise, parseExercise, type LoadResult } from '../schema/load-exercise.js';
import { ROOT_PATH } from '../schema/validate.js';
import { hostStyles, loadStateStyles } from './base.styles.js';
import { renderErrorPanel, renderLoading } from './error-panel.js';
import { LangController } from '../i18n/lang-controller.js';
import { SHARED_WORDS } from '../i18n/shared-words.js';
import { VERSION } from '../version.js';
import { emit } from './emit.js';
import { warnIgnored } from './attribute-warnings.js';

/**
 * Where an element's exercise came from, and what it was: the `.exercise` value, the inline
 * JSON's text, the `src` URL or the card's exercise. The first source present wins; the same
 * source with the same value is not loaded again.
 */
type Source = readonly ['property' | 'inline' | 'src' | 'context' | 'none', unknown?];

export type LoadStatus = 'empty' | 'loading' | 'ready' | 'error';

const INLINE_JSON = ':scope > script[type="application/json"]';

/**
 * Our styles as sheets of each document an element has been in. A constructed sheet applies
 * only in the document whose window made it, so an element moved into an iframe or a
 * Picture-in-Picture window gets that document's own copies, made once and shared.
 */
const SHEETS = new WeakMap<Document, Record<string, CSSStyleSheet>>();

/**
 * What all four elements share: reading one exercise document from the `.exercise` property,
 * an inline `<script type="application/json">` child, the `src` URL, or an enclosing
 * `<exercise-card>` (through `@lit/context`), in that order; validating it; and saying back
 * what happened with `exercise-load` / `exercise-error` and, on failure, a readable panel.
 *
 * @fires {CustomEvent<{exercise: Exercise}>} exercise-load - A document was loaded and is valid. Detail: `{exercise}`.
 * @fires {CustomEvent<{errors: {path: string; message: string}[]}>} exercise-error - A document could not be used. Detail: `{errors: [{path, message}]}`.
 * @csspart error - The panel naming each problem with a document (role="alert").
 * @csspart retry - The "Try again" button of the error panel, for network failures.
 * @csspart loading - The placeholder shown while a `src` document loads.
 * @cssprop --ex-color-scheme - `light` or `dark` fixes the colours whatever the reader's setting (default `light dark`: follow it); `<exercise-card theme>` sets it for the elements inside.
 * @cssprop --ex-font-family - Font of the whole element.
 * @cssprop --ex-font-size - Base size (default: the reader's default font size, 16px unless they changed it); the element scales with it.
 * @cssprop --ex-color-text - Text colour.
 * @cssprop --ex-color-muted - Secondary text.
 * @cssprop --ex-color-bg - Background.
 * @cssprop --ex-color-surface - Panels and placeholders.
 * @cssprop --ex-color-border - Borders and rules.
 * @cssprop --ex-color-accent - Accent: links, highlights, the main button.
 * @cssprop --ex-color-on-accent - Text on the accent colour.
 * @cssprop --ex-color-focus - Focus rings.
 * @cssprop --ex-color-danger - The error panel.
 * @cssprop --ex-radius - Corner radius.
 * @cssprop --ex-loading-min-height - Space reserved while a `src` document loads (default 8em).
 */
export abstract class ExerciseElement extends LitElement {
  /** The library version this class belongs to (guards against clashing copies). */
  static version = VERSION;

  static override styles = [hostStyles, loadStateStyles];

  // Reactive properties declared here rather than with decorators: the same accessors, fewer bytes.
  static override properties: PropertyDeclarations = {
    exercise: { attribute: false },
    src: {},
    contextExercise: { state: true },
    loadResult: { state: true },
    loadStatus: { state: true },
  };

  /**
   * The exercise document as an object (or JSON text). Takes precedence over every other source.
   * Read as JSON text: the element shows a validated copy (assign a new object, or call
   * `reload()`, to show a change).
   */
  exercise?: unknown;

  /**
   * The element's words and number format, in the language of the nearest `lang` attribute
   * (on the element, its ancestors or a shadow host above it); English by default.
   */
  protected i18n = new LangController(this);

  /** URL of a JSON exercise document, resolved against the page. */
  src?: string;

  /** The exercise an enclosing `<exercise-card>` provides. */
  protected contextExercise?: Exercise;

  private loadResult?: LoadResult;
  private loadStatus: LoadStatus = 'empty';

  constructor() {
    super();
    new ContextConsumer(this, {
      context: exerciseContext,
      subscribe: true,
      callback: (value) => {
        this.contextExercise = value;
      },
    });
  }

  /**
   * Attributes with a fixed set of values (", "-separated): any other value gets a warning, and
   * the element's default applies.
   */
  protected static choices: Record<string, string> = {};

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    const accepts = (this.constructor as typeof ExerciseElement).choices[name];
    // A reflected property sets its attribute again, to the same value: said once.
    if (accepts && value !== null && value !== old && !accepts.split(', ').includes(value)) warnIgnored(this.localName, name, value, accepts);
  }

  #resolvedFrom?: Source;
  #fetchAbort?: AbortController;
  #childObserver?: MutationObserver;
  /** The load event to fire after the next update: its type and detail. */
  #pendingEvent?: [string, unknown];
  /** The document whose sheets our shadow root holds. */
  #stylesFor?: Document;
  /** What disconnectedCallback() undoes: the listeners added through listen(). */
  #unlisten: (() => void)[] = [];

  /** The validated exercise this element shows, from whichever source won. */
  protected get doc(): Exercise | undefined {
    return this.loadResult?.exercise;
  }

  /** Where loading stands: nothing to show, fetching, a valid document, or an error. */
  protected get status(): LoadStatus {
    return this.loadStatus;
  }

  /**
   * A shadow root without styles: connectedCallback() adopts them. (Lit's would adopt the sheets
   * it keeps on each `css` result, made by this page's window: a shadow root in another document
   * refuses them with an error, and an element first connected there would never render.)
   */
  protected override createRenderRoot(): ShadowRoot {
    return this.attachShadow({ mode: 'open' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Our styles as sheets of the document we are in, whenever that changes: moved into another
    // one (an iframe, a Picture-in-Picture window) or back, a shadow root loses its adopted
    // sheets. Back in the same one, it keeps them, and any a page added. A document without a
    // window shows nothing: left without.
    const doc = this.ownerDocument;
    const win = doc.defaultView;
    if (win && this.#stylesFor !== doc) {
      const made = SHEETS.get(doc) ?? {};
      SHEETS.set(doc, made);
      // All our styles are css`` results.
      (this.renderRoot as ShadowRoot).adoptedStyleSheets = ((this.constructor as typeof LitElement).elementStyles as CSSResult[]).map(({ cssText }) => {
        if (!made[cssText]) (made[cssText] = new win.CSSStyleSheet()).replaceSync(cssText);
        return made[cssText];
      });
    }
    this.#stylesFor = doc;
    // Inline JSON may be added after we upgrade (a parser still streaming the page, or a
    // framework rendering children later): look again whenever our children change. Only a
    // changed source updates (the card's own JSON-LD is a child too: no second render).
    this.#childObserver = new MutationObserver(() => this.readSource());
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.#resolvedFrom?.[0] === 'src' && this.loadStatus === 'loading') {
      // A fetch cut short by a move or a removal is started again; nothing else would ask for
      // the update that does it, and the element would say "Loading" for good.
      this.#resolvedFrom = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const undo of this.#unlisten.splice(0)) undo();
    this.#childObserver?.disconnect();
    this.#childObserver = undefined;
    this.#fetchAbort?.abort();
    this.#fetchAbort = undefined;
  }

  /**
   * Listens until the next disconnection; call it while connected (from connectedCallback).
   * Pass this element's own document or window
   * (`this.ownerDocument`, its `defaultView`), not the globals: moved into an iframe, it is
   * that document's keys and events that concern it.
   */
  protected listen<E extends Event>(target: EventTarget | null, type: string, listener: (event: E) => void): void {
    target?.addEventListener(type, listener as EventListener);
    this.#unlisten.push(() => target?.removeEventListener(type, listener as EventListener));
  }

  /** Loads the document again from its source (the error panel's "Try again"). */
  reload(): void {
    this.#resolvedFrom = undefined;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.readSource();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const event = this.#pendingEvent;
    this.#pendingEvent = undefined;
    if (event) emit(this, ...event);
  }

  /**
   * The error panel or loading placeholder; with no document at all, the element's own children
   * (the author's fallback HTML, which would otherwise vanish with nothing in its place), unless
   * `fallback` is false.
   */
  protected renderLoadState(fallback = true): TemplateResult | typeof nothing {
    const msg = this.i18n.words(SHARED_WORDS);
    if (this.loadStatus === 'empty') return fallback ? html`<slot></slot>` : nothing;
    if (this.loadStatus === 'loading') return renderLoading(msg);
    if (this.loadStatus === 'error' && this.loadResult) {
      return renderErrorPanel(msg, this.loadResult.errors, this.loadResult.retryable ? () => this.reload() : undefined);
    }
    return nothing;
  }

  #pickSource(): Source {
    if (this.exercise != null) return ['property', this.exercise];
    const script = this.querySelector(INLINE_JSON);
    if (script) return ['inline', script.textContent ?? ''];
    if (this.src) return ['src', this.src];
    if (this.contextExercise) return ['context', this.contextExercise];
    return ['none'];
  }

  /**
   * Reads the document from whichever source wins, if that changed. Each update does; a method
   * that needs the document before the next one (the timer's `start()` right after `.exercise`
   * was set) calls it first. A `src` only starts its fetch.
   */
  protected readSource(): void {
    const source = this.#pickSource();
    const [kind, value] = source;
    if (kind === this.#resolvedFrom?.[0] && value === this.#resolvedFrom[1]) return;
    this.#resolvedFrom = source;
    this.#fetchAbort?.abort();
    this.#fetchAbort = undefined;
    if (kind === 'src') {
      this.#fetchDocument(value as string);
    } else if (kind === 'context') {
      // The card validated it and announced it already.
      this.#apply({ exercise: value as Exercise, errors: [], warnings: [], retryable: false }, false);
    } else if (kind === 'none') {
      this.loadResult = undefined;
      this.loadStatus = 'empty';
      // A document the author meant to give but that is not read: say why, once per change.
      const stray = this.querySelector<HTMLScriptElement>('script:not([type="application/ld+json"])');
      if (stray) console.warn(`[exercise-elements] <${this.localName}>: <script type="${stray.type}"> ignored (expects a child <script type="application/json">).`);
    } else {
      this.#apply(parseExercise(value, kind === 'inline' ? 'inline JSON' : 'exercise'), true);
    }
  }

  #fetchDocument(url: string): void {
    const abort = new AbortController();
    this.#fetchAbort = abort;
    this.loadStatus = 'loading';
    this.loadResult = undefined;
    void fetchExercise(url, { signal: abort.signal }).then((result) => {
      if (abort.signal.aborted) return;
      this.#fetchAbort = undefined;
      this.#apply(result, true);
    });
  }

  #apply(result: LoadResult, announce: boolean): void {
    this.loadResult = result;
    this.loadStatus = result.exercise ? 'ready' : 'error';
    if (result.warnings.length > 0 && announce) {
      console.warn(
        `[exercise-elements] <${this.localName}>: ${result.warnings.map((w) => `${w.path || ROOT_PATH} ${w.message}`).join('; ')}`,
      );
    }
    if (!announce) return;
    this.#pendingEvent = result.exercise
      ? ['exercise-load', { exercise: result.exercise }]
      : ['exercise-error', { errors: result.errors }];
    // Fetches end outside an update: make sure one runs to render and announce the result.
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementEventMap {
    'exercise-load': CustomEvent<{ exercise: Exercise }>;
    'exercise-error': CustomEvent<{ errors: { path: string; message: string }[] }>;
  }
}
