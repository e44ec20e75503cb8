import { ExerciseCard } from './exercise-card.js';

ExerciseCard.define();
