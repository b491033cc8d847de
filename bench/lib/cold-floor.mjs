// What Node itself can do for a cold fingerprint of small files, the floor Lepton is held
// against (bench/fingerprint.bench.mjs): git's list of the files in the current folder, then
// per file what a cold run must do at the least: lstat, open, one read into a reused buffer,
// close, SHA-256. No selection, no stat cache, no LFS/DVC check, no results kept.
// `node cold-floor.mjs` does it on one thread; `node cold-floor.mjs 2` starts a helper thread
// first thing and both claim batches of 64 files from one atomic counter (the best case for
// threads: the helper starts while git lists, and nothing goes back but one byte per file).
import { execFileSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';

const BATCH = 64;
// One thread's loop, as source text so a helper can run it too.
const LOOP = `
const { closeSync, lstatSync, openSync, readSync } = require('node:fs');
const crypto = require('node:crypto');
function loop(names, control, out) {
  let buf = Buffer.allocUnsafe(64 << 10);
  for (let b; (b = Atomics.add(control, 0, 1)) * ${BATCH} < names.length; ) {
    const end = Math.min(names.length, (b + 1) * ${BATCH});
    for (let i = b * ${BATCH}; i < end; i++) {
      const st = lstatSync(names[i]);
      if (buf.length < st.size + 1) buf = Buffer.allocUnsafe(st.size + 1);
      const fd = openSync(names[i], 'r');
      const n = readSync(fd, buf, 0, st.size + 1, null);
      closeSync(fd);
      out[i] = crypto.hash('sha256', buf.subarray(0, n), 'buffer')[0];
    }
  }
}`;
const threads = Number(process.argv[2] ?? 1);
const helpers = Array.from(
  { length: threads - 1 },
  () =>
    new Worker(
      `${LOOP}
require('node:worker_threads').parentPort.once('message', ({ names, control, out }) => {
  loop(names, control, out);
  require('node:worker_threads').parentPort.postMessage(0);
});`,
      { eval: true },
    ),
);
const names = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0');
names.pop();
const control = new Int32Array(new SharedArrayBuffer(4));
const out = new Uint8Array(new SharedArrayBuffer(Math.max(1, names.length)));
const done = helpers.map((w) => {
  w.postMessage({ names, control, out });
  return new Promise((resolve) => w.once('message', resolve));
});
const loop = new Function('require', `${LOOP}\nreturn loop;`)(
  (await import('node:module')).createRequire(import.meta.url),
);
loop(names, control, out);
await Promise.all(done);
for (const w of helpers) w.unref();
if (process.env.LEPTON_FLOOR_PRINT)
  console.log(
    names.length,
    out.reduce((a, b) => a ^ b, 0),
  );
