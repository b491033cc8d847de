/**
 * Number formatting shared by every rendering (Markdown, terminal, gate
 * reasons, tag messages, `show`, `diff`): one rule, so the same value reads
 * the same everywhere. A leaf module — it imports nothing — so `core/gate` and
 * `core/registry` can use it without depending on the report.
 *
 * The rule (contract §2b, "numbers are shown as they are"):
 * - an integer with |n| ≤ 2^53 prints exactly (`12345678901234`), since every
 *   such integer is held exactly by a double and a byte count or a row count
 *   rounded to ten digits would be a different number;
 * - any other value prints with up to ten significant digits, which hides
 *   binary noise (`0.1 + 0.2` → `0.3`) while keeping any precision a metric
 *   honestly has; where fixed notation would need digits the value does not
 *   have (`1.5e20`, `1.23456789e10` for 12345678901.5), it uses exponent form.
 */
/**
 * `0.931`, `12`, `12345678901234`, `1.5e-7`, `NaN`, `Infinity`; `-0` prints as `0`.
 * `significant` (1–100) applies to values that are not exact integers.
 */
export declare function formatNumber(n: number, significant?: number): string;
/** A number with an explicit sign: `+0.011`, `-0.004`, `0`. */
export declare function formatSigned(n: number, significant?: number): string;
/** A percentage from a fraction: `0.0123` → `+1.23%` (three significant digits). */
export declare function formatPercent(fraction: number): string;
/**
 * The two numbers of a comparison, each shortened unless shortening would make
 * them look equal (`0.3 is below the minimum 0.3` helps nobody): then both
 * print with the shortest digits that tell them apart exactly.
 */
export declare function formatPair(a: number, b: number): [string, string];
/**
 * The change from `a` to `b`, computed from the exact values, and that change
 * relative to `|a|` (null when `a` is 0). Null when either is missing or not finite.
 */
export declare function change(a: number | null | undefined, b: number | null | undefined): {
    change: number;
    relative: number | null;
} | null;
/** `+0.011 (+1.2%)`, `0 (0%)`, `+3` when there is no relative change; `—` without both numbers. */
export declare function formatChange(a: number | null | undefined, b: number | null | undefined): string;
