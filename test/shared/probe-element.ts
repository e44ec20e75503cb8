import { html } from 'lit';
import { ExerciseElement } from '../../src/shared/exercise-element.js';

/** A minimal ExerciseElement that shows the exercise name, to test loading on its own. */
export class ProbeElement extends ExerciseElement {
  protected override render() {
    return this.doc ? html`<p class="name">${this.doc.name}</p>` : this.renderLoadState();
  }
}
if (!customElements.get('probe-element')) customElements.define('probe-element', ProbeElement);

export const minimalExercise = { schemaVersion: 1, id: 'probe', name: 'Probe Squat' } as const;
