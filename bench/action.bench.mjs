// The Action's overhead: a push run of the built dist/index.js (record: fetch the history,
// eval, tag, push) on the Iris example, in a depth-1 tagless clone of a bare "remote", exactly
// as the runner starts it. Overhead = the run's wall time − the eval's own wall time (its
// command run alone in the same checkout). Reference, measured in the same run: the git work any
// such step must do (fetch the tags and history, create an annotated tag, push it) plus
// `node -e 0`. Target: overhead ≤ 1.5 × (git floor + node -e 0).
// No Actions services here (no ACTIONS_RUNTIME_TOKEN): as on events that never use them, the
// run must not pay for loading @actions/cache or @actions/artifact.
// Uses the built dist/ (run `npm run bundle` first); builds nothing.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ACTION = process.env.LEPTON_BENCH_ACTION ?? join(ROOT, 'dist', 'index.js'); // another build to compare
if (!existsSync(ACTION)) {
  console.error('bench: dist/index.js is missing; run `npm run bundle` first');
  process.exit(1);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const MODEL = 'iris-knn';
const EVAL = 'node train.js && node eval.js'; // examples/iris-node/lepton.yml's eval.command
const ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
for (const k of Object.keys(ENV)) if (/^(ACTIONS_|INPUT_|GITHUB_)/.test(k)) delete ENV[k];

const root = mkdtempSync(join(tmpdir(), 'lepton-action-bench-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));

function sh(cwd, cmd, args, env = ENV) {
  const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout.toString();
}
const git = (cwd, ...args) => sh(cwd, 'git', args);

// The remote: the Iris example in a repository of two commits (so the runner's clone is shallow).
const work = join(root, 'work');
cpSync(join(ROOT, 'examples', 'iris-node'), work, {
  recursive: true,
  filter: (p) => !/\/(out|node_modules)$/.test(p),
});
git(work, 'init', '-q', '-b', 'main');
git(work, 'add', '-A');
git(work, 'commit', '-q', '-m', 'iris');
writeFileSync(join(work, 'NOTES.md'), 'notes\n');
git(work, 'add', '-A');
git(work, 'commit', '-q', '-m', 'notes');
const template = join(root, 'template.git');
git(root, 'clone', '-q', '--bare', work, template);

let n = 0;
/** A fresh remote and what actions/checkout leaves of it: depth 1, no tags, main checked out. */
function checkout() {
  const i = ++n;
  const remote = join(root, `remote-${i}.git`);
  cpSync(template, remote, { recursive: true });
  const dir = join(root, `ws-${i}`);
  git(
    root,
    'clone',
    '-q',
    '--depth',
    '1',
    '--no-tags',
    '--branch',
    'main',
    `file://${remote}`,
    dir,
  );
  // The eval's dependencies (ml-knn), as `npm ci` would have installed them.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return {
    dir,
    remote,
    cleanup: () => rmSync(join(root, `ws-${i}`), { recursive: true, force: true }),
  };
}

const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;

function actionRun() {
  const c = checkout();
  const runner = mkdtempSync(join(root, 'runner-'));
  const event = join(runner, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      ref: 'refs/heads/main',
      repository: { default_branch: 'main', full_name: 'octo/iris' },
    }),
  );
  for (const f of ['output', 'summary']) writeFileSync(join(runner, f), '');
  const env = {
    ...ENV,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    GITHUB_WORKSPACE: c.dir,
    GITHUB_REPOSITORY: 'octo/iris',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: runner,
  };
  const t = process.hrtime.bigint();
  const out = sh(c.dir, process.execPath, [ACTION], env);
  const wall = ms(t);
  const tags = git(c.remote, 'tag', '--list');
  if (!tags.includes(`${MODEL}@v`)) throw new Error(`the run pushed no version tag:\n${out}`);
  // The eval, alone, in the same checkout the run just used.
  const te = process.hrtime.bigint();
  sh(c.dir, 'sh', ['-c', EVAL]);
  const evalMs = ms(te);
  c.cleanup();
  rmSync(runner, { recursive: true, force: true });
  return { wall, evalMs };
}

/** The git any such step does: fetch tags and history, an annotated tag, its push. */
function gitFloor() {
  const c = checkout();
  const t = process.hrtime.bigint();
  git(c.dir, 'fetch', '-q', '--unshallow', '--tags', 'origin');
  git(c.dir, 'tag', '-a', '-m', '{"version":"0.1.0"}', `${MODEL}@v0.1.0`);
  git(c.dir, 'push', '-q', 'origin', `refs/tags/${MODEL}@v0.1.0`);
  const wall = ms(t);
  c.cleanup();
  return wall;
}

function nodeE0() {
  const t = process.hrtime.bigint();
  sh(root, process.execPath, ['-e', '0']);
  return ms(t);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// One warm-up of each, then interleaved rounds.
actionRun();
gitFloor();
nodeE0();
const rows = { total: [], eval: [], overhead: [], git: [], node: [] };
for (let i = 0; i < RUNS; i++) {
  const a = actionRun();
  rows.total.push(a.wall);
  rows.eval.push(a.evalMs);
  rows.overhead.push(a.wall - a.evalMs);
  rows.git.push(gitFloor());
  rows.node.push(nodeE0());
}
const m = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, median(v)]));
const reference = m.git + m.node;
const f = (x) => `${x.toFixed(0)} ms`;
console.log(
  `Action push run (record) on the Iris example, median of ${RUNS} (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores):`,
);
console.log(`  node dist/index.js, whole run        ${f(m.total)}`);
console.log(`  its eval alone (${EVAL})  ${f(m.eval)}`);
console.log(`  overhead (run − eval)                ${f(m.overhead)}`);
console.log(`  git floor (fetch --unshallow --tags, tag -a, push)  ${f(m.git)}`);
console.log(`  node -e 0                            ${f(m.node)}`);
console.log(
  `  overhead / (git floor + node -e 0)   ${(m.overhead / reference).toFixed(2)}×  (target ≤ 1.5×)`,
);
