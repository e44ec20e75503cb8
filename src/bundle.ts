// Entry of dist/exercise-elements.js and dist/exercise-elements.iife.js: registers every tag.
// The style sheets of all four elements first, side by side (they only define css``): gzip
// finds the declarations they share, and the code they sat between moves closer together,
// ~0.7 KB in all. This order of the sheets measured best.
import './shared/base.styles.js';
import './set-timer/set-timer.styles.js';
import './mistakes-accordion/mistakes-accordion.styles.js';
import './muscle-map/muscle-map.styles.js';
import './exercise-card/exercise-card.styles.js';
import './shared/role-swatch.styles.js';
// The words of all four elements next, side by side: gzip then finds the phrases their tables
// share (German "Wiederholung", Spanish "ejercicio"...), which saves ~0.4 KB against leaving each
// table next to its element, further apart than gzip's 32 KB window.
import './i18n/shared-words.js';
import './i18n/map-words.js';
import './i18n/mistakes-words.js';
import './i18n/card-words.js';
import './i18n/timer-words.js';
// Then the large tables (figure outlines, muscle names, the schema): among the code, they kept
// related code further apart than gzip's window; ~0.3 KB. Pure modules: only their place in the
// file changes.
import './muscle-map/landmarks.js';
import './muscles/vocabulary.js';
import './muscle-map/artwork.js';
import './schema/validate.js';
// The elements' modules in this order, the accordion before the map, measured ~45 B smaller than
// define.ts's order.
import './exercise-card/exercise-card.js';
import './mistakes-accordion/mistakes-accordion.js';
import './muscle-map/muscle-map.js';
import './set-timer/set-timer.js';
import './define.js';
