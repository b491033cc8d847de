/**
 * How checks read wherever people see them (reports, tag messages, refusals, the Action's gate
 * message): one wording. A leaf module (it imports only types and the other leaves), so
 * `core/gate`, `core/registry` and `core/plan` use it without depending on the report.
 */
import type { Check } from '../gate/types.js';
import { formatNumber } from './number.js';
import { plainText } from './text.js';

const RULE_TEXT: Record<Check['rule'], string> = {
  min: '≥',
  max: '≤',
  max_drop: 'drop ≤',
  max_rise: 'rise ≤',
};

/** `≥ 0.9`, `drop ≤ 10%`; `withLevel` adds ` (warn)` for warn-level checks. */
export function boundText(c: Check, withLevel = true): string {
  const bound = typeof c.bound === 'number' ? formatNumber(c.bound) : c.bound;
  return `${RULE_TEXT[c.rule]} ${bound}${withLevel && c.level === 'warn' ? ' (warn)' : ''}`;
}

/** Failed checks of one level, for the failures and warnings lists. */
export function failedChecks(checks: readonly Check[], level: Check['level']): Check[] {
  return checks.filter((c) => !c.passed && c.level === level);
}

/** The failed error-level checks by name, `accuracy min, f1 max_drop` (empty when none failed). */
export function failedCheckNames(checks: readonly Check[]): string {
  return failedChecks(checks, 'error')
    .map((c) => `${c.metric} ${c.rule}`)
    .join(', ');
}

/** The failed error-level checks with their reasons, `accuracy min (0.8 is below …); f1 max`. */
export function failedCheckReasons(checks: readonly Check[]): string {
  return failedChecks(checks, 'error')
    .map((c) => `${c.metric} ${c.rule}${c.reason ? ` (${c.reason})` : ''}`)
    .join('; ');
}

/** Why the Action's gate failed on an eval's checks. */
export function thresholdsFailed(checks: readonly Check[]): string {
  return `thresholds failed: ${failedCheckNames(checks) || 'see the report'}`;
}

const MARK = (c: Check) => (c.passed ? 'pass' : c.level === 'warn' ? 'warn' : 'FAIL');

/**
 * One check as a plain line, the same wherever checks are listed for people
 * (tag messages, `promote`): `FAIL  accuracy ≥ 0.97: 0.9667 (below the minimum)`.
 * Relative rules show the baseline they were measured against.
 */
export function plainCheckLine(c: Check): string {
  const actual = c.actual === null ? '—' : formatNumber(c.actual);
  const relative = c.rule === 'max_drop' || c.rule === 'max_rise';
  const base = relative && c.baseline !== null ? `, baseline ${formatNumber(c.baseline)}` : '';
  const reason = c.reason ? ` (${plainText(c.reason, 500)})` : '';
  return `${MARK(c)}  ${plainText(c.metric)} ${boundText(c)}: ${actual}${base}${reason}`;
}
