// `lepton site` over 50 models × 1,000 versions (50,000 version tags, plus stage tags), against
// git's own reading of the same tags: `git for-each-ref --format=%(contents) refs/tags` (the
// least any tool must do to see every record). Prints time, ratio, output size and the index
// page's size (target: index.html under 500 KB).
//
// The tags are real annotated tags with Lepton records, written in one `git fast-import` stream.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODELS = Number(process.env.BENCH_MODELS ?? 50);
const VERSIONS = Number(process.env.BENCH_VERSIONS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
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
};

const git = (cwd, args, input) => {
  const r = spawnSync('git', args, { cwd, env, input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

const hex = (n) => n.toString(16).padStart(64, '0');
const fence = (r) => ['```json', JSON.stringify(r, null, 2), '```', ''].join('\n');

function versionRecord(model, i, version, prev, commit) {
  const metrics = {
    accuracy: 0.9 + ((i * 7) % 100) / 1000,
    f1_macro: 0.85 + ((i * 3) % 50) / 1000,
    latency_p95_ms: 20 + (i % 30),
  };
  return {
    kind: 'version',
    schema: 1,
    model,
    version,
    commit,
    created: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    fingerprint: `sha256:${hex(i * 7 + 1)}`,
    components: { classifier: `sha256:${hex(i * 5)}` },
    data: { train: `sha256:${hex(11)}` },
    metrics,
    checks: [
      {
        metric: 'accuracy',
        rule: 'min',
        bound: 0.9,
        baseline: null,
        actual: metrics.accuracy,
        passed: true,
        level: 'error',
        reason: null,
      },
    ],
    passed: true,
    baseline: prev ? { version: prev, tag: `${model}@v${prev}` } : null,
    evalSettings: `sha256:${hex(17)}`,
    reused: false,
    runUrl: `https://github.com/acme/models/actions/runs/${1000 + i}`,
    artifact: {
      id: 5000 + i,
      url: `https://github.com/acme/models/actions/runs/${1000 + i}/artifacts/${5000 + i}`,
    },
  };
}

const stageRecord = (model, version, stage, n) => ({
  kind: 'stage',
  schema: 1,
  model,
  version,
  stage,
  n,
  created: new Date(Date.UTC(2026, 1, 1, 0, 0, n)).toISOString(),
  checks: [],
  promotedBy: 'Bench <bench@example.com>',
  runUrl: null,
});

const MANIFEST = (model) => `version: 1
model: ${model}
components:
  classifier:
    paths: [src/**]
eval:
  command: "true"
  metrics: m.json
  thresholds:
    accuracy: { min: 0.9 }
    f1_macro: { max_drop: 0.02 }
    latency_p95_ms: { max: 60 }
stages:
  staging: {}
  production:
    after: staging
    thresholds:
      accuracy: { min: 0.93 }
`;

function makeRepo(dir) {
  git(dir, ['init', '-q', '-b', 'main']);
  for (let m = 0; m < MODELS; m++) {
    const model = `model-${String(m).padStart(2, '0')}`;
    mkdirSync(join(dir, 'models', model, 'src'), { recursive: true });
    writeFileSync(join(dir, 'models', model, 'lepton.yml'), MANIFEST(model));
    writeFileSync(join(dir, 'models', model, 'src', 'w.txt'), model);
  }
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'models']);
  const base = git(dir, ['rev-parse', 'HEAD']).toString().trim();
  const data = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  // Every tag points at the models' commit, and its record names it (a record naming another
  // commit than its tag's is not a version).
  const chunks = [];
  let t = 1767225600;
  for (let m = 0; m < MODELS; m++) {
    const model = `model-${String(m).padStart(2, '0')}`;
    let prev = null;
    let n = 0;
    for (let i = 0; i < VERSIONS; i++) {
      const version = `${Math.floor(i / 100)}.${i % 100}.0`;
      const r = versionRecord(model, i, version, prev, base);
      chunks.push(
        `tag ${model}@v${version}\nfrom ${base}\ntagger Bench <bench@example.com> ${t++} +0000\n`,
        data(`${model} v${version}\n\n${fence(r)}`),
      );
      // A staging promotion every 50 versions, production every 100.
      for (const [stage, every] of [
        ['staging', 50],
        ['production', 100],
      ]) {
        if (i % every === every - 1) {
          n++;
          chunks.push(
            `tag ${model}#${stage}#${n}\nfrom ${base}\ntagger Bench <bench@example.com> ${t++} +0000\n`,
            data(
              `${model}: ${stage} ← v${version}\n\n${fence(stageRecord(model, version, stage, n))}`,
            ),
          );
        }
      }
      prev = version;
    }
  }
  git(dir, ['fast-import', '--quiet'], chunks.join(''));
  git(dir, ['pack-refs', '--all']);
  git(dir, ['reset', '-q', '--hard', 'main']);
}

function time(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let out = '';
    child.stdout.on('data', (b) => (out += b.length < 4096 ? b : ''));
    child.stderr.on('data', (b) => (err += b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err}`));
      else resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, out });
    });
  });
}

function du(dir) {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      const r = du(p);
      bytes += r.bytes;
      files += r.files;
    } else {
      bytes += statSync(p).size;
      files++;
    }
  }
  return { bytes, files };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const dir = mkdtempSync(join(tmpdir(), 'lepton-bench-site-'));
try {
  const t0 = Date.now();
  const repo = join(dir, 'repo');
  mkdirSync(repo);
  makeRepo(repo);
  console.log(`${MODELS} models × ${VERSIONS} versions made in ${Date.now() - t0} ms`);
  const out = join(dir, 'site');
  const ratios = [];
  const lepton = [];
  for (let i = 0; i < RUNS; i++) {
    const a = await time(process.execPath, [cli, 'site', '--out', out, '--json'], repo);
    const b = await time('git', ['for-each-ref', '--format=%(contents)', 'refs/tags'], repo);
    lepton.push(a.ms);
    ratios.push(a.ms / b.ms);
    if (i === 0) {
      const r = JSON.parse(a.out);
      if (r.models !== MODELS || r.versions !== MODELS * VERSIONS)
        throw new Error(`site saw ${r.models} models, ${r.versions} versions`);
    }
  }
  const { bytes, files } = du(out);
  const index = statSync(join(out, 'index.html')).size;
  const model = statSync(join(out, 'models', 'model-00', 'index.html')).size;
  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  console.log(`lepton site: median ${(median(lepton) / 1000).toFixed(1)} s`);
  console.log(
    `ratio to git for-each-ref --format=%(contents) refs/tags: ${median(ratios).toFixed(1)}×`,
  );
  console.log(
    `output: ${files} files, ${mb(bytes)}; a model page ${(model / 1024).toFixed(0)} KiB`,
  );
  console.log(
    `index.html: ${(index / 1024).toFixed(1)} KiB (target < 500 KB) ${index < 500_000 ? 'ok' : 'OVER TARGET'}`,
  );
  if (index >= 500_000) process.exitCode = 1;
} finally {
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
}
