import { LeptonError } from '../errors/index.js';
import type { MergeRule } from '../manifest/types.js';
import type { LeafValue, MetricsRead } from '../metrics/types.js';

/**
 * Sharded evals (CONTRACT §6): `eval --shard I/N` evaluates one slice and writes a ShardResult;
 * `merge` checks that N results belong together and combines their metrics so the result
 * equals the unsharded eval's: `mean` weighted by each shard's `n` (the default), `sum`,
 * `min`, `max`. Pure: reading and writing the files is app/shards.ts's.
 */

/** The metric every shard must report: how many examples it evaluated. */
export const COUNT_METRIC = 'n';

/** `lepton-shard-I-of-N.json`: one shard's result, as written for the job to upload. */
export interface ShardResult {
  readonly kind: 'lepton-shard';
  readonly schema: 1;
  readonly model: string;
  /** From 1. */
  readonly index: number;
  readonly count: number;
  /** The model's fingerprint the shard evaluated. */
  readonly fingerprint: string;
  /** The eval settings (command, env, the eval's files, …) that produced the metrics. */
  readonly evalSettings: string;
  /** The commit checked out, when known (reported, not compared: content decides). */
  readonly commit: string | null;
  /** Numeric metrics; NaN and ±Infinity as the strings "NaN", "Infinity", "-Infinity". */
  readonly metrics: Readonly<Record<string, number | string>>;
  /** Values that are not numbers, as written. */
  readonly nonNumeric: Readonly<Record<string, LeafValue>>;
  readonly created: string;
}

/** A shard result and the file it was read from (named in every message). */
export interface NamedShard {
  readonly file: string;
  readonly shard: ShardResult;
}

/** The default file name of shard I of N. */
export const shardFileName = (index: number, count: number): string =>
  `lepton-shard-${index}-of-${count}.json`;

/**
 * `--shard I/N`: I from 1 to N.
 * @throws LeptonError `invalid` for anything else, or an N other than `eval.shards` when set
 */
export function parseShardArg(text: string, declared?: number): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1) || !(index >= 1) || index > count || count > 1000) {
    throw new LeptonError('invalid', `--shard ${text}: expected I/N with 1 ≤ I ≤ N ≤ 1000`, [
      'for example --shard 2/4 (the second of four shards)',
    ]);
  }
  if (declared !== undefined && count !== declared) {
    throw new LeptonError('invalid', `--shard ${text}: lepton.yml says eval.shards: ${declared}`, [
      `use --shard I/${declared}, or change eval.shards`,
    ]);
  }
  return { index, count };
}

const encode = (v: number): number | string => (Number.isFinite(v) ? v : String(v));
const decode = (v: number | string): number => (typeof v === 'number' ? v : Number(v));

/**
 * The shard result of one eval's metrics.
 * @throws LeptonError `eval` when the metrics lack a `n` that is a whole number, or when it is
 *   0 ("shard 3/3 evaluated nothing (n: 0)"): a shard whose data failed to load would otherwise
 *   vanish from every mean at the merge and the merged eval go green without it
 */
export function shardResult(input: {
  model: string;
  index: number;
  count: number;
  fingerprint: string;
  evalSettings: string;
  commit: string | null;
  read: MetricsRead;
  created: string;
}): ShardResult {
  const n = input.read.values[COUNT_METRIC];
  if (n === undefined || !Number.isInteger(n) || n < 0) {
    throw new LeptonError(
      'eval',
      `shard ${input.index}/${input.count}: the metrics must include "${COUNT_METRIC}", the number of examples the shard evaluated (got ${n === undefined ? 'none' : String(n)})`,
      ['write it beside the other metrics; a mean is weighted by it when the shards are merged'],
    );
  }
  if (n < 1) throw evaluatedNothing(`shard ${input.index}/${input.count}`, n);
  const metrics: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(input.read.values)) metrics[k] = encode(v);
  return {
    kind: 'lepton-shard',
    schema: 1,
    model: input.model,
    index: input.index,
    count: input.count,
    fingerprint: input.fingerprint,
    evalSettings: input.evalSettings,
    commit: input.commit,
    metrics,
    nonNumeric: { ...input.read.nonNumericValues },
    created: input.created,
  };
}

/**
 * A shard file's JSON as a ShardResult.
 * @throws LeptonError `eval` naming the file when it is not one
 */
export function parseShard(file: string, value: unknown): ShardResult {
  const v = value as Partial<ShardResult> | null;
  const bad = (why: string) =>
    new LeptonError('eval', `${file}: not a Lepton shard result (${why})`, [
      'give the files `lepton eval --shard I/N` wrote',
    ]);
  if (!v || typeof v !== 'object' || v.kind !== 'lepton-shard')
    return fail(bad('no kind "lepton-shard"'));
  if (v.schema !== 1) return fail(bad(`schema ${String(v.schema)}; this Lepton reads 1`));
  for (const key of ['model', 'fingerprint', 'evalSettings'] as const) {
    if (typeof v[key] !== 'string') return fail(bad(`"${key}" is not a string`));
  }
  if (!Number.isInteger(v.index) || !Number.isInteger(v.count)) return fail(bad('no index/count'));
  if (!v.metrics || typeof v.metrics !== 'object') return fail(bad('no metrics'));
  for (const [k, m] of Object.entries(v.metrics)) {
    if (typeof m !== 'number' && !['NaN', 'Infinity', '-Infinity'].includes(m)) {
      return fail(bad(`metric "${k}" is not a number`));
    }
  }
  return {
    kind: 'lepton-shard',
    schema: 1,
    model: v.model as string,
    index: v.index as number,
    count: v.count as number,
    fingerprint: v.fingerprint as string,
    evalSettings: v.evalSettings as string,
    commit: typeof v.commit === 'string' ? v.commit : null,
    metrics: v.metrics,
    nonNumeric: v.nonNumeric && typeof v.nonNumeric === 'object' ? v.nonNumeric : {},
    created: typeof v.created === 'string' ? v.created : '',
  };
}

/** A shard that evaluated no example: never merged (its metrics would vanish from every mean). */
function evaluatedNothing(which: string, n: number | string | undefined): LeptonError {
  return new LeptonError('eval', `${which} evaluated nothing (n: ${String(n)})`, [
    'every shard must evaluate at least one example (n ≥ 1): check that its slice of the data loaded, or use fewer shards',
  ]);
}

function fail(e: LeptonError): never {
  throw e;
}

/** What the shards must all be: this checkout's model, content and eval. */
export interface ShardExpectation {
  readonly model: string;
  readonly fingerprint: string;
  readonly evalSettings: string;
  /** `eval.shards`, when the manifest declares it. */
  readonly count?: number;
}

/**
 * Checks that the shards are the N shards of one eval of this checkout: the same model,
 * fingerprint, eval settings and N, each index once, none missing, and each having evaluated
 * at least one example (`n` a whole number ≥ 1, as `eval --shard` demands).
 * @throws LeptonError `eval` (exit 3) naming the foreign, repeated, missing or empty shard(s)
 */
export function checkShards(shards: readonly NamedShard[], expect: ShardExpectation): void {
  if (shards.length === 0) throw new LeptonError('eval', 'no shard results given');
  const problems: string[] = [];
  const count = expect.count ?? (shards[0] as NamedShard).shard.count;
  const byIndex = new Map<number, string[]>();
  for (const { file, shard } of shards) {
    const foreign: string[] = [];
    if (shard.model !== expect.model)
      foreign.push(`of model "${shard.model}", not "${expect.model}"`);
    else {
      if (shard.count !== count) foreign.push(`one of ${shard.count} shards, not of ${count}`);
      if (shard.fingerprint !== expect.fingerprint) {
        foreign.push(
          `evaluated other content (fingerprint ${short(shard.fingerprint)}, this checkout's is ${short(expect.fingerprint)})`,
        );
      }
      if (shard.evalSettings !== expect.evalSettings) {
        foreign.push('measured by other eval settings (command, env or eval files differ)');
      }
    }
    if (foreign.length) {
      problems.push(
        `foreign shard ${file} (shard ${shard.index}/${shard.count}): ${foreign.join('; ')}`,
      );
      continue;
    }
    byIndex.set(shard.index, [...(byIndex.get(shard.index) ?? []), file]);
    const n = shard.metrics[COUNT_METRIC];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      const which = `${file} (shard ${shard.index}/${shard.count})`;
      problems.push(
        typeof n === 'number' && Number.isInteger(n)
          ? evaluatedNothing(which, n).message
          : `${which}: "${COUNT_METRIC}" is ${n === undefined ? 'missing' : JSON.stringify(n)}, not the number of examples it evaluated (a whole number ≥ 1)`,
      );
    }
  }
  for (const [index, files] of [...byIndex].sort((a, b) => a[0] - b[0])) {
    if (files.length > 1)
      problems.push(`shard ${index}/${count} given more than once: ${files.join(', ')}`);
  }
  if (problems.length === 0) {
    for (let i = 1; i <= count; i++) {
      if (!byIndex.has(i))
        problems.push(`shard ${i}/${count} is missing (expected ${shardFileName(i, count)})`);
    }
  }
  if (problems.length) {
    throw new LeptonError(
      'eval',
      problems.length === 1
        ? (problems[0] as string)
        : `${problems.length} problems with the shards`,
      problems.length === 1 ? [] : problems,
    );
  }
}

const short = (h: string) => h.replace(/^sha256:/, '').slice(0, 12);

/**
 * The metrics of the whole eval from its shards' (already checked by checkShards): per metric
 * by `rules[metric]` — `mean` (default) weighted by each shard's `n`, `sum`, `min`, `max`;
 * `n` itself sums unless a rule says otherwise. Sums are compensated (Neumaier), so a mean
 * over many shards stays within an ulp or two of the unsharded one. Values that are not
 * numbers are taken from the lowest shard that has them.
 * @throws LeptonError `eval` naming the shard that lacks a metric others have
 */
export function mergeShardMetrics(
  shards: readonly NamedShard[],
  rules: Readonly<Record<string, MergeRule>> = {},
): MetricsRead {
  const sorted = [...shards].sort((a, b) => a.shard.index - b.shard.index);
  const names = new Set(sorted.flatMap((s) => Object.keys(s.shard.metrics)));
  const missing: string[] = [];
  for (const { file, shard } of sorted) {
    const lacks = [...names].filter((k) => !(k in shard.metrics));
    if (lacks.length)
      missing.push(
        `${file} (shard ${shard.index}/${shard.count}) lacks ${lacks.map((k) => `"${k}"`).join(', ')}`,
      );
  }
  if (missing.length) {
    throw new LeptonError(
      'eval',
      `the shards do not report the same metrics: ${missing.join('; ')}`,
      ['every shard must write every metric'],
    );
  }
  const weights = sorted.map((s) => decode(s.shard.metrics[COUNT_METRIC] as number | string));
  const values: Record<string, number> = Object.create(null);
  for (const name of names) {
    const xs = sorted.map((s) => decode(s.shard.metrics[name] as number | string));
    const rule = rules[name] ?? (name === COUNT_METRIC ? 'sum' : 'mean');
    values[name] = combine(rule, xs, weights);
  }
  const nonNumericValues: Record<string, LeafValue> = Object.create(null);
  const nonNumeric: Record<string, string> = Object.create(null);
  for (const { shard } of sorted) {
    for (const [k, v] of Object.entries(shard.nonNumeric)) {
      if (k in nonNumericValues || k in values) continue;
      nonNumericValues[k] = v;
      nonNumeric[k] = v === null ? 'null' : `a ${typeof v} (${JSON.stringify(v)})`;
    }
  }
  return { values, nonNumeric, nonNumericValues };
}

function combine(rule: MergeRule, xs: readonly number[], weights: readonly number[]): number {
  switch (rule) {
    case 'sum':
      return sum(xs);
    case 'min':
      return xs.reduce((a, b) => (b < a || Number.isNaN(b) ? b : a));
    case 'max':
      return xs.reduce((a, b) => (b > a || Number.isNaN(b) ? b : a));
    case 'mean': {
      const total = sum(weights);
      // checkShards refuses a shard with no examples; one given here anyway carries no weight.
      const terms = xs.map((x, i) =>
        (weights[i] as number) === 0 ? 0 : x * (weights[i] as number),
      );
      return total === 0 ? NaN : sum(terms) / total;
    }
  }
}

/** Neumaier's compensated sum. */
function sum(xs: readonly number[]): number {
  // The compensation of an infinite term is NaN: such sums are plain.
  if (!xs.every(Number.isFinite)) return xs.reduce((a, b) => a + b, 0);
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}
