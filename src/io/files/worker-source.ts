/**
 * The hashing worker, as source text: the bundles are single files, so the
 * worker is started with `new Worker(WORKER_SOURCE, { eval: true })`. It uses
 * node built-ins only and streams each file through SHA-256 in 1 MiB reads.
 *
 * In: `{ files: [{ id, path }] }`. Out, per batch: `{ results: [{ id, size, hex } | { id, error }] }`,
 * and `{ progress: bytes }` every few MiB of a large file.
 */
export const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const buf = Buffer.allocUnsafe(1 << 20);
const REPORT = 32 << 20;
parentPort.on('message', ({ files }) => {
  const results = [];
  for (const { id, path } of files) {
    let fd;
    try {
      fd = openSync(path, 'r');
      const h = createHash('sha256');
      let size = 0, unreported = 0, n;
      while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) {
        h.update(n === buf.length ? buf : buf.subarray(0, n));
        size += n;
        unreported += n;
        if (unreported >= REPORT) { parentPort.postMessage({ progress: unreported }); unreported = 0; }
      }
      if (unreported) parentPort.postMessage({ progress: unreported });
      results.push({ id, size, hex: h.digest('hex') });
    } catch (e) {
      results.push({ id, error: (e && e.code) || String(e && e.message) });
    } finally {
      if (fd !== undefined) try { closeSync(fd); } catch {}
    }
  }
  parentPort.postMessage({ results });
});
`;
