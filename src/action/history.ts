import type { AppContext, Logger } from '../app/context.js';
import type { ModeSettings } from './result.js';
import { LeptonError } from '../core/errors/index.js';
import type { Git } from '../io/git.js';
import { fetchModelHistory as fetchHistory, type FetchedHistory } from '../io/registry/history.js';

/** The remote the Action fetches from and pushes to: actions/checkout's. */
export const REMOTE = 'origin';

export interface ActionHistoryOptions {
  readonly baseBranch: string | null;
  readonly log: Logger;
  /**
   * The `push` input of a mode that pushes: without an `origin` remote the run is refused
   * (LeptonError 'invalid', before any eval) instead of working on the local tags. The
   * repository's root names it in the message.
   */
  readonly push?: { readonly repoRoot: string } | null;
}

/**
 * actions/checkout clones one commit and no tags. Baselines and version numbers
 * need the model's tags and the history that makes them reachable, so fetch them
 * (and the pull request's base branch) before any use case reads the registry.
 * The CLI does the same when a clone lacks them (src/io/registry/history.ts).
 * Returns the registry read right after the fetch (null without an `origin` remote).
 *
 * @throws LeptonError 'invalid' when `push` is set and there is no `origin` remote;
 *   'git' when the remote cannot be reached.
 */
export async function fetchModelHistory(
  git: Git,
  model: string,
  options: ActionHistoryOptions,
): Promise<FetchedHistory | null> {
  // The project was opened a moment ago: its rev-parse said whether the clone is shallow.
  const shallow = git.shallowAtTopLevel;
  const push = options.push ?? null;
  const fetched = await fetchHistory(git, model, {
    baseBranch: options.baseBranch,
    info: (m) => options.log.info(m),
    warn: (m) => options.log.warn(m),
    ...(shallow !== null && { shallow }),
    sayNoRemote: push === null,
  });
  if (fetched === null && push !== null) {
    // Asked once the fetch failed, not before every run: a remote that is there costs nothing.
    throw new LeptonError(
      'invalid',
      `input "push" is true, but the repository at ${push.repoRoot} has no "origin" remote to push to`,
      ['check the repository out with actions/checkout, or set push: false to tag locally only'],
    );
  }
  return fetched;
}

/**
 * The history fetch of a mode, started before the mode's own code loads (git works while
 * Node compiles): a pull request's eval with its base branch, or a mode that makes tags
 * (`'tags'`: record, promote, rollback), which with the `push` input refuses to go on
 * without `origin`.
 */
export function startHistoryFetch(
  ctx: AppContext,
  s: Pick<ModeSettings, 'inputs' | 'log'>,
  mode: { readonly baseBranch: string | null } | 'tags',
): Promise<FetchedHistory | null> {
  const pushes = mode === 'tags' && s.inputs.push;
  return fetchModelHistory(ctx.git, ctx.manifest.model, {
    baseBranch: mode === 'tags' ? null : mode.baseBranch,
    log: s.log,
    push: pushes ? { repoRoot: ctx.repoRoot ?? ctx.modelDir } : null,
  });
}
