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

export class LeptonError extends Error {
  override readonly name = 'LeptonError';
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** Extra lines shown under the message (one problem each). */
    readonly details: readonly string[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isLeptonError = (e: unknown): e is LeptonError => e instanceof LeptonError;

export function exitCodeOf(e: unknown): number {
  return isLeptonError(e) ? EXIT_CODES[e.kind] : 1;
}
