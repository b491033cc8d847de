/**
 * How checks read wherever people see them (reports, tag messages, refusals, the Action's gate
 * message): one wording. A leaf module (it imports only types and the other leaves), so
 * `core/gate`, `core/registry` and `core/plan` use it without depending on the report.
 */
import type { Check } from '../gate/types.js';
/** `≥ 0.9`, `drop ≤ 10%`; `withLevel` adds ` (warn)` for warn-level checks. */
export declare function boundText(c: Check, withLevel?: boolean): string;
/** Failed checks of one level, for the failures and warnings lists. */
export declare function failedChecks(checks: readonly Check[], level: Check['level']): Check[];
/** The failed error-level checks by name, `accuracy min, f1 max_drop` (empty when none failed). */
export declare function failedCheckNames(checks: readonly Check[]): string;
/** The failed error-level checks with their reasons, `accuracy min (0.8 is below …); f1 max`. */
export declare function failedCheckReasons(checks: readonly Check[]): string;
/** Why the Action's gate failed on an eval's checks. */
export declare function thresholdsFailed(checks: readonly Check[]): string;
/**
 * One check as a plain line, the same wherever checks are listed for people
 * (tag messages, `promote`): `FAIL  accuracy ≥ 0.97: 0.9667 (below the minimum)`.
 * Relative rules show the baseline they were measured against.
 */
export declare function plainCheckLine(c: Check): string;
