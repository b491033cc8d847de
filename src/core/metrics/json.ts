import { LeptonError } from '../errors/index.js';
import { inexactInteger, inexactIntegerError } from './leaf.js';

/**
 * A `.json` metrics file read as JSON (RFC 8259), strictly, with what JSON.parse would let
 * pass silently refused:
 * - the grammar is RFC 8259's (§2–§7): numbers are `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
 *   (§6: no `0x1`, no leading zero as in `09`, no `+0.9`, no `.5` or `5.`), strings take only
 *   §7's escapes and no raw control characters, no comments, no trailing commas; the one
 *   extension is Python's: `json.dump` writes `NaN`, `Infinity` and `-Infinity` (allow_nan,
 *   its default), read as the strings the leaf rules turn into those numbers;
 * - a key that appears twice in one object (§4: "names SHOULD be unique"; JSON.parse keeps the
 *   last value silently), named with its line:column;
 * - an integer literal a double cannot hold exactly (beyond ±2^53, `9007199254740993`): JSON.parse
 *   would round it, and a rounded count can pass a `max` (CONTRACT §2b: integers up to 2^53
 *   are exact), named with its metric (dotted, as flattenMetrics names it) and as written.
 * A leading byte order mark is ignored (§8.1 allows it). Nesting deeper than `maxDepth`
 * containers is refused before the stack could overflow.
 * @param source names the file in errors
 * @returns the value, as JSON.parse would give it (with the NaN/Infinity spellings as strings)
 * @throws LeptonError `eval` (exit 3) with the reason and line:column of the first problem
 */
export function parseStrictJson(source: string, text: string, maxDepth = 64): unknown {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const path: string[] = [];

  const at = (offset: number): string => {
    const before = text.slice(0, offset).split('\n');
    return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
  };
  const fail = (why: string, offset = i, details: string[] = []): never => {
    throw new LeptonError(
      'eval',
      `metrics file ${source} is not valid JSON: ${why} at ${at(offset)}`,
      details,
    );
  };
  const unexpected = (expected: string): never => {
    if (i >= text.length) return fail(`unexpected end of file, expected ${expected}`);
    const word = /^[-+.\w]+/.exec(text.slice(i, i + 40))?.[0];
    if (word && /^[-+.]?\.?\d/.test(word)) {
      return fail(`${JSON.stringify(word)} is not a JSON number`, i, [
        'JSON numbers (RFC 8259 §6): an optional minus, digits with no leading zero, an optional fraction (.5 → 0.5) and exponent; no hex, no "+", no leading or trailing "."',
      ]);
    }
    const shown = word ?? JSON.stringify(text[i]);
    return fail(`unexpected ${word ? JSON.stringify(word) : shown}, expected ${expected}`);
  };
  const space = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else return;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  // eslint-disable-next-line no-control-regex -- RFC 8259 §7: raw control characters are refused
  const STRING = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;

  const string = (): string => {
    STRING.lastIndex = i;
    const m = STRING.exec(text);
    if (!m) {
      // Where the string goes wrong: an unknown escape, a raw control character, no closing quote.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') {
          if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(j + 1, j + 6)))
            return fail('a bad escape in a string', j);
          j += 2;
        } else if (text.charCodeAt(j) < 0x20) return fail('a control character in a string', j);
        else j++;
      }
      return fail('a string with no closing quote');
    }
    i += m[0].length;
    return JSON.parse(m[0]) as string;
  };

  const value = (depth: number): unknown => {
    space();
    const c = text[i];
    if (c === '{' || c === '[') {
      if (depth >= maxDepth)
        throw new LeptonError(
          'eval',
          `metrics file ${source}: nested deeper than ${maxDepth} levels`,
        );
      return c === '{' ? object(depth) : array(depth);
    }
    if (c === '"') return string();
    for (const [word, v] of WORDS) {
      if (text.startsWith(word, i) && !/[\w.]/.test(text[i + word.length] ?? '')) {
        i += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    // A number must end where the grammar says: `09`, `1.`, `0x1` do not.
    if (m && !/[\w.+-]/.test(text[i + m[0].length] ?? '')) {
      const literal = m[0];
      const start = i;
      i += literal.length;
      if (!m[1] && !m[2] && path.length > 0 && inexactInteger(literal)) {
        throw inexactIntegerError(source, path.join('.'), literal, at(start));
      }
      return Number(literal);
    }
    return unexpected('a value');
  };

  const object = (depth: number): Record<string, unknown> => {
    i++;
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const seen = new Set<string>();
    space();
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      space();
      if (text[i] !== '"') unexpected('a key (a string in double quotes)');
      const keyAt = i;
      const key = string();
      if (seen.has(key)) {
        throw new LeptonError(
          'eval',
          `metrics file ${source} is not valid: key ${JSON.stringify(key)} appears twice in one object (at ${at(keyAt)})`,
          [
            'JSON.parse would keep the last value silently; Lepton refuses to guess which one is meant',
          ],
        );
      }
      seen.add(key);
      space();
      if (text[i] !== ':') unexpected('":"');
      i++;
      path.push(key);
      out[key] = value(depth + 1);
      path.pop();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        break;
      }
      unexpected('"," or "}"');
    }
    // Null-prototype, so `__proto__` is an own key as JSON.parse makes it.
    return out;
  };

  const array = (depth: number): unknown[] => {
    i++;
    const out: unknown[] = [];
    space();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      path.push(String(out.length));
      out.push(value(depth + 1));
      path.pop();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return out;
      }
      unexpected('"," or "]"');
    }
  };

  const result = value(0);
  space();
  if (i < text.length) unexpected('the end of the file after the JSON value');
  return result;
}

/** The literal words: JSON's three, and Python's spellings of the non-finite numbers. */
const WORDS: readonly (readonly [string, unknown])[] = [
  ['true', true],
  ['false', false],
  ['null', null],
  ['NaN', 'NaN'],
  ['Infinity', 'Infinity'],
  ['-Infinity', '-Infinity'],
];
