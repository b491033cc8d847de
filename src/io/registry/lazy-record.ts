import type { TagRecord } from '../../core/registry/types.js';

type AnyRecord = TagRecord;

/**
 * What a listing of the whole registry reads of every record: `show` (created, passed,
 * metrics, fingerprint), `status`/`eval` finding a fingerprint, and the registry's own
 * assembly (kind, model, version, stage, and commit, checked against the tag's). Everything
 * else is read of one or two records only.
 */
const SUMMARY_KEYS = [
  'kind',
  'model',
  'version',
  'commit',
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

/** What a lazy record holds; the proxy's target, so one handler serves every record. */
interface Lazy {
  readonly summary: RecordSummary;
  readonly load: () => object;
  full?: object;
  /** Once anything writes to the record, the summary may be stale: ask the whole record only. */
  written?: boolean;
}

const whole = (t: Lazy): object => (t.full ??= t.load());
const changed = (t: Lazy): object => {
  t.written = true;
  return whole(t);
};

// The target's own keys (summary, load…) are never reported: every trap answers from the
// record, which the proxy invariants allow for an extensible target with configurable keys.
const HANDLER: ProxyHandler<Lazy> = {
  get: (t, key) =>
    !t.written && SUMMARY.has(key)
      ? (t.summary as Record<string | symbol, unknown>)[key]
      : Reflect.get(whole(t), key),
  has: (t, key) => Reflect.has(whole(t), key),
  ownKeys: (t) => Reflect.ownKeys(whole(t)),
  getOwnPropertyDescriptor: (t, key) => Reflect.getOwnPropertyDescriptor(whole(t), key),
  set: (t, key, value) => Reflect.set(changed(t), key, value),
  defineProperty: (t, key, descriptor) => Reflect.defineProperty(changed(t), key, descriptor),
  deleteProperty: (t, key) => Reflect.deleteProperty(changed(t), key),
};

/**
 * A record that answers its summary keys at once and parses the whole record only when
 * anything else is asked of it (a key, the list of keys, a copy, JSON.stringify): then it
 * is exactly the record `load` returns, key order and unknown keys included. Parsing all of
 * them up front is most of a warm `lepton show` over thousands of tags, which reads the
 * summary alone. `summary` must hold the summary keys of what `load` returns, no others.
 */
export function lazyRecord(summary: RecordSummary, load: () => object): AnyRecord {
  return new Proxy<Lazy>({ summary, load }, HANDLER) as unknown as AnyRecord;
}
