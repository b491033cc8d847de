import { LeptonError } from '../../core/errors/index.js';
import type { Git } from '../git.js';
import { backoffMs, sleep } from './backoff.js';
import {
  fetchModelTags,
  pushTag,
  remoteRefs,
  remoteTagObject,
  syncEventCounter,
  type CounterUpdate,
  type EventCounter,
  type ExtraRef,
  type PushOutcome,
} from './remote.js';
import { deleteOwnTag, tagObject } from './write.js';

/** The tag a run wants on the remote. */
export interface Candidate {
  readonly tag: string;
  /** The tag object, when this run created the tag (only such a tag may ever be removed). */
  readonly own: string | null;
  /**
   * For a tag carrying GTO's event counter N (a stage event): its N and the remote's counter
   * as it was when N was chosen. The push moves the counter to this tag only if it still holds
   * that value, so no other event took N, or landed above it, meanwhile.
   */
  readonly event?: { readonly n: number; readonly counter: EventCounter };
  /** Refs that land with the tag or not at all (a version's samples ref). */
  readonly extra?: readonly ExtraRef[];
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
  /** Time allowed for retries after lost races, in ms (default 2 minutes). */
  readonly budgetMs?: number;
  /** An optional bound on attempts as well (default: none, the budget alone bounds them). */
  readonly maxAttempts?: number;
  readonly wait?: (ms: number) => Promise<void>;
  readonly now?: () => number;
  readonly random?: () => number;
}

export interface Published {
  readonly candidate: Candidate | null;
  /** true: the remote took it now; false: it had it already (or there was nothing to push). */
  readonly pushed: boolean;
  /** Decisions made (1 when the first push went through). */
  readonly attempts: number;
}

/** One decision: what was decided (`value`) and the tag it wants on the remote (null: none). */
export interface Decision<T> {
  readonly value: T;
  readonly candidate: Candidate | null;
}

export interface PublishDecisionsOptions<T> extends Omit<PublishOptions, 'decide'> {
  /**
   * As {@link PublishOptions.decide}, also returning what it decided; `previous` is the last
   * attempt's value (null on the first), so a retry can keep what the first decision fixed.
   */
  readonly decide: (attempt: number, previous: T | null) => Promise<Decision<T>>;
}

/** {@link Published}, with the value of the decision that was pushed (or found nothing to push). */
export interface PublishedDecision<T> extends Published {
  readonly value: T;
}

// Parsed with the other settings (io/settings.ts); exported here too for the callers that name it.
export { DEFAULT_BUDGET_MS, pushBudgetMs } from '../settings.js';
import { DEFAULT_BUDGET_MS } from '../settings.js';

/**
 * Pushes a tag with `git push --atomic` (an event tag together with the model's event counter,
 * compare-and-swap). When the remote refuses because a concurrent run took the name or moved
 * the counter, removes the tag this run made, waits (exponential backoff, full jitter), fetches
 * the remote's tags, decides again and retries, within a time budget. A refusal for any other
 * reason (a hook, a protected or hidden ref, permissions) or an unreachable remote is exit 4 at
 * once, quoting the remote's message.
 *
 * @throws LeptonError `git` when refused, unreachable, or still losing when the budget is spent.
 */
export async function publish(options: PublishOptions): Promise<Published> {
  const { candidate, pushed, attempts } = await publishDecisions({
    ...options,
    decide: async (attempt) => ({ value: null, candidate: await options.decide(attempt) }),
  });
  return { candidate, pushed, attempts };
}

/**
 * {@link publish}, for a decision that carries a value (a plan): returns the value of the last
 * decision, the one that was pushed or that found nothing to push.
 *
 * @throws LeptonError `git` as {@link publish}.
 */
export async function publishDecisions<T>(
  options: PublishDecisionsOptions<T>,
): Promise<PublishedDecision<T>> {
  const { git, remote, model } = options;
  const now = options.now ?? Date.now;
  const wait = options.wait ?? sleep;
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const started = now();
  let previous: T | null = null;
  for (let attempt = 1; ; attempt++) {
    const { value, candidate } = await options.decide(attempt, previous);
    previous = value;
    if (!candidate) return { value, candidate: null, pushed: false, attempts: attempt };
    const ours = candidate.own ?? (await tagObject(git, candidate.tag));
    if (ours === null)
      throw new LeptonError('git', `tag ${candidate.tag} vanished before its push`);
    let counter: CounterUpdate | undefined;
    if (candidate.event) {
      if (candidate.event.n <= candidate.event.counter.n) {
        // Only a tag this run did not make can be this old: push it only if the remote has it.
        if ((await remoteTagObject(git, remote, candidate.tag)) === ours) {
          return { value, candidate, pushed: false, attempts: attempt };
        }
        throw new LeptonError(
          'git',
          `${candidate.tag} exists only in this repository, and ${remote} has newer events of ${model} (up to N ${candidate.event.counter.n}): pushing it would put an older event above them`,
          [`remove it (git tag -d '${candidate.tag}') and run the command again`],
        );
      }
      counter = { counter: candidate.event.counter, object: ours };
    }
    const result = await pushTag(git, remote, candidate.tag, counter, candidate.extra);
    if (result.status === 'pushed') return { value, candidate, pushed: true, attempts: attempt };
    if (result.status === 'up-to-date')
      return { value, candidate, pushed: false, attempts: attempt };
    if (result.status === 'refused' || result.status === 'failed') {
      throw await notPushed(options, candidate, result);
    }

    // Taken: see what the remote holds under those names now.
    const tagRef = `refs/tags/${candidate.tag}`;
    const refs = candidate.event ? [tagRef, candidate.event.counter.ref] : [tagRef];
    const seen = await remoteRefs(git, remote, refs).catch((e: unknown) => {
      throw new LeptonError(
        'git',
        `${remote} refused ${candidate.tag} (${result.detail}) and could not be read again: ${(e as Error).message}`,
        [keptHint(candidate)],
      );
    });
    const theirs = seen.get(tagRef) ?? null;
    if (theirs === ours) return { value, candidate, pushed: true, attempts: attempt };
    if (theirs !== null && candidate.own !== ours) {
      throw new LeptonError(
        'git',
        `${remote} has another tag named ${candidate.tag} than this repository`,
        [
          'the local tag was not made by this run, so Lepton leaves it alone;',
          `compare them (git show ${candidate.tag}; git ls-remote ${remote} refs/tags/${candidate.tag}) and remove the wrong one by hand`,
        ],
      );
    }
    if (candidate.own !== null) {
      // The remote refused the tag this run made: the one tag Lepton may remove.
      await deleteOwnTag(git, candidate.tag, candidate.own);
      options.onLost?.(candidate.tag);
    }
    if (candidate.event) {
      await syncEventCounter(git, model, seen.get(candidate.event.counter.ref) ?? null);
    }
    const delay = backoffMs(attempt, options.random);
    const spent = now() - started;
    if (
      (options.maxAttempts !== undefined && attempt >= options.maxAttempts) ||
      spent + delay > budget
    ) {
      throw new LeptonError(
        'git',
        `gave up pushing to ${remote} after ${attempt} attempts in ${(spent / 1000).toFixed(1)} s: concurrent runs kept taking the names first (last: ${result.detail})`,
        ['nothing was lost: run the same command again'],
      );
    }
    options.log?.(
      `${remote} took ${candidate.tag} first (a concurrent run): waiting ${delay} ms, then reading its tags and deciding again`,
    );
    await wait(delay);
    await fetchModelTags(git, remote, model);
  }
}

const keptHint = (c: Candidate): string =>
  c.event
    ? 'nothing was pushed; run the same command again'
    : 'the tag is kept locally; run the same command with --push again to push it';

/** The error for a push that cannot succeed by retrying; removes this run's own event tag. */
async function notPushed(
  options: Pick<PublishOptions, 'git' | 'remote' | 'model'>,
  candidate: Candidate,
  result: Extract<PushOutcome, { status: 'refused' | 'failed' }>,
): Promise<LeptonError> {
  const { git, remote } = options;
  const details = result.remoteLines.map((l) => `remote: ${l}`);
  const landed =
    result.status === 'refused' && result.landed.includes(`refs/tags/${candidate.tag}`);
  // A stage tag's N only holds against the counter it was decided on: never leave it to a later
  // push. Removed only when the remote did not take it.
  const removed = candidate.event !== undefined && candidate.own !== null && !landed;
  if (removed) await deleteOwnTag(git, candidate.tag, candidate.own as string);
  const after = landed
    ? `${remote} took ${candidate.tag} all the same (it applied --atomic to the other refusal only): the tag stays, here and there`
    : removed
      ? 'the local stage tag was removed: nothing changed here or on the remote'
      : keptHint(candidate);
  if (result.status === 'failed') {
    return new LeptonError(
      'git',
      `could not push ${candidate.tag} to ${remote}: ${result.detail}`,
      [...details, after],
    );
  }
  // Only the counter refused (the tag would have gone): the remote protects or hides refs/lepton.
  const counterRefused =
    candidate.event !== undefined &&
    result.causes.includes(candidate.event.counter.ref) &&
    !result.causes.includes(`refs/tags/${candidate.tag}`);
  return new LeptonError(
    'git',
    `${remote} refused the push of ${candidate.tag}: ${result.detail}`,
    [
      ...details,
      'not a concurrent run taking the name (that is retried): the remote refuses this push (a hook, a protected or hidden ref, permissions), so it was not retried',
      ...(counterRefused
        ? [
            `Lepton keeps ${options.model}'s event counter in ${candidate.event?.counter.ref}: the remote must accept pushes to refs/lepton/*, or concurrent promotions can take one N`,
          ]
        : []),
      after,
    ],
  );
}
