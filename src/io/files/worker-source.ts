/**
 * The hashing helper thread, as source text: the bundles are single files, so it is started
 * with `new Worker(WORKER_SOURCE, { eval: true })`. It uses node built-ins only. It may be
 * started before its work is known (pool.ts, Helpers): it waits for one message, its work, or
 * null (not needed: it ends).
 *
 * The message: `{ paths, sizes, bounds, control, progress, status, lengths, digests, me }`. The
 * helper claims batches (`bounds[b]` to `bounds[b + 1]`) with an atomic counter shared with the
 * main thread and every other helper, and writes each file's outcome into the shared arrays:
 * `status[i]` HASHED with `lengths[i]` (bytes read) and 32 bytes at `digests[32 i]`, or LEFT
 * (an error, or a file small enough to be an LFS pointer: the main thread reads it again and
 * says what it is, with the same code and messages as for every file it reads itself). It adds
 * the bytes it read to `progress[0]`, and does nothing unless it can move `control[me]`
 * from BOOTING to RUNNING: the main thread cancels a helper that has not started by the time
 * the work is done. It posts one message when it has nothing more to do.
 */
export const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const crypto = require('node:crypto');
const NEXT = 0, BOOTING = 0, RUNNING = 1;
const HASHED = 1, LEFT = 2;
const CHUNK = 1 << 20, LFS_MAX = 1024;
parentPort.once('message', (work) => {
if (work === null) return;
const { paths, sizes, bounds, control, progress, status, lengths, digests, me } = work;
if (Atomics.compareExchange(control, me, BOOTING, RUNNING) === BOOTING) {
  let buf = Buffer.allocUnsafe(64 << 10);
  const batches = bounds.length - 1;
  for (let b; (b = Atomics.add(control, NEXT, 1)) < batches; ) {
    let bytes = 0;
    for (let i = bounds[b]; i < bounds[b + 1]; i++) {
      let fd;
      try {
        fd = openSync(paths[i], 'r');
        const size = sizes[i];
        const h = crypto.createHash('sha256');
        let n = 0;
        if (size < CHUNK) {
          // Read whole asking for a byte more than lstat said: a short read at that size is the end.
          if (buf.length < size + 1) buf = Buffer.allocUnsafe(Math.max(size + 1, buf.length * 2));
          for (;;) {
            if (n === buf.length) {
              const bigger = Buffer.allocUnsafe(buf.length * 2);
              buf.copy(bigger, 0, 0, n);
              buf = bigger;
            }
            const want = buf.length - n;
            const got = readSync(fd, buf, n, want, null);
            n += got;
            if (got === 0 || (got < want && n === size)) break;
          }
          if (n < LFS_MAX && buf[0] === 0x76) { Atomics.store(status, i, LEFT); continue; }
          h.update(buf.subarray(0, n));
        } else {
          if (buf.length < CHUNK) buf = Buffer.allocUnsafe(CHUNK);
          let got;
          while ((got = readSync(fd, buf, 0, CHUNK, null)) > 0) {
            h.update(got === CHUNK ? buf : buf.subarray(0, got));
            n += got;
          }
        }
        h.digest().copy(digests, i * 32);
        lengths[i] = n;
        bytes += n;
        Atomics.store(status, i, HASHED);
      } catch {
        Atomics.store(status, i, LEFT);
      } finally {
        if (fd !== undefined) try { closeSync(fd); } catch {}
      }
    }
    Atomics.add(progress, 0, BigInt(bytes));
  }
}
// Done: the main thread need not wait for this thread's teardown.
parentPort.postMessage(0);
});
`;
