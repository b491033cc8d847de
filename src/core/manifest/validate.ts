import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { KNOWN_KEYS, manifestSchema } from './schema.js';
import { normalize } from './normalize.js';
import { duplicateKeys, locate, pathAt, refusedKeys } from './positions.js';
import { pathIssues, stageOrderIssues } from './rules.js';
import { noiseIssues } from './noise-rules.js';
import type { Manifest, ManifestIssue } from './types.js';
import { printableIssue } from './format.js';
import { NAME, NAME_MAX_LENGTH } from './patterns.js';
import { clip } from '../format/text.js';

export type ValidationResult =
  | { readonly ok: true; readonly manifest: Manifest; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly ManifestIssue[] };

type Segment = string | number;

const hasControl = (s: string) => [...s].some((c) => c.charCodeAt(0) < 0x20 || c === '\u007f');

// A key with a control character or nothing in it is quoted, so the path prints on one line.
const dotted = (path: readonly Segment[]) =>
  path.length
    ? path.map((s) => (s === '' || hasControl(String(s)) ? JSON.stringify(s) : String(s))).join('.')
    : '<root>';

/** The known keys of the mapping at `path`, for "did you mean". */
function knownKeysAt(path: readonly Segment[]): readonly string[] {
  const p = path.join('.');
  return KNOWN_KEYS.find(([re]) => re.test(p))?.[1] ?? [];
}

/** With no close match, the keys the mapping takes: the user sees what was possible. */
function knownKeysHint(path: readonly Segment[]): string | undefined {
  const known = knownKeysAt(path);
  return known.length
    ? `${path.length ? dotted(path) : 'the top level'} takes ${known.join(', ')}`
    : undefined;
}

function didYouMean(key: string, known: readonly string[]): string | undefined {
  if (!known.length) return undefined;
  const best = closest(key, [...known]);
  const limit = Math.max(2, Math.floor(key.length / 3));
  return distance(key, best) <= limit ? `did you mean "${best}"?` : undefined;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg as string];
  }
  return v;
}

const orList = (words: readonly string[]) =>
  words.length <= 1
    ? (words[0] ?? 'something else')
    : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;

const TYPE_WORDS: Record<string, string> = {
  null: 'nothing',
  object: 'a mapping',
  record: 'a mapping',
  map: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

/** Turns one zod issue into positioned manifest issues (unknown keys give one each). */
function fromZod(
  file: string,
  issue: z.core.$ZodIssue,
  raw: unknown,
  where: (path: readonly Segment[], at: 'key' | 'value') => { line: number; column: number },
): ManifestIssue[] {
  const path = issue.path.filter((s): s is Segment => typeof s !== 'symbol');
  const make = (p: readonly Segment[], at: 'key' | 'value', message: string, hint?: string) => ({
    file,
    ...where(p, at),
    path: dotted(p),
    message,
    ...(hint && { hint }),
  });
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) =>
        make(
          [...path, k],
          'key',
          'unknown key',
          didYouMean(k, knownKeysAt(path)) ?? knownKeysHint(path),
        ),
      );
    case 'invalid_key': {
      const key = path[path.length - 1];
      const inner = issue.issues[0]?.message ?? 'invalid name';
      const slug = /name of lowercase/.test(inner) ? slugName(String(key)) : undefined;
      const long = TOO_LONG.test(inner);
      return [
        make(
          path,
          'key',
          // A name too long is quoted short, so the reason is not cut off.
          `invalid name ${JSON.stringify(long ? clip(String(key), 40) : key)}: ${inner}`,
          long ? tooLongHint(String(key)) : slug ? `"${slug}" would do` : undefined,
        ),
      ];
    }
    case 'invalid_type': {
      const actual = valueAt(raw, path);
      const parentIsObject = typeof valueAt(raw, path.slice(0, -1)) === 'object';
      if (actual === undefined && parentIsObject && path.length > 0) {
        return [
          make(path.slice(0, -1), 'value', `missing required key "${path[path.length - 1]}"`),
        ];
      }
      // A schema's own message (`timeout: 10` → the unit) beats the generic one.
      if (!/^Invalid input/.test(issue.message)) return [make(path, 'value', issue.message)];
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return [make(path, 'value', `expected ${expected}, got ${describe(actual)}`)];
    }
    case 'invalid_union': {
      // A branch "fits" when the value has its type (no type mismatch at the union's own
      // key): its problems are the real ones, reported at their own (deepest) keys —
      // never "expected null" for a stage that is a mapping with a bad threshold.
      const branches = issue.errors.filter((b) => b.length > 0);
      const atUnion = (i: z.core.$ZodIssue) => i.code === 'invalid_type' && i.path.length === 0;
      const fits = branches.filter((b) => !b.some(atUnion));
      if (fits.length) {
        const depth = (b: readonly z.core.$ZodIssue[]) => Math.max(...b.map((i) => i.path.length));
        const best = fits.reduce((a, b) => (depth(b) > depth(a) ? b : a));
        return best.flatMap((i) =>
          fromZod(file, { ...i, path: [...path, ...i.path] } as z.core.$ZodIssue, raw, where),
        );
      }
      // No branch has the value's type: name every type the key accepts.
      const words = branches.flatMap((b) =>
        b.filter(atUnion).map((i) => {
          const expected = (i as { expected?: string }).expected ?? '';
          return TYPE_WORDS[expected] ?? expected;
        }),
      );
      const custom = /^Invalid input/.test(issue.message) ? null : issue.message;
      const expected = custom ?? `expected ${orList([...new Set(words)])}`;
      return [make(path, 'value', `${expected}, got ${describe(valueAt(raw, path))}`)];
    }
    case 'invalid_value': {
      if (valueAt(raw, path) === undefined && path.length > 0) {
        return [
          make(path.slice(0, -1), 'value', `missing required key "${path[path.length - 1]}"`),
        ];
      }
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const actual = valueAt(raw, path);
      const hint =
        typeof actual === 'string'
          ? didYouMean(
              actual,
              issue.values.filter((v): v is string => typeof v === 'string'),
            )
          : undefined;
      const msg = issue.message.startsWith('Invalid')
        ? `expected one of ${allowed}, got ${describe(actual)}`
        : `${issue.message}, got ${describe(actual)}`;
      return [make(path, 'value', msg, hint)];
    }
    default: {
      const actual = valueAt(raw, path);
      if (/^expected an? \w+ name of lowercase/.test(issue.message) && typeof actual === 'string') {
        const slug = slugName(actual);
        return [
          make(
            path,
            'value',
            `${issue.message}, got ${describe(actual)}`,
            slug ? `"${slug}" would do` : undefined,
          ),
        ];
      }
      if (TOO_LONG.test(issue.message) && typeof actual === 'string') {
        return [make(path, 'value', issue.message, tooLongHint(actual))];
      }
      return [make(path, 'value', issue.message)];
    }
  }
}

/** schema.ts's message for a model or stage name over NAME_MAX_LENGTH. */
const TOO_LONG = /^expected an? \w+ name of at most \d+ characters/;

/** What to write instead of a name over NAME_MAX_LENGTH: its first characters, as a name. */
function tooLongHint(name: string): string {
  const short = name.slice(0, NAME_MAX_LENGTH).replace(/-+$/, '');
  return `shorten it to ${NAME_MAX_LENGTH} characters or fewer${NAME.test(short) ? ` ("${clip(short, 40)}" would do)` : ''}`;
}

/** `Churn_Model v2` → `churn-model-v2`: the nearest name the tag grammar takes, or undefined. */
function slugName(text: string): string | undefined {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
  // schema.ts's NAME: what `MODEL@vX.Y.Z` and `MODEL#STAGE#N` allow.
  return /^[a-z]([a-z0-9-]*[a-z0-9])?$/.test(slug) ? slug : undefined;
}

/** What to do about the YAML errors a new user meets most. */
const CLOSE_HINT =
  'close what was opened: a quote with the same quote, "[" with "]", "{" with "}"; a flow list stays on its entry: paths: [src/**, data/**]';
const YAML_HINTS: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'indent with spaces: YAML does not allow tabs',
  BAD_INDENT:
    'the keys of one mapping start in the same column, nested keys further right, with spaces',
  BLOCK_AS_IMPLICIT_KEY:
    'quote a value that holds ": " or braces, as eval commands often do: command: \'echo {"acc": 1} > out/m.json\'; a key of its own goes on its own line',
  MULTILINE_IMPLICIT_KEY:
    'a key and its ":" stay on one line, and a line indented under a plain value continues it: check the indentation',
  MISSING_CHAR: CLOSE_HINT,
  BLOCK_IN_FLOW: CLOSE_HINT,
  BAD_SCALAR_START: 'quote a value that starts with @ or `',
  BAD_DQ_ESCAPE:
    'in "double quotes" a backslash starts an escape: use \'single quotes\', or write \\\\ for one backslash',
};

/**
 * Parses and validates manifest text; every problem at once, each with its position. Each issue's
 * key path, message and hint are printable and bounded (format.ts's printableIssue): the text may
 * be anything (a binary file named as the manifest), and an issue quotes it.
 */
export function validateManifest(text: string, file = 'lepton.yml'): ValidationResult {
  const result = validateText(text, file);
  return result.ok ? result : { ok: false, issues: result.issues.map(printableIssue) };
}

function validateText(text: string, file: string): ValidationResult {
  const counter = new LineCounter();
  // Duplicate keys are found below (linear, with their key path), not by the parser.
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: true });
  const issues: ManifestIssue[] = [];

  // One error per key path: an unclosed bracket or quote makes the parser stumble on every line
  // after it, and those echoes would bury the one cause.
  const errorPaths = new Set<string>();
  for (const e of doc.errors) {
    const path = dotted(pathAt(doc, e.pos[0]));
    if (errorPaths.has(path)) continue;
    errorPaths.add(path);
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    // The position is given as file:line:column already: not again in the words.
    const message = (e.message.split('\n')[0] ?? e.message)
      .replace(/:\s*$/, '')
      .replace(/ at line \d+, column \d+$/, '');
    issues.push({
      file,
      line: pos.line,
      column: pos.col,
      path,
      message: `YAML syntax error: ${message}`,
      hint: /end with an? [\]}]/.test(message)
        ? CLOSE_HINT
        : (YAML_HINTS[e.code] ?? 'check the indentation (spaces only), quotes and brackets here'),
    });
  }
  if (issues.length) return { ok: false, issues: sorted(issues) };
  for (const d of duplicateKeys(doc)) {
    const pos = counter.linePos(d.offset);
    const first = locate(doc, counter, d.path, 'key');
    issues.push({
      file,
      line: pos.line,
      column: pos.col,
      path: dotted(d.path),
      message: `duplicate key ${JSON.stringify(d.key)} (first at line ${first.line})`,
      hint: 'a mapping holds each key once: merge the two entries',
    });
  }
  for (const r of refusedKeys(doc)) {
    const pos = counter.linePos(r.offset);
    issues.push({
      file,
      line: pos.line,
      column: pos.col,
      path: dotted(r.path),
      ...(r.kind === 'alias'
        ? {
            message: `a key cannot be an alias${r.resolves === undefined ? '' : ` (here for ${JSON.stringify(r.resolves)})`}`,
            hint: `write the key itself${r.resolves === undefined ? '' : `: ${r.resolves}`}; an alias as a value (key: *name) is fine`,
          }
        : {
            message: 'merge keys ("<<") are not supported',
            hint: 'write the keys out in this mapping; an alias as a whole value (thresholds: *name) is fine',
          }),
    });
  }
  if (issues.length) return { ok: false, issues: sorted(issues) };

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    return fail(file, `YAML could not be read: ${(e as Error).message}`);
  }
  if (raw === null || raw === undefined)
    return fail(file, 'the manifest is empty', 'start with "version: 1"');
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return fail(file, `expected a mapping of keys (version, model, eval…), got ${describe(raw)}`);
  }

  const where = (path: readonly Segment[], at: 'key' | 'value') => locate(doc, counter, path, at);
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push(...fromZod(file, issue, raw, where));
  }
  for (const r of [...stageOrderIssues(raw), ...pathIssues(raw), ...noiseIssues(raw)]) {
    issues.push({
      file,
      ...where(r.path, 'value'),
      path: dotted(r.path),
      message: r.message,
      ...(r.hint && { hint: r.hint }),
    });
  }
  if (issues.length || !parsed.success) {
    return { ok: false, issues: sorted(dropEchoes(dedupe(issues))).map(scalarThresholdHint) };
  }
  return { ok: true, manifest: normalize(parsed.data), issues: [] };
}

function fail(file: string, message: string, hint?: string): ValidationResult {
  return {
    ok: false,
    issues: [{ file, line: 1, column: 1, path: '<root>', message, ...(hint && { hint }) }],
  };
}

const BOUNDS = ['min', 'max', 'max_drop', 'max_rise'];

/**
 * A misspelt key (`path:` for `paths:`, `mni:` for `min:`) also makes its
 * mapping miss the key it meant: the typo with its "did you mean" says it all,
 * so the echo ("missing required key", "a threshold needs at least one bound")
 * is left out.
 */
function dropEchoes(issues: ManifestIssue[]): ManifestIssue[] {
  const meant = (under: string, keys: readonly string[]) =>
    issues.some(
      (u) =>
        u.message === 'unknown key' &&
        (under === '<root>' ? !u.path.includes('.') : u.path.startsWith(`${under}.`)) &&
        keys.some((k) => u.hint === `did you mean "${k}"?`),
    );
  return issues.filter((i) => {
    const missing = /^missing required key "(.*)"$/.exec(i.message)?.[1];
    if (missing !== undefined && meant(i.path, [missing])) return false;
    // A required key left out reads "expected …, got nothing" at its own path.
    if (i.message.endsWith(', got nothing')) {
      const dot = i.path.lastIndexOf('.');
      const parent = dot < 0 ? '<root>' : i.path.slice(0, dot);
      if (meant(parent, [i.path.slice(dot + 1)])) return false;
    }
    if (i.message.startsWith('a threshold needs at least one bound') && meant(i.path, BOUNDS)) {
      return false;
    }
    return true;
  });
}

/** `accuracy: 0.9` under thresholds: show the mapping it takes, with the number as a `min`. */
function scalarThresholdHint(i: ManifestIssue): ManifestIssue {
  const m = /^(?:eval|stages\.[^.]+(?:\.monitor)?)\.thresholds\.(.+)$/.exec(i.path);
  const n = /^expected a mapping, got number (\S+)$/.exec(i.message);
  if (!m || !n || i.hint) return i;
  return {
    ...i,
    hint: `a threshold is a mapping of bounds (min, max, max_drop, max_rise): ${m[1]}: { min: ${n[1]} }`,
  };
}

function dedupe(issues: ManifestIssue[]): ManifestIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.line}:${i.column}:${i.path}:${i.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

function sorted(issues: ManifestIssue[]): ManifestIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}

export { formatIssue } from './format.js';
