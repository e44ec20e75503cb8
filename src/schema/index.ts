// Public entry for the schema tools (`exercise-elements/schema`): the document types, the
// validator, the loader and a JSON parser that can locate a validator path in the source text.
export type * from './exercise-types.js';
export { validateExercise, ROOT_PATH, MAX_ISSUES, type ValidationResult } from './validate.js';
export {
  checkExercise,
  parseExercise,
  fetchExercise,
  MAX_DOCUMENT_BYTES,
  FETCH_TIMEOUT_MS,
  type LoadResult,
  type FetchOptions,
} from './load-exercise.js';
export { parseJsonWithPositions } from './json-locate.js';
