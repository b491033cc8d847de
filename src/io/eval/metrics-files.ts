import { stat } from 'node:fs/promises';
import type { BigIntStats } from 'node:fs';
import { relative, resolve } from 'node:path';
import { LeptonError } from '../../core/errors/index.js';
import { mergeMetrics, parseMetrics, type MetricsRead } from '../../core/metrics/index.js';
import { InputFileError, readInputText } from '../input-file.js';
import { filesWrittenSince } from './written-files.js';

/**
 * Never stale numbers: a metrics file counts only if this run of the eval
 * wrote it. Two tests, both needed:
 *
 * 1. Before the spawn each file's identity is noted (inode, size, mtime and
 *    ctime in nanoseconds). A file that existed then and is identical after
 *    the run was not written by it — whatever the clocks say. This is exact,
 *    and covers the case timestamps cannot: a stale file from a run a moment ago.
 * 2. The file's mtime must not be older than the eval's start (the contract's
 *    rule; it catches a copy that preserved an old mtime). File timestamps come
 *    from the kernel's coarse clock and some filesystems keep whole or even
 *    two seconds, so a file written right after the start can carry an mtime
 *    slightly *before* it; the comparison allows MTIME_SLACK_MS for that. Test 1
 *    already rejects every stale file inside that window that existed before.
 */
export const MTIME_SLACK_MS = 2000;
const HINT_SLACK_MS = 20;

export type Snapshot = ReadonlyMap<string, BigIntStats | null>;

async function statOrNull(path: string): Promise<BigIntStats | null> {
  try {
    return await stat(path, { bigint: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

const same = (a: BigIntStats, b: BigIntStats) =>
  a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;

/** Notes what each metrics path is before the eval runs (relative paths resolve against `baseDir`). */
export async function snapshotMetricsFiles(
  baseDir: string,
  paths: readonly string[],
): Promise<Snapshot> {
  const entries = await Promise.all(
    paths.map(async (p) => [p, await statOrNull(resolve(baseDir, p))] as const),
  );
  return new Map(entries);
}

/**
 * Why the file at `p` was not written by this run of the eval (missing, not a file, unchanged
 * since the snapshot, or older than the eval's start), as `p: reason`; null when it was.
 */
export async function staleness(
  baseDir: string,
  p: string,
  before: Snapshot,
  startedAtMs: number,
): Promise<string | null> {
  const now = await statOrNull(resolve(baseDir, p));
  const then = before.get(p) ?? null;
  if (!now) return `${p}: the eval did not write it (it does not exist)`;
  if (!now.isFile()) return `${p}: not a file`;
  if (then && same(then, now))
    return `${p}: not written by this run (unchanged since before the eval started)`;
  if (Number(now.mtimeMs) < startedAtMs - MTIME_SLACK_MS) {
    return `${p}: older than this eval's start (modified ${new Date(Number(now.mtimeMs)).toISOString()}, eval started ${new Date(startedAtMs).toISOString()})`;
  }
  return null;
}

/**
 * Reads, checks and merges the metrics files after a successful eval. Every
 * missing or stale file is named at once; a file that does not parse, or a
 * metric name found in two files, is an `eval` error too.
 */
export async function readMetricsFiles(
  baseDir: string,
  paths: readonly string[],
  before: Snapshot,
  startedAtMs: number,
  /** Names the manifest key listing the metrics files, for the error's hint (`lepton.yml:21:12 eval.metrics`). */
  metricsKey: () => Promise<string> = async () => 'eval.metrics',
): Promise<MetricsRead> {
  const problems: string[] = [];
  const stale: string[] = [];
  const fresh: string[] = [];
  for (const p of paths) {
    const problem = await staleness(baseDir, p, before, startedAtMs);
    if (problem) {
      problems.push(problem);
      stale.push(p);
    } else fresh.push(p);
  }
  if (problems.length) {
    throw new LeptonError(
      'eval',
      `${problems.length} metrics file(s) were not written by this eval (never reading stale numbers)`,
      [...problems, ...(await whereItWrote(baseDir, startedAtMs, await metricsKey(), stale))],
    );
  }
  const files = await Promise.all(
    fresh.map(async (p) => ({
      source: p,
      metrics: parseMetrics(p, await readEvalOutput(baseDir, p)),
    })),
  );
  return mergeMetrics(files);
}

/**
 * Hints for a metrics file the eval did not write: the files it did write (below `baseDir`),
 * since a metrics path that does not match what the eval writes is the usual cause.
 */
async function whereItWrote(
  baseDir: string,
  startedAtMs: number,
  key: string,
  stale: readonly string[],
): Promise<string[]> {
  // A hint, not a check: a jiffy of slack for the kernel's coarse file clock, not the 2 s the
  // check allows, so files edited just before the run (the manifest) are not listed. The stale
  // metrics files are left out: one dated in the future looks freshly written, and was not.
  const notWritten = new Set(stale.map((p) => relative(baseDir, resolve(baseDir, p))));
  const written = (await filesWrittenSince(baseDir, startedAtMs - HINT_SLACK_MS)).filter(
    (f) => !notWritten.has(relative(baseDir, resolve(baseDir, f))),
  );
  const fix = `${key} names the file(s) read after the eval (relative to the manifest): make it match what the eval writes`;
  if (!written.length) return [`the eval wrote no file below ${baseDir}`, fix];
  return [`files this eval wrote: ${written.join(', ')}`, fix];
}

/**
 * The largest file the eval writes that Lepton reads (a metrics or samples file): far above any
 * real one (a million examples' samples are tens of MiB), and below what a string can hold.
 */
export const EVAL_OUTPUT_MAX_BYTES = 256 * 1024 * 1024;

/**
 * The text of a file the eval wrote (`p` relative to `baseDir`), which staleness() found to be a
 * fresh regular file: read again with the same care (it may have been replaced since by a FIFO
 * or grown without bound), so a broken eval can never make Lepton wait forever or run out of memory.
 * @throws LeptonError `eval` naming the file and why it was not read
 */
export async function readEvalOutput(baseDir: string, p: string): Promise<string> {
  try {
    return await readInputText(resolve(baseDir, p), EVAL_OUTPUT_MAX_BYTES);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    throw new LeptonError('eval', `${p}: ${e.reason}`);
  }
}
