import * as core from './workflow-commands.js';
import { LeptonError } from '../core/errors/index.js';

export const COMMANDS = [
  'auto',
  'validate',
  'eval',
  'record',
  'promote',
  'comment',
  'monitor',
  'deploy',
  'rollback',
  'plan',
] as const;
export type Command = (typeof COMMANDS)[number];

/** The action's inputs (CONTRACT §5), defaults applied. */
export interface ActionInputs {
  readonly command: Command;
  readonly manifest: string;
  readonly workingDirectory: string;
  readonly version: string | null;
  readonly stage: string | null;
  /** rollback: why (recorded in the unassignment tag); null when not given. */
  readonly reason: string | null;
  /** Empty when none was given (a local run): commenting is then skipped with a warning. */
  readonly token: string;
  readonly comment: boolean;
  readonly push: boolean;
  readonly failOnThreshold: boolean;
  /** monitor: keep one sticky issue per model and stage (opened on failure, closed on recovery). */
  readonly issue: boolean;
  /**
   * `record-branches`: branches besides the default one whose pushes record (names or globs,
   * `release/*`); absent or empty: the default branch only.
   */
  readonly recordBranches?: readonly string[];
  /** `shards`: shard result files or folders; eval/record merge them instead of running the eval. */
  readonly shards?: string | null;
}

/**
 * Reads the inputs through @actions/core. The runner fills defaults from action.yml;
 * the same defaults are applied here so `node dist/index.js` behaves alike without it.
 */
export function readInputs(): ActionInputs {
  const token = core.getInput('token');
  // Masked before anything else can print it.
  if (token) core.setSecret(token);
  const command = core.getInput('command') || 'auto';
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new LeptonError(
      'invalid',
      `input "command" must be one of ${COMMANDS.join(', ')} (got "${command}")`,
    );
  }
  return {
    command: command as Command,
    manifest: core.getInput('manifest') || 'lepton.yml',
    workingDirectory: core.getInput('working-directory') || '.',
    version: core.getInput('version') || null,
    stage: core.getInput('stage') || null,
    reason: core.getInput('reason').trim() || null,
    token,
    comment: booleanInput('comment', true),
    push: booleanInput('push', true),
    failOnThreshold: booleanInput('fail-on-threshold', true),
    issue: booleanInput('issue', false),
    shards: core.getInput('shards') || null,
    recordBranches: core
      .getInput('record-branches')
      .split(/[\n,]/)
      .map((b) => b.trim())
      .filter((b) => b !== ''),
  };
}

function booleanInput(name: string, fallback: boolean): boolean {
  if (core.getInput(name) === '') return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new LeptonError(
      'invalid',
      `input "${name}" must be true or false (got ${JSON.stringify(core.getInput(name))})`,
      ['YAML 1.2 core schema booleans: true, True, TRUE, false, False, FALSE'],
    );
  }
}
