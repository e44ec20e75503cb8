// Entry of dist/exercise-elements.js and dist/exercise-elements.iife.js: registers every tag.
import './define.js';
