// React wrappers for the four elements (`exercise-elements/react`), made with @lit/react:
// props set the element's properties (attributes for anything the class does not have), and
// each event has an `on…` prop with its typed CustomEvent.
//
// Importing this module registers the four tags (React users expect a component to just work);
// the element classes themselves never register anything.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ExerciseCard as ExerciseCardElement } from '../exercise-card/exercise-card.js';
import { MuscleMap as MuscleMapElement } from '../muscle-map/muscle-map.js';
import { MistakesAccordion as MistakesAccordionElement } from '../mistakes-accordion/mistakes-accordion.js';
import { SetTimer as SetTimerElement } from '../set-timer/set-timer.js';

/** The `on…` prop for an event, typed with the event the element dispatches. */
type On<K extends keyof HTMLElementEventMap> = EventName<HTMLElementEventMap[K]>;

const loadEvents = {
  onExerciseLoad: 'exercise-load' as On<'exercise-load'>,
  onExerciseError: 'exercise-error' as On<'exercise-error'>,
};

// Guarded and version-aware like every define; skipped where there is no registry (server
// rendering without a DOM shim), so importing the wrappers there does not throw.
if (typeof customElements !== 'undefined') {
  ExerciseCardElement.define(); // the card composes the other three, registered below
  MuscleMapElement.define();
  MistakesAccordionElement.define();
  SetTimerElement.define();
}

/** `<exercise-card>` as a React component. */
export const ExerciseCard = createComponent({
  react: React,
  tagName: 'exercise-card',
  elementClass: ExerciseCardElement,
  events: loadEvents,
  displayName: 'ExerciseCard',
});

/** `<muscle-map>` as a React component. */
export const MuscleMap = createComponent({
  react: React,
  tagName: 'muscle-map',
  elementClass: MuscleMapElement,
  events: { ...loadEvents, onMuscleSelect: 'muscle-select' as On<'muscle-select'> },
  displayName: 'MuscleMap',
});

/** `<mistakes-accordion>` as a React component. */
export const MistakesAccordion = createComponent({
  react: React,
  tagName: 'mistakes-accordion',
  elementClass: MistakesAccordionElement,
  events: { ...loadEvents, onMistakeToggle: 'mistake-toggle' as On<'mistake-toggle'> },
  displayName: 'MistakesAccordion',
});

/** `<set-timer>` as a React component. */
export const SetTimer = createComponent({
  react: React,
  tagName: 'set-timer',
  elementClass: SetTimerElement,
  events: {
    ...loadEvents,
    onTimerStart: 'timer-start' as On<'timer-start'>,
    onPhaseChange: 'phase-change' as On<'phase-change'>,
    onSetComplete: 'set-complete' as On<'set-complete'>,
    onWorkoutComplete: 'workout-complete' as On<'workout-complete'>,
    onTimerPause: 'timer-pause' as On<'timer-pause'>,
    onTimerResume: 'timer-resume' as On<'timer-resume'>,
  },
  displayName: 'SetTimer',
});

export type { ExerciseCardElement, MuscleMapElement, MistakesAccordionElement, SetTimerElement };
