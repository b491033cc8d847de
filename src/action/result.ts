import type { Logger } from '../app/context.js';
import type { ActionInputs } from './inputs.js';

// The run's result and settings apart from the modes: the entry and every mode share them,
// and the modes load only when a run reaches theirs (src/action/run.ts).

/** What a run produced: the action's outputs, the report, and whether the gate failed. */
export interface RunResult {
  readonly model: string | null;
  readonly version: string | null;
  readonly tag: string | null;
  readonly stageTag: string | null;
  /**
   * The version (`X.Y.Z`) the stage holds after a rollback this run made (the automatic one
   * after a failed deploy, `command: rollback`, a monitor's); null when none, or when the
   * rollback left the stage empty. `version`/`tag`/`stageTag` keep naming what the run promoted.
   */
  readonly rolledBackTo: string | null;
  /** That rollback's unassignment tag (`MODEL#STAGE!#N`); null when this run made none. */
  readonly rollbackTag: string | null;
  /**
   * Every error-level check passed (true when there was nothing to check) and no deploy this
   * run made failed: false whenever the step fails for a deploy.
   */
  readonly passed: boolean;
  readonly reused: boolean;
  readonly metrics: Readonly<Record<string, number>>;
  /** Markdown. */
  readonly report: string;
  /** Why the gate failed (a threshold, a refused promotion); null when it did not. */
  readonly gateFailure: string | null;
  /** The step's exit code when the failure is not a threshold's (a failed deploy: 3). */
  readonly exitCode?: number;
}

/** A result with nothing run yet: no version, passed, no report (the shells fill in what they have). */
export function empty(model: string | null): RunResult {
  return {
    model,
    version: null,
    tag: null,
    stageTag: null,
    rolledBackTo: null,
    rollbackTag: null,
    passed: true,
    reused: false,
    metrics: {},
    report: '',
    gateFailure: null,
  };
}

/** What the modes need besides the project. */
export interface ModeSettings {
  readonly inputs: ActionInputs;
  readonly env: Readonly<NodeJS.ProcessEnv>;
  readonly tempDir: string;
  readonly log: Logger;
  /** Aborted on SIGINT/SIGTERM/SIGHUP (the runner cancelling the job): stops a running eval. */
  readonly signal?: AbortSignal;
}
