import * as crypto from 'node:crypto';
import {
  closeSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { sep } from 'node:path';
import { LeptonError } from '../../core/errors/index.js';
import { isDvcFile, parseDvcFile } from '../../core/fingerprint/dvc.js';
import type { FileRecord } from '../../core/fingerprint/encoding.js';
import {
  LFS_POINTER_MAX_SIZE,
  mayBeLfsPointer,
  parseLfsPointer,
} from '../../core/fingerprint/lfs.js';
import { decodeName, fsPath, hasEscapedBytes, nameBytes } from '../../core/fingerprint/names.js';
import { HashTeam, Outcome, Standby } from './pool.js';
import { ProgressMeter, type Progress } from './progress.js';
import type { StatCache, StatKey } from './stat-cache.js';
import { statKey } from './stat-cache-file.js';

/** A selected file, looked at: where to read it and its stat data. */
export interface Target {
  /** POSIX, relative to the model's directory. */
  readonly rel: string;
  /** The file to read (a symlink's resolved target). */
  readonly abs: string;
  readonly key: StatKey;
}

/** lstat's options, made once: a missing file is undefined, not an error. */
const NO_THROW = { throwIfNoEntry: false } as const;

/**
 * `dir` ending in a separator, for file paths made by plain concatenation: git's names are
 * already normal, and join() per file costs more than the lstat.
 */
export function folderPrefix(dir: string): string {
  return dir.endsWith(sep) ? dir : dir + sep;
}

/**
 * Stats every selected file (one lstat each; symlinks resolved and checked).
 * Files git still lists but the work tree no longer has are left out. `standby`, when given,
 * is started once the files seen hold enough bytes for helper threads to pay.
 * Throws one error naming every file that cannot be used.
 */
export function statTargets(
  rels: readonly string[],
  modelDir: string,
  root: string,
  standby?: Standby | null,
): Target[] {
  const targets: Target[] = [];
  // Bytes seen until helpers would pay, then -Infinity (started once).
  let seen = standby ? 0 : -Infinity;
  const problems: string[] = [];
  let rootReal: string | undefined;
  const base = folderPrefix(modelDir);
  for (const rel of rels) {
    const abs = base + rel;
    // A name that is not UTF-8 is opened by its bytes (core/fingerprint/names.ts).
    const escaped = hasEscapedBytes(rel);
    let st: Stats | undefined;
    try {
      st = lstatSync(escaped ? nameBytes(abs) : abs, NO_THROW);
    } catch (e) {
      problems.push(`${rel}: cannot read it (${errno(e)})`);
      continue;
    }
    // Listed by git but deleted from the work tree.
    if (st === undefined) continue;
    let path = abs;
    if (st.isSymbolicLink()) {
      rootReal ??= realpathSync.native(root);
      let real: string;
      try {
        // As bytes, by realpath(3): a target whose name is not UTF-8 read as a string comes
        // back with U+FFFD in it and names another file (or none); Node's JavaScript
        // realpathSync works in strings even when asked for a buffer.
        real = decodeName(
          realpathSync.native(escaped ? nameBytes(abs) : abs, { encoding: 'buffer' }),
        );
      } catch (e) {
        problems.push(`${rel}: symlink to nothing (${errno(e)})`);
        continue;
      }
      if (real !== rootReal && !real.startsWith(rootReal + sep)) {
        problems.push(`${rel}: symlink leaves the repository (→ ${real})`);
        continue;
      }
      path = real;
      st = statSync(fsPath(real));
    }
    if (!st.isFile()) {
      problems.push(
        `${rel}: ${st.isDirectory() ? 'is a folder (a submodule or a symlink to a folder); name its files instead' : 'not a regular file'}`,
      );
      continue;
    }
    targets.push({
      rel,
      abs: path,
      key: statKey(st),
    });
    if ((seen += st.size) >= HELPERS_FROM_BYTES) {
      (standby as Standby).start();
      seen = -Infinity;
    }
  }
  if (problems.length) {
    throw new LeptonError(
      'invalid',
      problems.length === 1 ? (problems[0] as string) : `${problems.length} files cannot be used`,
      problems.length === 1 ? [] : problems,
    );
  }
  return targets;
}

/**
 * Each target's record, into `records`: from the stat cache when it may be trusted, else by
 * reading the file. Files are read by the main thread and, when there is enough to read to pay
 * for their start, by helper threads beside it (pool.ts); `.dvc` files, names that are not UTF-8
 * and whatever a helper could not do (errors, possible LFS pointers) are read on this thread.
 * `vouched`: files git vouches for in this run, with their blob ids (the cache keeps those of
 * settled files so the next run can skip the lstat). A promise only when the cache has no old
 * entries (nothing to look up): the records are then remembered once it settles, so git works
 * out its answer while the files are read. `standby`: helper threads started early
 * ({@link statTargets}), used when helpers pay and dismissed when not. Throws LeptonError
 * 'invalid' naming every file that cannot be read.
 *
 * `committed`, when given, is called with the files read in this run and those the cache
 * served (by their stat data) once they are all read, and may replace their records in
 * `records` (committed.ts: files git converted are described by their blobs); they are
 * remembered only after it, as it left them, so the cache never keeps a record of the other
 * meaning.
 *
 * Resolves once every file is hashed (`records` complete), with `remembered`: settles once the
 * records are in the cache (at once unless `vouched` is a promise; then once git's word is in,
 * which the caller need not wait for to use the hashes). It never rejects (a failed word
 * remembers nothing).
 */
export async function hashTargets(
  targets: readonly Target[],
  cache: StatCache,
  records: Map<string, FileRecord>,
  vouched: ReadonlyMap<string, string> | Promise<ReadonlyMap<string, string>>,
  onProgress?: (p: Progress) => void,
  standby?: Standby | null,
  committed?: ((read: readonly Target[], hits: readonly Target[]) => Promise<void>) | null,
): Promise<{ readonly remembered: Promise<void> }> {
  const known = vouched instanceof Map ? vouched : NONE;
  // Files the cache served, for `committed`.
  const hits: Target[] = [];
  const hitsR: FileRecord[] = [];
  const here: Target[] = [];
  const shared: Target[] = [];
  let todoBytes = 0;
  for (const t of targets) {
    // The cache keeps names as UTF-8: one that is not is never looked up there (nor kept).
    const escaped = hasEscapedBytes(t.rel);
    const hit = escaped ? undefined : cache.lookup(t.rel, t.key, known.get(t.rel));
    if (hit) {
      records.set(t.rel, hit);
      if (committed) {
        hits.push(t);
        hitsR.push(hit);
      }
      continue;
    }
    todoBytes += t.key.size;
    // Helpers take paths as strings and do not parse .dvc files.
    if (escaped || hasEscapedBytes(t.abs) || isDvcFile(t.rel)) here.push(t);
    else shared.push(t);
  }
  const meter = new ProgressMeter(here.length + shared.length, todoBytes, onProgress);
  const problems: string[] = [];
  // Remembered at once when git's word is known, else once it is (in parallel arrays: no
  // object per file).
  const laterT: Target[] = [];
  const laterR: FileRecord[] = [];
  // Files read in this run, for `committed`.
  const read: Target[] = [];
  const keep = (t: Target, record: FileRecord, bytesRead: number) => {
    records.set(t.rel, record);
    if (committed) read.push(t);
    // A file that changed while it was read is hashed again next time rather than remembered.
    if (bytesRead !== t.key.size || hasEscapedBytes(t.rel)) return;
    if (vouched instanceof Map && !committed) {
      cache.remember(t.rel, t.key, record, vouched.get(t.rel));
    } else {
      laterT.push(t);
      laterR.push(record);
    }
  };
  const onBytes = (n: number) => meter.add(0, n);
  const readOne = (t: Target) => {
    const r = readHere(t, onBytes);
    if (typeof r === 'string') problems.push(`${t.rel}: ${r}`);
    else keep(t, r.record, r.bytesRead);
    meter.add(1, 0);
  };

  const helpers = helpersFor(shared);
  if (helpers === 0) {
    void standby?.dismiss();
    for (const t of here) readOne(t);
    for (const t of shared) readOne(t);
    return settle();
  }
  const early = standby?.take() ?? [];
  const team = new HashTeam(
    shared.map((t) => ({ path: t.abs, size: t.key.size })),
    early.length ? early : helpers,
  );
  // This thread's own files first, while the helpers start.
  for (const t of here) readOne(t);
  let seen = 0;
  for (let batch; (batch = team.claim()) !== null;) {
    for (let k = batch[0]; k < batch[1]; k++) readOne(shared[team.order[k] as number] as Target);
    const by = team.helpersBytes();
    meter.add(0, by - seen);
    seen = by;
  }
  await team.finish();
  meter.add(0, team.helpersBytes() - seen);
  for (let k = 0; k < shared.length; k++) {
    const outcome = team.outcome(k);
    if (outcome === Outcome.Mine) continue;
    const t = shared[team.order[k] as number] as Target;
    if (outcome === Outcome.Hashed) {
      const n = team.length(k);
      keep(t, { kind: 'file', size: n, sha256: team.hex(k) }, n);
      meter.add(1, 0);
    } else readOne(t);
  }
  return settle();

  async function settle(): Promise<{ remembered: Promise<void> }> {
    meter.finish();
    if (problems.length) {
      problems.sort();
      throw new LeptonError(
        'invalid',
        problems.length === 1 ? (problems[0] as string) : `${problems.length} files cannot be read`,
        problems.length === 1 ? [] : problems,
      );
    }
    if (committed) {
      await committed(read, hits);
      // A served record `committed` replaced is kept as replaced.
      hits.forEach((t, k) => {
        const r = records.get(t.rel) as FileRecord;
        if (r !== hitsR[k]) cache.amend(t.rel, r);
      });
      // Remembered as `committed` left them.
      laterT.forEach((t, i) => (laterR[i] = records.get(t.rel) as FileRecord));
      if (vouched instanceof Map) {
        laterT.forEach((t, i) =>
          cache.remember(t.rel, t.key, laterR[i] as FileRecord, vouched.get(t.rel)),
        );
      }
    }
    if (vouched instanceof Map) return { remembered: Promise.resolve() };
    const remembered = (vouched as Promise<ReadonlyMap<string, string>>).then(
      (blobs) =>
        laterT.forEach((t, i) =>
          cache.remember(t.rel, t.key, laterR[i] as FileRecord, blobs.get(t.rel)),
        ),
      () => undefined,
    );
    return { remembered };
  }
}

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * Helper threads worth starting beside the main thread for these files: one per other core
 * once there are HELPERS_FROM_BYTES to read, else none. Measured on 2 shared cores: a helper's
 * start costs ~40-80 ms of CPU and its first files run cold, so 10,000 small files (36 MB) took
 * more CPU and no less time with one than on the main thread alone, while 1 GiB took less of
 * both (main thread and one helper: 10% less CPU than two workers with the main thread idle).
 */
function helpersFor(jobs: readonly Target[]): number {
  const most = helpersAtMost();
  if (most === 0) return 0;
  let bytes = 0;
  for (const t of jobs) bytes += t.key.size;
  return bytes < HELPERS_FROM_BYTES ? 0 : most;
}

/** One helper per other core. */
function helpersAtMost(): number {
  return availableParallelism() - 1;
}

/**
 * Helper threads for a cold run, to be started by {@link statTargets} and used by
 * {@link hashTargets} (pool.ts, Standby); none on one core. The caller dismisses them if it
 * fails before hashing.
 */
export function standbyHelpers(): Standby {
  return new Standby(Math.max(0, helpersAtMost()));
}

/** Bytes to read from which helper threads pay: the main thread reads and hashes ~1.3 GB/s. */
const HELPERS_FROM_BYTES = 64 << 20;

/** Reads and classifies one file on this thread: its record, or why it cannot be used. */
function readHere(
  t: Target,
  onBytes: (n: number) => void,
): { record: FileRecord; bytesRead: number } | string {
  if (t.key.size < LFS_POINTER_MAX_SIZE || isDvcFile(t.rel)) {
    const n = readWhole(t.abs, t.key.size);
    if (typeof n === 'string') return `cannot read it (${n})`;
    onBytes(n);
    const r = classify(t.rel, (scratch as Buffer).subarray(0, n));
    return typeof r === 'string' ? r : { record: r, bytesRead: n };
  }
  const r = hashHere(t.abs, t.key.size, onBytes);
  if (typeof r === 'string') return `cannot read it (${r})`;
  return { record: { kind: 'file', size: r.size, sha256: r.hex }, bytesRead: r.size };
}

/** What a small file or a `.dvc` file contributes, or why it cannot be used. */
function classify(rel: string, bytes: Buffer): FileRecord | string {
  if (isDvcFile(rel)) {
    const dvc = parseDvcFile(bytes.toString('utf8'));
    return dvc.ok ? { kind: 'dvc', outs: dvc.outs } : `not a DVC file: ${dvc.reason}`;
  }
  // A pointer starts with "version " (0x76 'v'): other files skip decoding their head.
  if (bytes[0] === 0x76 && mayBeLfsPointer(bytes.length, bytes.toString('latin1', 0, 8))) {
    const pointer = parseLfsPointer(bytes.toString('utf8'));
    if (pointer) return { kind: 'file', size: pointer.size, sha256: pointer.oid };
  }
  return { kind: 'file', size: bytes.length, sha256: sha256Hex(bytes) };
}

/**
 * SHA-256 of `bytes` in hex: crypto.hash (Node ≥ 20.12, one call and no Hash object: a quarter
 * less per small file) where there is one, else createHash.
 */
const sha256Hex: (bytes: Buffer) => string =
  typeof crypto.hash === 'function'
    ? (bytes) => crypto.hash('sha256', bytes, 'hex')
    : (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

/** Read chunk for files that do not fit the scratch buffer: the hash is fed this much at a time. */
const CHUNK = 1 << 20;

/** One buffer reused for every file read on this thread (grown for a larger small file). */
let scratch: Buffer | undefined;

function scratchOf(bytes: number): Buffer {
  if (scratch === undefined || scratch.length < bytes) {
    scratch = Buffer.allocUnsafe(Math.max(bytes, 64 << 10));
  }
  return scratch;
}

/**
 * Reads the file whole into `scratch` and returns how many bytes it holds, or why it cannot be
 * read (an errno text). `size`: what lstat said; asking for one byte more finds the end in the
 * same read call (a read that returns less than asked, having reached `size` bytes, is the end
 * of a regular file), where reading until 0 costs a second call per file. A file that grew
 * since is read on to its end.
 */
function readWhole(path: string, size: number): number | string {
  let fd: number | undefined;
  try {
    fd = openSync(fsPath(path), 'r');
    let buf = scratchOf(size + 1);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, n);
        buf = scratch = bigger;
      }
      const want = buf.length - n;
      const got = readSync(fd, buf, n, want, null);
      n += got;
      if (got === 0 || (got < want && n === size)) return n;
    }
  } catch (e) {
    return errno(e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Hashes the file on this thread: read whole and hashed in one call when it fits in CHUNK
 * bytes (as readWhole), else fed to the hash CHUNK bytes at a time until a read returns 0.
 */
function hashHere(
  path: string,
  size: number,
  onBytes: (n: number) => void,
): { size: number; hex: string } | string {
  if (size < CHUNK) {
    const n = readWhole(path, size);
    if (typeof n === 'string') return n;
    onBytes(n);
    return { size: n, hex: sha256Hex((scratch as Buffer).subarray(0, n)) };
  }
  const buffer = scratchOf(CHUNK);
  let fd: number | undefined;
  try {
    fd = openSync(fsPath(path), 'r');
    const h = crypto.createHash('sha256');
    let total = 0;
    let n: number;
    while ((n = readSync(fd, buffer, 0, CHUNK, null)) > 0) {
      h.update(n === buffer.length ? buffer : buffer.subarray(0, n));
      total += n;
      onBytes(n);
    }
    return { size: total, hex: h.digest('hex') };
  } catch (e) {
    return errno(e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function errno(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code ? describe(code) : String((e as Error).message ?? e);
}

const ERRNO_TEXT: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file',
  EISDIR: 'is a folder',
  ELOOP: 'too many levels of symlinks',
  EIO: 'input/output error',
};

function describe(code: string): string {
  const text = ERRNO_TEXT[code];
  return text ? `${code}: ${text}` : code;
}
