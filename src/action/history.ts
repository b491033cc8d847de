import type { Logger } from '../app/context.js';
import type { Git } from '../io/git.js';
import { fetchModelHistory as fetchHistory } from '../io/registry/history.js';

/**
 * actions/checkout clones one commit and no tags. Baselines and version numbers
 * need the model's tags and the history that makes them reachable, so fetch them
 * (and the pull request's base branch) before any use case reads the registry.
 * The CLI does the same when a clone lacks them (src/io/registry/history.ts).
 */
export async function fetchModelHistory(
  git: Git,
  model: string,
  options: { readonly baseBranch: string | null; readonly log: Logger },
): Promise<void> {
  // The project was opened a moment ago: its rev-parse said whether the clone is shallow.
  const shallow = git.shallowAtTopLevel;
  await fetchHistory(git, model, {
    baseBranch: options.baseBranch,
    info: (m) => options.log.info(m),
    ...(shallow !== null && { shallow }),
  });
}
