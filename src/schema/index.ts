// Public entry for the schema tools (`exercise-elements/schema`): the document types and the
// validator. The loader is exported here too once it exists.
export type * from './exercise-types.js';
export { validateExercise, ROOT_PATH, MAX_ISSUES, type ValidationResult } from './validate.js';
