import * as core from './workflow-commands.js';
import { tmpdir } from 'node:os';
import { exitCodeOf, isLeptonError } from '../core/errors/index.js';
import { ManifestInvalidError } from '../io/manifest-file.js';
import { annotateManifestIssues } from './annotations.js';
import { planRun, readEvent, withEventInputs } from './event.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { actionsLogger } from './logger.js';
import { publish } from './outputs.js';
import { errorReport, skippedReport } from './report.js';
import { empty, run, type RunResult } from './run.js';
import { isGlob } from '../app/models.js';
import { listenForInterrupts } from '../io/interrupts.js';

/** The action's entry: inputs → plan → run → outputs and summary → gate. */
async function main(): Promise<void> {
  const env = process.env;
  const log = actionsLogger();
  const tempDir = env.RUNNER_TEMP || tmpdir();
  // The runner's cancel (SIGINT, then SIGTERM): a running eval is stopped, then the step dies of it.
  const { signal } = listenForInterrupts(process);
  let inputs: ActionInputs | null = null;
  let result: RunResult;
  let error: unknown = null;
  try {
    const given = readInputs();
    const event = readEvent(env);
    // A workflow_dispatch run's own inputs fill the step's empty stage, version and reason.
    inputs = withEventInputs(given, event);
    const shell = { env, workspace: env.GITHUB_WORKSPACE || process.cwd(), tempDir, log, signal };
    // Many models (plan, a manifest glob) load their code only when asked for.
    if (inputs.command === 'plan')
      return await (await import('./many.js')).planAction(inputs, event, shell);
    const plan = planRun(inputs, event);
    if (plan.kind !== 'skip' && plan.kind !== 'comment' && isGlob(inputs.manifest)) {
      return await (await import('./many.js')).runManyAction(inputs, plan, shell);
    }
    if (plan.kind === 'skip') {
      log.info(`lepton: ${plan.reason}`);
      result = { ...empty(null), report: skippedReport(plan.reason) };
    } else {
      result = await run({
        inputs,
        plan,
        env,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        tempDir,
        log,
        signal,
      });
    }
  } catch (e) {
    error = e;
    result = { ...empty(null), passed: false, report: errorReport(e) };
  }
  await publish(result, tempDir, env.GITHUB_STEP_SUMMARY);

  if (error !== null) return fail(error);
  if (result.gateFailure !== null && result.exitCode !== undefined) {
    // Not a threshold (a failed deploy): fail-on-threshold does not soften it.
    core.setFailed(result.gateFailure);
    process.exitCode = result.exitCode;
  } else if (result.gateFailure !== null) {
    if (inputs?.failOnThreshold ?? true) core.setFailed(result.gateFailure);
    else
      core.warning(`${result.gateFailure} (fail-on-threshold is false: the step still succeeds)`);
  }
}

function fail(e: unknown): void {
  if (e instanceof ManifestInvalidError) annotateManifestIssues(e.issues);
  if (isLeptonError(e)) {
    core.setFailed([e.message, ...e.details.map((d) => `  ${d}`)].join('\n'));
  } else {
    core.setFailed(`lepton: internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (e instanceof Error && e.stack) core.debug(e.stack);
  }
  // The same exit codes as the CLI: 2 invalid, 3 eval, 4 git.
  process.exitCode = exitCodeOf(e);
}

main().catch((e: unknown) => {
  core.setFailed(`lepton: internal error: ${e instanceof Error ? e.message : String(e)}`);
});
