import { Worker } from 'node:worker_threads';
import { WORKER_SOURCE } from './worker-source.js';

export interface HashJob {
  readonly id: number;
  readonly path: string;
  readonly size: number;
}

export type HashResult =
  | { readonly id: number; readonly size: number; readonly hex: string }
  | { readonly id: number; readonly error: string };

/** Files at least this large travel alone; smaller ones share a batch up to this many bytes. */
const BATCH_BYTES = 8 << 20;
const BATCH_FILES = 128;

/**
 * Hashes files on `threads` worker threads, largest first so no thread is
 * left with one big file at the end. Per-file failures come back as results;
 * only a crashed worker rejects.
 */
export async function hashInWorkers(
  jobs: readonly HashJob[],
  threads: number,
  onBytes: (bytes: number, files: number) => void,
): Promise<HashResult[]> {
  const batches = makeBatches(jobs);
  const results: HashResult[] = [];
  const workers: Worker[] = [];
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      const feed = (w: Worker) => {
        const batch = batches[next++];
        if (!batch) {
          if (--running === 0) resolve();
          return;
        }
        w.postMessage({ files: batch.map(({ id, path }) => ({ id, path })) });
      };
      const count = Math.max(1, Math.min(threads, batches.length));
      for (let i = 0; i < count && batches.length > 0; i++) {
        const w = new Worker(WORKER_SOURCE, { eval: true });
        workers.push(w);
        running++;
        w.on('message', (m: { progress?: number; results?: HashResult[] }) => {
          if (m.progress !== undefined) {
            onBytes(m.progress, 0);
            return;
          }
          if (m.results) {
            results.push(...m.results);
            onBytes(0, m.results.length);
            feed(w);
          }
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (code !== 0) reject(new Error(`hashing worker exited with code ${code}`));
        });
        feed(w);
      }
      if (batches.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

function makeBatches(jobs: readonly HashJob[]): HashJob[][] {
  const sorted = [...jobs].sort((a, b) => b.size - a.size);
  const batches: HashJob[][] = [];
  let current: HashJob[] = [];
  let bytes = 0;
  for (const j of sorted) {
    if (current.length && (bytes + j.size > BATCH_BYTES || current.length >= BATCH_FILES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(j);
    bytes += j.size;
  }
  if (current.length) batches.push(current);
  return batches;
}
