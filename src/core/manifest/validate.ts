import { LineCounter, parseDocument } from 'yaml';
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { KNOWN_KEYS, manifestSchema } from './schema.js';
import { normalize } from './normalize.js';
import { duplicateKeys, locate } from './positions.js';
import { pathIssues, stageOrderIssues } from './rules.js';
import { noiseIssues } from './noise-rules.js';
import type { Manifest, ManifestIssue } from './types.js';

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
        make([...path, k], 'key', 'unknown key', didYouMean(k, knownKeysAt(path))),
      );
    case 'invalid_key': {
      const key = path[path.length - 1];
      const inner = issue.issues[0]?.message ?? 'invalid name';
      return [make(path, 'key', `invalid name ${JSON.stringify(key)}: ${inner}`)];
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
    default:
      return [make(path, 'value', issue.message)];
  }
}

/** Parses and validates manifest text; every problem at once, each with its position. */
export function validateManifest(text: string, file = 'lepton.yml'): ValidationResult {
  const counter = new LineCounter();
  // Duplicate keys are found below (linear, with their key path), not by the parser.
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: true });
  const issues: ManifestIssue[] = [];

  for (const e of doc.errors) {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    const message = (e.message.split('\n')[0] ?? e.message).replace(/:\s*$/, '');
    issues.push({
      file,
      line: pos.line,
      column: pos.col,
      path: '<root>',
      message: `YAML syntax error: ${message}`,
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
    return { ok: false, issues: sorted(dropEchoes(dedupe(issues))) };
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
        u.path.startsWith(`${under}.`) &&
        keys.some((k) => u.hint === `did you mean "${k}"?`),
    );
  return issues.filter((i) => {
    const missing = /^missing required key "(.*)"$/.exec(i.message)?.[1];
    if (missing !== undefined && meant(i.path, [missing])) return false;
    if (i.message.startsWith('a threshold needs at least one bound') && meant(i.path, BOUNDS)) {
      return false;
    }
    return true;
  });
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
