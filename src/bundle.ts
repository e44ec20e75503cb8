// Entry of dist/exercise-elements.js and dist/exercise-elements.iife.js: registers every tag.
// The words of all four elements first, side by side: gzip then finds the phrases their tables
// share (German "Wiederholung", Spanish "ejercicio"...), which saves ~0.4 KB against leaving each
// table next to its element, further apart than gzip's 32 KB window.
import './i18n/shared-words.js';
import './i18n/map-words.js';
import './i18n/mistakes-words.js';
import './i18n/card-words.js';
import './i18n/timer-words.js';
import './define.js';
