import type { Logger } from '../app/context.js';
import { LeptonError } from '../core/errors/index.js';
import { modelRefPatterns } from '../core/registry/names.js';
import type { Git } from '../io/git.js';

const REMOTE = 'origin';

/**
 * actions/checkout clones one commit and no tags. Baselines and version numbers
 * need the model's tags and the history that makes them reachable, so fetch them
 * (and the pull request's base branch) before any use case reads the registry.
 */
export async function fetchModelHistory(
  git: Git,
  model: string,
  options: { readonly baseBranch: string | null; readonly log: Logger },
): Promise<void> {
  const { log } = options;
  if ((await git.run(['remote', 'get-url', REMOTE], { allowFailure: true })).code !== 0) {
    log.info(`no "${REMOTE}" remote: working with the local tags and history only`);
    return;
  }
  // Not forced: a local tag that differs from the remote's is never moved (the fetch fails naming it).
  const refspecs = modelRefPatterns(model).map((p) => `${p}:${p}`);
  if (options.baseBranch) {
    // Event text: only ever an argument, and refused unless git calls it a branch name.
    const ref = `refs/heads/${options.baseBranch}`;
    const ok = await git.run(['check-ref-format', ref], { allowFailure: true });
    // git allows a leading '-' in ref names but never in branch names (`check-ref-format --branch`).
    if (ok.code !== 0 || options.baseBranch.startsWith('-')) {
      throw new LeptonError(
        'invalid',
        `the base branch name ${JSON.stringify(options.baseBranch)} is not a valid branch name`,
      );
    }
    refspecs.push(`+${ref}:refs/remotes/${REMOTE}/${options.baseBranch}`);
  }
  const shallow = (await git.out(['rev-parse', '--is-shallow-repository'])) === 'true';
  const before = await countTags(git, model);
  await git.run(['fetch', '--no-tags', '--quiet', REMOTE, ...refspecs]);
  // Separately: `--unshallow` with only tag patterns that match nothing fails without a word.
  if (shallow) await git.run(['fetch', '--no-tags', '--quiet', '--unshallow', REMOTE]);
  const after = await countTags(git, model);
  const commits = await git.out(['rev-list', '--count', 'HEAD']);
  log.info(
    [
      `fetched from ${REMOTE}: ${after.versions} version tag(s) and ${after.stages} stage tag(s) of ${model}`,
      `(${after.versions - before.versions + after.stages - before.stages} new)`,
      shallow
        ? `and the full history (the clone was shallow; HEAD now has ${commits} commits)`
        : '',
      options.baseBranch ? `and the base branch ${options.baseBranch}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
}

async function countTags(git: Git, model: string): Promise<{ versions: number; stages: number }> {
  const [versions, stages] = await Promise.all(
    modelRefPatterns(model).map(async (p) => {
      const list = await git.out(['for-each-ref', '--format=%(refname)', p]);
      return list ? list.split('\n').length : 0;
    }),
  );
  return { versions: versions ?? 0, stages: stages ?? 0 };
}
