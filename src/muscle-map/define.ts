import { MuscleMap } from './muscle-map.js';

MuscleMap.define();
