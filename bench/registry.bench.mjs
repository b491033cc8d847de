// `lepton show --json` over 10,000 versions, against git's own reading of the same tags:
// `git for-each-ref --format='%(contents)' refs/tags`. Targets (issue 23): a median CPU-time
// ratio (user+sys, children included: the machine is shared) of at most 1.5× warm (the tag
// cache filled) and 2.5× cold (no cache, as after a clone). The fixture is made once and kept
// under the temporary directory (bench/cpu.mjs); BENCH_FRESH=1 makes it again.
//
// The repository is shaped as users' are: one commit per version, each tagged with the record
// `lepton record` writes, and ~1,650 stage tags with the records `lepton promote` writes, all in
// one `git fast-import` stream (one process for the commits and all tag objects), then packed
// as `git gc` would.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedFixture, loadLine, median, timeCpu } from './cpu.mjs';

const TAGS = Number(process.env.BENCH_TAGS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// BENCH_CLI: another build of the CLI to measure (default: this checkout's dist/).
const cli = process.env.BENCH_CLI ?? join(root, 'dist/cli.js');
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
const versionOf = (i) => `${Math.floor(i / 1000)}.${Math.floor(i / 10) % 100}.${i % 10}`;
const runUrl = (i) => `https://github.com/acme/sentiment/actions/runs/${1000 + i}`;
const created = (i) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
/** Stage assignments as a busy repository has them: ~1 version in 8 to staging, 1 in 25 on to production. */
const STAGED = [
  ['staging', (i) => i % 8 === 0],
  ['production', (i) => i % 25 === 0],
];

function metricsOf(i) {
  return {
    accuracy: 0.9 + (i % 100) / 1000,
    f1_macro: 0.85 + (i % 50) / 1000,
    latency_p95_ms: 20 + (i % 30),
    coverage: 0.6,
  };
}

function versionRecord(i, commit) {
  const metrics = metricsOf(i);
  const before = i > 0 ? metricsOf(i - 1) : null;
  const checks = [
    ['accuracy', 'min', 0.9],
    ['f1_macro', 'max_drop', 0.01],
    ['latency_p95_ms', 'max_rise', '10%'],
  ].map(([metric, rule, bound]) => ({
    metric,
    rule,
    bound,
    baseline: rule === 'min' || !before ? null : before[metric],
    actual: metrics[metric],
    passed: true,
    level: 'error',
    reason: null,
  }));
  return {
    kind: 'version',
    schema: 1,
    model: 'sentiment',
    version: versionOf(i),
    commit,
    created: created(i),
    fingerprint: `sha256:${hex(i * 7 + 1)}`,
    components: { tokenizer: `sha256:${hex(i * 3)}`, classifier: `sha256:${hex(i * 5)}` },
    data: { train: `sha256:${hex(11)}`, test: `sha256:${hex(13)}` },
    metrics,
    checks,
    passed: true,
    baseline: i > 0 ? { version: versionOf(i - 1), tag: `sentiment@v${versionOf(i - 1)}` } : null,
    evalSettings: `sha256:${hex(17)}`,
    reused: false,
    runUrl: runUrl(i),
    artifact: {
      id: 5000 + i,
      url: `https://github.com/acme/sentiment/actions/runs/${1000 + i}/artifacts/${5000 + i}`,
    },
  };
}

function stageRecord(i, stage, n) {
  const m = metricsOf(i);
  return {
    kind: 'stage',
    schema: 1,
    model: 'sentiment',
    version: versionOf(i),
    stage,
    n,
    created: created(i),
    checks: [
      {
        metric: 'accuracy',
        rule: 'min',
        bound: 0.9,
        baseline: null,
        actual: m.accuracy,
        passed: true,
        level: 'error',
        reason: null,
      },
    ],
    promotedBy: `github-actions (${runUrl(i)})`,
    runUrl: runUrl(i),
  };
}

/**
 * Lepton's own tag-message writers (src/core/registry/message.ts), bundled from source on the
 * fly, so the fixture's messages are byte for byte what `record` and `promote` write.
 */
async function messageWriters() {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(root, 'src/core/registry/message.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** How many stage tags the fixture has (for the printout). */
let stageTags = 0;

async function makeRepo(dir) {
  const { formatVersionMessage, formatStageMessage } = await messageWriters();
  git(dir, ['init', '-q', '-b', 'main']);
  writeFileSync(
    join(dir, 'lepton.yml'),
    'version: 1\nmodel: sentiment\neval:\n  command: "true"\n  metrics: m.json\nstages:\n  staging: {}\n  production: {}\n',
  );
  git(dir, ['add', 'lepton.yml']);
  git(dir, ['commit', '-q', '-m', 'manifest']);
  const base = git(dir, ['rev-parse', 'HEAD']).toString().trim();
  // One commit per version, as `record` allows (one version per commit).
  const chunks = [];
  const data = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  for (let c = 0; c < TAGS; c++) {
    chunks.push(
      `commit refs/heads/main\nmark :${c + 1}\ncommitter Bench <bench@example.com> ${1767225600 + c} +0000\n`,
      data(`change ${c}`),
      c === 0 ? `from ${base}\n` : '',
      `M 644 inline model.txt\n`,
      data(`model ${c}`),
      '\n',
    );
  }
  // The commits first, so each record can name its tag's commit (Lepton skips a record that
  // names another commit than its tag's: it would not be a version).
  const marks = join(dir, '.git', 'bench-marks');
  git(dir, ['fast-import', '--quiet', `--export-marks=${marks}`], chunks.join(''));
  const commitOf = new Map(
    readFileSync(marks, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ')),
  );
  const tags = [];
  let n = 0;
  for (let i = 0; i < TAGS; i++) {
    const commit = commitOf.get(`:${i + 1}`);
    const tagger = `tagger Bench <bench@example.com> ${1767225600 + i} +0000\n`;
    const r = versionRecord(i, commit);
    tags.push(
      `tag sentiment@v${r.version}\nfrom :${i + 1}\n${tagger}`,
      data(formatVersionMessage(r)),
    );
    for (const [stage, staged] of STAGED) {
      if (!staged(i)) continue;
      n++;
      stageTags++;
      const s = stageRecord(i, stage, n);
      tags.push(
        `tag sentiment#${stage}#${n}\nfrom :${i + 1}\n${tagger}`,
        data(formatStageMessage(s)),
      );
    }
  }
  git(dir, ['fast-import', '--quiet', `--import-marks=${marks}`], tags.join(''));
  git(dir, ['pack-refs', '--all']);
  git(dir, ['gc', '-q']);
  git(dir, ['reset', '-q', '--hard', 'main']);
}

// The floor of a cold read in Node (see its use below); the model name is the bench's.
const FLOOR = `
import { spawn } from 'node:child_process';
const run = (args, input, onData) => new Promise((resolve) => {
  const c = spawn('git', args, { stdio: ['pipe', 'pipe', 'inherit'] });
  c.stdout.on('data', onData); c.on('close', resolve); c.stdin.end(input);
});
let listing = '';
await run(['for-each-ref', '--format=%(objectname)', 'refs/tags/sentiment@*'], '', (b) => (listing += b));
const ids = listing.split('\\n').filter(Boolean);
const read = (part) => { let pending = Buffer.alloc(0);
  return run(['cat-file', '--batch', '--buffer'], part.join('\\n') + '\\n', (chunk) => {
    const buf = pending.length ? Buffer.concat([pending, chunk]) : chunk; let at = 0;
    for (;;) {
      const eol = buf.indexOf(10, at); if (eol < 0) break;
      const end = eol + 1 + Number(buf.toString('latin1', buf.lastIndexOf(32, eol) + 1, eol));
      if (end >= buf.length) break;
      const open = buf.lastIndexOf('\\n\`\`\`json\\n', end);
      JSON.parse(buf.toString('utf8', open + 9, buf.indexOf('\\n\`\`\`', open + 9)));
      at = end + 1;
    }
    pending = buf.subarray(at);
  }); };
const half = Math.ceil(ids.length / 2);
await Promise.all([read(ids.slice(0, half)), read(ids.slice(half))]);
`;

const run = (cmd, args, cwd) => timeCpu(cmd, args, cwd, env);

// Bump when makeRepo changes: runs reuse the fixture made for the same version and size.
const FIXTURE = 1;
const { dir, made } = await cachedFixture(`registry-v${FIXTURE}-${TAGS}`, async (d) => {
  const t = Date.now();
  await makeRepo(d);
  console.log(`fixture made in ${Date.now() - t} ms`);
});
try {
  const count = git(dir, ['for-each-ref', '--format=x', 'refs/tags/sentiment#*']);
  stageTags = count.toString().split('\n').filter(Boolean).length;
  console.log(
    `repository with ${TAGS} versions (one commit each) and ${stageTags} stage tags (${made ? 'made now' : 'reused'}: ${dir})`,
  );
  const cache = join(dir, '.git', 'lepton');
  rmSync(cache, { recursive: true, force: true });

  const check = spawnSync(process.execPath, [cli, 'show', '--json'], {
    cwd: dir,
    env,
    maxBuffer: 1 << 30,
  });
  if (check.status !== 0) throw new Error(`lepton show failed: ${check.stderr}`);
  const shown = JSON.parse(check.stdout);
  if (shown.versions.length !== TAGS || shown.versions.some((v) => !v.recorded)) {
    throw new Error(
      `lepton show read ${shown.versions.length} versions, expected ${TAGS} with records`,
    );
  }

  // Warm: Lepton's tag cache (<git dir>/lepton/tags) filled by an earlier run, as on a
  // developer's machine; `show --json` then prints the output it kept rendered (MODEL.shown).
  // Warm, tag cache only: that memo removed before each run, so the registry is read from the
  // tag cache, shown, rendered and the memo written (the first warm read after any change of
  // the inputs). Cold: no cache, as in a fresh CI clone (the cache is written too).
  // Ratios are of CPU time (user+sys, children included), each Lepton run beside a git run.
  const reference = ['for-each-ref', '--format=%(contents)', 'refs/tags'];
  const f = (x) => x.toFixed(1);
  const results = {};
  const memo = join(cache, 'tags', 'sentiment.shown');
  for (const mode of ['warm', 'warm-cache', 'cold']) {
    const lepton = [];
    const gitTimes = [];
    const ratios = [];
    await run(process.execPath, [cli, 'show', '--json'], dir); // warm-up (fills the cache)
    await run('git', reference, dir);
    for (let i = 0; i < RUNS; i++) {
      if (mode === 'cold') rmSync(cache, { recursive: true, force: true });
      if (mode === 'warm-cache') rmSync(memo, { force: true });
      const a = await run(process.execPath, [cli, 'show', '--json'], dir);
      const b = await run('git', reference, dir);
      lepton.push(a.cpu);
      gitTimes.push(b.cpu);
      ratios.push(a.cpu / b.cpu);
    }
    results[mode] = median(ratios);
    console.log(
      `${mode}: lepton show --json                     CPU median ${f(median(lepton))} ms`,
    );
    console.log(
      `${mode}: git for-each-ref --format=%(contents)  CPU median ${f(median(gitTimes))} ms`,
    );
  }
  // For scale, against the same git command: the CLI's own start (manifest loaded, nothing
  // read), and the least any Node program can do to read the records cold: list, two
  // `cat-file --batch`, JSON.parse of each record, nothing checked, kept or printed.
  const scale = { start: [], floor: [] };
  for (let i = 0; i < RUNS; i++) {
    const a = await run(process.execPath, [cli, 'validate'], dir);
    const fl = await run(process.execPath, ['--input-type=module', '-e', FLOOR], dir);
    const b = await run('git', reference, dir);
    scale.start.push(a.cpu / b.cpu);
    scale.floor.push(fl.cpu / b.cpu);
  }
  const TARGET = { warm: 1.5, cold: 2.5 };
  const label = {
    warm: 'warm (tags read before: the usual case)',
    'warm-cache': 'warm, tag cache only (first read after the memo’s inputs changed)',
    cold: 'cold (first read after a clone)',
  };
  for (const [mode, ratio] of Object.entries(results)) {
    if (TARGET[mode] === undefined) {
      console.log(`${label[mode]}: ${ratio.toFixed(2)}× (no target of its own: for scale)`);
      continue;
    }
    console.log(
      `${label[mode]}: ${ratio.toFixed(2)}× the CPU time of git for-each-ref  (target ≤ ${TARGET[mode]}×) ${ratio <= TARGET[mode] ? 'ok' : 'OVER TARGET'}`,
    );
  }
  console.log(loadLine());
  console.log(`for scale, lepton validate (CLI start only): ${median(scale.start).toFixed(2)}×`);
  console.log(
    `for scale, a bare Node script that only lists, reads and JSON.parses the records: ${median(scale.floor).toFixed(2)}×`,
  );
} finally {
  // The fixture stays for the next run; only Lepton's caches in it go.
  rmSync(join(dir, '.git', 'lepton'), { recursive: true, force: true });
}
