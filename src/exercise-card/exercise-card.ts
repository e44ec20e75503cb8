import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { ExerciseElement } from '../shared/exercise-element.js';
import { defineElement } from '../shared/define-element.js';
import { exerciseContext } from '../context/exercise-context.js';
import type { Exercise } from '../schema/exercise-types.js';
import { exerciseCardStyles } from './exercise-card.styles.js';

/**
 * The whole exercise in one element. Provides its exercise to the elements nested inside it.
 *
 * @attr src - URL of a JSON exercise document.
 * @attr sections - Space-separated, ordered subset of sections to show.
 * @attr layout - `full` (default) or `compact`.
 * @attr theme - `light`, `dark` or `auto` (default: follow the reader's setting).
 */
export class ExerciseCard extends ExerciseElement {
  static override styles = [...ExerciseElement.styles, exerciseCardStyles];

  static define(tag = 'exercise-card', registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this, registry);
  }

  @property() sections?: string;
  @property({ reflect: true }) layout: 'full' | 'compact' = 'full';
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** The validated exercise, handed to nested elements. */
  @provide({ context: exerciseContext })
  @state()
  protected provided?: Exercise;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.provided = this.doc;
  }

  protected override render() {
    const doc = this.doc;
    if (!doc) return this.renderLoadState();
    return html`<article part="card" class="card">
      <header part="header"><h2 part="title">${doc.name}</h2></header>
      ${doc.summary ? html`<p>${doc.summary}</p>` : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'exercise-card': ExerciseCard;
  }
}
