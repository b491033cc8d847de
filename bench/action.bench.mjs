// The Action's overhead: a push run of the built dist/index.js (record: fetch the history,
// eval, tag, push) on the Iris example, in a depth-1 tagless clone of a bare "remote", exactly
// as the runner starts it. Overhead = the run's wall time − the eval's own wall time (its
// command run alone in the same checkout). Reference, measured in the same run: the git work any
// such step must do (fetch the tags and history, create an annotated tag, push it) plus
// `node -e 0`. Target: overhead ≤ 1.5 × (git floor + node -e 0). Wall and CPU time (user +
// system of the process and every child it waited for: git, the eval), medians of interleaved
// rounds, each beside its reference as a ratio, with the machine's load average.
// No Actions services here (no ACTIONS_RUNTIME_TOKEN): as on events that never use them, the
// run must not pay for loading @actions/cache or @actions/artifact.
// Uses the built dist/ (run `npm run bundle` first); builds nothing.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadNote, loadNow, measure, median } from './lib/measure.mjs';

// Which code cache the runs had: Node ≥ 22.1 keeps V8's compiled code on disk (dist/index.js
// enables it; the warm-up run fills it), as on a self-hosted runner; a GitHub-hosted runner
// starts each job without one. Node 20 has none.
const CODE_CACHE =
  typeof module.enableCompileCache === 'function'
    ? "warm V8 compile cache (Node's, as on a self-hosted runner; a hosted runner starts cold)"
    : `no V8 code cache (Node ${process.version} has none, as a hosted runner's first run)`;

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

function actionRun(extraEnv = {}) {
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
    ...extraEnv,
  };
  const run = measure([process.execPath, ACTION], { cwd: c.dir, env });
  const tags = git(c.remote, 'tag', '--list');
  if (!tags.includes(`${MODEL}@v`))
    throw new Error(`the run pushed no version tag:\n${run.stdout}`);
  // The eval, alone, in the same checkout the run just used.
  const alone = measure(['sh', '-c', EVAL], { cwd: c.dir, env: ENV });
  c.cleanup();
  rmSync(runner, { recursive: true, force: true });
  return { run, alone };
}

/** The git any such step does: fetch tags and history, an annotated tag, its push. */
function gitFloor() {
  const c = checkout();
  const tag = `${MODEL}@v0.1.0`;
  const script = `git fetch -q --unshallow --tags origin && git tag -a -m '{"version":"0.1.0"}' '${tag}' && git push -q origin 'refs/tags/${tag}'`;
  const r = measure(['sh', '-c', script], { cwd: c.dir, env: ENV });
  c.cleanup();
  return r;
}

const nodeE0 = () => measure([process.execPath, '-e', '0'], { cwd: root, env: ENV });

/**
 * The git processes a push run starts itself (git's own children, which find each other through
 * git's exec path, not PATH, are not counted): one more run with a logging `git` first on PATH.
 */
function gitSpawns() {
  const bin = mkdtempSync(join(root, 'git-log-'));
  const log = join(bin, 'log');
  const real = sh(root, 'sh', ['-c', 'command -v git']).trim();
  writeFileSync(join(bin, 'git'), `#!/bin/sh\necho x >> '${log}'\nexec '${real}' "$@"\n`, {
    mode: 0o755,
  });
  writeFileSync(log, '');
  actionRun({ PATH: `${bin}:${ENV.PATH ?? ''}` });
  return readFileSync(log, 'utf8').split('\n').filter(Boolean).length;
}

// One warm-up of each, then interleaved rounds.
const spawns = gitSpawns();
actionRun();
gitFloor();
nodeE0();
const load = loadNow();
const rows = { total: [], eval: [], overhead: [], git: [], node: [] };
const cpu = { total: [], eval: [], overhead: [], git: [], node: [] };
for (let i = 0; i < RUNS; i++) {
  const { run, alone } = actionRun();
  const g = gitFloor();
  const n = nodeE0();
  const round = { total: run, eval: alone, git: g, node: n };
  for (const k of Object.keys(round)) {
    rows[k].push(round[k].wall);
    cpu[k].push(round[k].cpu);
  }
  rows.overhead.push(run.wall - alone.wall);
  cpu.overhead.push(run.cpu - alone.cpu);
}
const m = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, median(v)]));
const c = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, median(v)]));
const f = (x) => `${x.toFixed(0).padStart(5)} ms`;
const line = (name, k) => `  ${name.padEnd(52)} ${f(m[k])} wall ${f(c[k])} CPU`;
console.log(
  `Action push run (record) on the Iris example, median of ${RUNS} interleaved rounds (${loadNote(load)}), ${CODE_CACHE}:`,
);
console.log(line('node dist/index.js, whole run', 'total'));
console.log(line(`its eval alone (${EVAL})`, 'eval'));
console.log(line('overhead (run − eval)', 'overhead'));
console.log(line('git floor (fetch --unshallow --tags, tag -a, push)', 'git'));
console.log(line('node -e 0', 'node'));
const ratio = (x) => `${x.toFixed(2)}×`;
console.log(
  `  overhead / (git floor + node -e 0)   ${ratio(m.overhead / (m.git + m.node))} wall, ${ratio(c.overhead / (c.git + c.node))} CPU  (target ≤ 1.5×)`,
);
console.log(
  `  git processes the run starts: ${spawns} (the git floor's script: 3; the eval runs none)`,
);
