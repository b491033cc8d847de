import { realpath } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { openProject, type AppContext } from '../app/context.js';
import { closest, distance } from 'fastest-levenshtein';
import { LeptonError } from '../core/errors/index.js';
import { parseVersionArg } from '../core/registry/version-arg.js';
import { Git } from '../io/git.js';
import type { ActionInputs } from './inputs.js';
import { resolveProjectPaths } from './paths.js';
import { actionsEvalCache } from '../io/services/cache.js';
import type { Plan } from './event.js';
import { empty, type ModeSettings, type RunResult } from './result.js';
import { skippedReport, validReport } from './report.js';
import { manifestNameOf } from './placed.js';

export { empty } from './result.js';
export type { RunResult } from './result.js';

export interface RunSettings extends ModeSettings {
  readonly plan: Exclude<Plan, { kind: 'skip' }>;
  /** `GITHUB_WORKSPACE`: where `working-directory` is resolved. */
  readonly workspace: string;
}

export async function run(s: RunSettings): Promise<RunResult> {
  const { plan } = s;
  // The privileged half of the split runs no repository code and reads no manifest.
  // Each mode's code loads when a run reaches it: a push run compiles no comment, monitor,
  // deploy or rollback code (a spawn of git also costs less from a smaller process).
  if (plan.kind === 'comment') return (await import('./comment-mode.js')).commentMode(s, plan);
  const ctx = await open(s);
  switch (plan.kind) {
    case 'validate':
      return {
        ...empty(ctx.manifest.model),
        report: validReport(ctx.manifest, manifestNameOf(ctx)),
      };
    case 'eval': {
      // As for record: the fetch and the fingerprint's listing run while the mode's code loads.
      const [{ startHistoryFetch }, { startModelListing }, { checkPullRequestCheckout }] =
        await Promise.all([
          import('./history.js'),
          import('../app/early.js'),
          import('./checkout.js'),
        ]);
      const history = startHistoryFetch(ctx, s, plan);
      history.catch(() => undefined);
      // What is checked out must be the pull request's (its head, or GitHub's merge of it):
      // asked while git fetches, answered before the eval starts.
      const checkout =
        plan.pullRequest !== null && plan.headSha !== null
          ? checkPullRequestCheckout(ctx.git, { number: plan.pullRequest, headSha: plan.headSha })
          : Promise.resolve(null);
      checkout.catch(() => undefined);
      const listing = startModelListing(ctx);
      return (await import('./modes.js')).evalMode(ctx, s, plan, history, listing, checkout);
    }
    case 'record': {
      // The history fetch (git and the network) and the record's local questions (status,
      // identity, the listing: git processes too) run while the mode's code loads: their small
      // modules first, so git starts before the mode's code is compiled.
      const [{ startHistoryFetch }, { askRecordQuestions }] = await Promise.all([
        import('./history.js'),
        import('../app/early.js'),
      ]);
      const history = startHistoryFetch(ctx, s, 'tags');
      history.catch(() => undefined);
      const questions = askRecordQuestions(ctx);
      return (await import('./modes.js')).recordMode(ctx, s, history, questions);
    }
    case 'promote': {
      if (plan.tagModel !== null && plan.tagModel !== ctx.manifest.model) {
        const reason = `the release names model ${plan.tagModel}, not ${ctx.manifest.model}: nothing to promote`;
        s.log.info(reason);
        return { ...empty(ctx.manifest.model), report: skippedReport(reason) };
      }
      checkPromoteInputs(ctx, s.inputs);
      return (await import('./promote-mode.js')).promoteMode(ctx, s, plan);
    }
    case 'monitor':
      if (plan.stage !== null) checkPromoteInputs(ctx, s.inputs);
      return (await import('./monitor-mode.js')).monitorMode(ctx, s, plan);
    case 'deploy':
      checkPromoteInputs(ctx, s.inputs);
      return (await import('./deploy-mode.js')).deployMode(ctx, s, plan);
    case 'rollback':
      return (await import('./rollback-mode.js')).rollbackMode(ctx, s, plan);
  }
}

/** Opens the manifest with the environment the use cases (and the eval's child process) get. */
async function open(s: RunSettings): Promise<AppContext> {
  const paths = await resolveProjectPaths(
    s.workspace,
    s.inputs.workingDirectory,
    s.inputs.manifest,
  );
  const dir = await realpath(paths.dir);
  const manifestPath = resolve(dir, s.inputs.manifest);
  const env = useCaseEnv(s.env);
  const probe = new Git(dir, env);
  const root = (await probe.topLevel()) ?? s.workspace;
  return openProject({
    manifestPath,
    // Annotations resolve files against the repository root.
    manifestName: relative(root, manifestPath).split(sep).join('/'),
    env,
    git: probe,
    log: s.log,
    ...(s.signal && { signal: s.signal }),
    evalCache: actionsEvalCache({
      dir: s.tempDir,
      warn: s.log.warn,
      info: s.log.info,
      env: s.env,
    }),
  });
}

/** `stage` and `version` inputs the manifest cannot satisfy, named as inputs before any git work. */
function checkPromoteInputs(ctx: AppContext, inputs: ActionInputs): void {
  const m = ctx.manifest;
  const stages = m.stages.map((x) => x.name);
  if (inputs.stage !== null && !stages.includes(inputs.stage)) {
    const near = stages.length ? closest(inputs.stage, stages) : null;
    throw new LeptonError(
      'invalid',
      `input "stage": ${m.model} has no stage ${JSON.stringify(inputs.stage)}`,
      [
        stages.length
          ? `stages in ${manifestNameOf(ctx)}: ${stages.join(', ')}`
          : `${manifestNameOf(ctx)} declares no stages`,
        ...(near && distance(near, inputs.stage) <= Math.max(2, inputs.stage.length / 3)
          ? [`did you mean ${JSON.stringify(near)}?`]
          : []),
      ],
    );
  }
  if (inputs.version !== null && parseVersionArg(inputs.version, m.model) === null) {
    throw new LeptonError(
      'invalid',
      `input "version": ${JSON.stringify(inputs.version)} is not a version`,
      [`expected 1.2.0, v1.2.0 or ${m.model}@v1.2.0; leave it empty for the latest that passed`],
    );
  }
}

/**
 * The use cases' environment: this process's, without the inputs (the `token` among them) and
 * the runner's service credentials, which only this process uses. Every command started from
 * the repository's text (the eval) is further stripped by src/io/child-env.ts. Neither makes
 * the eval safe to run with secrets in the same job: it runs as the runner's user and can read
 * its ancestors' `/proc/<pid>/environ` and the runner's file-command folder (docs/security.md).
 */
export function useCaseEnv(env: Readonly<NodeJS.ProcessEnv>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith('INPUT_') || k.startsWith('ACTIONS_')) continue;
    out[k] = v;
  }
  return out;
}
