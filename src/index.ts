// The classes and shared pieces, with nothing registered: import a `define` entry for that.
export { ExerciseCard } from './exercise-card/exercise-card.js';
export { MuscleMap } from './muscle-map/muscle-map.js';
export { MistakesAccordion } from './mistakes-accordion/mistakes-accordion.js';
export { SetTimer } from './set-timer/set-timer.js';
export { ExerciseElement } from './shared/exercise-element.js';
export { defineElement, defineElements } from './shared/define-element.js';
export { exerciseContext } from './context/exercise-context.js';
export { MUSCLES, MUSCLE_GROUPS } from './muscles/vocabulary.js';
export * from './schema/index.js';
export { VERSION } from './version.js';
