import type { Check } from '../gate/types.js';
/**
 * One check as a plain line, the same wherever checks are listed for people
 * (tag messages, `promote`): `FAIL  accuracy ≥ 0.97: 0.9667 (below the minimum)`.
 * Relative rules show the baseline they were measured against.
 */
export declare function plainCheckLine(c: Check): string;
