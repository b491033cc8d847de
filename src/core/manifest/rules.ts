import type { Manifest } from './types.js';
import { closest, distance } from 'fastest-levenshtein';

/**
 * Rules that span keys, checked on the raw document so they are reported
 * together with type errors elsewhere (zod refinements would wait for the
 * whole document to type-check first).
 */
export interface RuleIssue {
  readonly path: readonly string[];
  readonly message: string;
  readonly hint?: string;
}

export function stageOrderIssues(raw: unknown): RuleIssue[] {
  const stages = (raw as { stages?: unknown } | null)?.stages;
  if (!stages || typeof stages !== 'object' || Array.isArray(stages)) return [];
  const names = Object.keys(stages);
  const after = new Map<string, string>();
  const issues: RuleIssue[] = [];
  names.forEach((name, index) => {
    const value = (stages as Record<string, unknown>)[name];
    const a = value && typeof value === 'object' ? (value as { after?: unknown }).after : undefined;
    // Not a string: the schema reports its type.
    if (typeof a !== 'string') return;
    after.set(name, a);
    const at = names.indexOf(a);
    const path = ['stages', name, 'after'];
    if (a === name) issues.push({ path, message: `stage "${name}" cannot come after itself` });
    else if (at < 0) {
      const near = names.length ? closest(a, names) : undefined;
      const hint =
        near !== undefined && distance(a, near) <= Math.max(2, Math.floor(a.length / 3))
          ? `did you mean "${near}"?`
          : undefined;
      issues.push({
        path,
        message: `no stage named "${a}" (stages: ${names.join(', ')})`,
        ...(hint && { hint }),
      });
    } else if (at > index)
      issues.push({
        path,
        message: `stage "${a}" is declared later; "after" must name an earlier stage`,
      });
  });
  // A cycle through several stages (a → b → a) is named once, at its first stage.
  const reported = new Set<string>();
  for (const start of names) {
    const seen: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !seen.includes(cur)) {
      seen.push(cur);
      cur = after.get(cur);
    }
    if (cur === start && seen.length > 1 && !seen.some((s) => reported.has(s))) {
      seen.forEach((s) => reported.add(s));
      issues.push({
        path: ['stages', start, 'after'],
        message: `"after" forms a cycle: ${[...seen, start].join(' → ')}`,
      });
    }
  }
  return issues;
}

/** The leading `..` segments of a path once `.` and `..` inside it are resolved (`a/../../x`: 1). */
export function climbOf(path: string): number {
  let depth = 0;
  let climb = 0;
  for (const seg of path.replace(/^\\?!/, '').split(/[\\/]+/)) {
    if (seg === '..') {
      if (depth > 0) depth -= 1;
      else climb += 1;
    } else if (seg !== '.' && seg !== '') depth += 1;
  }
  return climb;
}

/** Whether the path is absolute (POSIX, UNC or a drive letter): never a repository path. */
export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:/.test(p);
}

/** Every path of a normalised manifest with its key path (`components.model.paths.0`). */
export function manifestPaths(manifest: Manifest): { path: string[]; value: string }[] {
  const out: { path: string[]; value: string }[] = [];
  for (const [kind, parts] of [
    ['components', manifest.components],
    ['data', manifest.data],
  ] as const) {
    for (const part of parts) {
      part.paths.forEach((value, i) =>
        out.push({ path: [kind, part.name, 'paths', String(i)], value }),
      );
    }
  }
  out.push({ path: ['eval', 'workdir'], value: manifest.eval.workdir });
  const metrics = manifest.eval.metrics;
  metrics.forEach((value, i) =>
    out.push({
      path: metrics.length === 1 ? ['eval', 'metrics'] : ['eval', 'metrics', String(i)],
      value,
    }),
  );
  (manifest.eval.paths ?? []).forEach((value, i) =>
    out.push({ path: ['eval', 'paths', String(i)], value }),
  );
  manifest.artifacts.forEach((value, i) =>
    out.push({ path: ['artifacts', 'paths', String(i)], value }),
  );
  return out;
}

/**
 * Paths that leave the repository (CONTRACT §1): paths are relative to the manifest's folder
 * and may climb with `..` as far as the repository's top level, `depth` folders above it
 * (null outside a repository: then not above the manifest's folder).
 */
export function pathsLeavingRepo(manifest: Manifest, depth: number | null): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const { path, value } of manifestPaths(manifest)) {
    if (isAbsolutePath(value.replace(/^!/, ''))) {
      issues.push({
        path,
        message: `path "${value}" leaves the repository: it is absolute, and paths are relative to lepton.yml's folder`,
      });
      continue;
    }
    const climb = climbOf(value);
    if (climb <= (depth ?? 0)) continue;
    issues.push({
      path,
      message:
        depth === null
          ? `path "${value}" leaves the folder of lepton.yml, and outside a git repository nothing above it counts`
          : `path "${value}" leaves the repository: it climbs ${climb} folder${climb === 1 ? '' : 's'} above lepton.yml's folder, which is ${depth === 0 ? "the repository's top level" : `${depth} below the repository's top level`}`,
    });
  }
  return issues;
}

/**
 * A path with `\\` read as `/`, empty and `.` segments dropped and `dir/..` resolved: the file it
 * names, lexically (io/files/select.ts `normalizePath`, without `node:path`). A leading `..` stays.
 */
export function lexicalPath(path: string): string {
  const out: string[] = [];
  for (const seg of path.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/**
 * Metrics files in `eval.metrics` (a list) that name a file listed before them, one issue at each
 * later entry. `folder` is the manifest's folder relative to the repository's top level (POSIX,
 * '' at the top): with it, a path that climbs out and back (`../iris/m.json` in `models/iris`)
 * names the same file as `m.json`; with null, paths are compared as written, lexically.
 */
export function metricsListedTwice(metrics: unknown, folder: string | null): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (!Array.isArray(metrics)) return issues;
  const first = new Map<string, number>();
  metrics.forEach((m: unknown, i) => {
    if (typeof m !== 'string') return;
    const file = lexicalPath(folder === null ? m : `${folder}/${m}`);
    const at = first.get(file);
    if (at === undefined) {
      first.set(file, i);
      return;
    }
    const earlier = metrics[at] as string;
    issues.push({
      path: ['eval', 'metrics', String(i)],
      message: `metrics file "${m}" is listed twice${earlier === m ? '' : ` (as "${earlier}")`}: first at eval.metrics.${at}`,
      hint: 'list each metrics file once',
    });
  });
  return issues;
}

/**
 * The metrics files listed twice that only the manifest's place in the repository shows
 * (`../iris/m.json` beside `m.json` in `models/iris`); those `pathIssues` finds from the text
 * alone are not repeated. `folder` as in `metricsListedTwice`.
 */
export function metricsListedTwiceIn(manifest: Manifest, folder: string): RuleIssue[] {
  const metrics = manifest.eval.metrics;
  const seen = new Set(metricsListedTwice(metrics, null).map((i) => i.path.join('.')));
  return metricsListedTwice(metrics, folder).filter((i) => !seen.has(i.path.join('.')));
}

/**
 * Path rules: parts whose every path is an exclusion (`!pattern`) select nothing, an error at the
 * part's paths; a metrics file listed twice in `eval.metrics` (`m.json` and `./m.json` name one
 * file), an error at the second entry, since its metrics would be read twice and every name in
 * it would appear twice, which the eval only finds after it has run.
 */
export function pathIssues(raw: unknown): RuleIssue[] {
  const metrics = (raw as { eval?: { metrics?: unknown } } | null)?.eval?.metrics;
  const issues: RuleIssue[] = metricsListedTwice(metrics, null);
  for (const kind of ['components', 'data'] as const) {
    const parts = (raw as Record<string, unknown> | null)?.[kind];
    if (!parts || typeof parts !== 'object' || Array.isArray(parts)) continue;
    for (const [name, part] of Object.entries(parts as Record<string, unknown>)) {
      const paths = (part as { paths?: unknown } | null)?.paths;
      if (!Array.isArray(paths) || paths.length === 0) continue;
      if (paths.every((p) => typeof p === 'string' && p.startsWith('!'))) {
        issues.push({
          path: [kind, name, 'paths'],
          message:
            'every path is an exclusion ("!…"): name the files to select first, then what to leave out of them',
        });
      }
    }
  }
  return issues;
}
