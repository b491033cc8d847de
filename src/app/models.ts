import { posix, relative, resolve, sep } from 'node:path';
import { compareUtf8 } from '../core/fingerprint/encoding.js';
import { LeptonError } from '../core/errors/index.js';
import type { Manifest } from '../core/manifest/types.js';
import type { Git } from '../io/git.js';
import { loadManifest } from '../io/manifest-file.js';
import { findManifests } from '../io/manifests.js';
import { trackableFiles } from '../io/git-files.js';
import { matchParts, rebaseName, selectionParts } from '../io/files/select.js';

/** One model of a monorepo, as `ls`, `affected` and the Action's manifest glob see it. */
export interface RepoModel {
  /** The manifest, relative to the repository's top level (POSIX). */
  readonly manifest: string;
  /** The manifest's folder, relative to the top level (POSIX, `.` for the top level itself). */
  readonly dir: string;
  readonly model: Manifest;
}

/** What in a model a set of changed files touches. */
export interface Touched {
  /** The manifest itself changed (thresholds included: they decide `passed`). */
  readonly manifest: boolean;
  readonly components: readonly string[];
  readonly data: readonly string[];
  /** The eval's own files (named by `eval.command` or `eval.paths`). */
  readonly eval: boolean;
}

/** Whether anything of the model was touched. */
export const isTouched = (t: Touched): boolean =>
  t.manifest || t.eval || t.components.length > 0 || t.data.length > 0;

/** Is the pattern a glob (else a manifest's path)? */
export const isGlob = (p: string) => /[*?[\]{}]/.test(p);

/**
 * Every model of the repository: each `lepton.yml` git tracks or would track, or, given
 * `pattern` (the `--manifest` option, relative to `cwd`: a path or a glob such as
 * `models/* /lepton.yml`), the manifests it names. Sorted by path; each manifest validated.
 * @param git  git at the repository's top level
 * @throws LeptonError `invalid` for an invalid manifest (naming it), a pattern that names no
 *   manifest, or two manifests naming one model (they would share its tags)
 */
export async function findModels(
  git: Git,
  options: { pattern?: string; cwd?: string } = {},
): Promise<RepoModel[]> {
  const top = git.cwd;
  const paths =
    options.pattern === undefined
      ? await findManifests(git)
      : await expandManifests(git, options.pattern, options.cwd ?? top);
  const seen = new Map<string, string>();
  const out: RepoModel[] = [];
  for (const path of paths) {
    const manifest = relative(top, path).split(sep).join('/');
    const model = await loadManifest(path, manifest);
    const other = seen.get(model.model);
    if (other !== undefined) {
      throw new LeptonError('invalid', `model "${model.model}" is named by two manifests`, [
        other,
        manifest,
      ]);
    }
    seen.set(model.model, manifest);
    out.push({ manifest, dir: posix.dirname(manifest), model });
  }
  return out;
}

/**
 * What of the model the changed files touch, by the manifest's own rules (globs, `!`
 * exclusions, paths climbing to shared root data, the eval's files). A file counts when the
 * model selects it on either side, which for an unchanged manifest is the same rule.
 * @param changed  paths relative to the repository's top level
 */
export function touchedBy(m: RepoModel, changed: ReadonlySet<string>): Touched {
  const prefix = m.dir === '.' ? '' : m.dir;
  const files = [...changed].map((f) => rebaseName(f, prefix)).sort(compareUtf8);
  const { parts } = matchParts(selectionParts(m.model), files);
  const names = (kind: string) =>
    parts.filter((p) => p.kind === kind && p.files.length > 0).map((p) => p.name);
  return {
    manifest: changed.has(m.manifest),
    components: names('component'),
    data: names('data'),
    eval: parts.some((p) => p.kind === 'eval' && p.files.length > 0),
  };
}

/**
 * The manifests a path or glob names (relative to `cwd`), matched against the files git
 * tracks or would track; absolute paths, sorted.
 * @param git  git at the repository's top level
 * @throws LeptonError `invalid` when it leaves the repository or names no manifest
 */
export async function expandManifests(git: Git, pattern: string, cwd: string): Promise<string[]> {
  const top = git.cwd;
  const rel = relative(top, resolve(cwd, pattern)).split(sep).join('/');
  if (rel.startsWith('../') || rel === '..') {
    throw new LeptonError('invalid', `manifest ${pattern} leaves the repository`);
  }
  let paths: string[];
  if (!isGlob(rel)) {
    paths = [resolve(top, rel)];
  } else {
    paths = (await trackableFiles(git, `:(glob)${rel}`))
      .sort(compareUtf8)
      .map((p) => resolve(top, p));
  }
  if (paths.length === 0) {
    throw new LeptonError('invalid', `manifest ${pattern} names no manifest`, [
      'the glob is matched against the files git tracks (or would), relative to the working directory',
    ]);
  }
  return paths;
}

/** Runs `work` over `items`, at most `limit` at once, answers in order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
