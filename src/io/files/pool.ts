import { Worker } from 'node:worker_threads';
import { WORKER_SOURCE } from './worker-source.js';

export interface TeamJob {
  /** The file to read (a string: a name that is not UTF-8 stays with the main thread). */
  readonly path: string;
  /** Its size when it was lstat'ed, in bytes. */
  readonly size: number;
}

/** A job's outcome in {@link HashTeam.outcome}. */
export const Outcome = {
  /** Not done by a helper (never claimed by one, or its helper died): the main thread's. */
  Open: 0,
  /** Read and hashed by a helper: {@link HashTeam.length} and {@link HashTeam.hex} hold it. */
  Hashed: 1,
  /** Left by a helper (an error, or small enough to be an LFS pointer): the main thread's. */
  Left: 2,
  /** Claimed and done by the main thread. */
  Mine: 3,
} as const;
export type Outcome = (typeof Outcome)[keyof typeof Outcome];

/** Batches hold at most this many files and, but for a single larger file, this many bytes. */
const BATCH_FILES = 64;
const BATCH_BYTES = 8 << 20;

/** control[]: the next batch to claim, then one state per helper. */
const NEXT = 0;
const BOOTING = 0;
const CANCELLED = 2;

/**
 * Files hashed by the main thread together with helper threads: every thread claims batches of
 * files from one atomic counter in shared memory, largest files first so that no thread is left
 * with a big one at the end. The main thread starts at once, so the helpers' start (tens of ms)
 * is not waited for; a helper that has not started by the time the work is done is cancelled.
 * Helpers write their outcomes into shared arrays (no message per file); anything a helper could
 * not do is the main thread's (it reads the file again itself, so errors and LFS pointers are
 * told apart by one code path).
 */
export class HashTeam {
  /** The jobs in the order batches are claimed. */
  readonly order: readonly number[];
  private readonly bounds: Int32Array;
  private readonly control: Int32Array;
  private readonly progress: BigInt64Array;
  private readonly status: Int32Array;
  private readonly lengths: Float64Array;
  private readonly digests: Uint8Array;
  private readonly workers: { helper: Helper; state: number }[] = [];

  /**
   * Gives `jobs` to `helpers`: threads already started ({@link Standby}), or this many started
   * now (none when 0). Jobs are numbered by their index in `jobs`; the main thread then claims
   * batches with {@link claim}.
   */
  constructor(jobs: readonly TeamJob[], helpers: number | readonly Helper[]) {
    const count = typeof helpers === 'number' ? helpers : helpers.length;
    const n = jobs.length;
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => (jobs[b] as TeamJob).size - (jobs[a] as TeamJob).size || a - b);
    this.order = order;
    const bounds = [0];
    let files = 0;
    let bytes = 0;
    order.forEach((j, k) => {
      const size = (jobs[j] as TeamJob).size;
      if (files > 0 && (files >= BATCH_FILES || bytes + size > BATCH_BYTES)) {
        bounds.push(k);
        files = 0;
        bytes = 0;
      }
      files++;
      bytes += size;
    });
    if (n > 0) bounds.push(n);
    const shared = (bytes: number) => new SharedArrayBuffer(Math.max(8, bytes));
    this.bounds = Int32Array.from(bounds);
    this.control = new Int32Array(shared(4 * (1 + count)));
    this.progress = new BigInt64Array(shared(8));
    this.status = new Int32Array(shared(4 * n));
    this.lengths = new Float64Array(shared(8 * n));
    this.digests = new Uint8Array(shared(32 * n));
    if (count === 0 || this.bounds.length < 2) {
      if (typeof helpers !== 'number') for (const h of helpers) h.stop();
      return;
    }
    // In claim order, so a helper reads paths and sizes by the position it claims.
    const paths = order.map((j) => (jobs[j] as TeamJob).path);
    const sizes = Float64Array.from(order, (j) => (jobs[j] as TeamJob).size);
    const threads =
      typeof helpers === 'number' ? Array.from({ length: helpers }, startHelper) : helpers;
    threads.forEach((h, k) => {
      h.give({
        paths,
        sizes,
        bounds: this.bounds,
        control: this.control,
        progress: this.progress,
        status: this.status,
        lengths: this.lengths,
        digests: this.digests,
        me: 1 + k,
      });
      this.workers.push({ helper: h, state: 1 + k });
    });
  }

  /** The next batch for the main thread, as positions [from, to) in {@link order}; null when none is left. */
  claim(): [number, number] | null {
    const b = Atomics.add(this.control, NEXT, 1);
    if (b >= this.bounds.length - 1) return null;
    const from = this.bounds[b] as number;
    const to = this.bounds[b + 1] as number;
    this.status.fill(Outcome.Mine, from, to);
    return [from, to];
  }

  /** Bytes the helpers have read so far. */
  helpersBytes(): number {
    return Number(Atomics.load(this.progress, 0));
  }

  /**
   * Once the main thread finds no batch left: cancels the helpers that have not started (unless
   * `cancel` is false) and waits for the others to finish theirs.
   */
  async finish(cancel = true): Promise<void> {
    const waiting: Promise<void>[] = [];
    for (const { helper, state } of this.workers) {
      if (cancel && Atomics.compareExchange(this.control, state, BOOTING, CANCELLED) === BOOTING) {
        // Never started, never will: not waited for.
        helper.stop();
      } else waiting.push(helper.done);
    }
    await Promise.all(waiting);
  }

  /** The outcome at claim position `k` (after {@link finish}). */
  outcome(k: number): Outcome {
    return Atomics.load(this.status, k) as Outcome;
  }

  /** Bytes a helper read at position `k` (Outcome.Hashed). */
  length(k: number): number {
    return this.lengths[k] as number;
  }

  /** The SHA-256 a helper computed at position `k` (Outcome.Hashed), in hex. */
  hex(k: number): string {
    return Buffer.from(this.digests.buffer, this.digests.byteOffset + 32 * k, 32).toString('hex');
  }
}

/** A helper thread, started and waiting for its work (worker-source.ts). */
export interface Helper {
  /** Settles when it says it is done, fails or exits (its jobs not done stay Open). */
  readonly done: Promise<void>;
  /** Gives it its work (once), and holds the process until it is done. */
  give(work: object): void;
  /** Ends it (a thread still starting is stopped), not waited for. */
  stop(): void;
}

/**
 * Starts a helper thread with no work yet. Unreferenced until given work, so that a process
 * that never gives it any does not wait for it.
 */
function startHelper(): Helper {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  worker.unref();
  const done = new Promise<void>((resolve) => {
    // Its one message says it is done (its teardown is not waited for).
    worker.once('message', () => {
      worker.unref();
      resolve();
    });
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
  return {
    done,
    give: (work) => {
      worker.ref();
      worker.postMessage(work);
    },
    stop: () => {
      worker.unref();
      void worker.terminate();
    },
  };
}

/**
 * Helper threads started before all the files to read are known: a cold run starts them as
 * soon as it has seen enough bytes to read for helpers to pay, while it is still stat'ing the
 * rest, so that their start (tens of ms of a thread's time: a V8 isolate, Node's bootstrap,
 * this source compiled) overlaps with that work instead of following it. {@link take} hands them
 * to a {@link HashTeam}; {@link dismiss} ends the ones never taken (a run that fails first).
 */
export class Standby {
  private helpers: Helper[] = [];
  private started = false;

  /** `count`: helpers to start (none when 0). */
  constructor(private readonly count: number) {}

  /** Starts the helpers (the first call only). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.helpers = Array.from({ length: this.count }, startHelper);
  }

  /** The started helpers (none if not started), for one team; afterwards there are none. */
  take(): Helper[] {
    const h = this.helpers;
    this.helpers = [];
    return h;
  }

  /** Ends the helpers not taken; the promise settles once they have ended (need not be awaited). */
  dismiss(): Promise<void> {
    const ending = this.take();
    for (const h of ending) h.stop();
    return Promise.all(ending.map((h) => h.done)).then(() => undefined);
  }
}
