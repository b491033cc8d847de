// The model store's throughput: push and pull of a 1 GiB artifact file to a local
// docker-registry (the CNCF distribution server) on 127.0.0.1, beside curl moving the same
// bytes to the same server in the same run (`curl --upload-file` into an upload session,
// `curl -o` of the blob), and Lepton's peak RSS. Targets: ≥ 0.8× curl's MB/s, RSS < 200 MB.
//
// Lepton's push includes what curl's does not: hashing the file first (the digest is asked
// for with HEAD before anything is sent, so a blob the registry has is never sent again).
// Also measured: chunked upload (PATCH) at several chunk sizes against one monolithic PUT,
// the figure behind CHUNK_THRESHOLD / CHUNK_SIZE in src/io/oci/client.ts.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const MB = Number(process.env.BENCH_MB ?? 1024);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BIN = '/usr/bin/docker-registry';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (!existsSync(BIN) || spawnSync('curl', ['--version']).status !== 0) {
  console.log('skipped: needs docker-registry and curl (apt-get install docker-registry curl)');
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'lepton-oci-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);

// The client, bundled from src/ so the bench measures the code the CLI ships.
const clientFile = join(dir, 'oci.mjs');
await build({
  entryPoints: [join(root, 'src/io/oci/index.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: clientFile,
  logLevel: 'warning',
});
const child = join(dir, 'child.mjs');
writeFileSync(
  child,
  `import * as oci from ${JSON.stringify(clientFile)};
const [op, host, name, arg, threshold, size] = process.argv.slice(2);
const settings = { insecure: false };
const t = performance.now();
let out;
if (op === 'push') {
  const p = await oci.pushArtifact({ repo: { registry: host, name }, settings, files: [{ title: 'model.bin', path: arg }],
    config: Buffer.from('{"bench":' + Date.now() + '}'), annotations: {},
    chunk: { chunkThreshold: Number(threshold), chunkSize: Number(size) } });
  out = { digest: p.digest, uploaded: p.uploaded };
} else {
  const [digest, to] = arg.split(',');
  out = { files: await oci.pullArtifact({ ref: { registry: host, name, digest }, settings, dir: to }) };
}
const ms = performance.now() - t;
const cpu = process.cpuUsage();
console.log(JSON.stringify({ ...out, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
`,
);

const port = await new Promise((done) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => done(p));
  });
});
const host = `127.0.0.1:${port}`;
writeFileSync(
  join(dir, 'config.yml'),
  `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'storage')}\nhttp:\n  addr: ${host}\n`,
);
const registry = spawn(BIN, ['serve', join(dir, 'config.yml')], { stdio: 'ignore' });
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`http://${host}/v2/`)).ok) break;
  } catch {
    if (i > 200) throw new Error('docker-registry did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
}

// One file; each run stamps its first bytes, so every upload is of a blob the registry lacks.
const file = join(dir, 'model.bin');
{
  const fd = openSync(file, 'w');
  const block = randomBytes(16 << 20);
  for (let i = 0; i < MB / 16; i++) writeSync(fd, block);
  closeSync(fd);
}
const bytes = (MB / 16) * (16 << 20);
let stampN = 0;
function stamp() {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.from(`run ${++stampN} ${Date.now()} `.padEnd(32)), 0, 32, 0);
  closeSync(fd);
}
function sha256() {
  const r = spawnSync('sha256sum', [file], { encoding: 'utf8' });
  return `sha256:${r.stdout.split(' ')[0]}`;
}

function runChild(args) {
  const r = spawnSync(process.execPath, [child, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}
const BIG = Number.MAX_SAFE_INTEGER;
const ours = (threshold = BIG, size = BIG) => {
  stamp();
  return runChild(['push', host, 'bench/model', file, String(threshold), String(size)]);
};

function curlPush() {
  stamp();
  const digest = sha256(); // not timed: curl is given the digest Lepton computes itself
  const t = performance.now();
  const post = spawnSync(
    'curl',
    [
      '-sS',
      '-X',
      'POST',
      '-D',
      '-',
      '-o',
      '/dev/null',
      `http://${host}/v2/bench/curl/blobs/uploads/`,
    ],
    { encoding: 'utf8' },
  );
  const loc = /^location: (\S+)/im.exec(post.stdout)?.[1];
  const url = new URL(loc, `http://${host}`);
  url.searchParams.set('digest', digest);
  const put = curl([
    '-sS',
    '-f',
    '--upload-file',
    file,
    '-H',
    'Content-Type: application/octet-stream',
    url.toString(),
    '-o',
    '/dev/null',
  ]);
  if (put.status !== 0) throw new Error(`curl upload failed: ${put.stderr}`);
  return { ms: performance.now() - t, digest, cpuMs: put.cpuMs };
}

/** curl under bash, whose `times` gives curl's CPU time (user + system) as its last line. */
function curl(args) {
  const r = spawnSync('bash', ['-c', 'curl "$@"; s=$?; times >&2; exit $s', 'curl', ...args], {
    encoding: 'utf8',
  });
  const t = r.stderr
    .trim()
    .split('\n')
    .at(-1)
    .match(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/);
  const cpuMs = t
    ? (Number(t[1]) * 60 + Number(t[2]) + Number(t[3]) * 60 + Number(t[4])) * 1000
    : NaN;
  return { status: r.status, stderr: r.stderr, cpuMs };
}

function curlPull(digest) {
  const out = join(dir, 'curl.bin');
  const t = performance.now();
  const r = curl(['-sS', '-f', '-o', out, `http://${host}/v2/bench/curl/blobs/${digest}`]);
  if (r.status !== 0) throw new Error(`curl download failed: ${r.stderr}`);
  const ms = performance.now() - t;
  rmSync(out);
  return { ms, cpuMs: r.cpuMs };
}

const rows = { push: [], curlPush: [], pull: [], curlPull: [], rssPush: [], rssPull: [] };
const cpu = { push: [], curlPush: [], pull: [], curlPull: [] };
for (let i = 0; i < RUNS; i++) {
  const p = ours();
  if (p.uploaded < bytes) throw new Error('push sent too little');
  rows.push.push(p.ms);
  cpu.push.push(p.cpuMs);
  rows.rssPush.push(p.maxRssMB);
  const c = curlPush();
  rows.curlPush.push(c.ms);
  cpu.curlPush.push(c.cpuMs);
  const to = mkdtempSync(join(dir, 'pull-'));
  const q = runChild(['pull', host, 'bench/model', `${p.digest},${to}`]);
  rmSync(to, { recursive: true });
  rows.pull.push(q.ms);
  cpu.pull.push(q.cpuMs);
  rows.rssPull.push(q.maxRssMB);
  const cp = curlPull(c.digest);
  rows.curlPull.push(cp.ms);
  cpu.curlPull.push(cp.cpuMs);
}
// A second push of unchanged bytes to the same repository: HEAD answers, nothing is sent.
ours();
const again = runChild(['push', host, 'bench/model', file, String(BIG), String(BIG)]);

const chunked = [];
for (const size of [64, 256]) {
  const times = [];
  for (let i = 0; i < Math.max(1, RUNS - 1); i++) times.push(ours(0, size << 20).ms);
  chunked.push([size, median(times)]);
}
registry.kill();
rmSync(dir, { recursive: true, force: true });

const f = (x) => x.toFixed(0);
const push = mbps(bytes, median(rows.push));
const curlUp = mbps(bytes, median(rows.curlPush));
const pull = mbps(bytes, median(rows.pull));
const curlDown = mbps(bytes, median(rows.curlPull));
console.log(`${MB} MiB artifact, docker-registry on ${host}, median of ${RUNS} runs`);
console.log(
  `push  lepton ${f(push)} MB/s (hash + HEAD + upload)  curl --upload-file ${f(curlUp)} MB/s  ratio ${(push / curlUp).toFixed(2)}×  (target ≥ 0.8×)`,
);
console.log(
  `pull  lepton ${f(pull)} MB/s (download + verify + rename)  curl -o ${f(curlDown)} MB/s  ratio ${(pull / curlDown).toFixed(2)}×  (target ≥ 0.8×)`,
);
console.log(
  `peak RSS  push ${f(Math.max(...rows.rssPush))} MB, pull ${f(Math.max(...rows.rssPull))} MB  (target < 200 MB)`,
);
const perGiB = (ms) => ((median(ms) / 1000) * (1024 / MB)).toFixed(2);
console.log(
  `CPU s per GiB  push lepton ${perGiB(cpu.push)} / curl ${perGiB(cpu.curlPush)}, pull lepton ${perGiB(cpu.pull)} / curl ${perGiB(cpu.curlPull)}  (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`,
);
console.log(`push of unchanged bytes: ${again.uploaded} bytes sent, ${f(again.ms)} ms`);
for (const [size, ms] of chunked) {
  console.log(
    `chunked, ${size} MiB chunks: ${f(mbps(bytes, ms))} MB/s (${(median(rows.push) / ms).toFixed(2)}× one PUT)`,
  );
}
