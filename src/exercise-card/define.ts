// Registers <exercise-card> and the elements it composes inside its shadow root.
import '../mistakes-accordion/define.js';
import { ExerciseCard } from './exercise-card.js';

ExerciseCard.define();
