import type { DeployHook } from '../../core/manifest/types.js';
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
export declare function hookVariables(t: HookTarget, recordFile: string): Record<string, string>;
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
export declare function runDeployHook(options: HookRunOptions): Promise<HookRun>;
