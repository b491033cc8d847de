import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { LeptonError } from '../core/errors/index.js';
import { evalSettingsWithFiles } from '../core/fingerprint/eval-files.js';
import { evalSettingsHash, type MetricsRead } from '../core/metrics/index.js';
import { oneLine } from '../core/report/escape.js';
import {
  checkShards,
  mergeShardMetrics,
  parseShard,
  shardResult,
  type NamedShard,
  type ShardResult,
} from '../core/shards/index.js';
import {
  DEFAULT_KILL_GRACE_MS,
  readMetricsFiles,
  runEvalCommand,
  snapshotMetricsFiles,
} from '../io/eval/index.js';
import { metricsKeyLocation } from './key-location.js';
import type { AppContext } from './context.js';
import type { EvaluateOptions } from './eval.js';
import { headCommitOrNull } from '../io/git-files.js';
import { fingerprintProject } from './status.js';
import { InputFileError, readInputText } from '../io/input-file.js';
import { writeFileAtomic } from '../io/atomic-write.js';

/** What `lepton eval --shard I/N` did. */
export interface ShardOutcome {
  /** The absolute path the result was written to. */
  readonly file: string;
  readonly shard: ShardResult;
}

/**
 * `lepton eval --shard I/N`: runs the eval command once with `LEPTON_SHARD_INDEX=I` and
 * `LEPTON_SHARD_COUNT=N` (the command picks its slice), reads the metrics this run wrote (which
 * must include `n`), and writes the shard's result — metrics, fingerprint, eval settings, I/N —
 * to `file` (atomically). Never reuses metrics: a shard is one slice of a run, not a version.
 * @param file  absolute path of the result file
 * @throws LeptonError `eval` when the command fails, writes no fresh metrics or no `n`
 * @throws LeptonError `invalid` when the result cannot be written (nothing is left behind)
 */
export async function evalShard(
  ctx: AppContext,
  shard: { readonly index: number; readonly count: number },
  file: string,
): Promise<ShardOutcome> {
  const m = ctx.manifest;
  const [fp, commit] = await Promise.all([
    fingerprintProject(ctx),
    ctx.repoRoot ? headCommitOrNull(ctx.git) : null,
  ]);
  const settings = evalSettingsWithFiles(evalSettingsHash(m.eval), fp.evalFiles);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(ctx.env)) if (v !== undefined) env[k] = v;
  const before = await snapshotMetricsFiles(ctx.modelDir, m.eval.metrics);
  const grace = Number(ctx.env.LEPTON_KILL_GRACE_MS);
  const run = await ctx.log.group(
    `eval shard ${shard.index}/${shard.count}: ${oneLine(m.eval.command, 100)}`,
    () =>
      runEvalCommand({
        command: m.eval.command,
        cwd: resolve(ctx.modelDir, m.eval.workdir),
        // As the unsharded eval's environment (app/eval.ts), plus which slice to take.
        env: {
          ...env,
          ...m.eval.env,
          LEPTON_MODEL: m.model,
          LEPTON_FINGERPRINT: fp.fingerprint,
          LEPTON_BASELINE_VERSION: '',
          LEPTON_SHARD_INDEX: String(shard.index),
          LEPTON_SHARD_COUNT: String(shard.count),
        },
        timeoutMs: m.eval.timeoutMs,
        killGraceMs:
          ctx.env.LEPTON_KILL_GRACE_MS && Number.isFinite(grace) && grace >= 0
            ? grace
            : DEFAULT_KILL_GRACE_MS,
        output: (chunk) => ctx.log.output(chunk),
        warn: (message) => ctx.log.warn(message),
        ...(ctx.signal && { signal: ctx.signal }),
      }),
  );
  ctx.log.info(`eval shard finished in ${(run.durationMs / 1000).toFixed(1)}s`);
  const read = await readMetricsFiles(ctx.modelDir, m.eval.metrics, before, run.startedAtMs, () =>
    metricsKeyLocation(ctx),
  );
  const result = shardResult({
    model: m.model,
    index: shard.index,
    count: shard.count,
    fingerprint: fp.fingerprint,
    evalSettings: settings,
    commit,
    read,
    created: ctx.now().toISOString(),
  });
  // Whole or not at all, and no temporary file left behind on a failure (io/atomic-write.ts).
  try {
    await writeFileAtomic(file, [Buffer.from(JSON.stringify(result, null, 2) + '\n')]);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new LeptonError('invalid', `could not write the shard result to ${file} (${code})`);
  }
  ctx.log.info(`wrote shard ${shard.index}/${shard.count} to ${file}`);
  return { file, shard: result };
}

/** The name `eval --shard` gives its results (any I and N). */
const SHARD_FILE = /^lepton-shard-\d+-of-\d+\.json$/;

/**
 * Files and folders as shard files: a folder stands for every `lepton-shard-I-of-N.json`
 * under it (what actions/download-artifact leaves, one subfolder per artifact), sorted.
 * @param paths  `{path: absolute, name: as the user wrote it}`
 */
export async function shardFiles(
  paths: readonly { readonly path: string; readonly name: string }[],
): Promise<{ path: string; name: string }[]> {
  const out: { path: string; name: string }[] = [];
  for (const p of paths) {
    const s = await stat(p.path).catch(() => null);
    if (!s?.isDirectory()) {
      out.push(p);
      continue;
    }
    const found = (await readdir(p.path, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile() && SHARD_FILE.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    if (found.length === 0) {
      throw new LeptonError('eval', `${p.name}: no lepton-shard-I-of-N.json in this folder`);
    }
    for (const f of found) out.push({ path: f, name: join(p.name, relative(p.path, f)) });
  }
  return out;
}

/** The largest shard result read: one holds a shard's metrics, a few KiB. */
const SHARD_MAX_BYTES = 64 * 1024 * 1024;

/**
 * The shard results in `files` (named as given in every message).
 * @throws LeptonError `invalid` naming a file that is missing, cannot be read, is not a regular
 *   file (a FIFO, a device) or is over 64 MiB: a file named on the command line is input;
 *   `eval` naming one that is no shard result
 */
export async function readShards(
  files: readonly { readonly path: string; readonly name: string }[],
): Promise<NamedShard[]> {
  return Promise.all(
    files.map(async ({ path, name }) => {
      let text: string;
      try {
        // Never waiting on a FIFO nor reading a device: a shard result is a small regular file.
        text = await readInputText(path, SHARD_MAX_BYTES);
      } catch (e) {
        if (!(e instanceof InputFileError)) throw e;
        // A file named on the command line that is not there or not a file: bad input, not a
        // failed eval.
        throw new LeptonError('invalid', `${name}: ${e.reason}`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new LeptonError('eval', `${name}: not JSON (${(e as Error).message})`);
      }
      return { file: name, shard: parseShard(name, json) };
    }),
  );
}

/**
 * The `measured` hook of evaluate/record for merged shards: once this checkout's fingerprint
 * and eval settings are known, checks the shards belong to them (same model, fingerprint, eval
 * settings and N, each index once, all present) and merges their metrics by `eval.merge`.
 * The gate, report and record then go exactly as for an unsharded eval.
 */
export function mergedShards(
  ctx: AppContext,
  shards: readonly NamedShard[],
): NonNullable<EvaluateOptions['measured']> {
  return async (fingerprint: string, evalSettings: string): Promise<MetricsRead> => {
    const m = ctx.manifest.eval;
    checkShards(shards, {
      model: ctx.manifest.model,
      fingerprint,
      evalSettings,
      ...(m.shards !== undefined && { count: m.shards }),
    });
    const first = shards[0] as NamedShard;
    ctx.log.info(
      `merging ${shards.length} shard(s) of ${first.shard.count} (${
        Object.entries(m.merge ?? {})
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ') || 'every metric: mean weighted by n'
      })`,
    );
    return mergeShardMetrics(shards, m.merge);
  };
}
