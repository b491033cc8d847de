import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeployHook } from '../../core/manifest/types.js';
import { CommandFailure, runEvalCommand } from '../eval/run.js';
import { isLeptonError } from '../../core/errors/index.js';

/** What the hook is told about the version it deploys (contract §7's `LEPTON_*` variables). */
export interface HookTarget {
  readonly model: string;
  readonly stage: string;
  readonly version: string;
  /** The version tag, `MODEL@vX.Y.Z`. */
  readonly tag: string;
  /** The assignment that put the version in the stage, `MODEL#STAGE#N` (null: none known). */
  readonly stageTag: string | null;
  readonly commit: string;
  /** The version that held the stage before this deploy; null when none did. */
  readonly previousVersion: string | null;
  /** The model store reference, else the Actions artifact URL, else null. */
  readonly artifact: string | null;
  /** The version's full record (written to the file `LEPTON_RECORD` names). */
  readonly record: unknown;
}

export interface HookRunOptions {
  readonly hook: DeployHook;
  readonly target: HookTarget;
  /** The manifest's folder: where the hook runs. */
  readonly cwd: string;
  /** The use case's environment; the child-env policy strips every credential from it. */
  readonly env: Readonly<NodeJS.ProcessEnv>;
  /** Where the record file is written (`RUNNER_TEMP` in the Action; the system's temp dir else). */
  readonly tempDir?: string;
  readonly killGraceMs: number;
  readonly output: (chunk: string) => void;
  readonly warn: (message: string) => void;
  /** For tests: how long leftovers and a held output may last (see runEvalCommand). */
  readonly settleMs?: number;
  /** Stops the hook as an interrupt does (`AppContext.signal`; see runEvalCommand). */
  readonly signal?: AbortSignal;
}

/** How a hook run ended. Never a throw for the hook's own failure: the caller decides what follows. */
export interface HookRun {
  readonly ok: boolean;
  /** The hook's exit code; null when it was killed by a signal or stopped on its time limit. */
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  /** Wall-clock ms from the start to the end of the run. */
  readonly durationMs: number;
  /** Why it failed (one line), null when it did not. */
  readonly error: string | null;
  /** The last lines of its output, when it failed. */
  readonly details: readonly string[];
}

/** The `LEPTON_*` variables a deploy hook gets, besides the (stripped) environment. */
export function hookVariables(t: HookTarget, recordFile: string): Record<string, string> {
  return {
    LEPTON_MODEL: t.model,
    LEPTON_VERSION: t.version,
    LEPTON_TAG: t.tag,
    LEPTON_STAGE_TAG: t.stageTag ?? '',
    LEPTON_COMMIT: t.commit,
    LEPTON_STAGE: t.stage,
    LEPTON_PREVIOUS_VERSION: t.previousVersion ?? '',
    LEPTON_ARTIFACT: t.artifact ?? '',
    LEPTON_RECORD: recordFile,
  };
}

/**
 * Runs a stage's deploy hook as the eval runs (`sh -c` as the leader of its own process group,
 * output streamed, the time limit and interrupts stopping the whole group, leftovers named and
 * stopped) with the child-env policy (no token, no `INPUT_*`, no `ACTIONS_*`, no file commands)
 * plus the `LEPTON_*` variables. The version's record is written to a private temporary file
 * that `LEPTON_RECORD` names and that is removed afterwards.
 *
 * @returns how it ended; a failing, killed or timed-out hook is `ok: false`, not a throw
 * @throws LeptonError when the hook cannot be started at all (a missing folder)
 */
export async function runDeployHook(options: HookRunOptions): Promise<HookRun> {
  const { hook, target } = options;
  const dir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'lepton-deploy-'));
  const recordFile = join(dir, 'record.json');
  const started = Date.now();
  try {
    await writeFile(recordFile, JSON.stringify(target.record, null, 2) + '\n', { mode: 0o600 });
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(options.env)) if (v !== undefined) env[k] = v;
    await runEvalCommand({
      command: hook.command,
      cwd: options.cwd,
      env: { ...env, ...hookVariables(target, recordFile) },
      timeoutMs: hook.timeoutMs,
      killGraceMs: options.killGraceMs,
      output: options.output,
      warn: options.warn,
      label: 'deploy hook',
      timeoutKey: `stages.${target.stage}.deploy.timeout`,
      ...(options.settleMs !== undefined && { settleMs: options.settleMs }),
      ...(options.signal && { signal: options.signal }),
    });
    return {
      ok: true,
      exitCode: 0,
      timedOut: false,
      durationMs: Date.now() - started,
      error: null,
      details: [],
    };
  } catch (e) {
    if (e instanceof CommandFailure) {
      return failed(e.message, e.details, e.exitCode, e.timedOut, started);
    }
    // Stopped from outside: no outcome of the hook's own. (A shell's interrupt never gets here:
    // the shell re-raises its signal as soon as the runner has stopped the hook's processes.)
    if (options.signal?.aborted) throw e;
    // Processes it left running or holding its output (stopped by the runner), or a spawn that
    // failed: the deploy did not complete either.
    if (isLeptonError(e) && e.kind === 'eval') {
      return failed(e.message, e.details, null, false, started);
    }
    throw e;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function failed(
  message: string,
  details: readonly string[],
  exitCode: number | null,
  timedOut: boolean,
  started: number,
): HookRun {
  return {
    ok: false,
    exitCode,
    timedOut,
    durationMs: Date.now() - started,
    error: message,
    details,
  };
}
