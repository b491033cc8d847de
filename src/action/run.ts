import { realpath } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { openProject, type AppContext } from '../app/context.js';
import { Git } from '../io/git.js';
import { actionsEvalCache } from '../io/services/cache.js';
import type { Plan } from './event.js';
import { evalMode, promoteMode, recordMode, type ModeSettings, type RunResult } from './modes.js';
import { skippedReport, validReport } from './report.js';

export type { RunResult } from './modes.js';

export interface RunSettings extends ModeSettings {
  readonly plan: Exclude<Plan, { kind: 'skip' }>;
  /** `GITHUB_WORKSPACE`: where `working-directory` is resolved. */
  readonly workspace: string;
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
      return recordMode(ctx, s);
    case 'promote':
      if (plan.tagModel !== null && plan.tagModel !== ctx.manifest.model) {
        const reason = `the release names model ${plan.tagModel}, not ${ctx.manifest.model}: nothing to promote`;
        s.log.info(reason);
        return { ...empty(ctx.manifest.model), report: skippedReport(reason) };
      }
      return promoteMode(ctx, s, plan);
  }
}

/** Opens the manifest with the environment the use cases (and the eval's child process) get. */
async function open(s: RunSettings): Promise<AppContext> {
  const dir = await realpath(resolve(s.workspace, s.inputs.workingDirectory)).catch(() =>
    resolve(s.workspace, s.inputs.workingDirectory),
  );
  const manifestPath = resolve(dir, s.inputs.manifest);
  const env = useCaseEnv(s.env);
  const probe = new Git(dir, env);
  const root = (await probe.topLevel()) ?? s.workspace;
  return openProject({
    manifestPath,
    // Annotations resolve files against the repository root.
    manifestName: relative(root, manifestPath).split(sep).join('/'),
    env,
    log: s.log,
    evalCache: actionsEvalCache({ dir: s.tempDir, warn: s.log.warn, info: s.log.info }),
  });
}

const manifestNameOf = (ctx: AppContext): string =>
  relative(ctx.repoRoot ?? ctx.modelDir, ctx.manifestPath)
    .split(sep)
    .join('/');

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
