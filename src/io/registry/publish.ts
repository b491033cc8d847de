import { LeptonError } from '../../core/errors/index.js';
import type { Git } from '../git.js';
import { backoffMs, sleep } from './backoff.js';
import { fetchModelTags, pushTag, remoteTagObject } from './remote.js';
import { deleteOwnTag, tagObject } from './write.js';

/** The tag a run wants on the remote. */
export interface Candidate {
  readonly tag: string;
  /** The tag object, when this run created the tag (only such a tag may ever be removed). */
  readonly own: string | null;
}

export interface PublishOptions {
  readonly git: Git;
  readonly remote: string;
  readonly model: string;
  /**
   * Decides afresh from the local tags (which include the remote's after a conflict) and
   * creates the tag locally when needed; null when there is nothing to push any more.
   */
  readonly decide: (attempt: number) => Promise<Candidate | null>;
  /** Told when the remote took the candidate's name and this run's own tag was removed. */
  readonly onLost?: (tag: string) => void;
  readonly log?: (message: string) => void;
  readonly maxAttempts?: number;
  readonly wait?: (ms: number) => Promise<void>;
}

export interface Published {
  readonly candidate: Candidate | null;
  /** true: the remote took it now; false: it had it already (or there was nothing to push). */
  readonly pushed: boolean;
}

export const DEFAULT_ATTEMPTS = 10;

/**
 * Pushes a tag with `git push --atomic`; when the remote refuses because it took that name
 * meanwhile (a concurrent run), removes the tag this run made, fetches the remote's tags,
 * decides again and retries after a jittered backoff, a bounded number of times. Any other
 * failure keeps the local tag and is exit 4: a later run pushes it.
 */
export async function publish(options: PublishOptions): Promise<Published> {
  const { git, remote, model } = options;
  const max = options.maxAttempts ?? DEFAULT_ATTEMPTS;
  const wait = options.wait ?? sleep;
  for (let attempt = 1; attempt <= max; attempt++) {
    const candidate = await options.decide(attempt);
    if (!candidate) return { candidate: null, pushed: false };
    const result = await pushTag(git, remote, candidate.tag);
    if (result.status === 'pushed') return { candidate, pushed: true };
    if (result.status === 'up-to-date') return { candidate, pushed: false };
    if (result.status === 'failed') {
      throw new LeptonError(
        'git',
        `could not push ${candidate.tag} to ${remote}: ${result.detail}`,
        [`the tag is kept locally; run the same command with --push again to push it`],
      );
    }
    // Refused: see what the remote holds under that name now.
    const [theirs, ours] = await Promise.all([
      remoteTagObject(git, remote, candidate.tag).catch((e: unknown) => {
        throw new LeptonError(
          'git',
          `${remote} refused ${candidate.tag} (${result.detail}) and could not be read again: ${(e as Error).message}`,
          ['the tag is kept locally; run the same command with --push again to push it'],
        );
      }),
      tagObject(git, candidate.tag),
    ]);
    if (theirs !== null && theirs === ours) return { candidate, pushed: true };
    if (theirs !== null) {
      if (candidate.own === null || candidate.own !== ours) {
        throw new LeptonError(
          'git',
          `${remote} has another tag named ${candidate.tag} than this repository`,
          [
            'the local tag was not made by this run, so Lepton leaves it alone;',
            `compare them (git show ${candidate.tag}; git ls-remote ${remote} refs/tags/${candidate.tag}) and remove the wrong one by hand`,
          ],
        );
      }
      await deleteOwnTag(git, candidate.tag, candidate.own);
      options.onLost?.(candidate.tag);
      options.log?.(
        `${remote} took ${candidate.tag} first (a concurrent run): reading its tags and deciding again`,
      );
      await fetchModelTags(git, remote, model);
    } else {
      options.log?.(`${remote} refused ${candidate.tag} (${result.detail}): trying again`);
    }
    if (attempt < max) await wait(backoffMs(attempt));
  }
  throw new LeptonError(
    'git',
    `gave up pushing to ${remote} after ${max} attempts: concurrent runs kept taking the names first`,
    ['nothing was lost: run the same command again'],
  );
}
