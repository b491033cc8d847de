import { posix } from 'node:path';
import picomatch from 'picomatch';
import { LeptonError } from '../../core/errors/index.js';
import { commandPaths } from '../../core/fingerprint/eval-files.js';
import { compareUtf8 } from '../../core/fingerprint/encoding.js';
import type { Manifest, Part } from '../../core/manifest/types.js';
import { isStrictlySorted } from './list.js';

/** `eval`: the eval's own files (command-named and `eval.paths`), hashed into the eval settings. */
export type PartKind = 'component' | 'data' | 'eval';

/** What one part selects from: its paths in order (`!` excludes, gitignore-style). */
export interface SelectPart {
  readonly kind: PartKind;
  readonly name: string;
  /** Manifest paths: each positive one must match a file. */
  readonly paths: readonly string[];
  /** Paths that may match nothing (the words of the eval command). */
  readonly optional?: readonly string[];
}

export interface PartFiles {
  readonly kind: PartKind;
  readonly name: string;
  /** Sorted (UTF-8 byte order), relative to the model's directory. */
  readonly files: readonly string[];
}

export interface Unmatched {
  readonly kind: PartKind;
  readonly part: string;
  readonly pattern: string;
  /** The pattern matched files, but its part's exclusions took every one (the part is empty). */
  readonly allExcluded?: boolean;
}

/** The name the eval's files go by in selections (never a valid part name). */
export const EVAL_PART = 'eval';

/** Every part of the manifest with its kind, components first. */
export function partsOf(manifest: Manifest): { kind: 'component' | 'data'; part: Part }[] {
  return [
    ...manifest.components.map((part) => ({ kind: 'component' as const, part })),
    ...manifest.data.map((part) => ({ kind: 'data' as const, part })),
  ];
}

/**
 * What a fingerprint run selects: the components and data sets, then the eval's own files
 * when it has any to look for (`eval.paths`, or words of the command that may be files).
 */
export function selectionParts(manifest: Manifest): SelectPart[] {
  const parts: SelectPart[] = partsOf(manifest).map(({ kind, part }) => ({
    kind,
    name: part.name,
    paths: part.paths,
  }));
  const evalPart = evalFilesPart(manifest);
  if (evalPart) parts.push(evalPart);
  return parts;
}

/**
 * The eval's files as a part: `eval.paths` (which must match), and each path the command
 * names (commandPaths: its words, a `python -m` module's files, make's makefile), resolved from
 * `eval.workdir` (which may match nothing: `python` is a word too). Words naming the manifest's folder or one above it, and the metrics files (the
 * eval's output), are left out.
 */
export function evalFilesPart(manifest: Manifest): SelectPart | null {
  const spec = manifest.eval;
  const metrics = new Set(spec.metrics.map(normalizePath));
  const optional: string[] = [];
  for (const word of commandPaths(spec.command)) {
    const p = normalizePath(posix.join(spec.workdir, word));
    if (p === '' || p === '.' || /^(\.\.\/)*\.\.$/.test(p) || metrics.has(p)) continue;
    if (!optional.includes(p)) optional.push(p);
  }
  const paths = spec.paths ?? [];
  if (paths.length === 0 && optional.length === 0) return null;
  return { kind: 'eval', name: EVAL_PART, paths, optional };
}

/** A manifest path in the form files are listed in: `./` and `.`/`..` segments resolved. */
export function normalizePath(pattern: string): string {
  const p = pattern.replace(/\\/g, '/');
  const n = p.includes('/.') || p.startsWith('.') ? posix.normalize(p) : p;
  return n.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}

/** Whether the path is an exclusion (`!pattern`; `\!` starts a literal `!`). */
export function isExclusion(pattern: string): boolean {
  return pattern.startsWith('!');
}

function positivePart(pattern: string): string {
  return pattern.startsWith('!') || pattern.startsWith('\\!') ? pattern.slice(1) : pattern;
}

/**
 * A path of the manifest as a test on listed files. Globs follow picomatch
 * with dotfiles included (a changed `.config` under a component's folder is a
 * change of that component) and with `*`, `?` and `**` matching any character
 * a name can hold, newlines included. A path without glob characters names a
 * file or a folder; a folder covers every file under it. A leading `!` is
 * not read here (see partMatcher).
 */
export function pathMatcher(pattern: string): (file: string) => boolean {
  const p = normalizePath(positivePart(pattern));
  // The manifest's folder: every file in it, none above it (listed when a path climbs).
  if (p === '' || p === '.') return (f) => !f.startsWith('../');
  if (!picomatch.scan(p).isGlob) {
    const dir = p + '/';
    return (f) => f === p || f.startsWith(dir);
  }
  // dotAll: picomatch's `**` is built on `.`, which would skip names holding a newline.
  const match = picomatch(p, { dot: true, flags: 's' });
  // One argument only: given a second (as by filter or some), picomatch returns a truthy object.
  return (file) => match(file);
}

/**
 * A part's paths as one test, gitignore-style: a file is in the part when the last path that
 * matches it is not an exclusion (`!pattern`).
 */
export function partMatcher(paths: readonly string[]): (file: string) => boolean {
  const rules = paths.map((p) => ({ exclude: isExclusion(p), test: pathMatcher(p) }));
  if (!rules.some((r) => r.exclude)) {
    const tests = rules.map((r) => r.test);
    return tests.length === 1
      ? (tests[0] as (f: string) => boolean)
      : (f) => tests.some((t) => t(f));
  }
  return (f) => {
    let inside = false;
    for (const r of rules) if (r.exclude === inside && r.test(f)) inside = !r.exclude;
    return inside;
  };
}

/**
 * The files each part's paths match, and the paths that matched nothing (a part whose
 * exclusions take every file it matched is named by its first path, `allExcluded`).
 * `strictlySorted`: `files` are sorted in UTF-8 byte order, each once (as git lists them).
 */
export function matchParts(
  parts: readonly SelectPart[],
  files: readonly string[],
  strictlySorted = false,
): { parts: PartFiles[]; unmatched: Unmatched[] } {
  const out: PartFiles[] = [];
  const unmatched: Unmatched[] = [];
  for (const { kind, name, paths, optional = [] } of parts) {
    if (strictlySorted && paths.length === 1 && optional.length === 0 && !isExclusion(paths[0]!)) {
      // One path over names sorted and unique: its matches are too.
      const pattern = paths[0] as string;
      const matched = files.filter(pathMatcher(pattern));
      if (matched.length === 0) unmatched.push({ kind, part: name, pattern });
      out.push({ kind, name, files: matched });
      continue;
    }
    const all = [...paths, ...optional];
    const rules = all.map((p) => ({
      p,
      exclude: isExclusion(p),
      test: pathMatcher(p),
      any: false,
    }));
    const exclusions = rules.some((r) => r.exclude);
    const selected: string[] = [];
    for (const f of files) {
      let inside = false;
      for (const r of rules) {
        if (r.exclude) {
          if (inside && r.test(f)) inside = false;
        } else if (r.test(f)) {
          r.any = true;
          inside = true;
          // Without exclusions the first match decides; with them, every positive is noted.
          if (!exclusions) break;
        }
      }
      if (inside) selected.push(f);
    }
    if (!exclusions) {
      // `break` above leaves later paths unnoted: note them on what the part did not select.
      for (const r of rules) if (!r.any && paths.includes(r.p)) r.any = files.some(r.test);
    }
    const required = new Set(paths);
    for (const r of rules) {
      if (!r.exclude && !r.any && required.has(r.p))
        unmatched.push({ kind, part: name, pattern: r.p });
    }
    if (
      selected.length === 0 &&
      paths.length > 0 &&
      rules.some((r) => r.any && required.has(r.p))
    ) {
      unmatched.push({ kind, part: name, pattern: paths[0] as string, allExcluded: true });
    }
    out.push({
      kind,
      name,
      files: strictlySorted || isStrictlySorted(selected) ? selected : selected.sort(compareUtf8),
    });
  }
  return { parts: out, unmatched };
}

/**
 * Why a path matches no file: nothing, only files git ignores, or (given without `.dvc`) a
 * DVC pointer beside it. `listed`: the files git would track.
 */
export function unmatchedReason(
  u: Unmatched,
  ignored: readonly string[],
  listed: readonly string[],
): string {
  const what = `${u.kind === 'eval' ? 'eval.paths' : `${u.kind} "${u.part}"`}: path "${u.pattern}"`;
  if (u.allExcluded) return `${what}: every file it matches is excluded by a "!" path of its own`;
  const test = pathMatcher(u.pattern);
  const pointers = listed.filter((f) => f.endsWith('.dvc') && test(f.slice(0, -4)));
  if (pointers.length > 0) {
    const sample = pointers.slice(0, 3).join(', ');
    return `${what} matches no file, but DVC tracks it by ${sample}${pointers.length > 3 ? ', …' : ''}: name the .dvc pointer (Lepton hashes what it records; the data is never read)`;
  }
  const hidden = ignored.filter(test);
  if (hidden.length === 0) return `${what} matches no file`;
  const sample = [...hidden].sort(compareUtf8).slice(0, 3).join(', ');
  return `${what} matches only files git ignores (${sample}${hidden.length > 3 ? ', …' : ''}); such files are never versioned: commit them, or version them with Git LFS or DVC`;
}

/** One error naming every path that matched nothing, and those that match only ignored files. */
export function unmatchedError(
  unmatched: readonly Unmatched[],
  ignored: readonly string[],
  listed: readonly string[] = [],
): LeptonError {
  const lines = unmatched.map((u) => unmatchedReason(u, ignored, listed));
  return new LeptonError(
    'invalid',
    unmatched.length === 1 ? (lines[0] as string) : `${unmatched.length} paths match no file`,
    unmatched.length === 1 ? [] : lines,
  );
}

/**
 * Names listed relative to `base` (POSIX), relative to the model's folder `prefix` below it
 * (`models/a`) instead, in the shortest form: `models/a/x` → `x`, `data/y` → `../../data/y`.
 */
export function rebaseName(name: string, prefix: string): string {
  if (prefix === '') return name;
  if (name.startsWith(prefix) && name.charCodeAt(prefix.length) === 0x2f) {
    return name.slice(prefix.length + 1);
  }
  const up = prefix.split('/');
  const segs = name.split('/');
  let common = 0;
  while (common < up.length && common < segs.length - 1 && up[common] === segs[common]) common++;
  return '../'.repeat(up.length - common) + segs.slice(common).join('/');
}
