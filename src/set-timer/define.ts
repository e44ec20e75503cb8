import { SetTimer } from './set-timer.js';

SetTimer.define();
