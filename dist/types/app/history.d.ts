import { type HeldAt, type HistoryEvent } from '../core/delivery/history.js';
import type { AppContext } from './context.js';
export interface HistoryOptions {
    /** Only this stage's events (all stages when absent). */
    readonly stage?: string;
    /** An ISO 8601 time: answer which version held each stage then, instead of listing events. */
    readonly at?: string;
}
/** `history --json`: the audit trail, newest first. */
export interface HistoryResult {
    readonly model: string;
    readonly events: readonly HistoryEvent[];
}
/** `history --at T --json`: who held each stage at T. */
export interface HistoryAtResult {
    readonly model: string;
    /** The moment asked about, ISO 8601 (normalised to UTC). */
    readonly at: string;
    readonly stages: Readonly<Record<string, HeldAt | null>>;
}
/**
 * Parses `--at`: an ISO 8601 date or date-time (a time without a zone is UTC).
 * @throws LeptonError `invalid` for anything else
 */
export declare function parseAt(text: string): number;
/**
 * `lepton history [STAGE] [--at TIME]`: every stage event of the model, newest first (who put
 * which version in which stage, when, why, from which run) — or, with `at`, which version held
 * each stage at that moment.
 * @throws LeptonError `invalid` for an unknown stage or a malformed `at`
 */
export declare function history(ctx: AppContext, options?: HistoryOptions): Promise<HistoryResult | HistoryAtResult>;
