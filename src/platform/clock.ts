/** The Clock port on the system clock. */
import type { Clock } from '../ports/index.js';

export const systemClock: Clock = { now: () => new Date() };
