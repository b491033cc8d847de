import { relative, resolve, sep } from 'node:path';
import { LeptonError } from '../core/errors/index.js';
import { validateManifestLazily } from '../core/manifest/quick.js';
import {
  changesToHead,
  deletedSince,
  filesAtCommits,
  resolveBase,
  worktreeChanges,
} from '../io/changes.js';
import type { Git } from '../io/git.js';
import { defaultBranch } from '../io/registry/baseline.js';
import { lsRows } from './ls.js';
import {
  findModels,
  isGlob,
  isTouched,
  touchedBy,
  type RepoModel,
  type Touched,
} from './models.js';

/** One entry of the matrix `affected --json` prints (`strategy.matrix.include`). */
export interface MatrixEntry {
  readonly model: string;
  readonly manifest: string;
  readonly 'working-directory': string;
}

/** `lepton affected --json`: a GitHub Actions matrix, plus why each model is in it. */
export interface AffectedResult {
  /** `strategy.matrix: ${{ fromJSON(...) }}` takes this whole document. */
  readonly include: readonly MatrixEntry[];
  /** The base as given (or found), and the commit the working tree is compared with. */
  readonly base: { readonly ref: string; readonly commit: string };
  /**
   * Each affected model and what of it changed; `unrecorded` (with the `unrecorded` option)
   * says why its content has no version yet: `no version yet`, `content differs from v0.2.0`,
   * or `v0.2.0's commit is not in this clone`.
   */
  readonly models: readonly (MatrixEntry & {
    readonly touched: Touched;
    readonly unrecorded?: string;
  })[];
  /** The models the change does not reach. */
  readonly unaffected: readonly string[];
  /**
   * Manifests the manifest glob (or, without one, the search for `lepton.yml`) matched at the
   * base and no longer matches — renamed or removed: their models are no longer gated. The
   * model's name as the base's manifest gave it (null when it cannot be read there).
   */
  readonly dropped: readonly { readonly manifest: string; readonly model: string | null }[];
}

export interface AffectedOptions {
  /** `--base REF`; default: the upstream default branch (`origin/HEAD`). */
  readonly base?: string;
  /** `--manifest`: a path or glob relative to `cwd`. */
  readonly pattern?: string;
  readonly cwd?: string;
  /**
   * Also every model whose current content no version records: its components or data differ
   * from its latest version's commit, or it has none (what `lepton ls` shows as changed or
   * new), so a push after one whose record never happened (a cancelled job) still records
   * it. Needs the models' version tags in the clone; a latest version whose commit is not
   * here counts as unrecorded (never as recorded).
   */
  readonly unrecorded?: boolean;
}

/**
 * `lepton affected`: the models whose components, data, eval files or manifest differ between
 * the base and the working tree, decided by content — each changed file is judged by each
 * manifest's own rules, so shared root data (`../../data/x.csv`) reaches every model that
 * names it and a file no model selects (a README) reaches none. The base is where this branch
 * left the base revision (their merge base), so commits the base branch gained since count
 * for nothing.
 * @param git  git at the repository's top level
 * @throws LeptonError `invalid` without a base (none given, no remote or no `origin/HEAD`) or for one this
 *   clone lacks; `git` when git fails
 */
export async function affected(git: Git, options: AffectedOptions = {}): Promise<AffectedResult> {
  const found = options.base === undefined ? await defaultBranch(git) : null;
  const ref = options.base ?? found?.replace(/^refs\/remotes\//, '');
  if (!ref) {
    if ((await git.remoteNames()).length === 0) {
      throw new LeptonError('invalid', 'no base to compare with: this repository has no remote', [
        'give one, a branch or commit: lepton affected --base main',
      ]);
    }
    throw new LeptonError(
      'invalid',
      'no base to compare with: the remote has no default branch here',
      [
        'give one: lepton affected --base origin/main',
        "or record the remote's default branch once (a clone has it; git init and push do not): git remote set-head origin --auto",
      ],
    );
  }
  const [models, base, worktree] = await Promise.all([
    findModels(git, options),
    resolveBase(git, ref),
    worktreeChanges(git),
  ]);
  const since = (await changesToHead(git, [base.from])).get(base.from);
  if (!since) {
    throw new LeptonError('git', `could not compare ${ref} with HEAD: the commit cannot be read`);
  }
  const changed = new Set([...since, ...worktree]);
  const [rows, dropped] = await Promise.all([
    options.unrecorded ? lsRows(git, models) : Promise.resolve(null),
    droppedManifests(git, base.from, options, models),
  ]);
  const hit: (MatrixEntry & { touched: Touched; unrecorded?: string })[] = [];
  const unaffected: string[] = [];
  for (const [i, m] of models.entries()) {
    const touched = touchedBy(m, changed);
    const row = rows?.[i];
    const unrecorded =
      row === undefined || row.changed === false
        ? null
        : row.latest === null
          ? 'no version yet'
          : row.changed === null
            ? `v${row.latest.version}'s commit is not in this clone`
            : `content differs from v${row.latest.version}`;
    if (!isTouched(touched) && unrecorded === null) unaffected.push(m.model.model);
    else
      hit.push({
        model: m.model.model,
        manifest: m.manifest,
        'working-directory': m.dir,
        touched,
        ...(unrecorded !== null && { unrecorded }),
      });
  }
  return {
    include: hit.map(({ model, manifest, 'working-directory': wd }) => ({
      model,
      manifest,
      'working-directory': wd,
    })),
    base: { ref, commit: base.from },
    models: hit,
    unaffected,
    dropped,
  };
}

/**
 * The manifests the pattern matched at `from` that it no longer matches in the working tree:
 * the files under the pattern's pathspec that git sees deleted since `from` (a rename is a
 * deletion and an addition), less those still found. One `git diff` against the working tree,
 * then one `git cat-file --batch` for the names the base's manifests gave.
 * A single manifest path (no glob) is never dropped silently: reading it fails. A model whose
 * manifest moved to another path the pattern matches is not dropped.
 */
async function droppedManifests(
  git: Git,
  from: string,
  options: AffectedOptions,
  models: readonly RepoModel[],
): Promise<{ manifest: string; model: string | null }[]> {
  const current = new Set(models.map((m) => m.manifest));
  let pathspecs: string[];
  if (options.pattern === undefined) {
    // The search findManifests makes (io/manifests.ts).
    pathspecs = [':(glob)**/lepton.yml', ':(glob,exclude).github/**'];
  } else {
    const rel = relative(git.cwd, resolve(options.cwd ?? git.cwd, options.pattern))
      .split(sep)
      .join('/');
    if (!isGlob(rel) || rel === '..' || rel.startsWith('../')) return [];
    pathspecs = [`:(glob)${rel}`];
  }
  const gone = (await deletedSince(git, from, pathspecs)).filter((p) => !current.has(p));
  if (gone.length === 0) return [];
  const texts = await filesAtCommits(
    git,
    gone.map((path) => ({ commit: from, path })),
  );
  const named = await Promise.all(
    gone.map(async (manifest, i) => {
      const text = texts[i];
      const then = text ? await validateManifestLazily(text.toString('utf8'), manifest) : null;
      return { manifest, model: then?.ok ? then.manifest.model : null };
    }),
  );
  // A model whose manifest moved to another path the pattern matches is still gated.
  const names = new Set(models.map((m) => m.model.model));
  return named.filter((d) => d.model === null || !names.has(d.model));
}
