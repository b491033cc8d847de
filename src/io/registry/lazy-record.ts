import type { StageRecord, VersionRecord } from '../../core/registry/types.js';

type AnyRecord = VersionRecord | StageRecord;

/**
 * What a listing of the whole registry reads of every record: `show` (created, passed,
 * metrics, fingerprint), `status`/`eval` finding a fingerprint, and the registry's own
 * assembly (kind, model, version, stage). Everything else is read of one or two records only.
 */
const SUMMARY_KEYS = [
  'kind',
  'model',
  'version',
  'stage',
  'created',
  'passed',
  'metrics',
  'fingerprint',
] as const;
const SUMMARY = new Set<string | symbol>(SUMMARY_KEYS);

export type RecordSummary = Partial<Record<(typeof SUMMARY_KEYS)[number], unknown>>;

/** The summary keys the record has, with the record's own values. */
export function summaryOf(record: AnyRecord): RecordSummary {
  const out: Record<string, unknown> = {};
  const all = record as unknown as Record<string, unknown>;
  for (const k of SUMMARY_KEYS) if (Object.hasOwn(all, k)) out[k] = all[k];
  return out;
}

/**
 * A record that answers its summary keys at once and parses the whole record only when
 * anything else is asked of it (a key, the list of keys, a copy, JSON.stringify): then it
 * is exactly the record `load` returns, key order and unknown keys included. Parsing all of
 * them up front is most of a warm `lepton show` over thousands of tags, which reads the
 * summary alone. `summary` must hold the summary keys of what `load` returns, no others.
 */
export function lazyRecord(summary: RecordSummary, load: () => object): AnyRecord {
  let full: object | undefined;
  // Once anything writes to the record, the summary may be stale: ask the whole record only.
  let written = false;
  const whole = (): object => (full ??= load());
  const changed = (): object => {
    written = true;
    return whole();
  };
  const handler: ProxyHandler<object> = {
    get: (_, key) =>
      !written && SUMMARY.has(key)
        ? (summary as Record<string | symbol, unknown>)[key]
        : Reflect.get(whole(), key),
    has: (_, key) => Reflect.has(whole(), key),
    ownKeys: () => Reflect.ownKeys(whole()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(whole(), key),
    set: (_, key, value) => Reflect.set(changed(), key, value),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(changed(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(changed(), key),
  };
  return new Proxy({}, handler) as AnyRecord;
}
