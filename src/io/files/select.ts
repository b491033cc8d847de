import picomatch from 'picomatch';
import { LeptonError } from '../../core/errors/index.js';
import { compareUtf8 } from '../../core/fingerprint/encoding.js';
import { pathEscapes } from '../../core/manifest/schema.js';
import type { Manifest, Part } from '../../core/manifest/types.js';
import { isStrictlySorted } from './list.js';

export type PartKind = 'component' | 'data';

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
}

/** Every part of the manifest with its kind, components first. */
export function partsOf(manifest: Manifest): { kind: PartKind; part: Part }[] {
  return [
    ...manifest.components.map((part) => ({ kind: 'component' as const, part })),
    ...manifest.data.map((part) => ({ kind: 'data' as const, part })),
  ];
}

/**
 * A path of the manifest as a test on listed files. Globs follow picomatch
 * with dotfiles included (a changed `.config` under a component's folder is a
 * change of that component). A path without glob characters names a file or
 * a folder; a folder covers every file under it.
 */
export function pathMatcher(pattern: string): (file: string) => boolean {
  const p = pattern.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (p === '' || p === '.') return () => true;
  if (!picomatch.scan(p).isGlob) {
    const dir = p + '/';
    return (f) => f === p || f.startsWith(dir);
  }
  const match = picomatch(p, { dot: true });
  // One argument only: given a second (as by filter or some), picomatch returns a truthy object.
  return (file) => match(file);
}

/** Refuses paths that leave the repository before anything is listed. */
export function checkPatterns(manifest: Manifest): void {
  const bad: string[] = [];
  for (const { kind, part } of partsOf(manifest)) {
    for (const p of part.paths) {
      if (pathEscapes(p)) bad.push(`${kind} "${part.name}": path "${p}" leaves the repository`);
    }
  }
  if (bad.length) throw new LeptonError('invalid', bad[0] as string, bad.slice(1));
}

/**
 * The files each part's paths match, and the paths that matched nothing. `strictlySorted`:
 * `files` are sorted in UTF-8 byte order, each once (as git lists them).
 */
export function matchParts(
  manifest: Manifest,
  files: readonly string[],
  strictlySorted = false,
): { parts: PartFiles[]; unmatched: Unmatched[] } {
  const parts: PartFiles[] = [];
  const unmatched: Unmatched[] = [];
  for (const { kind, part } of partsOf(manifest)) {
    if (strictlySorted && part.paths.length === 1) {
      // One path over names sorted and unique: its matches are too.
      const pattern = part.paths[0] as string;
      const matched = files.filter(pathMatcher(pattern));
      if (matched.length === 0) unmatched.push({ kind, part: part.name, pattern });
      parts.push({ kind, name: part.name, files: matched });
      continue;
    }
    const selected = new Set<string>();
    for (const pattern of part.paths) {
      const test = pathMatcher(pattern);
      let any = false;
      for (const f of files) {
        if (test(f)) {
          selected.add(f);
          any = true;
        }
      }
      if (!any) unmatched.push({ kind, part: part.name, pattern });
    }
    // Git lists files sorted: sorting again only when several paths interleave.
    const list = [...selected];
    parts.push({
      kind,
      name: part.name,
      files: isStrictlySorted(list) ? list : list.sort(compareUtf8),
    });
  }
  return { parts, unmatched };
}

/** One error naming every path that matched nothing, and those that match only ignored files. */
export function unmatchedError(
  unmatched: readonly Unmatched[],
  ignored: readonly string[],
): LeptonError {
  const lines = unmatched.map(({ kind, part, pattern }) => {
    const test = pathMatcher(pattern);
    const hidden = ignored.filter(test);
    const what = `${kind} "${part}": path "${pattern}"`;
    if (hidden.length === 0) return `${what} matches no file`;
    const sample = hidden.sort(compareUtf8).slice(0, 3).join(', ');
    return `${what} matches only files git ignores (${sample}${hidden.length > 3 ? ', …' : ''}); such files are never versioned: commit them, or version them with Git LFS or DVC`;
  });
  return new LeptonError(
    'invalid',
    unmatched.length === 1 ? (lines[0] as string) : `${unmatched.length} paths match no file`,
    unmatched.length === 1 ? [] : lines,
  );
}
