import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ExerciseElement } from '../shared/exercise-element.js';
import { defineElement } from '../shared/define-element.js';
import type { FigureView } from '../muscles/vocabulary.js';
import { muscleInfo, muscleName } from '../muscles/resolve.js';
import { ARTWORK, type FigureName } from './artwork.js';
import {
  accessibleName,
  chooseViews,
  computeHighlights,
  focusOrder,
  ROLES,
  type Highlight,
  type Role,
} from './model.js';
import { muscleMapStyles } from './muscle-map.styles.js';
import { roleSwatchStyles } from '../shared/role-swatch.styles.js';
import { MAP_WORDS } from '../i18n/map-words.js';
import { rovingIndex } from '../shared/roving-index.js';
import { emit } from '../shared/emit.js';

/** Detail of `muscle-select`. */
export interface MuscleSelectDetail {
  id: string;
  name: string;
}

const VIEW_W = 200;
const VIEW_H = 500;
const CAPTION_H = 22;
/** Mirrors the drawn (viewer's left) half around the centre line to make the right half. */
const MIRROR = `matrix(-1 0 0 1 ${VIEW_W} 0)`;

interface Tip {
  id: string;
  left: number;
  top: number;
}

/** Anatomical side of the figure shown on the viewer's left (front view: the figure's right). */
const leftHalfSide = (view: FigureView): 'left' | 'right' => (view === 'front' ? 'right' : 'left');

/**
 * A front/back body figure with the muscles an exercise works highlighted by role.
 *
 * Muscles come from the `primary`, `secondary` and `stabilizer` attributes if any of them is
 * present, else from the `.highlights` property, else from the exercise document's `muscles`
 * (property, inline JSON, `src` or an enclosing `<exercise-card>`). Names may be vocabulary ids
 * or group names ("glutes", "calves", "lower-back", wger's and free-exercise-db's names).
 *
 * Each muscle shape carries `data-muscle` (its id) and `data-side` (the figure's anatomical
 * side); a highlighted one also `data-role`. With `interactive`, the figure has one tab stop:
 * the arrow keys move between the highlighted muscles (primary first, then secondary, then
 * stabilizer, each head to toe), Home/End jump to the ends, Enter or Space selects, Escape
 * hides the name tip.
 *
 * @attr primary - Space-separated muscle ids or group names worked as prime movers.
 * @attr secondary - Space-separated muscle ids or group names that assist.
 * @attr stabilizer - Space-separated muscle ids or group names that hold position.
 * @attr view - `front`, `back`, `both` or `auto` (default: the views holding the highlighted muscles).
 * @attr figure - `female` (default) or `male`.
 * @attr interactive - Highlighted muscles can be focused, show their names and fire `muscle-select`.
 * @fires {CustomEvent<MuscleSelectDetail>} muscle-select - A highlighted muscle was clicked or chosen with Enter/Space. Detail: `{id, name}`.
 * @csspart figure - The figure's `<svg>`.
 * @csspart legend - The list naming the roles shown.
 * @csspart tooltip - The name shown on hover and focus.
 * @cssprop --ex-muscle-primary - Colour of primary muscles.
 * @cssprop --ex-muscle-secondary - Colour of secondary muscles (hatched).
 * @cssprop --ex-muscle-stabilizer - Colour of stabilizer muscles (dotted).
 * @cssprop --ex-muscle-base - Fill of muscles that are not highlighted.
 * @cssprop --ex-figure-outline - The body's outline.
 * @cssprop --ex-figure-fill - The body's fill (head, hands, joints).
 * @cssprop --ex-figure-seam - The thin lines between muscles.
 * @cssprop --ex-figure-detail - Thin detail lines drawn inside the figure.
 * @cssprop --ex-figure-hair - The hair of the figure.
 * @cssprop --ex-muscle-tint - What the hatched and dotted fills are mixed with (default: white, dark grey in the dark scheme).
 *
 * @tagname muscle-map
 */
export class MuscleMap extends ExerciseElement {
  static override styles = [...ExerciseElement.styles, roleSwatchStyles, muscleMapStyles];

  /** Registers the element as `tag` in `registry`; a tag already defined is left alone (another version: one warning). */
  static define(tag = 'muscle-map', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  protected static override choices = { view: 'front, back, both, auto', figure: 'female, male' };

  static override properties = {
    primary: {},
    secondary: {},
    stabilizer: {},
    view: {},
    figure: {},
    interactive: { type: Boolean, reflect: true },
    highlights: { attribute: false },
    current: { state: true },
    tip: { state: true },
    ring: { state: true },
  };

  primary: string | null = null;
  secondary: string | null = null;
  stabilizer: string | null = null;
  view: string = 'auto';
  figure: string = 'female';
  interactive = false;
  /** Intensity 0..1 per muscle id or group name; the role follows from it (>= .67 primary, >= .34 secondary). */
  highlights: Readonly<Record<string, number>> | null = null;

  /** The keyboard's tab stop among the highlighted muscles. */
  private current?: string;
  private tip?: Tip;
  /** The focused shape, outlined on top: `${view}|${side}|${id}`. */
  private ring?: string;

  #byId = new Map<string, Highlight>();
  #views: FigureView[] = ['front', 'back'];
  #order: string[] = [];
  #warned = '';
  /** This map's copies of the artwork, by figure and view. */
  #clones = new Map<string, SVGGElement>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { byId, unknown } = computeHighlights({
      primary: this.primary,
      secondary: this.secondary,
      stabilizer: this.stabilizer,
      highlights: this.highlights,
      muscles: this.doc?.muscles,
    });
    this.#byId = byId;
    this.#views = chooseViews(this.view, byId.keys());
    // Only muscles drawn in the views shown take part: a chest in a back view has no shape to focus.
    this.#order = focusOrder(byId).filter((id) => this.#focusView(id));
    if (!this.current || !this.#order.includes(this.current)) this.current = this.#order[0];
    const key = unknown.join('\u0000');
    if (key && key !== this.#warned) {
      console.warn(`[exercise-elements] <muscle-map>: unknown muscle ${unknown.length > 1 ? 'names' : 'name'} ignored: ${unknown.join(', ')}`);
    }
    this.#warned = key;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#markShapes();
    // The tip's position through CSSOM: CSP-safe, no style attribute in a template. Centred over
    // the muscle but kept inside the figure's box, or near an edge it runs off a phone's screen.
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    if (tip && this.tip) {
      const half = tip.offsetWidth / 2;
      const left = Math.max(half, Math.min(this.tip.left, tip.parentElement!.clientWidth - half));
      Object.assign(tip.style, { left: `${left}px`, top: `${this.tip.top}px` });
    }
  }

  override render(): TemplateResult {
    const status = this.status;
    const attrs = this.primary !== null || this.secondary !== null || this.stabilizer !== null || this.highlights !== null;
    const showFigure = attrs || (status !== 'loading' && status !== 'error');
    // No fallback: the figure shows without a document (its attributes say what to highlight).
    return html`${this.renderLoadState(false)}${showFigure ? this.#renderFigure() : nothing}`;
  }

  get #figureName(): FigureName {
    return this.figure === 'male' ? 'male' : 'female';
  }

  /** This map's copy of a view's artwork (cloned from the document's, once per figure and view). */
  #art(figure: FigureName, view: FigureView): SVGGElement {
    const key = figure + view;
    let g = this.#clones.get(key);
    if (!g) this.#clones.set(key, (g = artworkFor(this.ownerDocument, figure, view).cloneNode(true) as SVGGElement));
    return g;
  }

  /**
   * Roles, intensities and keyboard attributes on the shapes of the views shown, set directly:
   * only the few highlighted shapes are touched, not the ~100 of each half.
   */
  #markShapes(): void {
    const figure = this.#figureName;
    const interactive = this.interactive && this.#order.length > 0;
    const msg = this.i18n.words(MAP_WORDS);
    for (const view of this.#views) {
      const g = this.#clones.get(figure + view);
      if (!g) continue;
      const muscles = ARTWORK[figure][view].muscles;
      for (const h of [1, 2]) {
        const half = g.children[h]!.children;
        muscles.forEach(([id], i) => {
          const shape = half[i] as SVGElement;
          const hl = this.#byId.get(id);
          if (!hl && !shape.hasAttribute('data-role')) return;
          const focusable = interactive && hl && h === 1 && this.#focusView(id) === view;
          setOrRemove(shape, 'data-role', hl?.role);
          setOrRemove(shape, 'tabindex', focusable ? (this.current === id ? '0' : '-1') : undefined);
          setOrRemove(shape, 'role', focusable ? 'button' : undefined);
          setOrRemove(shape, 'aria-label', focusable ? `${muscleName(id)}, ${msg.role[hl.role].toLowerCase()}` : undefined);
          // Intensity through CSSOM: CSP-safe, no style attribute in a template.
          if (hl && hl.intensity < 1) shape.style.setProperty('--i', String(hl.intensity));
          else shape.style.removeProperty('--i');
        });
      }
    }
  }

  #renderFigure(): TemplateResult {
    const figure = this.#figureName;
    const views = this.#views;
    const msg = this.i18n.words(MAP_WORDS);
    const label = accessibleName(this.#byId, views, figure, msg);
    const width = VIEW_W * views.length;
    const interactive = this.interactive && this.#order.length > 0;
    // The defs: fills for the secondary (hatched) and stabilizer (dotted) roles, colours from
    // CSS; static markup of this template, so no nested template instance per map.
    // Pointer handlers on the stage, not the figure: the name tip is part of what may be hovered.
    return html`<div class="stage" @pointerover=${this.#onPointerOver} @pointerleave=${this.#onPointerLeave}>
        <svg
          class="figure ${views.length > 1 ? 'pair' : ''}"
          part="figure"
          viewBox="0 0 ${width} ${VIEW_H + CAPTION_H}"
          role=${interactive ? 'group' : 'img'}
          tabindex='-1'
          aria-label=${interactive ? `${label} ${msg.arrows}` : label}
          @keydown=${this.#onKeyDown}
          @click=${this.#onClick}
          @focusin=${this.#onFocusIn}
          @focusout=${this.#onFocusOut}
        >
          <defs>
            <pattern id="ex-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="pat-bg-secondary" width="5" height="5"></rect>
              <line class="pat-line-secondary" x1="0" y1="0" x2="0" y2="5"></line>
            </pattern>
            <pattern id="ex-dots" width="4.5" height="4.5" patternUnits="userSpaceOnUse">
              <rect class="pat-bg-stabilizer" width="4.5" height="4.5"></rect>
              <circle class="pat-dot-stabilizer" cx="2.25" cy="2.25" r="1.1"></circle>
            </pattern>
          </defs>
          ${views.map((view, i) => this.#renderView(figure, view, i * VIEW_W))}
          ${this.#renderRing(figure)}
        </svg>
        ${this.#renderTip()}
      </div>
      ${this.#renderLegend()}`;
  }

  #renderView(figure: FigureName, view: FigureView, dx: number): SVGTemplateResult {
    return svg`<g transform="translate(${dx} 0)">
      ${this.#art(figure, view)}
      <text class="caption" x=${VIEW_W / 2} y=${VIEW_H + CAPTION_H - 6} aria-hidden="true">${this.i18n.words(MAP_WORDS)[view === 'front' ? 'front' : 'rear']}</text>
    </g>`;
  }

  /** The view in which a highlighted muscle takes keyboard focus: its best view among those shown. */
  #focusView(id: string): FigureView | undefined {
    return muscleInfo(id)?.views.find((v) => this.#views.includes(v));
  }

  #renderRing(figure: FigureName): SVGTemplateResult | typeof nothing {
    if (!this.ring) return nothing;
    const [view, side, id] = this.ring.split('|') as [FigureView, string, string];
    const i = this.#views.indexOf(view);
    const d = ARTWORK[figure][view]?.muscles.find(([m]) => m === id)?.[1];
    if (i < 0 || !d) return nothing;
    const mirrored = side !== leftHalfSide(view);
    return svg`<g transform="translate(${i * VIEW_W} 0)"><path class="ring" d=${d} transform=${mirrored ? MIRROR : nothing}></path></g>`;
  }

  #renderTip(): TemplateResult | typeof nothing {
    const tip = this.tip;
    const hl = tip && this.#byId.get(tip.id);
    if (!tip || !hl) return nothing;
    // The focused shape's accessible name already says this: the tip is for sighted readers.
    return html`<div class="tip" part="tooltip" aria-hidden="true">
      ${muscleName(tip.id)} <span class="tip-role">· ${this.i18n.words(MAP_WORDS).role[hl.role]}</span>
    </div>`;
  }

  #renderLegend(): TemplateResult | typeof nothing {
    const roles = ROLES.filter((role) => [...this.#byId.values()].some((h) => h.role === role));
    if (roles.length === 0) return nothing;
    const msg = this.i18n.words(MAP_WORDS);
    return html`<ul class="legend" part="legend" aria-label=${msg.legend}>
      ${roles.map(
        (role) => html`<li>
          <span class="swatch" data-role=${role} aria-hidden="true"></span>
          ${msg.role[role]}
        </li>`,
      )}
    </ul>`;
  }

  #shapeOf(event: Event): SVGPathElement | undefined {
    // By name, not instanceof: drawn in an iframe's document, a path is of that window's class.
    const shape = (event.target as Element | null)?.closest?.<SVGPathElement>('path[data-muscle]');
    return shape && this.#byId.has(shape.dataset.muscle!) ? shape : undefined;
  }

  #select(id: string): void {
    const detail: MuscleSelectDetail = { id, name: muscleName(id) };
    emit(this, 'muscle-select', detail);
  }

  #showTip(shape: SVGPathElement): void {
    const stage = this.renderRoot.querySelector('.stage');
    if (!stage) return;
    const box = shape.getBoundingClientRect();
    const frame = stage.getBoundingClientRect();
    this.tip = { id: shape.dataset.muscle!, left: box.left + box.width / 2 - frame.left, top: box.top - frame.top };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Escape hides a tip wherever the focus is (WCAG 1.4.13: content on hover is dismissible).
    this.listen(this.ownerDocument, 'keydown', this.#onEscape);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#tipTimer);
  }

  #tipTimer?: ReturnType<typeof setTimeout>;

  readonly #onEscape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.tip = undefined;
  };

  readonly #onClick = (event: MouseEvent): void => {
    const shape = this.interactive ? this.#shapeOf(event) : undefined;
    if (!shape) return;
    const id = shape.dataset.muscle!;
    this.current = id;
    this.#select(id);
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const shape = this.interactive ? this.#shapeOf(event) : undefined;
    if (!shape) return;
    const id = shape.dataset.muscle!;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#select(id);
      return;
    }
    const next = rovingIndex(event.key, this.#order.indexOf(id), this.#order.length, 'both');
    if (next === undefined) return;
    event.preventDefault();
    this.current = this.#order[next];
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGPathElement>('path[tabindex="0"]')?.focus();
    });
  };

  readonly #onPointerOver = (event: PointerEvent): void => {
    const shape = this.interactive ? this.#shapeOf(event) : undefined;
    clearTimeout(this.#tipTimer);
    // On the tip itself: it stays (WCAG 1.4.13: hoverable). With no tip up, a muscle's shows at once.
    if (!this.tip) return void (shape && this.#showTip(shape));
    if ((event.target as Element).closest('.tip')) return;
    if (shape?.dataset.muscle === this.tip.id) return this.#showTip(shape);
    // Off its muscle, a tip waits a moment before it gives way to another muscle's or hides (a
    // focused muscle's tip stays): the pointer may be crossing shapes on its way up to the tip.
    this.#tipTimer = setTimeout(() => (shape ? this.#showTip(shape) : this.ring || (this.tip = undefined)), 400);
  };

  readonly #onPointerLeave = (): void => {
    if (!this.ring) this.tip = undefined;
  };

  readonly #onFocusIn = (event: FocusEvent): void => {
    const shape = this.#shapeOf(event);
    if (!shape) return;
    this.current = shape.dataset.muscle;
    this.ring = `${shape.dataset.view}|${shape.dataset.side}|${shape.dataset.muscle}`;
    this.#showTip(shape);
  };

  readonly #onFocusOut = (): void => {
    this.ring = undefined;
    this.tip = undefined;
  };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

const setOrRemove = (el: Element, name: string, value: string | undefined): void =>
  value === undefined ? el.removeAttribute(name) : el.setAttribute(name, value);

/**
 * A cache, not state: each (figure, view) drawn once per Document as real SVG nodes (built with
 * createElementNS: no markup parsing, CSP- and Trusted-Types-clean), which every map clones.
 * Cloning one fragment is several times cheaper than rendering ~200 bound paths through a
 * template. Keyed by the Document so that no node is shared across documents; dropped with it.
 */
const ARTWORK_NODES = new WeakMap<Document, Map<string, SVGGElement>>();

/**
 * A view's artwork: the body, the drawn half (children[1]) and its mirror image (children[2]),
 * each with one path per muscle in ARTWORK order (data-muscle, data-side, data-view), then the
 * parts and the detail lines, then the outline on top.
 */
function artworkFor(doc: Document, figure: FigureName, view: FigureView): SVGGElement {
  let nodes = ARTWORK_NODES.get(doc);
  if (!nodes) ARTWORK_NODES.set(doc, (nodes = new Map()));
  let g = nodes.get(figure + view);
  if (g) return g;
  const art = ARTWORK[figure][view];
  const add = (parent: Element, name: string, attrs: Record<string, string>): Element => {
    const el = doc.createElementNS(SVG_NS, name);
    // Once per page, in cold code: no array destructuring (an iterator per attribute).
    for (const k in attrs) el.setAttribute(k, attrs[k]!);
    return parent.appendChild(el);
  };
  g = doc.createElementNS(SVG_NS, 'g');
  add(g, 'path', { class: 'body', d: art.outline });
  for (const side of [leftHalfSide(view), leftHalfSide(view) === 'left' ? 'right' : 'left']) {
    const half = add(g, 'g', side === leftHalfSide(view) ? {} : { transform: MIRROR });
    for (const [id, d] of art.muscles) add(half, 'path', { class: 'm', d, 'data-muscle': id, 'data-side': side, 'data-view': view });
    for (const [name, d] of art.parts) add(half, 'path', { class: 'part', 'data-part': name, d });
    add(half, 'path', { class: 'detail', d: art.details });
  }
  add(g, 'path', { class: 'edge', d: art.outline });
  nodes.set(figure + view, g);
  return g;
}

declare global {
  interface HTMLElementTagNameMap {
    'muscle-map': MuscleMap;
  }
  interface HTMLElementEventMap {
    'muscle-select': CustomEvent<MuscleSelectDetail>;
  }
}

export type { Role };
