import type { Check } from '../gate/types.js';
import { plainText } from './escape.js';
import { formatNumber } from './format.js';
import { boundText } from './rows.js';

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
