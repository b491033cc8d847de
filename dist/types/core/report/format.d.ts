/**
 * Number formatting shared by every rendering (Markdown, terminal, reasons):
 * one rule, so the same value reads the same everywhere. Ten significant
 * digits hide binary noise (`0.1 + 0.2` → `0.3`) while keeping any precision
 * a metric honestly has; plain decimals between 1e-6 and 1e15, exponent beyond.
 */
/** `0.931`, `12`, `1.5e-7`, `NaN`, `Infinity`; `-0` prints as `0`. */
export declare function formatNumber(n: number, significant?: number): string;
/** A number with an explicit sign: `+0.011`, `-0.004`, `0`. */
export declare function formatSigned(n: number, significant?: number): string;
/** A percentage from a fraction: `0.0123` → `+1.23%` (three significant digits). */
export declare function formatPercent(fraction: number): string;
/**
 * The two numbers of a comparison, each shortened unless shortening would make
 * them look equal (`0.3 is below the minimum 0.3` helps nobody).
 */
export declare function formatPair(a: number, b: number): [string, string];
/** The change from `a` to `b` and that change relative to `|a|` (null when `a` is 0 or either is not finite). */
export declare function change(a: number | null | undefined, b: number | null | undefined): {
    change: number;
    relative: number | null;
} | null;
/** `+0.011 (+1.2%)`, `0 (0%)`, `+3` when there is no relative change; `—` without both numbers. */
export declare function formatChange(a: number | null | undefined, b: number | null | undefined): string;
