import type { VersionRef } from '../core/registry/types.js';
import { sameSelection } from '../core/manifest/selection.js';
import { validateManifestLazily } from '../core/manifest/quick.js';
import { changesToHead, filesAtCommits, headCommit, worktreeChanges } from '../io/changes.js';
import type { Git } from '../io/git.js';
import { readOverviews } from '../io/registry/read.js';
import { findModels, isTouched, touchedBy, type RepoModel, type Touched } from './models.js';

/** One model in `lepton ls --json`. */
export interface LsModel {
  /** Relative to the repository's top level. */
  readonly manifest: string;
  /** The manifest's folder (what `working-directory` of the Action takes). */
  readonly workingDirectory: string;
  readonly model: string;
  /** The highest recorded version, null before the first. */
  readonly latest: VersionRef | null;
  /** Every stage (the manifest's and any a tag names) → the version it holds now, or null. */
  readonly stages: Readonly<Record<string, VersionRef | null>>;
  /**
   * The model's content (components, data) differs from its latest version's commit, or its
   * manifest selects files differently (a component or data set added, removed, renamed or
   * given other paths: then its fingerprint differs whatever the files): true before the first
   * version; null when that commit is not in this clone (shallow).
   */
  readonly changed: boolean | null;
  /** What differs from the latest version's commit (null where `changed` is null or no version). */
  readonly touched: Touched | null;
}

export interface LsResult {
  readonly models: readonly LsModel[];
}

export interface LsOptions {
  /** `--manifest`: a path or glob relative to `cwd`; absent: every manifest git tracks. */
  readonly pattern?: string;
  readonly cwd?: string;
}

/**
 * `lepton ls`: every model of the repository with its latest version, its stage holders and
 * whether its content changed since that version — judged by content against the version's
 * commit (the files the manifest selects, compared by git object id; one `git diff-tree`
 * for all models), without hashing anything.
 * @param git  git at the repository's top level
 * @throws LeptonError `invalid` for an invalid manifest, `git` when git fails
 */
export async function ls(git: Git, options: LsOptions = {}): Promise<LsResult> {
  // HEAD once, asked beside the search for manifests: the working tree and every version's
  // commit are compared with the same commit.
  const head = headCommit(git);
  head.catch(() => undefined);
  const models = await findModels(git, options);
  return { models: await lsRows(git, models, head) };
}

/**
 * `ls`'s row of each model (in order): its latest version, stage holders and whether its
 * content differs from that version's — what `affected` on a push also asks, to plan the
 * models whose content was never recorded.
 * @param head  what HEAD names ({@link headCommit})
 */
export async function lsRows(
  git: Git,
  models: readonly RepoModel[],
  head: Promise<string | null> = headCommit(git),
): Promise<LsModel[]> {
  const [overviews, worktree] = await Promise.all([
    // One `for-each-ref` for every model's tags; each model's latest version and stage holders
    // from its tag cache.
    readOverviews(
      git,
      models.map((m) => m.model.model),
    ),
    worktreeChanges(git, head),
  ]);
  const latest = overviews.map((r) => r.latest);
  const commits = latest.flatMap((v) => (v ? [v.commit] : []));
  const toHead = await changesToHead(git, commits, head);
  const rows = models.map((m, i) => {
    const overview = overviews[i]!;
    const v = latest[i] ?? null;
    const stages: Record<string, VersionRef | null> = {};
    for (const s of m.model.stages) stages[s.name] = null;
    Object.assign(stages, overview.stages);
    let changed: boolean | null = true;
    let touched: Touched | null = null;
    if (v) {
      const since = toHead.get(v.commit) ?? null;
      if (since === null) {
        changed = null;
      } else {
        touched = touchedBy(m, new Set([...since, ...worktree]));
        changed = touched.components.length > 0 || touched.data.length > 0;
      }
    }
    return {
      manifest: m.manifest,
      workingDirectory: m.dir,
      model: m.model.model,
      latest: v && { version: v.version, tag: v.tag },
      stages,
      changed,
      touched,
    };
  });
  return selectingAlike(git, models, rows, latest);
}

/**
 * The rows whose content reads as unchanged although their manifest changed, checked against
 * the manifest at the version's commit (one `git cat-file --batch` for all): a path edited to
 * select other files (or none) changes the fingerprint without any selected file changing.
 * A manifest not at that commit, or one that is not valid there, counts as changed.
 */
async function selectingAlike(
  git: Git,
  models: readonly RepoModel[],
  rows: readonly LsModel[],
  latest: readonly ({ readonly commit: string } | null)[],
): Promise<LsModel[]> {
  const suspects = rows.flatMap((row, i) => {
    const commit = latest[i]?.commit;
    return row.changed === false && row.touched?.manifest && commit ? [{ i, commit }] : [];
  });
  if (suspects.length === 0) return [...rows];
  const texts = await filesAtCommits(
    git,
    suspects.map(({ i, commit }) => ({ commit, path: (models[i] as RepoModel).manifest })),
  );
  const out = [...rows];
  for (const [k, { i }] of suspects.entries()) {
    const m = models[i] as RepoModel;
    const text = texts[k];
    const then = text ? await validateManifestLazily(text.toString('utf8'), m.manifest) : null;
    if (!then?.ok || !sameSelection(then.manifest, m.model)) {
      out[i] = { ...(rows[i] as LsModel), changed: true };
    }
  }
  return out;
}

export { isTouched };
