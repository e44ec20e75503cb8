import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import { minimalExercise } from './probe-element.js';

describe('attribute values an element cannot use', () => {
  it('are named in one warning each, with what the attribute accepts, and the default applies', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const card = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        html`<exercise-card layout="compakt" theme="sepia" heading-level="9" .exercise=${minimalExercise}></exercise-card>`,
      );
      await fixture(html`<muscle-map view="side" figure="robot" primary="glutes"></muscle-map>`);
      await fixture(html`<mistakes-accordion mode="many" heading-level="1"></mistakes-accordion>`);
      await fixture(html`<set-timer sets="0x10" reps="1e1"></set-timer>`);
      expect(warn.args.map((a) => a[0])).to.deep.equal([
        '[exercise-elements] <exercise-card>: layout="compakt" ignored (expects full, compact).',
        '[exercise-elements] <exercise-card>: theme="sepia" ignored (expects light, dark, auto).',
        '[exercise-elements] <exercise-card>: heading-level="9" ignored (expects 2, 3, 4, 5, 6).',
        '[exercise-elements] <muscle-map>: view="side" ignored (expects front, back, both, auto).',
        '[exercise-elements] <muscle-map>: figure="robot" ignored (expects female, male).',
        '[exercise-elements] <mistakes-accordion>: mode="many" ignored (expects multiple, single).',
        '[exercise-elements] <mistakes-accordion>: heading-level="1" ignored (expects 2, 3, 4, 5, 6).',
        '[exercise-elements] <set-timer>: sets="0x10" ignored (expects 1 to 50).',
        '[exercise-elements] <set-timer>: reps="1e1" ignored (expects 1 to 500).',
      ]);
      // The defaults: a full card with its title an <h2>.
      expect(card.shadowRoot!.querySelector('.card')!.classList.contains('full')).to.be.true;
      expect(card.shadowRoot!.querySelector('h2')).to.exist;
      warn.resetHistory();
      await fixture(html`<exercise-card layout="compact" theme="dark" heading-level="3" .exercise=${minimalExercise}></exercise-card>`);
      await fixture(html`<muscle-map view="both" figure="male"></muscle-map>`);
      await fixture(html`<mistakes-accordion mode="single" heading-level="4"></mistakes-accordion>`);
      expect(warn.callCount).to.equal(0);
    } finally {
      warn.restore();
    }
  });
});
