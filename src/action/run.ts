import { realpath } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { openProject, type AppContext, type Logger } from '../app/context.js';
import { evaluate } from '../app/eval.js';
import { LeptonError } from '../core/errors/index.js';
import { Git } from '../io/git.js';
import { actionsEvalCache } from '../io/services/cache.js';
import { commentOnPullRequest } from './comment.js';
import type { Plan } from './event.js';
import { fetchModelHistory, identityEnv } from './history.js';
import type { ActionInputs } from './inputs.js';
import { validReport } from './report.js';

/** What a run produced: the action's outputs, the report, and whether the gate failed. */
export interface RunResult {
  readonly model: string | null;
  readonly version: string | null;
  readonly tag: string | null;
  readonly stageTag: string | null;
  /** Every error-level check passed (true when there was nothing to check). */
  readonly passed: boolean;
  readonly reused: boolean;
  readonly metrics: Readonly<Record<string, number>>;
  /** Markdown. */
  readonly report: string;
  /** Why the gate failed (a threshold, a refused promotion); null when it did not. */
  readonly gateFailure: string | null;
}

export interface RunSettings {
  readonly inputs: ActionInputs;
  readonly plan: Exclude<Plan, { kind: 'skip' }>;
  /** The process environment. */
  readonly env: Readonly<NodeJS.ProcessEnv>;
  /** `GITHUB_WORKSPACE`: where `working-directory` is resolved. */
  readonly workspace: string;
  /** `RUNNER_TEMP`. */
  readonly tempDir: string;
  readonly log: Logger;
}

export async function run(s: RunSettings): Promise<RunResult> {
  const ctx = await open(s);
  const { plan } = s;
  switch (plan.kind) {
    case 'validate':
      return {
        ...empty(ctx.manifest.model),
        report: validReport(ctx.manifest, manifestNameOf(ctx)),
      };
    case 'eval':
      return evalMode(ctx, s, plan);
    case 'record':
      await fetchModelHistory(ctx.git, ctx.manifest.model, { baseBranch: null, log: s.log });
      throw new LeptonError(
        'invalid',
        'the action cannot record yet: lepton record is not implemented',
      );
    case 'promote':
      if (plan.tagModel !== null && plan.tagModel !== ctx.manifest.model) {
        return {
          ...empty(ctx.manifest.model),
          report: `### Lepton · \`${ctx.manifest.model}\`: nothing to promote\n\nThe release names model \`${plan.tagModel}\`.\n`,
        };
      }
      await fetchModelHistory(ctx.git, ctx.manifest.model, { baseBranch: null, log: s.log });
      throw new LeptonError(
        'invalid',
        'the action cannot promote yet: lepton promote is not implemented',
      );
  }
}

async function evalMode(
  ctx: AppContext,
  s: RunSettings,
  plan: Extract<Plan, { kind: 'eval' }>,
): Promise<RunResult> {
  const model = ctx.manifest.model;
  await fetchModelHistory(ctx.git, model, { baseBranch: plan.baseBranch, log: s.log });
  const outcome = await evaluate(ctx, {
    ...(plan.baseBranch && { baseline: `refs/remotes/origin/${plan.baseBranch}` }),
  });
  if (plan.pullRequest !== null && s.inputs.comment) {
    await commentOnPullRequest({
      token: s.inputs.token,
      repository: s.env.GITHUB_REPOSITORY,
      apiUrl: s.env.GITHUB_API_URL,
      pullRequest: plan.pullRequest,
      model,
      report: outcome.report,
      log: s.log,
    });
  }
  return {
    model,
    // Only content already recorded has a version; a PR's new content has none yet.
    version: outcome.reusedFrom?.version || null,
    tag: outcome.reusedFrom?.tag || null,
    stageTag: null,
    passed: outcome.passed,
    reused: outcome.reused,
    metrics: outcome.metrics,
    report: outcome.report,
    gateFailure: outcome.passed ? null : failedChecks(outcome.checks),
  };
}

function failedChecks(
  checks: readonly { metric: string; rule: string; passed: boolean; level: string }[],
): string {
  const failed = checks.filter((c) => !c.passed && c.level === 'error');
  return `thresholds failed: ${failed.map((c) => `${c.metric} ${c.rule}`).join(', ') || 'see the report'}`;
}

/** Opens the manifest with the environment the use cases (and the eval's child process) get. */
async function open(s: RunSettings): Promise<AppContext> {
  const dir = await realpath(resolve(s.workspace, s.inputs.workingDirectory)).catch(() =>
    resolve(s.workspace, s.inputs.workingDirectory),
  );
  const manifestPath = resolve(dir, s.inputs.manifest);
  const env = childEnv(s.env);
  const probe = new Git(dir, env);
  const root = (await probe.topLevel()) ?? s.workspace;
  const identity = s.plan.kind === 'validate' ? {} : await identityEnv(probe, env);
  return openProject({
    manifestPath,
    // Annotations resolve files against the repository root.
    manifestName: relative(root, manifestPath).split(sep).join('/'),
    env: { ...env, ...identity },
    log: s.log,
    evalCache: actionsEvalCache({ dir: s.tempDir, warn: s.log.warn, info: s.log.info }),
  });
}

const manifestNameOf = (ctx: AppContext): string =>
  relative(ctx.repoRoot ?? ctx.modelDir, ctx.manifestPath)
    .split(sep)
    .join('/');

/**
 * The eval command runs the repository's code: it gets no token. Inputs (the token among
 * them) and the runner's service credentials stay in this process.
 */
export function childEnv(env: Readonly<NodeJS.ProcessEnv>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (
      k.startsWith('INPUT_') ||
      k === 'ACTIONS_RUNTIME_TOKEN' ||
      k.startsWith('ACTIONS_ID_TOKEN_REQUEST_')
    ) {
      continue;
    }
    out[k] = v;
  }
  return out;
}

export function empty(model: string | null): RunResult {
  return {
    model,
    version: null,
    tag: null,
    stageTag: null,
    passed: true,
    reused: false,
    metrics: {},
    report: '',
    gateFailure: null,
  };
}
