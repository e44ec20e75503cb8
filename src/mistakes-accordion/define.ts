import { MistakesAccordion } from './mistakes-accordion.js';

MistakesAccordion.define();
