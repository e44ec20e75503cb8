/** The set timer's engine: no DOM, no clock of its own, no state outside its arguments. */
export * from './plan.js';
export * from './timeline.js';
export * from './state.js';
export * from './cues.js';
export * from './snapshot.js';
export * from './words.js';
export * from './format.js';
