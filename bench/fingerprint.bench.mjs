// Fingerprint speed against the machine's own tools, on trees generated here (and deleted after):
//   cold: 1 GiB in 2,000 files, no stat cache  vs  find … | xargs -0 -n 100 -P"$(nproc)" openssl dgst -sha256
//         (OpenSSL: the library Node's crypto uses, SHA-NI where the CPU has it; sha256sum beside it)
//   cold, small files: 10,000 committed files (200 B–7 KiB), no stat cache  vs  git's own cold
//         refresh: `rm .git/index && git read-tree HEAD && git update-index -q --refresh` (a fresh
//         index has no stat data, so git lstats, reads and hashes every file, as Lepton does
//         without its stat cache). Per file: the same two commands on a tree of 1 file too, and
//         the ratio of the differences, (lepton 10,000 − lepton 1) / (git 10,000 − git 1): the
//         cost each adds per file, start-up and fixed work (git spawns, tags, the manifest)
//         left out on both sides. In-process too: fingerprintModel with no stat cache
//         alternating with the git refresh spawned from the same process. Beside them, Node's
//         floor (bench/lib/cold-floor.mjs: lstat, open, read, close and SHA-256 per file, on one
//         thread, nothing else; and with a helper thread started first), per file the same way:
//         how close Lepton is to what Node can do.
// "Cold" is: file contents in the page cache (both sides read the same warm pages), no stat cache.
//   warm: 10,000 unchanged committed files       vs  git status --porcelain
// Cold, and warm as whole processes: both sides spawned alternately, several times; medians.
// Warm in-process: dist/core.js's fingerprintModel called in this process alternately with
// spawning git status from this process (the figure the warm target is read against: Node's own
// start alone exceeds 1.5x git status, so no whole Node process can meet it), and the first call
// in a fresh process. LEPTON_BENCH_WARM_ONLY=1 skips the 1 GiB cold part; LEPTON_BENCH_PARTS
// picks parts by name (comma-separated: big, small, warm; default all).
// Every figure: medians of interleaved rounds, wall and CPU time (user + system of the process
// and the children it waits for, from /usr/bin/time when present: on a shared machine the CPU
// ratio moves less with the load), with the load average before and after.
// Uses the built dist/ (run `npm run bundle` first); builds nothing.
import { spawn, spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
const LIB = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'core.js');
// validateManifest is in the stable entry (dist/lib.js), fingerprintModel in lepton-ci/core.
const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'lib.js');
// The least a Node process does for a cold run over the same files (lstat, open, read, close, hash).
const FLOOR = join(dirname(fileURLToPath(import.meta.url)), 'lib', 'cold-floor.mjs');
for (const f of [CLI, LIB, MAIN]) {
  if (!existsSync(f)) {
    console.error(`bench: ${f} is missing; run \`npm run bundle\` first`);
    process.exit(1);
  }
}
const WARM_ONLY = process.env.LEPTON_BENCH_WARM_ONLY === '1';
const PARTS = new Set((process.env.LEPTON_BENCH_PARTS ?? 'big,small,warm').split(','));
if (WARM_ONLY) PARTS.delete('big');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WARMUP = 3;
const IN_PROCESS_RUNS = 20;
const nproc = availableParallelism();
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
const MANIFEST = (paths) =>
  `version: 1\nmodel: bench\ndata:\n  tree:\n    paths: [${paths}]\neval:\n  command: "true"\n  metrics: m.json\n`;

const root = mkdtempSync(join(tmpdir(), 'lepton-bench-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => process.exit(130));

function sh(cwd, cmd, args, env = GIT_ENV) {
  const r = spawnSync(cmd, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout.toString();
}

/**
 * One whole process: wall time, and CPU time (user + system of it and its children) from
 * /usr/bin/time (10 ms steps; NaN without it), in ms.
 */
function time(cwd, cmd, args, before) {
  before?.();
  const argv = TIME ? [TIME, '-f', '%U %S', cmd, ...args] : [cmd, ...args];
  const t = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd,
    env: GIT_ENV,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const cpu = TIME
    ? r.stderr
        .trim()
        .split('\n')
        .at(-1)
        .split(' ')
        .reduce((a, b) => a + Number(b) * 1000, 0)
    : NaN;
  return { wall, cpu };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The cases' run() in turn, one warm-up round, RUNS counted; medians of wall and CPU each. */
function rounds(...cases) {
  for (const c of cases) c.run();
  const got = cases.map(() => ({ wall: [], cpu: [] }));
  for (let i = 0; i < RUNS; i++) {
    cases.forEach((c, j) => {
      const r = c.run();
      got[j].wall.push(r.wall);
      got[j].cpu.push(r.cpu);
    });
  }
  return got.map((g) => ({ wall: median(g.wall), cpu: median(g.cpu) }));
}

/** A and B alternately, one warm-up each, RUNS counted; medians (wall). */
function compare(a, b) {
  const [x, y] = rounds(a, b);
  return { a: x.wall, b: y.wall, cpuA: x.cpu, cpuB: y.cpu };
}

const load = () => loadavg()[0].toFixed(1);
const cpuRatio = (a, b) => (TIME ? `; CPU ${(a / b).toFixed(2)}x` : '');

const fmt = (ms) => `${ms.toFixed(1)} ms`;

// ── cold: 1 GiB in 2,000 files ────────────────────────────────────────────────
if (PARTS.has('big')) {
  const dir = join(root, 'cold');
  mkdirSync(join(dir, 'data'), { recursive: true });
  sh(dir, 'git', ['init', '-q']);
  writeFileSync(join(dir, 'lepton.yml'), MANIFEST('data'));
  // Sizes from 16 KiB to ~1 MiB (ragged, like real data), 1 GiB in all.
  const total = 1 << 30;
  const files = 2000;
  const weights = Array.from({ length: files }, (_, i) => 1 + ((i * 7919) % 64));
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((w / sum) * total));
  sizes[0] += total - sizes.reduce((a, b) => a + b, 0);
  const block = randomFillSync(Buffer.alloc(2 << 20));
  sizes.forEach((size, i) => {
    const sub = join(dir, 'data', String(i % 20));
    mkdirSync(sub, { recursive: true });
    const b = Buffer.from(block.subarray(0, size)); // size < 2 MiB
    b.writeUInt32LE(i, 0); // every file distinct
    writeFileSync(join(sub, `part-${i}.bin`), b);
  });
  const cacheDir = join(dir, '.git', 'lepton');
  const lepton = {
    run: () =>
      time(dir, process.execPath, [CLI, 'status', '--json'], () =>
        rmSync(cacheDir, { recursive: true, force: true }),
      ),
  };
  const literal = {
    run: () =>
      time(dir, 'sh', [
        '-c',
        'find data -type f -print0 | xargs -0 -P"$(nproc)" sha256sum >/dev/null',
      ]),
  };
  // xargs hands all 2,000 names to one sha256sum unless told to split them: the parallel form.
  const split = {
    run: () =>
      time(dir, 'sh', [
        '-c',
        'find data -type f -print0 | xargs -0 -n 100 -P"$(nproc)" sha256sum >/dev/null',
      ]),
  };

  const openssl = {
    run: () =>
      time(dir, 'sh', [
        '-c',
        'find data -type f -print0 | xargs -0 -n 100 -P"$(nproc)" openssl dgst -sha256 >/dev/null',
      ]),
  };
  const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

  const loadBefore = load();
  const r1 = compare(lepton, literal);
  const r2 = compare(lepton, split);
  const r3 = hasOpenssl ? compare(lepton, openssl) : null;
  console.log(
    `cold fingerprint, 1 GiB in 2,000 files, ${nproc} cores, median of ${RUNS} interleaved rounds (file contents in the page cache for both; load average ${loadBefore} before, ${load()} after):`,
  );
  console.log(
    `  lepton status (no stat cache)                      ${fmt(r1.a)}${TIME ? `   CPU ${fmt(r1.cpuA)}` : ''}`,
  );
  console.log(
    `  find | xargs -0 -P${nproc} sha256sum                      ${fmt(r1.b)}   speed ratio ${(r1.b / r1.a).toFixed(2)}x (target >= 1.0x)`,
  );
  console.log(
    `  find | xargs -0 -n 100 -P${nproc} sha256sum (all cores)   ${fmt(r2.b)}   speed ratio ${(r2.b / r2.a).toFixed(2)}x`,
  );
  if (r3) {
    console.log(
      `  find | xargs -0 -n 100 -P${nproc} openssl dgst -sha256     ${fmt(r3.b)}   time ratio ${(r3.a / r3.b).toFixed(2)}x (the reference; target <= 1.1x${cpuRatio(r3.cpuA, r3.cpuB)})`,
    );
  } else console.log('  openssl: not installed, reference skipped');
  rmSync(dir, { recursive: true, force: true });
}

// ── cold (small files) and warm: 10,000 committed files ─────────────────────────
if (PARTS.has('small') || PARTS.has('warm')) {
  const dir = join(root, 'warm');
  mkdirSync(dir);
  sh(dir, 'git', ['init', '-q']);
  writeFileSync(join(dir, 'lepton.yml'), MANIFEST('src'));
  const block = randomFillSync(Buffer.alloc(8192));
  for (let i = 0; i < 10_000; i++) {
    const sub = join(dir, 'src', String(i % 100));
    if (i < 100) mkdirSync(sub, { recursive: true });
    const b = Buffer.from(block.subarray(0, 200 + ((i * 7919) % 7000)));
    b.writeUInt32LE(i, 0);
    writeFileSync(join(sub, `f${i}.txt`), b);
  }
  sh(dir, 'git', ['add', '-A']);
  sh(dir, 'git', ['commit', '-q', '-m', 'tree']);
  // The stat cache trusts only files (and a git index) older than its racy-git margin (2 s).
  await new Promise((r) => setTimeout(r, 2200));
  sh(dir, process.execPath, [CLI, 'status']);

  if (PARTS.has('small')) {
    // The same layout with one file: what both sides cost besides the files.
    const one = join(root, 'one');
    mkdirSync(join(one, 'src', '0'), { recursive: true });
    sh(one, 'git', ['init', '-q']);
    writeFileSync(join(one, 'lepton.yml'), MANIFEST('src'));
    writeFileSync(join(one, 'src', '0', 'f0.txt'), 'one file\n');
    sh(one, 'git', ['add', '-A']);
    sh(one, 'git', ['commit', '-q', '-m', 'tree']);
    await coldSmall(dir, one);
    rmSync(one, { recursive: true, force: true });
  }
  if (!PARTS.has('warm')) process.exit(0);
  // git's own refresh above rewrote the index: let it age past the racy margin, settle once.
  await settle(dir);

  const lepton = { run: () => time(dir, process.execPath, [CLI, 'status', '--json']) };
  const git = { run: () => time(dir, 'git', ['status', '--porcelain']) };
  // Start-up up to the fingerprint: node, the CLI and its work chunk, the manifest read and
  // checked. (--version no longer counts here: it loads neither the work chunk nor the manifest.)
  const startup = { run: () => time(dir, process.execPath, [CLI, 'validate']) };
  const node = { run: () => time(dir, process.execPath, ['-e', '0']) };
  const r = compare(lepton, git);
  const s = compare(startup, git);
  const n = compare(node, git);

  const inProcess = await warmInProcess(dir);
  const firstCalls = Array.from({ length: RUNS }, () => firstCall(dir));
  const first = median(firstCalls.map((f) => f.first));

  // The same tree with one untracked file in the data set: remembered whole with that file's
  // stat data, so a run costs one lstat more.
  writeFileSync(join(dir, 'src', 'new.txt'), 'not yet added\n');
  await settle(dir);
  const untracked = await warmInProcess(dir);
  // And with a symlink in it: never remembered whole (a link's target may change behind it), so
  // every run goes file by file, git vouching for the 10,000 committed files (no lstat each).
  symlinkSync('0/f0.txt', join(dir, 'src', 'link.txt'));
  await settle(dir);
  const perFile = await warmInProcess(dir);

  console.log(`\nwarm fingerprint, 10,000 unchanged committed files, ${nproc} cores:`);
  console.log(
    `  in-process, median of ${IN_PROCESS_RUNS} after ${WARMUP} warm-up rounds, each fingerprintModel alternating with spawning git status:`,
  );
  console.log(`    fingerprintModel (dist/core.js)         ${fmt(inProcess.a)}`);
  console.log(
    `    git status --porcelain                  ${fmt(inProcess.b)}   time ratio ${(inProcess.a / inProcess.b).toFixed(2)}x (target <= 1.5x: the figure the target is read against)`,
  );
  console.log(
    `    plus one untracked file in the part     ${fmt(untracked.a)}   time ratio ${(untracked.a / untracked.b).toFixed(2)}x (remembered whole, one lstat)`,
  );
  console.log(
    `    plus a symlink in the part              ${fmt(perFile.a)}   time ratio ${(perFile.a / perFile.b).toFixed(2)}x (file by file: git vouches for 10,000, no lstat each)`,
  );
  console.log(
    `  first call in a fresh process            ${fmt(first)}   (median of ${RUNS}; lib import + manifest: ${fmt(median(firstCalls.map((f) => f.load)))})`,
  );
  console.log(`  whole processes, median of ${RUNS}:`);
  console.log(`    lepton status --json (warm)             ${fmt(r.a)}`);
  console.log(
    `    git status --porcelain                  ${fmt(r.b)}   time ratio ${(r.a / r.b).toFixed(2)}x`,
  );
  console.log(`    of which start-up + manifest            ${fmt(s.a)}   (lepton validate)`);
  console.log(
    `    node -e 0 alone                         ${fmt(n.a)}   ${(n.a / n.b).toFixed(2)}x git status: why whole processes cannot meet 1.5x`,
  );
}

/**
 * Cold, small files: `lepton status` with no stat cache against git's own cold refresh, on the
 * 10,000-file tree and on the 1-file tree, interleaved, with node -e 0 beside; then in-process.
 */
async function coldSmall(dir, one) {
  const leptonCold = (cwd) => ({
    run: () =>
      time(cwd, process.execPath, [CLI, 'status', '--json'], () =>
        rmSync(join(cwd, '.git', 'lepton'), { recursive: true, force: true }),
      ),
  });
  const GIT_COLD =
    'rm -f .git/index && git read-tree HEAD && git update-index -q --refresh >/dev/null';
  const gitCold = (cwd) => ({ run: () => time(cwd, 'sh', ['-c', GIT_COLD]) });
  const node = { run: () => time(dir, process.execPath, ['-e', '0']) };
  const floor = (cwd, threads) => ({
    run: () => time(cwd, process.execPath, [FLOOR, String(threads)]),
  });
  const loadBefore = load();
  const [l, g, l1, g1, n, f, f1, ff, ff1] = rounds(
    leptonCold(dir),
    gitCold(dir),
    leptonCold(one),
    gitCold(one),
    node,
    floor(dir, 1),
    floor(one, 1),
    floor(dir, 2),
    floor(one, 2),
  );
  const inProcess = await coldInProcess(dir, GIT_COLD);
  const perFile = (k, a = l, a1 = l1) => (a[k] - a1[k]) / (g[k] - g1[k]);
  const cpuCol = (r) => (TIME ? `   CPU ${fmt(r.cpu)}` : '');
  console.log(
    `\ncold fingerprint, 10,000 small committed files (200 B–7 KiB), ${nproc} cores, median of ${RUNS} interleaved rounds (load average ${loadBefore} before, ${load()} after):`,
  );
  console.log(`  whole processes, wall${TIME ? ' and CPU (process + children)' : ''}:`);
  console.log(`    lepton status --json (no stat cache)       ${fmt(l.wall)}${cpuCol(l)}`);
  console.log(`    git's cold refresh (the reference)         ${fmt(g.wall)}${cpuCol(g)}`);
  console.log(`      = rm .git/index && git read-tree HEAD && git update-index -q --refresh`);
  console.log(`    the same two on a tree of 1 file           ${fmt(l1.wall)} / ${fmt(g1.wall)}`);
  console.log(`    node -e 0                                  ${fmt(n.wall)}${cpuCol(n)}`);
  console.log(
    `    time ratio ${(l.wall / g.wall).toFixed(2)}x${cpuRatio(l.cpu, g.cpu)} (whole processes; node -e 0 alone is ${(n.wall / g.wall).toFixed(2)}x)`,
  );
  console.log(
    `    per file: (lepton 10,000 − lepton 1) / (git 10,000 − git 1)       ${perFile('wall').toFixed(2)}x${TIME ? `; CPU ${perFile('cpu').toFixed(2)}x` : ''} (target <= 1.0x)`,
  );
  console.log(
    `    Node's floor per file, the same way (bench/lib/cold-floor.mjs)   ${perFile('wall', f, f1).toFixed(2)}x${TIME ? `; CPU ${perFile('cpu', f, f1).toFixed(2)}x` : ''}`,
  );
  console.log(
    `    the same with a helper thread started first (cold-floor.mjs 2)   ${perFile('wall', ff, ff1).toFixed(2)}x${TIME ? `; CPU ${perFile('cpu', ff, ff1).toFixed(2)}x` : ''}`,
  );
  console.log(
    `    lepton per file ÷ Node's floor per file                          ${((l.wall - l1.wall) / (f.wall - f1.wall)).toFixed(2)}x${TIME ? `; CPU ${((l.cpu - l1.cpu) / (f.cpu - f1.cpu)).toFixed(2)}x` : ''}`,
  );
  console.log(
    `    beyond Node's start: (lepton − node -e 0) / git                  ${((l.wall - n.wall) / g.wall).toFixed(2)}x${TIME ? `; CPU ${((l.cpu - n.cpu) / g.cpu).toFixed(2)}x` : ''}`,
  );
  console.log(
    `  in-process, median of ${IN_PROCESS_RUNS} after ${WARMUP} warm-up rounds, fingerprintModel (no stat cache) alternating with git's cold refresh spawned:`,
  );
  console.log(
    `    fingerprintModel (dist/core.js)          ${fmt(inProcess.a)}   CPU ${fmt(inProcess.cpuA)} (this thread's process)`,
  );
  console.log(
    `    git's cold refresh                       ${fmt(inProcess.b)}   time ratio ${(inProcess.a / inProcess.b).toFixed(2)}x`,
  );
}

/** fingerprintModel with no stat cache and git's cold refresh, alternately from this process. */
async function coldInProcess(dir, gitCold) {
  const { lib, checked, options } = await library(dir);
  const ta = [];
  const ca = [];
  const tb = [];
  for (let i = 0; i < WARMUP + IN_PROCESS_RUNS; i++) {
    rmSync(join(dir, '.git', 'lepton'), { recursive: true, force: true });
    const c = process.cpuUsage();
    let t = performance.now();
    await lib.fingerprintModel(checked.manifest, options);
    const a = performance.now() - t;
    const cpu = process.cpuUsage(c);
    t = performance.now();
    sh(dir, 'sh', ['-c', gitCold]);
    const b = performance.now() - t;
    if (i >= WARMUP) {
      ta.push(a);
      ca.push((cpu.user + cpu.system) / 1000);
      tb.push(b);
    }
  }
  return { a: median(ta), b: median(tb), cpuA: median(ca) };
}

/** dist/core.js with the manifest of `dir` checked by dist/lib.js, and the options for it. */
async function library(dir) {
  const lib = await import(pathToFileURL(LIB).href);
  const { validateManifest } = await import(pathToFileURL(MAIN).href);
  const checked = validateManifest(readFileSync(join(dir, 'lepton.yml'), 'utf8'), 'lepton.yml');
  if (!checked.ok) throw new Error('bench manifest is invalid');
  const options = {
    modelDir: dir,
    repoRoot: dir,
    cacheDir: join(dir, '.git', 'lepton'),
    env: GIT_ENV,
  };
  return { lib, checked, options };
}

/** Lets new files age past the racy margin (2 s), then one run to keep what it may. */
async function settle(dir) {
  await new Promise((res) => setTimeout(res, 2200));
  sh(dir, process.execPath, [CLI, 'status']);
}

/** fingerprintModel and git status from this process, alternately; medians after warm-up rounds. */
async function warmInProcess(dir) {
  const { lib, checked, options } = await library(dir);
  const gitStatus = () =>
    new Promise((res, rej) => {
      const c = spawn('git', ['status', '--porcelain'], {
        cwd: dir,
        env: GIT_ENV,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      c.stdout.resume();
      c.on('error', rej);
      c.on('close', (code) => (code === 0 ? res() : rej(new Error(`git status: exit ${code}`))));
    });
  const ta = [];
  const tb = [];
  for (let i = 0; i < WARMUP + IN_PROCESS_RUNS; i++) {
    let t = performance.now();
    await lib.fingerprintModel(checked.manifest, options);
    const a = performance.now() - t;
    t = performance.now();
    await gitStatus();
    const b = performance.now() - t;
    if (i >= WARMUP) {
      ta.push(a);
      tb.push(b);
    }
  }
  return { a: median(ta), b: median(tb) };
}

/** In a fresh process: the library's import with the manifest check, then the first fingerprintModel. */
function firstCall(dir) {
  const script = `
    import { readFileSync } from 'node:fs';
    const t0 = performance.now();
    const lib = await import(${JSON.stringify(pathToFileURL(LIB).href)});
    const { validateManifest } = await import(${JSON.stringify(pathToFileURL(MAIN).href)});
    const { manifest } = validateManifest(readFileSync('lepton.yml', 'utf8'), 'lepton.yml');
    const t1 = performance.now();
    await lib.fingerprintModel(manifest, { modelDir: process.cwd(), repoRoot: process.cwd(), cacheDir: process.cwd() + '/.git/lepton' });
    console.log(JSON.stringify({ load: t1 - t0, first: performance.now() - t1 }));`;
  return JSON.parse(sh(dir, process.execPath, ['--input-type=module', '-e', script]));
}
