import { modelRefPatterns } from '../../core/registry/names.js';
import { lastLines, type Git } from '../git.js';

export type PushOutcome =
  /** The remote took the tag. */
  | { readonly status: 'pushed' }
  /** The remote already had this very tag object. */
  | { readonly status: 'up-to-date' }
  /** The remote refused this ref (it may have taken that name meanwhile): look, then decide. */
  | { readonly status: 'refused'; readonly detail: string }
  /** The remote could not be reached or refused the whole push. */
  | { readonly status: 'failed'; readonly detail: string };

/** Pushes one tag with `git push --atomic`, reading the per-ref verdict from `--porcelain`. */
export async function pushTag(git: Git, remote: string, tag: string): Promise<PushOutcome> {
  const ref = `refs/tags/${tag}`;
  const r = await git.run(['push', '--porcelain', '--atomic', remote, `${ref}:${ref}`], {
    allowFailure: true,
  });
  // Porcelain: `FLAG \t FROM:TO \t SUMMARY`, one line per ref.
  const line = r.stdout.split('\n').find((l) => l.split('\t')[1] === `${ref}:${ref}`);
  const [flag, , summary = ''] = line?.split('\t') ?? [];
  if (r.code === 0 && (flag === '*' || flag === '+' || flag === ' ')) return { status: 'pushed' };
  if (r.code === 0 && flag === '=') return { status: 'up-to-date' };
  if (flag === '!') return { status: 'refused', detail: summary.trim() };
  return { status: 'failed', detail: lastLines(r.stderr || r.stdout) };
}

/** The object the remote's tag holds, null when it has none; throws (git) when unreachable. */
export async function remoteTagObject(
  git: Git,
  remote: string,
  tag: string,
): Promise<string | null> {
  const ref = `refs/tags/${tag}`;
  const r = await git.run(['ls-remote', '--refs', remote, ref]);
  const hit = r.stdout.split('\n').find((l) => l.split('\t')[1] === ref);
  return hit ? (hit.split('\t')[0] ?? null) : null;
}

/**
 * Fetches the remote's tags of one model into the local tags. Never forced: a local tag that
 * differs from the remote's of the same name is kept, and the fetch fails naming it.
 */
export async function fetchModelTags(git: Git, remote: string, model: string): Promise<void> {
  await git.run([
    'fetch',
    '--quiet',
    '--no-tags',
    '--no-write-fetch-head',
    remote,
    ...modelRefPatterns(model).map((p) => `${p}:${p}`),
  ]);
}
