/**
 * Errors are values with a kind; shells map kinds to exit codes and never
 * inspect message text.
 */
export type ErrorKind = 'invalid' | 'threshold' | 'eval' | 'git';
export declare const EXIT_CODES: Readonly<Record<ErrorKind | 'ok', number>>;
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
export declare class LeptonError extends Error {
    readonly kind: ErrorKind;
    /** Extra lines shown under the message (one problem each). */
    readonly details: readonly string[];
    readonly name = "LeptonError";
    /** The stable code of `kind`: the CLI's exit code (2 invalid, 1 threshold, 3 eval, 4 git). */
    readonly code: number;
    constructor(kind: ErrorKind, message: string, 
    /** Extra lines shown under the message (one problem each). */
    details?: readonly string[], options?: {
        cause?: unknown;
    });
}
export declare const isLeptonError: (e: unknown) => e is LeptonError;
export declare function exitCodeOf(e: unknown): number;
