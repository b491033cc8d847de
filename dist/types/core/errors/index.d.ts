/**
 * Errors are values with a kind; shells map kinds to exit codes and never
 * inspect message text.
 */
export type ErrorKind = 'invalid' | 'threshold' | 'eval' | 'git';
export declare const EXIT_CODES: Readonly<Record<ErrorKind | 'ok', number>>;
export declare class LeptonError extends Error {
    readonly kind: ErrorKind;
    /** Extra lines shown under the message (one problem each). */
    readonly details: readonly string[];
    readonly name = "LeptonError";
    constructor(kind: ErrorKind, message: string, 
    /** Extra lines shown under the message (one problem each). */
    details?: readonly string[], options?: {
        cause?: unknown;
    });
}
export declare const isLeptonError: (e: unknown) => e is LeptonError;
export declare function exitCodeOf(e: unknown): number;
