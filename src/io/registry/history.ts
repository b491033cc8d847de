import { LeptonError } from '../../core/errors/index.js';
import { eventCounterRefspec, modelRefPatterns } from '../../core/registry/names.js';
import { lastLines, type Git } from '../git.js';

export interface FetchHistoryOptions {
  /** The remote to fetch from (default `origin`). */
  readonly remote?: string;
  /** Also fetch this branch (a pull request's base) into `refs/remotes/REMOTE/BRANCH`. */
  readonly baseBranch?: string | null;
  /** One line saying what was fetched. */
  readonly info: (message: string) => void;
  /** Whether the clone is shallow, when the caller asked git a moment ago (Git.shallowAtTopLevel). */
  readonly shallow?: boolean;
}

/**
 * What a clone lacks to judge against a baseline, or null when it lacks nothing Lepton can
 * tell: a shallow clone (versions may be unreachable from HEAD), or no tag of the model at all
 * (a `--no-tags` clone, actions/checkout's default). Cheap: two local git calls.
 */
export async function historyGap(git: Git, model: string): Promise<string | null> {
  const [shallow, tags] = await Promise.all([
    git.run(['rev-parse', '--is-shallow-repository'], { allowFailure: true }),
    git.run(['for-each-ref', '--count=1', '--format=%(refname)', ...modelRefPatterns(model)], {
      allowFailure: true,
    }),
  ]);
  if (shallow.code === 0 && shallow.stdout.trim() === 'true') return 'the clone is shallow';
  if (tags.code === 0 && tags.stdout.trim() === '') return `no tag of ${model} is here`;
  return null;
}

/**
 * Fetches the model's version and stage tags (never forced: a local tag that differs from the
 * remote's is kept, and the fetch fails naming it) and its event counter (as `fetchModelTags`
 * does, so a push right after needs no fetch of its own), the whole history when the clone is
 * shallow, and the base branch when given, then says what came. Returns false, having said
 * why, when there is no such remote; throws LeptonError 'git' when it cannot be reached.
 */
export async function fetchModelHistory(
  git: Git,
  model: string,
  options: FetchHistoryOptions,
): Promise<boolean> {
  const remote = options.remote ?? 'origin';
  const { info } = options;
  if (remote.startsWith('-')) throw new LeptonError('invalid', `${remote}: not a remote name`);
  // Asked at once with the remote (each git spawn costs more than git's own work here); a
  // failure is taken after the remote's answer, as before.
  const shallowAsked =
    options.shallow !== undefined
      ? Promise.resolve(options.shallow)
      : git.out(['rev-parse', '--is-shallow-repository']).then((o) => o === 'true');
  shallowAsked.catch(() => undefined);
  if ((await git.remoteUrl(remote)) === null) {
    info(`no "${remote}" remote: working with the local tags and history only`);
    return false;
  }
  const shallow = await shallowAsked;
  const refspecs = [...modelRefPatterns(model).map((p) => `${p}:${p}`), eventCounterRefspec(model)];
  const base = options.baseBranch ?? null;
  if (base) {
    // Event text: only ever an argument, and refused unless git calls it a branch name.
    const ref = `refs/heads/${base}`;
    const ok = await git.run(['check-ref-format', ref], { allowFailure: true });
    // git allows a leading '-' in ref names but never in branch names (`check-ref-format --branch`).
    if (ok.code !== 0 || base.startsWith('-')) {
      throw new LeptonError(
        'invalid',
        `the base branch name ${JSON.stringify(base)} is not a valid branch name`,
      );
    }
    refspecs.push(`+${ref}:refs/remotes/${remote}/${base}`);
  }
  // No `maintenance run --auto` after each fetch: one more process per fetch, for a clone
  // (the runner's) that rarely outlives the job.
  const fetchArgs = ['-c', 'maintenance.auto=false', 'fetch', '--no-tags'];
  // Not --quiet: its summary has a ` * [new tag]` line (LC_ALL=C) per tag it created, so the
  // tags need not be counted before as well as after.
  const summary = await fetch(git, [...fetchArgs, remote, ...refspecs], remote);
  const created = (summary.match(/^ \* \[new tag\] /gm) ?? []).length;
  const quiet = [...fetchArgs, '--quiet'];
  // Separately: `--unshallow` with only tag patterns that match nothing fails without a word.
  if (shallow) await fetch(git, [...quiet, '--unshallow', remote], remote);
  const [after, commits] = await Promise.all([
    countTags(git, model),
    shallow ? git.out(['rev-list', '--count', 'HEAD']) : '',
  ]);
  info(
    [
      `fetched from ${remote}: ${after.versions} version tag(s) and ${after.stages} stage tag(s) of ${model}`,
      `(${created} new)`,
      shallow
        ? `and the full history (the clone was shallow; HEAD now has ${commits} commits)`
        : '',
      base ? `and the base branch ${base}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  return true;
}

async function fetch(git: Git, args: string[], remote: string): Promise<string> {
  const r = await git.run(args, { allowFailure: true });
  if (r.code !== 0) {
    throw new LeptonError('git', `could not fetch from ${remote}: ${lastLines(r.stderr)}`);
  }
  return r.stderr;
}

/** The model's version and stage tags, counted from one listing. */
async function countTags(git: Git, model: string): Promise<{ versions: number; stages: number }> {
  const [versionRefs] = modelRefPatterns(model);
  const versionPrefix = versionRefs.slice(0, -1); // `refs/tags/MODEL@`
  const list = await git.out(['for-each-ref', '--format=%(refname)', ...modelRefPatterns(model)]);
  const names = list ? list.split('\n') : [];
  const versions = names.filter((n) => n.startsWith(versionPrefix)).length;
  return { versions, stages: names.length - versions };
}
