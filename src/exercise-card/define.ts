// Registers <exercise-card> and the elements it composes inside its shadow root.
import '../muscle-map/define.js';
import '../mistakes-accordion/define.js';
import '../set-timer/define.js';
import { ExerciseCard } from './exercise-card.js';

ExerciseCard.define();
