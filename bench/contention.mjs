// `node bench/contention.mjs [N]` (not in CI, not run by `npm run bench`): N clones (default 32)
// of one bare remote run `lepton record --push` at once, each with other content. Prints how
// many completed, the wall time, each run's time and push attempts, and the wall time as a
// ratio to one uncontended `record --push` measured in the same run on the same machine.
// Every run shares this machine's CPUs: set LEPTON_PUSH_BUDGET (default here 10m) to match.
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const N = Number(process.argv[2] ?? 32);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli.js');
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  LEPTON_PUSH_BUDGET: process.env.LEPTON_PUSH_BUDGET ?? '10m',
};
const git = (cwd, ...args) => {
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

const base = mkdtempSync(join(tmpdir(), 'lepton-contention-'));
const remote = join(base, 'remote.git');
const seed = join(base, 'seed');
git(base, 'init', '-q', '--bare', '-b', 'main', remote);
mkdirSync(join(seed, 'src'), { recursive: true });
mkdirSync(join(seed, 'data'));
writeFileSync(
  join(seed, 'lepton.yml'),
  `version: 1
model: sentiment
components:
  classifier:
    paths: [src/**]
data:
  train:
    paths: [data/**]
eval:
  command: node eval.mjs
  metrics: out/metrics.json
  thresholds:
    accuracy: { min: 0.9 }
`,
);
writeFileSync(
  join(seed, 'eval.mjs'),
  `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
mkdirSync('out', { recursive: true });
writeFileSync('out/metrics.json', JSON.stringify({ accuracy: Number(readFileSync('src/acc.txt', 'utf8')) }));
`,
);
writeFileSync(join(seed, 'src/acc.txt'), '0.95');
writeFileSync(join(seed, 'data/train.csv'), 'a,b\n1,2\n');
writeFileSync(join(seed, '.gitignore'), 'out/\n');
git(seed, 'init', '-q', '-b', 'main');
git(seed, 'add', '-A');
git(seed, 'commit', '-q', '-m', 'seed');
git(seed, 'remote', 'add', 'origin', remote);
git(seed, 'push', '-q', 'origin', 'main');

function clone(name, accuracy) {
  const dir = join(base, name);
  git(base, 'clone', '-q', remote, name);
  writeFileSync(join(dir, 'src/acc.txt'), accuracy);
  git(dir, 'commit', '-q', '-am', name);
  return dir;
}

function record(dir) {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, 'record', '--push', '--json'], { cwd: dir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('close', (code) => {
      const ms = performance.now() - started;
      let json = null;
      try {
        json = JSON.parse(stdout);
      } catch {
        // reported through code
      }
      done({ code, ms, json, stderr });
    });
  });
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s.at(-1) };
};

try {
  // The reference: one record --push with nobody racing it.
  const reference = await record(clone('reference', '0.9001'));
  if (reference.code !== 0) throw new Error(`reference run failed: ${reference.stderr}`);
  const dirs = Array.from({ length: N }, (_, i) =>
    clone(`c${i}`, `0.91${String(i).padStart(3, '0')}`),
  );
  const started = performance.now();
  const runs = await Promise.all(dirs.map(record));
  const wall = performance.now() - started;
  const ok = runs.filter((r) => r.code === 0);
  const tags = git(remote, 'for-each-ref', '--format=%(refname)', 'refs/tags/sentiment@*')
    .split('\n')
    .filter(Boolean);
  const attempts = ok.map((r) => r.json?.attempts ?? NaN);
  const t = stats(runs.map((r) => r.ms / 1000));
  const a = stats(attempts);
  console.log(
    `${N}-way record --push on one machine (${process.env.LEPTON_PUSH_BUDGET ?? '10m'} budget)`,
  );
  console.log(
    `  completed: ${ok.length}/${N}; version tags on the remote: ${tags.length} (1 reference + ${N})`,
  );
  console.log(`  distinct versions: ${new Set(ok.map((r) => r.json?.version)).size}`);
  console.log(`  reference (1 run, uncontended): ${(reference.ms / 1000).toFixed(1)} s`);
  console.log(
    `  wall time: ${(wall / 1000).toFixed(1)} s = ${(wall / reference.ms).toFixed(1)}× the reference`,
  );
  console.log(
    `  per run: min ${t.min.toFixed(1)} s, median ${t.median.toFixed(1)} s, max ${t.max.toFixed(1)} s`,
  );
  console.log(
    `  attempts per run: min ${a.min}, median ${a.median}, max ${a.max}, total ${attempts.reduce((x, y) => x + y, 0)}`,
  );
  for (const r of runs.filter((x) => x.code !== 0))
    console.log(`  failed (exit ${r.code}): ${r.stderr.trim().split('\n').at(-2)}`);
  process.exitCode = ok.length === N && tags.length === N + 1 ? 0 : 1;
} finally {
  rmSync(base, { recursive: true, force: true });
}
