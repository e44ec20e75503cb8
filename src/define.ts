import { ExerciseCard } from './exercise-card/exercise-card.js';
import { MuscleMap } from './muscle-map/muscle-map.js';
import { MistakesAccordion } from './mistakes-accordion/mistakes-accordion.js';
import { SetTimer } from './set-timer/set-timer.js';
import { defineElements } from './shared/define-element.js';

/** Registers all four tags (one warning, not four, if another version got there first). */
defineElements([
  ['exercise-card', ExerciseCard],
  ['muscle-map', MuscleMap],
  ['mistakes-accordion', MistakesAccordion],
  ['set-timer', SetTimer],
]);
