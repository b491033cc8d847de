/**
 * Errors are values with a kind; shells map kinds to exit codes and never
 * inspect message text.
 */
export type ErrorKind = 'invalid' | 'threshold' | 'eval' | 'git';

export const EXIT_CODES: Readonly<Record<ErrorKind | 'ok', number>> = {
  ok: 0,
  threshold: 1,
  invalid: 2,
  eval: 3,
  git: 4,
};

/**
 * Every failure Lepton expects (bad input, a failed threshold or eval, git) is one of these.
 *
 * - `kind`: `invalid` (bad input: manifest, arguments, settings), `threshold` (a check failed,
 *   a promotion was refused), `eval` (the eval command failed, timed out or was stopped),
 *   `git` (git or a remote failed after retries).
 * - `code`: the stable number for the kind, the CLI's exit code (`EXIT_CODES`): 2, 1, 3, 4.
 * - `message`: one line; `details`: one line per problem (file:line:column, hints).
 *
 * @example
 *   try { await record(ctx); } catch (e) { if (e instanceof LeptonError && e.code === 2) fixInput(e.details); }
 */
export class LeptonError extends Error {
  override readonly name = 'LeptonError';
  /** The stable code of `kind`: the CLI's exit code (2 invalid, 1 threshold, 3 eval, 4 git). */
  readonly code: number;
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** Extra lines shown under the message (one problem each). */
    readonly details: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = EXIT_CODES[kind];
  }
}

export const isLeptonError = (e: unknown): e is LeptonError => e instanceof LeptonError;

export function exitCodeOf(e: unknown): number {
  return isLeptonError(e) ? EXIT_CODES[e.kind] : 1;
}
