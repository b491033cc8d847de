import { LeptonError } from '../errors/index.js';

/** The values a monitor query may name: `$model`, `$version`, `$stage`. */
export interface QueryVars {
  readonly model: string;
  readonly version: string;
  readonly stage: string;
}

const VARIABLE = /\$(model|version|stage)\b/y;

/**
 * Escapes text for a PromQL string literal in `quote` (`"` or `'`). PromQL strings follow Go's
 * escaping rules (https://prometheus.io/docs/prometheus/latest/querying/basics/#string-literals):
 * a backslash, the quote itself and any line break must be escaped; other bytes are literal.
 */
function escapeIn(value: string, quote: '"' | "'"): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(quote === '"' ? /"/g : /'/g, `\\${quote}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/**
 * Replaces `$model`, `$version` and `$stage` in a PromQL query so that no value can change
 * the query's structure. The query is scanned as PromQL's lexer would: inside a `"…"` or
 * `'…'` string a variable becomes the value escaped for that string; inside a raw `` `…` ``
 * string it becomes the value as is, and a value holding a backtick is refused; outside any
 * string it becomes a complete double-quoted literal (`"0.2.0"`), so it can only ever be a
 * string where PromQL expects one.
 *
 * @throws LeptonError kind `invalid` naming the query when a string is left open, or a value
 *   cannot be written in a raw string
 */
export function substitute(query: string, vars: QueryVars, where = 'query'): string {
  let out = '';
  let quote: '"' | "'" | '`' | null = null;
  for (let i = 0; i < query.length;) {
    const ch = query[i] as string;
    if (ch === '$') {
      VARIABLE.lastIndex = i;
      const m = VARIABLE.exec(query);
      if (m) {
        const value = vars[m[1] as keyof QueryVars];
        if (quote === null) out += `"${escapeIn(value, '"')}"`;
        else if (quote === '`') {
          if (value.includes('`')) {
            throw new LeptonError(
              'invalid',
              `${where}: $${m[1]} holds a backtick and sits in a raw string`,
            );
          }
          out += value;
        } else out += escapeIn(value, quote);
        i += m[0].length;
        continue;
      }
    }
    if (quote !== null && quote !== '`' && ch === '\\') {
      out += query.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (quote === null && (ch === '"' || ch === "'" || ch === '`')) quote = ch;
    else if (ch === quote) quote = null;
    out += ch;
    i++;
  }
  if (quote !== null)
    throw new LeptonError('invalid', `${where}: a ${quote} string is never closed`);
  return out;
}
