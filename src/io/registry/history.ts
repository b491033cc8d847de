import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LeptonError } from '../../core/errors/index.js';
import type { Registry } from '../../core/registry/types.js';
import { eventCounterRefspec, modelRefPatterns } from '../../core/registry/names.js';
import type { Git } from '../git.js';
import { fetchModelTags, keptTagsWarning, readTagFetch, type TagFetch } from './remote.js';

export interface FetchHistoryOptions {
  /** The remote to fetch from (default `origin`). */
  readonly remote?: string;
  /** Also fetch this branch (a pull request's base) into `refs/remotes/REMOTE/BRANCH`. */
  readonly baseBranch?: string | null;
  /** One line saying what was fetched. */
  readonly info: (message: string) => void;
  /** Whether the clone is shallow, when the caller asked git a moment ago (Git.shallowAtTopLevel). */
  readonly shallow?: boolean;
  /** false: say nothing when there is no such remote (the caller refuses instead). */
  readonly sayNoRemote?: boolean;
  /** Local tags kept because the remote's of the same name differ (default: said by `info`). */
  readonly warn?: (message: string) => void;
}

/**
 * What a clone lacks to judge against a baseline, or null when it lacks nothing Lepton can
 * tell: a shallow clone (versions may be unreachable from HEAD), or no tag of the model at all
 * (a `--no-tags` clone, actions/checkout's default). Cheap: two local git calls.
 */
export async function historyGap(git: Git, model: string): Promise<HistoryGap | null> {
  const [shallow, tags] = await Promise.all([
    git.run(['rev-parse', '--is-shallow-repository'], { allowFailure: true }),
    git.run(['for-each-ref', '--count=1', '--format=%(refname)', ...modelRefPatterns(model)], {
      allowFailure: true,
    }),
  ]);
  if (shallow.code === 0 && shallow.stdout.trim() === 'true')
    return { why: 'the clone is shallow', shallow: true };
  if (tags.code === 0 && tags.stdout.trim() === '')
    return { why: `no tag of ${model} is here`, shallow: false };
  return null;
}

/** What historyGap found missing: said in `why`; `shallow` when the history is cut short. */
export interface HistoryGap {
  readonly why: string;
  readonly shallow: boolean;
}

/** What a history fetch brought: the registry as it stands right after it. */
export interface FetchedHistory {
  /**
   * The model's registry, read right after the fetch: a caller that runs nothing else in the
   * repository before deciding (record, promote) uses it instead of reading again.
   */
  readonly registry: Registry;
}

/**
 * Fetches the model's version and stage tags (never forced: a local tag that differs from the
 * remote's is kept, named to `warn`, and the others are fetched) and its event counter (as
 * `fetchModelTags` does, so a push right after needs no fetch of its own), the whole history
 * when the clone is shallow, and the base branch when given, in one `git fetch`, then says what
 * came. Returns null, having said why, when there is no such remote; throws LeptonError 'git'
 * (with git's reason) when it cannot be reached or the fetch fails otherwise.
 */
export async function fetchModelHistory(
  git: Git,
  model: string,
  options: FetchHistoryOptions,
): Promise<FetchedHistory | null> {
  const remote = options.remote ?? 'origin';
  const { info } = options;
  if (remote.startsWith('-')) throw new LeptonError('invalid', `${remote}: not a remote name`);
  // Asked at once with whatever comes first (each git spawn costs more than git's own work here).
  const shallowAsked =
    options.shallow !== undefined
      ? null
      : git.out(['rev-parse', '--is-shallow-repository']).then((o) => o === 'true');
  shallowAsked?.catch(() => undefined);
  // A name git could also read as a path or URL (`../x`, a folder called `origin`) is looked
  // up first, so a missing remote is never fetched from as a path; a plain name is only looked
  // up when the fetch fails (one process less per run).
  if (!plainRemoteName(remote) || existsSync(join(git.cwd, remote))) {
    if ((await git.remoteUrl(remote)) === null) return noRemote(remote, options);
  }
  // Known already: no await, so a caller that starts other git work right after this call
  // returns (the Action's record) has its fetch spawned first.
  const shallow = shallowAsked === null ? options.shallow === true : await shallowAsked;
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
  // A shallow clone is deepened by the same fetch. `--unshallow` needs at least one ref to
  // want, and the tag patterns may match nothing: the remote's HEAD is asked for too (into
  // FETCH_HEAD only). The server sends the parents of every shallow commit it is told of, so
  // HEAD's whole history comes whatever refs are wanted (a pull request's merge commit too).
  // The registry's reader loads while git fetches (the Action starts this before its mode's code).
  const reader = import('./read.js');
  reader.catch(() => undefined);
  let r = await git.run(
    shallow
      ? [...fetchArgs, '--unshallow', remote, ...refspecs, 'HEAD']
      : [...fetchArgs, remote, ...refspecs],
    { allowFailure: true },
  );
  if (r.code !== 0 && shallow && /couldn't find remote ref HEAD/.test(r.stderr)) {
    // A remote whose HEAD names no branch (a bare repository whose default branch was never
    // pushed): the tags, then the history by the configured refspecs, as two fetches.
    r = await git.run([...fetchArgs, remote, ...refspecs], { allowFailure: true });
    if (r.code === 0) {
      const deepen = await git.run([...fetchArgs, '--quiet', '--unshallow', remote], {
        allowFailure: true,
      });
      if (deepen.code !== 0) r = { ...deepen, stderr: r.stderr + deepen.stderr };
    }
  }
  if (r.code !== 0 && (await git.remoteUrl(remote)) === null) return noRemote(remote, options);
  let tags: TagFetch;
  try {
    tags = readTagFetch(r);
  } catch (e) {
    throw new LeptonError('git', `could not fetch from ${remote}: ${(e as Error).message}`);
  }
  const kept = keptTagsWarning(remote, tags);
  if (kept !== null) (options.warn ?? info)(kept);
  const created = tags.created.length;
  const registry = await (await reader).readRegistry(git, model);
  info(
    [
      `fetched from ${remote}: ${registry.versions.length} version tag(s) and ${registry.events.length} stage tag(s) of ${model}`,
      `(${created} new)`,
      shallow ? 'and the full history (the clone was shallow)' : '',
      base ? `and the base branch ${base}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  return { registry };
}

/** A remote name git takes only as a name (no path separator, no URL, not `.`/`..`). */
const plainRemoteName = (name: string): boolean =>
  /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(name) && name !== '.' && name !== '..';

function noRemote(remote: string, options: FetchHistoryOptions): null {
  if (options.sayNoRemote !== false) {
    options.info(`no "${remote}" remote: working with the local tags and history only`);
  }
  return null;
}

/**
 * The model's tags and event counter fetched again from `remote` in a clone that lacks none
 * (one `git fetch` of those refs only: no history, no branch), so versions recorded meanwhile
 * elsewhere are here before a baseline is chosen. Null when there is no such remote (nothing
 * to fetch from); local tags that differ from the remote's are kept (TagFetch.kept).
 *
 * @throws LeptonError 'git' with git's reason when the remote cannot be reached or the fetch
 *   fails otherwise; 'invalid' for a remote name that reads as an option.
 */
export async function refreshModelTags(
  git: Git,
  model: string,
  remote: string,
): Promise<TagFetch | null> {
  if (remote.startsWith('-')) throw new LeptonError('invalid', `${remote}: not a remote name`);
  // As in fetchModelHistory: never fetched from as a path when no such remote exists.
  if (!plainRemoteName(remote) || existsSync(join(git.cwd, remote))) {
    if ((await git.remoteUrl(remote)) === null) return null;
  }
  try {
    return await fetchModelTags(git, remote, model);
  } catch (e) {
    if ((await git.remoteUrl(remote)) === null) return null;
    throw e;
  }
}
