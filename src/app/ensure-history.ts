import { LeptonError } from '../core/errors/index.js';
import { fetchModelHistory, historyGap } from '../io/registry/history.js';
import type { AppContext } from './context.js';

/**
 * Whether the versions a baseline is chosen from are all here: `complete` (nothing was
 * missing), `fetched` (something was, and came from the remote), or `missing` (something
 * was, and no remote could supply it: the baseline may be missing).
 */
export type HistoryState =
  | { readonly state: 'complete' }
  | { readonly state: 'fetched' }
  | { readonly state: 'missing'; readonly why: string };

/**
 * CONTRACT §2b, shallow and tagless clones: before `eval`, `record` or `promote` read the
 * registry, a clone that is shallow or has none of the model's tags fetches them and the
 * history from the remote, as the Action does, and says so; without a reachable remote it
 * warns. Never throws for a missing or unreachable remote (the caller decides: record refuses).
 */
export async function ensureHistory(ctx: AppContext, remote = 'origin'): Promise<HistoryState> {
  if (!ctx.repoRoot) return { state: 'complete' };
  const gap = await historyGap(ctx.git, ctx.manifest.model);
  if (gap === null) return { state: 'complete' };
  try {
    const fetched = await fetchModelHistory(ctx.git, ctx.manifest.model, {
      remote,
      info: (m) => ctx.log.info(`${gap}: ${m}`),
    });
    if (fetched) return { state: 'fetched' };
    const why = `${gap} and there is no "${remote}" remote`;
    ctx.log.warn(`${why}: the baseline may be missing`);
    return { state: 'missing', why };
  } catch (e) {
    if (e instanceof LeptonError && e.kind === 'invalid') throw e;
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ');
    const why = `${gap} and ${remote} could not be reached (${detail})`;
    ctx.log.warn(`${why}: the baseline may be missing`);
    return { state: 'missing', why };
  }
}
