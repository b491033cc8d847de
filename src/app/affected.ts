import { LeptonError } from '../core/errors/index.js';
import { changesToHead, resolveBase, worktreeChanges } from '../io/changes.js';
import type { Git } from '../io/git.js';
import { defaultBranch } from '../io/registry/baseline.js';
import { findModels, isTouched, touchedBy, type Touched } from './models.js';

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
  /** Each affected model and what of it changed. */
  readonly models: readonly (MatrixEntry & { readonly touched: Touched })[];
  /** The models the change does not reach. */
  readonly unaffected: readonly string[];
}

export interface AffectedOptions {
  /** `--base REF`; default: the upstream default branch (`origin/HEAD`). */
  readonly base?: string;
  /** `--manifest`: a path or glob relative to `cwd`. */
  readonly pattern?: string;
  readonly cwd?: string;
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
  const hit: (MatrixEntry & { touched: Touched })[] = [];
  const unaffected: string[] = [];
  for (const m of models) {
    const touched = touchedBy(m, changed);
    if (!isTouched(touched)) unaffected.push(m.model.model);
    else
      hit.push({ model: m.model.model, manifest: m.manifest, 'working-directory': m.dir, touched });
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
  };
}
