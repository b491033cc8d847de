import { LeptonError } from '../core/errors/index.js';
import { fetchModelHistory, historyGap, refreshModelTags } from '../io/registry/history.js';
import { keptTagsWarning } from '../io/registry/remote.js';
import type { AppContext } from './context.js';

/**
 * Whether the versions a baseline is chosen from are all here: `complete` (nothing was
 * missing; `fetched` says whether the model's tags and event counter were fetched from the
 * remote just now), `fetched` (something was missing, and came from the remote with the
 * tags), or `missing` (something was, and no remote could supply it: the baseline may be
 * missing).
 */
export type HistoryState =
  | { readonly state: 'complete'; readonly fetched: boolean }
  | { readonly state: 'fetched' }
  | ({ readonly state: 'missing' } & MissingHistory);

/** Why the versions could not be fetched: what a refusal's hint needs to name the way out. */
export interface MissingHistory {
  /** One clause: what is missing and why no remote supplied it. */
  readonly why: string;
  /**
   * `no-remote`: the repository has no remote at all (nothing to fetch from); `no-such-remote`:
   * not the one asked for (`remotes` lists those it has); `unreachable`: the fetch failed.
   */
  readonly cause: 'no-remote' | 'no-such-remote' | 'unreachable';
  /** The repository's remotes (`git remote`), when the one asked for is not among them. */
  readonly remotes: readonly string[];
  /** Whether the clone is shallow (a fetch then needs --unshallow). */
  readonly shallow: boolean;
}

/**
 * CONTRACT §2b, shallow and tagless clones: before `eval`, `record` or `promote` read the
 * registry, a clone that is shallow or has none of the model's tags fetches them and the
 * history from the remote, as the Action does, and says so; without a reachable remote it
 * warns (unless `warn` is false: a caller that refuses says it once, itself). Never throws for
 * a missing or unreachable remote (the caller decides: record refuses).
 *
 * A clone that has the history and some of the model's tags may still lack versions recorded
 * since (CI tags commits the developer already has, and `git pull` brings no tag whose commit
 * it did not fetch): when it has the remote, the model's tags and event counter are fetched
 * from it all the same (one `git fetch` of those refs), said only when new tags came; an
 * unreachable remote is a warning that the baseline may be stale (always said: nobody refuses).
 */
export async function ensureHistory(
  ctx: AppContext,
  remote = 'origin',
  warn = true,
): Promise<HistoryState> {
  if (!ctx.repoRoot) return { state: 'complete', fetched: false };
  const gap = await historyGap(ctx.git, ctx.manifest.model);
  if (gap === null) return { state: 'complete', fetched: await refresh(ctx, remote) };
  let missing: MissingHistory;
  try {
    const fetched = await fetchModelHistory(ctx.git, ctx.manifest.model, {
      remote,
      info: (m) => ctx.log.info(`${gap.why}: ${m}`),
      // Said once, below, with what the repository has instead.
      sayNoRemote: false,
      warn: (m) => ctx.log.warn(m),
    });
    if (fetched) return { state: 'fetched' };
    const remotes = await ctx.git.remoteNames();
    missing =
      remotes.length === 0
        ? {
            why: `${gap.why} and this repository has no remote`,
            cause: 'no-remote',
            remotes,
            shallow: gap.shallow,
          }
        : {
            why: `${gap.why} and there is no "${remote}" remote (this repository has ${remotes.map((r) => `"${r}"`).join(', ')})`,
            cause: 'no-such-remote',
            remotes,
            shallow: gap.shallow,
          };
  } catch (e) {
    if (e instanceof LeptonError && e.kind === 'invalid') throw e;
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ');
    missing = {
      why: `${gap.why} and ${remote} could not be reached (${detail})`,
      cause: 'unreachable',
      remotes: [],
      shallow: gap.shallow,
    };
  }
  if (warn) ctx.log.warn(`${missing.why}: the baseline may be missing`);
  return { state: 'missing', ...missing };
}

/** The tags fetched again (refreshModelTags): whether they were; says only what is news. */
async function refresh(ctx: AppContext, remote: string): Promise<boolean> {
  const model = ctx.manifest.model;
  try {
    const fetched = await refreshModelTags(ctx.git, model, remote);
    if (fetched === null) return false;
    const n = fetched.created.length;
    if (n > 0) {
      const names = fetched.created.slice(0, 5).join(', ');
      ctx.log.info(
        `fetched ${n} new tag(s) of ${model} from ${remote}: ${names}${n > 5 ? ` and ${n - 5} more` : ''}`,
      );
    }
    const kept = keptTagsWarning(remote, fetched);
    if (kept !== null) ctx.log.warn(kept);
    return true;
  } catch (e) {
    if (e instanceof LeptonError && e.kind === 'invalid') throw e;
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ');
    ctx.log.warn(
      `could not fetch ${model}'s tags from ${remote} (${detail}): the baseline may be stale (versions recorded there since are not here)`,
    );
    return false;
  }
}
