import { createContext } from '@lit/context';
import type { Exercise } from '../schema/exercise-types.js';

/**
 * The validated exercise an `<exercise-card>` provides to the elements inside it, so a
 * nested `<muscle-map>` needs no attributes. The key is a string (not a Symbol) so that two
 * copies of the library on one page still find each other.
 */
export const exerciseContext = createContext<Exercise | undefined>('exercise-elements:exercise');
