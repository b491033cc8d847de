import { LineCounter, parseDocument } from 'yaml';
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { KNOWN_KEYS, manifestSchema } from './schema.js';
import { normalize } from './normalize.js';
import { locate } from './positions.js';
import { pathIssues, stageOrderIssues } from './rules.js';
import type { Manifest, ManifestIssue } from './types.js';

export type ValidationResult =
  | { readonly ok: true; readonly manifest: Manifest; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly ManifestIssue[] };

type Segment = string | number;

const dotted = (path: readonly Segment[]) =>
  path.length ? path.map((s) => (s === '' ? '""' : String(s))).join('.') : '<root>';

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

const TYPE_WORDS: Record<string, string> = {
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
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return [make(path, 'value', `expected ${expected}, got ${describe(actual)}`)];
    }
    case 'invalid_union': {
      // Report the most specific branch's first problem, not zod's generic "invalid input".
      const branches = issue.errors.filter((b) => b.length > 0);
      const pick = branches.find((b) => b.some((i) => i.code !== 'invalid_type')) ?? branches[0];
      const first = pick?.find((i) => i.code !== 'invalid_type') ?? pick?.[0];
      if (first) {
        return fromZod(
          file,
          { ...first, path: [...path, ...first.path] } as z.core.$ZodIssue,
          raw,
          where,
        );
      }
      return [make(path, 'value', `unexpected value ${describe(valueAt(raw, path))}`)];
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
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: true });
  const issues: ManifestIssue[] = [];

  for (const e of doc.errors) {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    const message = (e.message.split('\n')[0] ?? e.message).replace(/:\s*$/, '');
    issues.push({
      file,
      line: pos.line,
      column: pos.col,
      path: '<root>',
      message:
        e.code === 'DUPLICATE_KEY'
          ? `duplicate key ${JSON.stringify(/^[^:\n]*/.exec(text.slice(e.pos[0]))?.[0].trim())}`
          : `YAML syntax error: ${message}`,
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
  for (const r of [...stageOrderIssues(raw), ...pathIssues(raw)]) {
    issues.push({ file, ...where(r.path, 'value'), path: dotted(r.path), message: r.message });
  }
  if (issues.length || !parsed.success) return { ok: false, issues: sorted(dedupe(issues)) };
  return { ok: true, manifest: normalize(parsed.data), issues: [] };
}

function fail(file: string, message: string, hint?: string): ValidationResult {
  return {
    ok: false,
    issues: [{ file, line: 1, column: 1, path: '<root>', message, ...(hint && { hint }) }],
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

/** `lepton.yml:3:5: eval.timeout: expected a duration like 45s, 30m or 1h (did you mean …?)` */
export function formatIssue(i: ManifestIssue): string {
  return `${i.file}:${i.line}:${i.column}: ${i.path}: ${i.message}${i.hint ? ` (${i.hint})` : ''}`;
}
