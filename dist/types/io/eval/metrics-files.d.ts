import type { BigIntStats } from 'node:fs';
import { type MetricsRead } from '../../core/metrics/index.js';
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
export declare const MTIME_SLACK_MS = 2000;
export type Snapshot = ReadonlyMap<string, BigIntStats | null>;
/** Notes what each metrics path is before the eval runs (relative paths resolve against `baseDir`). */
export declare function snapshotMetricsFiles(baseDir: string, paths: readonly string[]): Promise<Snapshot>;
/**
 * Why the file at `p` was not written by this run of the eval (missing, not a file, unchanged
 * since the snapshot, or older than the eval's start), as `p: reason`; null when it was.
 */
export declare function staleness(baseDir: string, p: string, before: Snapshot, startedAtMs: number): Promise<string | null>;
/**
 * Reads, checks and merges the metrics files after a successful eval. Every
 * missing or stale file is named at once; a file that does not parse, or a
 * metric name found in two files, is an `eval` error too.
 */
export declare function readMetricsFiles(baseDir: string, paths: readonly string[], before: Snapshot, startedAtMs: number, 
/** Names the manifest key listing the metrics files, for the error's hint (`lepton.yml:21:12 eval.metrics`). */
metricsKey?: () => Promise<string>): Promise<MetricsRead>;
/**
 * The largest file the eval writes that Lepton reads (a metrics or samples file): far above any
 * real one (a million examples' samples are tens of MiB), and below what a string can hold.
 */
export declare const EVAL_OUTPUT_MAX_BYTES: number;
/**
 * The text of a file the eval wrote (`p` relative to `baseDir`), which staleness() found to be a
 * fresh regular file: read again with the same care (it may have been replaced since by a FIFO
 * or grown without bound), so a broken eval can never make Lepton wait forever or run out of memory.
 * @throws LeptonError `eval` naming the file and why it was not read
 */
export declare function readEvalOutput(baseDir: string, p: string): Promise<string>;
