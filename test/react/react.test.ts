// The React wrappers (exercise-elements/react), rendered with React 18 (createRoot): props reach
// the elements as properties (attributes for what the class does not have), every event reaches
// its `on…` handler, and importing the wrappers registers the tags.
import { expect, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ExerciseCard, MuscleMap, MistakesAccordion, SetTimer } from '../../src/react/index.js';
import { ExerciseCard as ExerciseCardElement } from '../../src/exercise-card/exercise-card.js';
import { MuscleMap as MuscleMapElement } from '../../src/muscle-map/muscle-map.js';
import { MistakesAccordion as MistakesAccordionElement } from '../../src/mistakes-accordion/mistakes-accordion.js';
import { SetTimer as SetTimerElement } from '../../src/set-timer/set-timer.js';
import type { Exercise } from '../../src/schema/exercise-types.js';

const h = React.createElement;
let lunge: Exercise;
let container: HTMLElement;
let root: Root;

before(async () => {
  lunge = (await (await fetch('/demo/exercises/reverse-lunge.json')).json()) as Exercise;
});

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  root.unmount();
  container.remove();
});

/** Renders with React and resolves with the element once it has rendered itself. */
async function render<T extends HTMLElement & { updateComplete: Promise<boolean> }>(node: React.ReactElement, tag: string): Promise<T> {
  root.render(node);
  await waitUntil(() => container.querySelector(tag), `React rendered <${tag}>`);
  const el = container.querySelector(tag) as T;
  await el.updateComplete;
  return el;
}

/** Records the events a handler prop receives. */
function recorder<E extends Event>() {
  const seen: E[] = [];
  return { seen, on: (event: E) => void seen.push(event) };
}

describe('React wrappers', () => {
  it('importing them registers the four tags with the element classes', () => {
    expect(customElements.get('exercise-card')).to.equal(ExerciseCardElement);
    expect(customElements.get('muscle-map')).to.equal(MuscleMapElement);
    expect(customElements.get('mistakes-accordion')).to.equal(MistakesAccordionElement);
    expect(customElements.get('set-timer')).to.equal(SetTimerElement);
  });

  it('MuscleMap: props set properties, className is an attribute, onMuscleSelect gets the selection', async () => {
    const select = recorder<CustomEvent<{ id: string; name: string }>>();
    const highlights = { quadriceps: 0.5 };
    const el = await render<MuscleMapElement>(
      h(MuscleMap, { primary: 'gluteus-maximus', view: 'back', figure: 'male', interactive: true, highlights, className: 'map', onMuscleSelect: select.on }),
      'muscle-map',
    );
    expect(el).to.be.instanceOf(MuscleMapElement);
    expect(el.primary).to.equal('gluteus-maximus');
    expect(el.view).to.equal('back');
    expect(el.figure).to.equal('male');
    expect(el.interactive).to.equal(true);
    expect(el.hasAttribute('interactive')).to.equal(true); // reflected by the element
    expect(el.highlights).to.equal(highlights); // an object: only a property can carry it
    expect(el.getAttribute('class')).to.equal('map');

    const shape = el.shadowRoot!.querySelector<SVGPathElement>('path[data-muscle="gluteus-maximus"][data-role="primary"]')!;
    expect(shape, 'highlighted shape').to.exist;
    shape.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(select.seen).to.have.length(1);
    expect(select.seen[0]!.detail).to.deep.equal({ id: 'gluteus-maximus', name: select.seen[0]!.detail.name });
    expect(select.seen[0]!.detail.name).to.be.a('string').and.not.equal('');
  });

  it('a changed prop reaches the element on re-render, and a removed handler no longer hears', async () => {
    const select = recorder<CustomEvent<{ id: string; name: string }>>();
    const el = await render<MuscleMapElement>(h(MuscleMap, { primary: 'gluteus-maximus', interactive: true, onMuscleSelect: select.on }), 'muscle-map');
    root.render(h(MuscleMap, { primary: 'quadriceps', interactive: true }));
    await waitUntil(() => el.primary === 'quadriceps', 'primary updated');
    await el.updateComplete;
    const shape = el.shadowRoot!.querySelector<SVGPathElement>('path[data-role="primary"]')!;
    shape.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(select.seen).to.have.length(0);
  });

  it('ExerciseCard: document, layout, theme, sections and heading level as props; onExerciseLoad', async () => {
    const load = recorder<CustomEvent<{ exercise: Exercise }>>();
    const el = await render<ExerciseCardElement>(
      h(ExerciseCard, { exercise: lunge, layout: 'compact', theme: 'dark', sections: 'steps mistakes', headingLevel: '3', onExerciseLoad: load.on }),
      'exercise-card',
    );
    expect(el.exercise).to.equal(lunge);
    expect(el.layout).to.equal('compact');
    expect(el.getAttribute('layout')).to.equal('compact'); // reflected by the element
    expect(el.theme).to.equal('dark');
    expect(el.sections).to.equal('steps mistakes');
    expect(el.headingLevel).to.equal('3');
    expect(el.shadowRoot!.querySelector('h3[part~="title"]')?.textContent).to.equal(lunge.name);
    await waitUntil(() => load.seen.length > 0, 'exercise-load heard');
    expect(load.seen[0]!.detail.exercise.id).to.equal(lunge.id);
  });

  it('every wrapper passes exercise-load and exercise-error to onExerciseLoad / onExerciseError', async () => {
    const wrappers = [
      [ExerciseCard, 'exercise-card'],
      [MuscleMap, 'muscle-map'],
      [MistakesAccordion, 'mistakes-accordion'],
      [SetTimer, 'set-timer'],
    ] as const;
    for (const [Component, tag] of wrappers) {
      const load = recorder<CustomEvent<{ exercise: Exercise }>>();
      const error = recorder<CustomEvent<{ errors: { path: string; message: string }[] }>>();
      const props = { onExerciseLoad: load.on, onExerciseError: error.on };
      await render(h(Component as typeof MuscleMap, { ...props, exercise: lunge }), tag);
      await waitUntil(() => load.seen.length === 1, `${tag}: exercise-load heard`);
      expect(load.seen[0]!.detail.exercise).to.deep.equal(lunge);

      root.render(h(Component as typeof MuscleMap, { ...props, exercise: { schemaVersion: 1, name: 42 } }));
      await waitUntil(() => error.seen.length === 1, `${tag}: exercise-error heard`);
      expect(error.seen[0]!.detail.errors.length).to.be.greaterThan(0);
      expect(error.seen[0]!.detail.errors[0]).to.have.keys(['path', 'message']);
      root.render(h(React.Fragment));
      await waitUntil(() => !container.querySelector(tag), `${tag} removed`);
    }
  });

  it('MistakesAccordion: mode and heading level as props; onMistakeToggle hears a reader opening a mistake', async () => {
    const toggle = recorder<CustomEvent<{ id: string; open: boolean; muscles: string[] }>>();
    const el = await render<MistakesAccordionElement>(
      h(MistakesAccordion, { exercise: lunge, mode: 'single', headingLevel: 4, onMistakeToggle: toggle.on }),
      'mistakes-accordion',
    );
    expect(el.mode).to.equal('single');
    expect(el.headingLevel).to.equal(4);
    await waitUntil(() => el.shadowRoot!.querySelector('h4 button'), 'headers are h4');
    el.shadowRoot!.querySelector<HTMLButtonElement>('h4 button')!.click();
    await waitUntil(() => toggle.seen.length === 1, 'mistake-toggle heard');
    expect(toggle.seen[0]!.detail).to.include({ id: lunge.mistakes![0]!.id, open: true });
    expect(toggle.seen[0]!.detail.muscles).to.be.an('array');
  });

  it('SetTimer: prescription props; start, phase, pause, resume, set and workout events reach their handlers', async () => {
    const names = ['onTimerStart', 'onPhaseChange', 'onTimerPause', 'onTimerResume', 'onSetComplete', 'onWorkoutComplete'] as const;
    const heard: Record<string, Event[]> = Object.fromEntries(names.map((n) => [n, []]));
    const handlers = Object.fromEntries(names.map((n) => [n, (e: Event) => void heard[n]!.push(e)]));
    // Long phases: the test moves through them with skip(), not by waiting.
    const el = await render<SetTimerElement>(
      h(SetTimer, { sets: 2, reps: 1, tempo: '30-0-30-0', rest: 60, leadIn: 0, perSide: false, mode: 'tempo', muted: true, ...handlers }),
      'set-timer',
    );
    expect([el.sets, el.reps, el.tempo, el.rest, el.leadIn, el.perSide, el.mode, el.muted]).to.deep.equal([2, 1, '30-0-30-0', 60, 0, false, 'tempo', true]);
    expect(el.hasAttribute('muted')).to.equal(true); // reflected by the element

    el.start();
    expect(heard.onTimerStart).to.have.length(1);
    expect((heard.onTimerStart![0] as CustomEvent).detail).to.include({ sets: 2, reps: 1, perSide: false, mode: 'tempo' });
    expect(heard.onPhaseChange!.length).to.be.greaterThan(0);
    expect((heard.onPhaseChange![0] as CustomEvent).detail).to.include.keys(['set', 'side', 'rep', 'phase']);

    el.pause();
    expect(heard.onTimerPause).to.have.length(1);
    expect((heard.onTimerPause![0] as CustomEvent).detail).to.include({ status: 'paused' });
    el.resume();
    expect(heard.onTimerResume).to.have.length(1);
    expect((heard.onTimerResume![0] as CustomEvent).detail).to.include({ status: 'running' });

    for (let i = 0; i < 50 && el.state.status !== 'done'; i++) el.skip();
    await el.updateComplete;
    expect(el.state.status).to.equal('done');
    expect(heard.onSetComplete!.map((e) => (e as CustomEvent).detail)).to.deep.equal([
      { set: 1, sets: 2 },
      { set: 2, sets: 2 },
    ]);
    expect(heard.onWorkoutComplete).to.have.length(1);
    expect((heard.onWorkoutComplete![0] as CustomEvent).detail).to.include({ sets: 2, reps: 1 });
  });

  it('props and handlers are typed (checked by tsc)', () => {
    const typed = [
      // @ts-expect-error sets is a number
      h(SetTimer, { sets: 'three' }),
      // @ts-expect-error the detail of muscle-select has no such field
      h(MuscleMap, { onMuscleSelect: (e) => e.detail.nope }),
      h(MuscleMap, { onMuscleSelect: (e) => e.detail.id.toUpperCase() }),
      h(MistakesAccordion, { onMistakeToggle: (e) => e.detail.open === true }),
      h(SetTimer, { onPhaseChange: (e) => e.detail.phase, onWorkoutComplete: (e) => e.detail.elapsed }),
      h(ExerciseCard, { layout: 'compact', onExerciseError: (e) => e.detail.errors.map((x) => x.path) }),
    ];
    expect(typed).to.have.length(6);
  });
});
