import type { TagRecord } from '../../core/registry/types.js';
type AnyRecord = TagRecord;
/**
 * What a listing of the whole registry reads of every record: `show` (created, passed,
 * metrics, fingerprint), `status`/`eval` finding a fingerprint, and the registry's own
 * assembly (kind, model, version, stage, and commit, checked against the tag's). Everything
 * else is read of one or two records only.
 */
declare const SUMMARY_KEYS: readonly ["kind", "model", "version", "commit", "stage", "created", "passed", "metrics", "fingerprint"];
export type RecordSummary = Partial<Record<(typeof SUMMARY_KEYS)[number], unknown>>;
/** The summary keys the record has, with the record's own values. */
export declare function summaryOf(record: AnyRecord): RecordSummary;
/**
 * A record that answers its summary keys at once and parses the whole record only when
 * anything else is asked of it (a key, the list of keys, a copy, JSON.stringify): then it
 * is exactly the record `load` returns, key order and unknown keys included. Parsing all of
 * them up front is most of a warm `lepton show` over thousands of tags, which reads the
 * summary alone. `summary` must hold the summary keys of what `load` returns, no others.
 */
export declare function lazyRecord(summary: RecordSummary, load: () => object): AnyRecord;
export {};
