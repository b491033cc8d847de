import { existsSync, readFileSync } from 'node:fs';
import { LeptonError } from '../core/errors/index.js';
import type { ActionInputs } from './inputs.js';

/** The webhook payload fields the routing reads; everything else is ignored. */
export interface EventPayload {
  readonly action?: string;
  readonly ref?: string;
  readonly repository?: { readonly default_branch?: string; readonly full_name?: string };
  readonly pull_request?: {
    readonly number?: number;
    readonly base?: { readonly ref?: string };
    readonly head?: { readonly sha?: string };
  };
  readonly release?: { readonly tag_name?: string };
  /** workflow_dispatch: the inputs the run was started with (booleans may come as strings). */
  readonly inputs?: Readonly<Record<string, unknown>>;
  readonly workflow_run?: {
    readonly id?: number;
    readonly event?: string;
    readonly head_sha?: string;
    readonly head_repository?: { readonly full_name?: string } | null;
    readonly pull_requests?: readonly { readonly number?: number }[];
  };
}

export interface GitHubEvent {
  /** `GITHUB_EVENT_NAME`. */
  readonly name: string;
  /** The parsed `GITHUB_EVENT_PATH` file ({} when absent). */
  readonly payload: EventPayload;
  /** Why there is no payload (`GITHUB_EVENT_PATH` unset, or naming no file); absent when read. */
  readonly unread?: string;
}

/** What this run does, decided from the inputs and the event before any work starts. */
export type Plan =
  | { readonly kind: 'skip'; readonly reason: string }
  | { readonly kind: 'validate' }
  | {
      readonly kind: 'eval';
      /** The pull request's base branch: the baseline is the newest version reachable from it. */
      readonly baseBranch: string | null;
      /** The pull request to comment on. */
      readonly pullRequest: number | null;
      /**
       * The pull request's head commit (40 hex digits) from the event; null when there is no
       * pull request. Before the eval, what is checked out is checked against it (checkout.ts).
       */
      readonly headSha: string | null;
    }
  | { readonly kind: 'record' }
  | {
      /** workflow_run after an unprivileged eval job: post the result artifact it uploaded. */
      readonly kind: 'comment';
      readonly runId: number;
      /** The triggering run's head commit: the only commit a result may be about. */
      readonly headSha: string;
      /** `owner/name` of the repository the run's head commit came from (a fork's). */
      readonly headRepository: string | null;
      /** The pull requests GitHub associates with the run (empty for a fork's). */
      readonly pullRequests: readonly number[];
    }
  | {
      /** Live metrics of `stage`, or of every stage with a monitor section (null). */
      readonly kind: 'monitor';
      readonly stage: string | null;
    }
  | {
      /** `command: deploy`: the stage's hook again for its holder (or `version`). */
      readonly kind: 'deploy';
      readonly stage: string;
      readonly version: string | null;
    }
  | {
      /** Withdraw the stage's holder (GTO's unassignment); the stage falls back. */
      readonly kind: 'rollback';
      readonly stage: string;
      readonly reason: string;
    }
  | {
      readonly kind: 'promote';
      readonly stage: string;
      /** null: the latest version that passed its thresholds. */
      readonly version: string | null;
      /** The model a release tag names (`sentiment@v1.2.0`), checked against the manifest's. */
      readonly tagModel: string | null;
    };

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * Routes `command: auto` by the event; an explicit command overrides. Events Lepton has
 * nothing to do for are skipped; a misconfigured workflow (promote without a stage) is invalid.
 *
 * @throws LeptonError 'invalid' for an eval on a pull request event whose payload names no
 *   pull request or head commit (a broken runner or workflow: never a silent pass), and for
 *   `auto` on `pull_request_target` (it would run the pull request's code with the base
 *   repository's secrets and write token; docs/security.md).
 */
export function planRun(inputs: ActionInputs, event: GitHubEvent): Plan {
  switch (inputs.command) {
    case 'validate':
      return { kind: 'validate' };
    case 'eval': {
      const pr = PR_EVENTS.has(event.name) ? pullRequestOf(event) : null;
      return {
        kind: 'eval',
        baseBranch: pr?.base ?? null,
        pullRequest: pr?.number ?? null,
        headSha: pr?.headSha ?? null,
      };
    }
    case 'record':
      return { kind: 'record' };
    case 'promote':
      return promotePlan(inputs, event);
    case 'comment':
      return commentPlan(event);
    case 'monitor':
      return { kind: 'monitor', stage: inputs.stage };
    case 'deploy':
      if (!inputs.stage) throw new LeptonError('invalid', 'deploy needs the "stage" input');
      return { kind: 'deploy', stage: inputs.stage, version: inputs.version };
    case 'rollback':
      return rollbackPlan(inputs, event);
    case 'plan': // main.ts runs it (action/many.ts) before any event routing
      return skip('command plan routes nothing');
    case 'auto':
      return autoPlan(inputs, event);
  }
}

function autoPlan(inputs: ActionInputs, event: GitHubEvent): Plan {
  const { name, payload } = event;
  if (name === 'pull_request_target') {
    // The job runs with the base repository's secrets and a write token; evaluating the pull
    // request there runs its author's code with them ("pwn request"), and evaluating the base's
    // checkout instead would report the base's numbers as the pull request's.
    throw new LeptonError(
      'invalid',
      'command "auto" does not evaluate pull requests on pull_request_target: that job holds your secrets and a write token, so evaluating the pull request\'s code there hands them to it (and its default checkout is the base branch, not the pull request)',
      [
        'evaluate on pull_request instead; for pull requests from forks use the split: examples/workflows/lepton-pr.yml (command: eval, no permissions) + lepton-pr-comment.yml (command: comment on workflow_run) — docs/security.md',
      ],
    );
  }
  if (name === 'pull_request') {
    const pr = pullRequestOf(event);
    return { kind: 'eval', baseBranch: pr.base, pullRequest: pr.number, headSha: pr.headSha };
  }
  if (name === 'push') {
    const main = payload.repository?.default_branch;
    if (!main) return skip('the push event does not name the default branch');
    if (payload.ref !== `refs/heads/${main}`) {
      return skip(
        `a push to ${payload.ref ?? 'an unknown ref'} is not a push to the default branch (${main}): nothing to record`,
      );
    }
    return { kind: 'record' };
  }
  if (name === 'workflow_dispatch') {
    const asked = payload.inputs?.rollback;
    if (asked === true || asked === 'true') return rollbackPlan(inputs, event);
    if (!inputs.stage) {
      return skip(
        'workflow_dispatch without the "stage" input: nothing to promote (set command: record or eval to run those)',
      );
    }
    return promotePlan(inputs, event);
  }
  if (name === 'workflow_run') return commentPlan(event);
  if (name === 'schedule') return { kind: 'monitor', stage: inputs.stage };
  if (name === 'release') {
    if (payload.action !== 'published') {
      return skip(`release ${payload.action ?? ''} is not "published": nothing to promote`);
    }
    return promotePlan(inputs, event);
  }
  return skip(
    `nothing to do on the "${name || 'unknown'}" event (Lepton acts on pull_request, push to the default branch, workflow_dispatch with a stage, release published, and schedule)`,
  );
}

/** `command: rollback`, or `auto` on workflow_dispatch with `rollback: true`: stage and reason required. */
function rollbackPlan(inputs: ActionInputs, event: GitHubEvent): Plan {
  const given = event.payload.inputs ?? {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const stage = inputs.stage ?? text(given.stage);
  const reason = inputs.reason ?? text(given.reason);
  const missing = [...(stage ? [] : ['"stage"']), ...(reason ? [] : ['"reason"'])];
  if (!stage || !reason) {
    throw new LeptonError('invalid', `rollback needs the ${missing.join(' and ')} input`, [
      'see examples/workflows/lepton-rollback.yml (workflow_dispatch with required stage and reason)',
    ]);
  }
  return { kind: 'rollback', stage, reason };
}

function promotePlan(inputs: ActionInputs, event: GitHubEvent): Plan {
  const release = event.name === 'release' ? event.payload.release?.tag_name : undefined;
  let version = inputs.version;
  let tagModel: string | null = null;
  if (!version && release) {
    const parsed = parseReleaseTag(release);
    if (!parsed)
      return skip(
        `the release tag "${release}" does not name a version (expected MODEL@vX.Y.Z or vX.Y.Z)`,
      );
    version = parsed.version;
    tagModel = parsed.model;
  }
  if (!inputs.stage) {
    throw new LeptonError('invalid', 'promote needs the "stage" input (the stage to promote to)');
  }
  return { kind: 'promote', stage: inputs.stage, version, tagModel };
}

/** `sentiment@v1.2.0`, `v1.2.0` or `1.2.0` (prerelease/build suffixes allowed); null otherwise. */
export function parseReleaseTag(tag: string): { model: string | null; version: string } | null {
  const m =
    /^(?:([a-zA-Z0-9](?:[a-zA-Z0-9\-/_]*[a-zA-Z0-9])?)@)?v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.\-+]*)?)$/.exec(
      tag,
    );
  return m ? { model: m[1] ?? null, version: m[2]! } : null;
}

interface PullRequestRef {
  readonly number: number;
  readonly base: string | null;
  readonly headSha: string;
}

/**
 * The pull request a pull_request(_target) event is about. GitHub's payload always names its
 * number and head commit: without them the runner or the workflow is broken, and an eval could
 * neither tell what it evaluates nor where to report it.
 *
 * @throws LeptonError 'invalid' naming what is missing (and why there is no payload).
 */
function pullRequestOf(event: GitHubEvent): PullRequestRef {
  const pr = event.payload.pull_request;
  const number = pr?.number;
  const sha = pr?.head?.sha;
  const missing =
    typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1
      ? 'no pull request number'
      : typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)
        ? 'no head commit (pull_request.head.sha)'
        : null;
  if (missing !== null) {
    throw new LeptonError(
      'invalid',
      `the ${event.name} event's payload carries ${missing}: nothing to evaluate the pull request against`,
      [
        event.unread ?? 'the payload at GITHUB_EVENT_PATH lacks it',
        'the runner writes the whole payload for every event: a step that sets GITHUB_EVENT_NAME or GITHUB_EVENT_PATH itself must give one too',
      ],
    );
  }
  const base = pr?.base?.ref;
  return {
    number: number as number,
    base: typeof base === 'string' && base ? base : null,
    headSha: sha as string,
  };
}

function commentPlan(event: GitHubEvent): Plan {
  if (event.name !== 'workflow_run') {
    throw new LeptonError(
      'invalid',
      `command "comment" runs on the workflow_run event (after the eval workflow), not on "${event.name || 'unknown'}"`,
      ['see examples/workflows/lepton-pr-comment.yml'],
    );
  }
  const run = event.payload.workflow_run;
  if (run?.event !== 'pull_request' && run?.event !== 'pull_request_target') {
    return skip(
      `the triggering run was for a ${run?.event ?? 'unknown'} event, not a pull request: nothing to comment`,
    );
  }
  const id = run.id;
  const sha = run.head_sha;
  if (
    typeof id !== 'number' ||
    !Number.isSafeInteger(id) ||
    typeof sha !== 'string' ||
    !/^[0-9a-f]{40}$/.test(sha)
  ) {
    throw new LeptonError('invalid', 'the workflow_run event names no run id and head commit');
  }
  const full = run.head_repository?.full_name;
  return {
    kind: 'comment',
    runId: id,
    headSha: sha,
    headRepository: typeof full === 'string' && full ? full : null,
    pullRequests: (run.pull_requests ?? [])
      .map((p) => p.number)
      .filter((n): n is number => typeof n === 'number' && Number.isSafeInteger(n)),
  };
}

const skip = (reason: string): Plan => ({ kind: 'skip', reason });

/** The event this run was triggered by, from the runner's environment. */
export function readEvent(env: Readonly<NodeJS.ProcessEnv>): GitHubEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { name, payload: {}, unread: 'GITHUB_EVENT_PATH is not set' };
  if (!existsSync(path)) {
    return { name, payload: {}, unread: `GITHUB_EVENT_PATH names ${path}, which does not exist` };
  }
  try {
    return { name, payload: JSON.parse(readFileSync(path, 'utf8')) as EventPayload };
  } catch (e) {
    throw new LeptonError(
      'invalid',
      `cannot read the event payload ${path}: ${(e as Error).message}`,
    );
  }
}
