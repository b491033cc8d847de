import { existsSync, readFileSync } from 'node:fs';
import picomatch from 'picomatch';
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
  /** `GITHUB_REF`: what the run was started on, for events whose payload names no ref. */
  readonly ref?: string;
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
      checkRecordRef(inputs, event);
      return { kind: 'record' };
    case 'promote':
      refuseOnPullRequest('promote', event);
      return promotePlan(inputs, event);
    case 'comment':
      return commentPlan(event);
    case 'monitor':
      return { kind: 'monitor', stage: inputs.stage };
    case 'deploy':
      refuseOnPullRequest('deploy', event);
      if (!inputs.stage) throw new LeptonError('invalid', 'deploy needs the "stage" input');
      return { kind: 'deploy', stage: inputs.stage, version: inputs.version };
    case 'rollback':
      refuseOnPullRequest('rollback', event);
      return rollbackPlan(inputs, event);
    case 'plan': // main.ts runs it (action/many.ts) before any event routing
      return skip('command plan routes nothing');
    case 'auto':
      return autoPlan(inputs, event);
  }
}

/** Events whose routing reads the payload: without it, `auto` cannot tell what to do. */
const PAYLOAD_EVENTS = new Set(['push', 'workflow_dispatch', 'release', 'workflow_run']);

function autoPlan(inputs: ActionInputs, event: GitHubEvent): Plan {
  const { name, payload } = event;
  if (event.unread !== undefined && PAYLOAD_EVENTS.has(name)) {
    // Reading "no default branch" or "no stage" out of a payload that was never read would be a
    // green step that did nothing (a pull_request without one is refused in pullRequestOf).
    throw new LeptonError(
      'invalid',
      `the ${name} event's payload could not be read: ${event.unread}`,
      [
        'the runner writes the whole payload for every event: a step that sets GITHUB_EVENT_NAME or GITHUB_EVENT_PATH itself must give one too',
      ],
    );
  }
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
    if (!main) {
      throw new LeptonError(
        'invalid',
        "the push event's payload names no default branch (repository.default_branch): cannot tell whether this push may record",
      );
    }
    const branch = payload.ref?.startsWith('refs/heads/') ? payload.ref.slice(11) : null;
    if (
      payload.ref !== `refs/heads/${main}` &&
      !(branch !== null && recordAllowed(inputs, branch))
    ) {
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

/**
 * `command: promote|deploy|rollback` never runs on a pull request's event: the job runs the pull
 * request's code (its manifest, its deploy hook) and would move a stage from it
 * (docs/security.md: promotion runs only on the default branch and on releases).
 * @throws LeptonError 'invalid' on pull_request and pull_request_target
 */
function refuseOnPullRequest(command: string, event: GitHubEvent): void {
  if (!PR_EVENTS.has(event.name)) return;
  throw new LeptonError(
    'invalid',
    `command "${command}" does not run on the ${event.name} event: it would change a stage from the pull request's code, before anyone merged it`,
    [
      `run ${command} from a workflow on push to the default branch, release: published or workflow_dispatch (examples/workflows/) — docs/security.md`,
    ],
  );
}

/**
 * `command: record` records only code that reached the default branch (docs/security.md): never
 * on a pull request's event, and on any other only when the run's ref is the repository's
 * default branch (from the payload) or a branch the `record-branches` input allows. Checked
 * before any eval: a version recorded from unmerged code would be promoted as "the latest
 * version that passed".
 * @throws LeptonError 'invalid' on pull_request(_target), for another branch or a tag, and
 *   when the payload names no default branch (unknown is never a pass)
 */
function checkRecordRef(inputs: ActionInputs, event: GitHubEvent): void {
  const way = `record from a workflow on push to the default branch (examples/workflows/lepton.yml); to record from other branches too (release branches), list them in the "record-branches" input`;
  if (PR_EVENTS.has(event.name)) {
    throw new LeptonError(
      'invalid',
      `command "record" does not run on the ${event.name} event: it would record the pull request's unmerged code as a version, which a promote without a version would then pick`,
      [way, 'to gate a pull request, use command: eval (or auto)'],
    );
  }
  const ref = event.payload.ref ?? event.ref;
  const main = event.payload.repository?.default_branch;
  if (!main) {
    throw new LeptonError(
      'invalid',
      `command "record" on the ${event.name || 'unknown'} event: the payload names no default branch (repository.default_branch), so whether ${ref ?? 'this ref'} may record cannot be told`,
      [...(event.unread ? [event.unread] : []), way],
    );
  }
  const branch = ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
  if (branch === main) return;
  if (branch !== null && recordAllowed(inputs, branch)) return;
  throw new LeptonError(
    'invalid',
    `command "record" records only the default branch (${main})${inputs.recordBranches?.length ? ` and ${inputs.recordBranches.join(', ')}` : ''}, not ${ref ?? 'an unknown ref'}: a version recorded from unmerged code would be promoted as the latest that passed`,
    [way],
  );
}

/** Whether the `record-branches` input lets `branch` (a name, no `refs/heads/`) record. */
const recordAllowed = (inputs: ActionInputs, branch: string): boolean =>
  (inputs.recordBranches ?? []).some((p) => picomatch(p, { dot: true })(branch));

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

/**
 * The inputs with `stage`, `version` and `reason` taken from a workflow_dispatch event's own
 * inputs where the step's are empty, so a workflow that forwards none still acts on what the
 * run was started with (an empty `stage` would otherwise read as "nothing to promote").
 */
export function withEventInputs(inputs: ActionInputs, event: GitHubEvent): ActionInputs {
  const given = event.name === 'workflow_dispatch' ? (event.payload.inputs ?? {}) : {};
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    ...inputs,
    stage: inputs.stage ?? text(given.stage),
    version: inputs.version ?? text(given.version),
    reason: inputs.reason ?? text(given.reason),
  };
}

/** The event this run was triggered by, from the runner's environment. */
export function readEvent(env: Readonly<NodeJS.ProcessEnv>): GitHubEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  const ref = env.GITHUB_REF ? { ref: env.GITHUB_REF } : {};
  if (!path) return { name, payload: {}, unread: 'GITHUB_EVENT_PATH is not set', ...ref };
  if (!existsSync(path)) {
    return {
      name,
      payload: {},
      unread: `GITHUB_EVENT_PATH names ${path}, which does not exist`,
      ...ref,
    };
  }
  try {
    return { name, payload: JSON.parse(readFileSync(path, 'utf8')) as EventPayload, ...ref };
  } catch (e) {
    throw new LeptonError(
      'invalid',
      `cannot read the event payload ${path}: ${(e as Error).message}`,
    );
  }
}
