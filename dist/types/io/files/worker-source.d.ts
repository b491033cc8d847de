/**
 * The hashing worker, as source text: the bundles are single files, so the
 * worker is started with `new Worker(WORKER_SOURCE, { eval: true })`. It uses
 * node built-ins only and streams each file through SHA-256 in 1 MiB reads.
 *
 * In: `{ files: [{ id, path }] }`. Out, per batch: `{ results: [{ id, size, hex } | { id, error }] }`,
 * and `{ progress: bytes }` every few MiB of a large file.
 */
export declare const WORKER_SOURCE = "\nconst { parentPort } = require('node:worker_threads');\nconst { openSync, readSync, closeSync } = require('node:fs');\nconst { createHash } = require('node:crypto');\nconst buf = Buffer.allocUnsafe(1 << 20);\nconst REPORT = 32 << 20;\nparentPort.on('message', ({ files }) => {\n  const results = [];\n  for (const { id, path } of files) {\n    let fd;\n    try {\n      fd = openSync(path, 'r');\n      const h = createHash('sha256');\n      let size = 0, unreported = 0, n;\n      while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) {\n        h.update(n === buf.length ? buf : buf.subarray(0, n));\n        size += n;\n        unreported += n;\n        if (unreported >= REPORT) { parentPort.postMessage({ progress: unreported }); unreported = 0; }\n      }\n      if (unreported) parentPort.postMessage({ progress: unreported });\n      results.push({ id, size, hex: h.digest('hex') });\n    } catch (e) {\n      results.push({ id, error: (e && e.code) || String(e && e.message) });\n    } finally {\n      if (fd !== undefined) try { closeSync(fd); } catch {}\n    }\n  }\n  parentPort.postMessage({ results });\n});\n";
