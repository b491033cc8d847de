import { relative, sep } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { locate } from '../core/manifest/positions.js';
import { nearPath } from '../core/manifest/near-path.js';
import { metricsListedTwiceIn, pathsLeavingRepo, type RuleIssue } from '../core/manifest/rules.js';
import type { ManifestIssue } from '../core/manifest/types.js';
import { listTree } from '../io/files/index.js';
import { MANIFEST_MAX_BYTES, readInputText } from '../io/input-file.js';
import {
  isExclusion,
  matchParts,
  normalizePath,
  partMatcher,
  partsOf,
  pathMatcher,
  unmatchedReason,
} from '../io/files/select.js';
import type { AppContext } from './context.js';

/** What `lepton validate` found in the working tree besides the manifest's own form. */
export interface TreeCheck {
  /** Problems that make the manifest unusable here (exit 2). */
  readonly errors: readonly ManifestIssue[];
  /** Problems that make it wasteful or misleading (shown, exit 0). */
  readonly warnings: readonly ManifestIssue[];
  /** False outside a git work tree: then only paths climbing above the manifest's folder are checked. */
  readonly checked: boolean;
}

/**
 * Checks the manifest against the working tree (CONTRACT §1): paths that leave the repository;
 * globs (and `eval.paths`) that match no file (saying when they match only ignored files, or a
 * `.dvc` pointer exists); exclusions that exclude nothing; metrics files and artifact paths a
 * component or data set selects (the eval would change the fingerprint: `.gitignore` them).
 * Each issue names file:line:column and the key path; `file` is how the manifest is named.
 * `options.listing`: the model folder's `git ls-files` already started (listTree's `started`).
 */
export async function checkTree(
  ctx: AppContext,
  file: string,
  options: { readonly listing?: Parameters<typeof listTree>[2] } = {},
): Promise<TreeCheck> {
  const m = ctx.manifest;
  // The manifest's text is parsed again only to place an issue (a valid tree has none).
  let parsed: { doc: Document.Parsed; counter: LineCounter } | null = null;
  const text = readInputText(ctx.manifestPath, MANIFEST_MAX_BYTES);
  text.catch(() => undefined);
  const place = async () => {
    if (parsed) return parsed;
    const counter = new LineCounter();
    parsed = { doc: parseDocument(await text, { lineCounter: counter }), counter };
    return parsed;
  };
  const issue = async (r: RuleIssue, hint?: string): Promise<ManifestIssue> => {
    const { doc, counter } = await place();
    return {
      file,
      // List indexes as numbers: locate() steps into sequences by number.
      ...locate(
        doc,
        counter,
        r.path.map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
        'value',
      ),
      path: r.path.join('.'),
      message: r.message,
      ...(hint && { hint }),
    };
  };
  const depth = ctx.repoRoot ? depthBelow(ctx.repoRoot, ctx.modelDir) : null;
  const leaving = pathsLeavingRepo(m, depth);
  // `../<own folder>/m.json` beside `m.json`: one file listed twice, which only the place shows.
  const twice = ctx.repoRoot
    ? metricsListedTwiceIn(m, relative(ctx.repoRoot, ctx.modelDir).split(sep).join('/'))
    : [];
  if (leaving.length || twice.length || !ctx.repoRoot) {
    return {
      errors: await Promise.all([
        ...leaving.map((r) => issue(r)),
        ...twice.map((r) => issue(r, r.hint)),
      ]),
      warnings: [],
      checked: false,
    };
  }
  const tree = await listTree(
    m,
    { modelDir: ctx.modelDir, repoRoot: ctx.repoRoot, cacheDir: null, env: ctx.env },
    options.listing,
  );
  const errors: ManifestIssue[] = [];
  const warnings: ManifestIssue[] = [];

  const keyOf = (kind: string, part: string, pattern: string): string[] => {
    if (kind === 'eval') return ['eval', 'paths', String((m.eval.paths ?? []).indexOf(pattern))];
    const parts = kind === 'component' ? m.components : m.data;
    const paths = parts.find((p) => p.name === part)?.paths ?? [];
    return [
      kind === 'component' ? 'components' : 'data',
      part,
      'paths',
      String(paths.indexOf(pattern)),
    ];
  };
  const { unmatched } = matchParts(tree.parts, tree.files, true);
  const ignoredFiles = unmatched.length ? await tree.ignored() : [];
  for (const u of unmatched) {
    const message = unmatchedReason(u, ignoredFiles, tree.files).replace(/^[^:]*: /, '');
    errors.push(
      await issue(
        { path: keyOf(u.kind, u.part, u.pattern), message },
        message.endsWith('matches no file') ? unmatchedHint(u.pattern, tree.files) : undefined,
      ),
    );
  }
  for (const p of tree.parts) {
    for (const pattern of p.paths) {
      if (!isExclusion(pattern) || tree.files.some(pathMatcher(pattern))) continue;
      warnings.push(
        await issue(
          {
            path: keyOf(p.kind, p.name, pattern),
            message: `exclusion "${pattern}" excludes no file`,
          },
          'fine as a guard against files that may appear; otherwise remove it',
        ),
      );
    }
  }

  // Files the eval writes, and the built artifacts, inside a component or data set.
  const selectors = partsOf(m).map(({ kind, part }) => ({
    label: `${kind === 'data' ? 'data set' : kind} "${part.name}"`,
    test: partMatcher(part.paths),
  }));
  const outputs: { key: string[]; path: string; what: string }[] = [];
  m.eval.metrics.forEach((path, i) =>
    outputs.push({
      key: m.eval.metrics.length === 1 ? ['eval', 'metrics'] : ['eval', 'metrics', String(i)],
      path: normalizePath(path),
      what: 'metrics file',
    }),
  );
  m.artifacts.forEach((path, i) =>
    outputs.push({
      key: ['artifacts', 'paths', String(i)],
      path: normalizePath(path),
      what: 'artifact',
    }),
  );
  const concrete: { key: string[]; path: string; what: string; owner: string }[] = [];
  for (const o of outputs) {
    // A glob artifact path: the files it matches now; a literal path: itself, written or not.
    const files = isLiteral(o.path) ? [o.path] : tree.files.filter(pathMatcher(o.path));
    for (const f of files) {
      const owner = selectors.find((s) => s.test(f));
      if (owner) concrete.push({ ...o, path: f, owner: owner.label });
    }
  }
  const ignored = await tree.ignoredOf(concrete.map((c) => c.path));
  const warned = new Set<string>();
  for (const c of concrete) {
    const tracked = tree.tracked.has(c.path);
    if (!tracked && ignored.has(c.path)) continue;
    if (warned.has(c.key.join('.'))) continue;
    warned.add(c.key.join('.'));
    warnings.push(
      await issue(
        {
          path: c.key,
          message: `${c.what} "${c.path}" is inside ${c.owner}: every eval (or build) rewrites it and so changes the model's fingerprint`,
        },
        tracked
          ? `add "${c.path}" to .gitignore and untrack it (git rm --cached "${c.path}")`
          : `add "${c.path}" to .gitignore`,
      ),
    );
  }
  return { errors, warnings, checked: true };
}

/**
 * What to do about a path that matches nothing: the existing path it probably meant, when one
 * is close and selects files; else where paths are resolved and what they can select.
 */
function unmatchedHint(pattern: string, files: readonly string[]): string {
  const near = nearPath(pattern, files);
  if (near !== undefined && files.some(pathMatcher(near))) return `did you mean "${near}"?`;
  return "paths are relative to lepton.yml's folder and select the files git tracks or would track: `git ls-files --cached --others --exclude-standard` lists them";
}

function isLiteral(path: string): boolean {
  return !/[*?[\]{}()!]/.test(path);
}

function depthBelow(root: string, dir: string): number {
  const rel = relative(root, dir);
  return rel === '' ? 0 : rel.split(sep).length;
}
