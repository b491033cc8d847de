#!/usr/bin/env node
// `npm run demo`: the whole product on a real model, offline, in about a minute.
//
// It copies examples/iris-node into a fresh git repository (with a bare "remote" beside it),
// then runs the BUILT command line (`node dist/cli.js`) and the built Action (`node dist/index.js`)
// as real child processes, narrating each step. Every step states what must happen (exit code,
// tags on the remote, the PR comment); the demo exits 1 at the first step that does not.
// Nothing is left behind but the temporary directory, whose path it prints (`--cleanup`
// removes it too). No network, no GitHub account: the pull request step talks to a stand-in
// GitHub API on 127.0.0.1.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = join(PROJECT, 'examples/iris-node');
const CLI = join(PROJECT, 'dist/cli.js');
const ACTION = join(PROJECT, 'dist/index.js');
const MODEL = 'iris-knn';
const CHILD_TIMEOUT_MS = 180_000;

const options = { cleanup: process.argv.includes('--cleanup') };
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code) => (text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const bold = paint('1');
const dim = paint('2');
const green = paint('32');
const red = paint('31');

class DemoFailure extends Error {}

/** A step's promise that did not hold: stop the demo with a reason. */
function expect(condition, what) {
  if (!condition) throw new DemoFailure(what);
  console.log(green(`  ✓ ${what}`));
}

// ── the environment every child gets ─────────────────────────────────────────────────────────

/**
 * The user's git config must not change what the demo does (signing, hooks, default branch),
 * and a demo started inside a CI job must not look like an Action run to the CLI.
 */
function childEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|GIT_)/.test(k)) continue;
    if (['CI', 'NODE_OPTIONS', 'LEPTON_DEBUG'].includes(k)) continue;
    env[k] = v;
  }
  return {
    ...env,
    // The eval runs `node train.js`: the node running this demo, whatever PATH says.
    PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: process.platform === 'win32' ? 'NUL' : '/dev/null',
    GIT_AUTHOR_NAME: 'Demo Author',
    GIT_AUTHOR_EMAIL: 'demo@example.com',
    GIT_COMMITTER_NAME: 'Demo Author',
    GIT_COMMITTER_EMAIL: 'demo@example.com',
    ...extra,
  };
}

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, env: childEnv(), encoding: 'utf8' }).trim();
}

/** Runs a child to the end, keeping stdout, stderr and both interleaved as they came. */
function run(command, args, { cwd, env }) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => child.kill('SIGTERM'), CHILD_TIMEOUT_MS);
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.on('data', (b) => ((stdout += b), (output += b)));
    child.stderr.on('data', (b) => ((stderr += b), (output += b)));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code: code ?? (signal ? 128 : -1), stdout, stderr, output });
    });
  });
}

// ── narration ────────────────────────────────────────────────────────────────────────────────

let stepNumber = 0;
const STEPS = 17;

function step(title, ...explanation) {
  stepNumber += 1;
  console.log(`\n${bold(`━━ ${stepNumber}/${STEPS}  ${title}`)}`);
  for (const line of explanation) console.log(dim(`   ${line}`));
}

function indent(text) {
  const body = text.replace(/\s+$/, '');
  return body ? body.replace(/^/gm, '    ') : '    (no output)';
}

/** `lepton ARGS` in the work tree, shown as the user would type it. */
async function lepton(work, ...args) {
  console.log(`\n  ${bold('$ lepton ' + args.join(' '))}`);
  const r = await run(process.execPath, [CLI, ...args], { cwd: work, env: childEnv() });
  console.log(indent(r.output));
  if (/not implemented yet/.test(r.output)) {
    throw new DemoFailure(
      `lepton ${args[0]} has not been built yet (it says "not implemented yet")`,
    );
  }
  return r;
}

function expectExit(r, code, meaning) {
  expect(r.code === code, `exit ${code} (${meaning})${r.code === code ? '' : `, got ${r.code}`}`);
}

function remoteTags(work) {
  const out = git(work, 'ls-remote', '--tags', 'origin');
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t')[1].replace(/^refs\/tags\//, ''))
    .filter((t) => !t.endsWith('^{}'));
}

const localTags = (work) => git(work, 'tag', '--list').split('\n').filter(Boolean);

function editConfig(work, change) {
  const file = join(work, 'config/model.json');
  const config = { ...JSON.parse(readFileSync(file, 'utf8')), ...change };
  writeFileSync(file, JSON.stringify(config, null, 2) + '\n');
  console.log(`\n  ${bold('config/model.json')} now: ${JSON.stringify(change)}`);
}

// ── a stand-in for the GitHub REST API: just the three comment endpoints the Action uses ─────

async function startFakeGitHub(pullHead) {
  const comments = [];
  const requests = [];
  let nextId = 1001;
  const view = (c) => ({
    id: c.id,
    body: c.body,
    html_url: `${base}/demo/${MODEL}/pull/${c.issue}#issuecomment-${c.id}`,
    user: { login: 'github-actions[bot]', type: 'Bot' },
    created_at: c.created,
    updated_at: c.updated,
  });
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (b) => (text += b));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      requests.push(`${req.method} ${path}`);
      const send = (status, data) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(data));
      };
      const now = new Date().toISOString();
      const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path);
      const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path);
      if (list && req.method === 'GET') {
        return send(200, comments.filter((c) => c.issue === Number(list[1])).map(view));
      }
      if (list && req.method === 'POST') {
        const c = { id: nextId++, issue: Number(list[1]), body: JSON.parse(text).body };
        c.created = c.updated = now;
        comments.push(c);
        return send(201, view(c));
      }
      // The Action checks that the commit it evaluated is still the pull request's head.
      const pull = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(path);
      if (pull && req.method === 'GET')
        return send(200, { number: Number(pull[1]), head: { sha: pullHead } });
      const found = one && comments.find((c) => c.id === Number(one[1]));
      if (found && req.method === 'PATCH') {
        found.body = JSON.parse(text).body;
        found.updated = now;
        return send(200, view(found));
      }
      send(404, { message: 'Not Found (the demo stands in only for issue comments)' });
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { url: base, comments, requests, close: () => new Promise((ok) => server.close(ok)) };
}

// ── the story ────────────────────────────────────────────────────────────────────────────────

function ensureBuilt() {
  if (existsSync(CLI) && existsSync(ACTION)) return;
  console.log(dim('dist/ is missing: building it (node scripts/bundle.mjs)'));
  execFileSync(process.execPath, [join(PROJECT, 'scripts/bundle.mjs')], {
    cwd: PROJECT,
    stdio: 'inherit',
  });
}

function ensureExampleDependencies() {
  const missing = ['ml-knn', 'ml-confusion-matrix'].filter(
    (name) => !existsSync(join(PROJECT, 'node_modules', name, 'package.json')),
  );
  if (missing.length) {
    throw new DemoFailure(
      `the example model needs ${missing.join(', ')} (devDependencies): run \`npm ci\` first`,
    );
  }
}

/** The example as the first commit of a new repository, with a bare `origin` beside it. */
function createRepository(base) {
  const work = join(base, 'iris-node');
  const remote = join(base, 'origin.git');
  cpSync(EXAMPLE, work, {
    recursive: true,
    filter: (src) => !/(^|[\\/])(out|node_modules|__pycache__)$/.test(relative(EXAMPLE, src)),
  });
  // With a local registry, every version's files also go to the model store (docs/store.md).
  if (registry) {
    const manifest = join(work, 'lepton.yml');
    const text = readFileSync(manifest, 'utf8');
    writeFileSync(
      manifest,
      text.replace(
        /^( {2}paths: \[out\/model\.json\])$/m,
        `$1\n  store: oci://${registry.host}/demo`,
      ),
    );
  }
  // production deploys through a hook (docs/delivery.md): it "serves" a version by writing it to
  // ../serving/production.json, which the demo reads, and fails for a version marked broken.
  const manifest = join(work, 'lepton.yml');
  writeFileSync(
    manifest,
    readFileSync(manifest, 'utf8').replace(
      /^( {6}accuracy: \{ min: 0\.97 \})$/m,
      '$1\n    deploy:\n      command: node deploy.mjs\n      timeout: 1m\n      url: http://127.0.0.1:8080/iris-knn',
    ),
  );
  writeFileSync(join(work, 'deploy.mjs'), DEPLOY_HOOK);
  // ES modules ignore NODE_PATH, so the model finds its packages through a link to the
  // project's node_modules (the example's .gitignore keeps the link out of every hash).
  symlinkSync(join(PROJECT, 'node_modules'), join(work, 'node_modules'), 'junction');
  git(base, 'init', '-q', '--bare', '-b', 'main', remote);
  git(work, 'init', '-q', '-b', 'main');
  git(work, 'remote', 'add', 'origin', remote);
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', 'Iris classifier: k=3 on all four measurements');
  git(work, 'push', '-q', '-u', 'origin', 'main');
  return { work, remote };
}

/** The demo's deploy hook: the serving side is a folder beside the repository. */
const DEPLOY_HOOK = `// Deploys a version by writing what serves where into ../serving/STAGE.json.
import fs from 'node:fs';
const dir = '../serving';
const { LEPTON_VERSION: v, LEPTON_STAGE: stage, LEPTON_TAG: tag } = process.env;
fs.mkdirSync(dir, { recursive: true });
if (fs.existsSync(\`\${dir}/broken-\${v}\`)) {
  console.error(\`the serving cluster refused v\${v}: health check failed\`);
  process.exit(1);
}
const previous = process.env.LEPTON_PREVIOUS_VERSION || null;
fs.writeFileSync(\`\${dir}/\${stage}.json\`, JSON.stringify({ version: v, tag, previous }) + '\\n');
console.log(\`v\${v} serves \${stage} now (replacing \${previous ? 'v' + previous : 'nothing'})\`);
`;

/** What the demo's serving folder says runs in `stage`, or null. */
function serving(base, stage) {
  const file = join(base, 'serving', `${stage}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

async function story(base) {
  console.log(bold('Lepton demo: a real model through its lifecycle, offline'));
  console.log(dim(`\`lepton\` below is \`node ${relative(process.cwd(), CLI) || CLI}\`.`));
  const { work } = createRepository(base);
  console.log(`\nA new repository with examples/iris-node as its first commit: ${work}`);
  console.log(`Its remote "origin" is a bare repository beside it: ${join(base, 'origin.git')}`);

  step(
    'Validate the manifest',
    'lepton.yml declares the model: its components (code, config), its data set (data/iris.csv),',
    'the eval command that writes out/metrics.json, the thresholds and the stages.',
  );
  let r = await lepton(work, 'validate');
  expectExit(r, 0, 'the manifest is valid');

  step(
    'Status: what the model is made of',
    'Each component and data set is hashed by content; nothing is recorded yet.',
  );
  r = await lepton(work, 'status');
  expectExit(r, 0, 'status printed');
  expect(/config/.test(r.output) && /iris/.test(r.output), 'it lists the config and iris parts');

  step(
    'Record the first version and push its tag',
    'record runs the eval (train.js, then eval.js), checks the thresholds and tags this commit.',
  );
  r = await lepton(work, 'record', '--push');
  expectExit(r, 0, 'recorded and passed');
  expect(remoteTags(work).includes(`${MODEL}@v0.1.0`), `origin has the tag ${MODEL}@v0.1.0`);

  step(
    'A pull request makes the model worse',
    'Someone drops the petal measurements ("cheaper to collect") on a branch.',
  );
  git(work, 'switch', '-q', '-c', 'sepals-only');
  editConfig(work, { features: ['sepal_length', 'sepal_width'] });
  git(work, 'commit', '-q', '-am', 'Use only the sepal measurements');
  console.log(dim('  committed on branch sepals-only'));

  step(
    'eval on the branch: the gate fails',
    'The baseline is the newest version on the default branch (v0.1.0); the report shows the',
    'metric diff and which thresholds failed, and the exit code fails the CI job.',
  );
  const before = localTags(work).length;
  r = await lepton(work, 'eval');
  expectExit(r, 1, 'a threshold failed');
  expect(/accuracy/.test(r.output) && /f1_macro/.test(r.output), 'the report shows the metrics');
  expect(localTags(work).length === before, 'eval made no tag');

  step(
    'The same check as the GitHub Action runs it on the pull request',
    'node dist/index.js on a simulated pull_request event (#1, base main). The GitHub API it',
    'talks to is a stand-in on 127.0.0.1 inside this demo; cache and artifact services are',
    'absent, as on any machine that is not a runner, so the Action warns and goes on.',
  );
  await actionOnPullRequest(base, work);

  step(
    'Fix it: all four measurements again, and k=9',
    'A real change (k), so the next version differs from v0.1.0 and is worth recording.',
  );
  editConfig(work, {
    features: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'],
    k: 9,
  });
  git(work, 'commit', '-q', '-am', 'All four measurements, k=9');
  r = await lepton(work, 'eval');
  expectExit(r, 0, 'thresholds pass');

  step(
    'Merge and record v0.2.0',
    'On the default branch, record tags the new fingerprint. A component changed, so the minor',
    'number goes up.',
  );
  git(work, 'switch', '-q', 'main');
  git(work, 'merge', '-q', '--no-ff', '-m', 'Merge branch sepals-only', 'sepals-only');
  git(work, 'push', '-q', 'origin', 'main');
  r = await lepton(work, 'record', '--push');
  expectExit(r, 0, 'recorded and passed');
  expect(remoteTags(work).includes(`${MODEL}@v0.2.0`), `origin has the tag ${MODEL}@v0.2.0`);

  step(
    'Promote v0.2.0 to staging',
    'The eval thresholds are checked again on the recorded metrics.',
  );
  r = await lepton(work, 'promote', '0.2.0', 'staging', '--push');
  expectExit(r, 0, 'promoted');
  expect(hasStageTag(work, 'staging'), `origin has the stage tag ${MODEL}#staging#N`);

  step(
    'Promote v0.2.0 to production, and deploy it',
    'production says `after: staging` and adds accuracy ≥ 0.97 to the eval thresholds. Its deploy',
    'hook runs once the stage tag is pushed (in the Action: as a GitHub Deployment).',
  );
  r = await lepton(work, 'promote', '0.2.0', 'production', '--push');
  expectExit(r, 0, 'promoted and deployed');
  expect(hasStageTag(work, 'production'), `origin has the stage tag ${MODEL}#production#N`);
  expect(
    serving(base, 'production')?.version === '0.2.0',
    'the hook deployed v0.2.0: it serves production',
  );

  step(
    'Try to promote v0.1.0 to production: refused',
    'v0.1.0 never held staging, and its accuracy is below production’s bound.',
  );
  const tagsBefore = remoteTags(work).length;
  r = await lepton(work, 'promote', '0.1.0', 'production', '--push');
  expectExit(r, 1, 'refused');
  expect(remoteTags(work).length === tagsBefore, 'no tag was made');

  step(
    'Pull the production model from the model store',
    "record pushed each version's files to an OCI registry before tagging; pull resolves the stage",
    'through the tags and verifies every digest before a file is written.',
  );
  if (!registry) {
    console.log(
      dim('  skipped: docker-registry is not installed (apt-get install docker-registry)'),
    );
  } else {
    const to = join(base, 'pulled');
    r = await lepton(work, 'pull', `${MODEL}#production`, '--to', to);
    expectExit(r, 0, 'pulled and verified');
    const same = readFileSync(join(to, 'out/model.json')).equals(
      readFileSync(join(work, 'out/model.json')),
    );
    expect(same, "the pulled out/model.json is v0.2.0's, byte for byte");
  }

  step(
    'v0.3.0 reaches staging',
    'A config change (a note in config/model.json) makes a new version with the same metrics.',
  );
  editConfig(work, { note: 'retrained for the spring catalogue' });
  git(work, 'commit', '-q', '-am', 'A note in the config');
  git(work, 'push', '-q', 'origin', 'main');
  r = await lepton(work, 'record', '--push');
  expectExit(r, 0, 'recorded and passed');
  r = await lepton(work, 'promote', '0.3.0', 'staging', '--push');
  expectExit(r, 0, 'promoted to staging');

  step(
    'Its production deploy fails: automatic rollback',
    'The serving side refuses v0.3.0. Lepton withdraws it (an unassignment tag, pushed, whose',
    'record says why) and deploys the version production held before, v0.2.0, again.',
  );
  writeFileSync(join(base, 'serving', 'broken-0.3.0'), '');
  r = await lepton(work, 'promote', '0.3.0', 'production', '--push');
  expectExit(r, 3, 'the deploy failed');
  expect(
    remoteTags(work).some((t) => t.startsWith(`${MODEL}#production!#`)),
    `origin has the unassignment ${MODEL}#production!#N`,
  );
  const now = serving(base, 'production');
  expect(
    now?.version === '0.2.0' && now?.previous === '0.3.0',
    'v0.2.0 serves production again (redeployed in place of v0.3.0)',
  );

  step(
    'history: who put what where, and why',
    'The audit trail, newest first: the rollback with its reason, the promotions before it.',
  );
  r = await lepton(work, 'history', 'production');
  expectExit(r, 0, 'shown');
  expect(
    /refused v0\.3\.0|deploy of v0\.3\.0/.test(r.output),
    'the rollback is listed with its reason',
  );

  step('show: every version and who holds each stage');
  r = await lepton(work, 'show');
  expectExit(r, 0, 'shown');
  expect(
    /0\.3\.0/.test(r.output) && /0\.2\.0/.test(r.output) && /0\.1\.0/.test(r.output),
    'the three versions are listed',
  );
  const shown = await run(process.execPath, [CLI, 'show', '--json'], {
    cwd: work,
    env: childEnv(),
  });
  const stages = JSON.parse(shown.stdout).stages;
  expect(
    stages.staging?.version === '0.3.0' && stages.production?.version === '0.2.0',
    'show --json: staging holds 0.3.0, production 0.2.0 (after the rollback)',
  );

  step('diff: what changed between v0.1.0 and the latest version');
  r = await lepton(work, 'diff', '0.1.0');
  expectExit(r, 0, 'diffed');
  expect(/accuracy/.test(r.output), 'the diff lists accuracy');
}

function hasStageTag(work, stage) {
  return remoteTags(work).some((t) => t.startsWith(`${MODEL}#${stage}#`));
}

async function actionOnPullRequest(base, work) {
  const head = git(work, 'rev-parse', 'HEAD');
  const api = await startFakeGitHub(head);
  try {
    const runner = join(base, 'runner');
    mkdirSync(join(runner, 'temp'), { recursive: true });
    const event = {
      action: 'synchronize',
      number: 1,
      pull_request: {
        number: 1,
        head: { ref: 'sepals-only', sha: head },
        base: { ref: 'main', sha: git(work, 'rev-parse', 'main') },
      },
      repository: {
        full_name: `demo/${MODEL}`,
        name: MODEL,
        owner: { login: 'demo' },
        default_branch: 'main',
      },
    };
    const files = {
      event: join(runner, 'event.json'),
      summary: join(runner, 'summary.md'),
      output: join(runner, 'output.txt'),
    };
    writeFileSync(files.event, JSON.stringify(event, null, 2));
    for (const f of [files.summary, files.output]) writeFileSync(f, '');
    const env = childEnv({
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: `demo/${MODEL}`,
      GITHUB_REPOSITORY_OWNER: 'demo',
      GITHUB_API_URL: api.url,
      GITHUB_SERVER_URL: api.url,
      GITHUB_WORKSPACE: work,
      GITHUB_SHA: head,
      GITHUB_REF: 'refs/pull/1/merge',
      GITHUB_HEAD_REF: 'sepals-only',
      GITHUB_BASE_REF: 'main',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'model',
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      RUNNER_TEMP: join(runner, 'temp'),
      INPUT_TOKEN: 'demo-token-not-a-secret',
    });
    console.log(`\n  ${bold('$ node dist/index.js')}  ${dim('(GITHUB_EVENT_NAME=pull_request)')}`);
    const r = await run(process.execPath, [ACTION], { cwd: work, env });
    console.log(indent(r.output));
    console.log(
      dim(
        '    (`::…::` lines are workflow commands: the runner turns them into masks, groups and annotations)',
      ),
    );
    if (/not implemented yet/.test(r.output)) {
      throw new DemoFailure('the Action has not been built yet (it says "not implemented yet")');
    }
    expectExit(r, 1, 'the step fails: a threshold failed and fail-on-threshold is true');
    const [comment] = api.comments;
    expect(
      api.comments.length === 1,
      `one comment posted on pull request #1 (API calls: ${api.requests.join(', ') || 'none'})`,
    );
    expect(/accuracy/.test(comment.body), 'the comment has the metric table');
    console.log(`\n  ${bold('The comment on pull request #1:')}`);
    console.log(indent(comment.body));
    const outputs = readFileSync(files.output, 'utf8');
    expect(/passed/.test(outputs), `step outputs written (${files.output})`);
    const summary = readFileSync(files.summary, 'utf8');
    expect(/accuracy/.test(summary), `the report is in the job summary (${files.summary})`);
  } finally {
    await api.close();
  }
}

/** Debian's docker-registry on 127.0.0.1 for the model-store step, or null when it is not installed. */
let registry = null;
async function startRegistry(base) {
  const bin = '/usr/bin/docker-registry';
  if (!existsSync(bin)) return null;
  const port = await new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => done(p));
    });
  });
  const host = `127.0.0.1:${port}`;
  const config = join(base, 'registry.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog: { level: error, accesslog: { disabled: true } }\nstorage: { filesystem: { rootdirectory: ${join(base, 'registry')} } }\nhttp: { addr: ${host} }\n`,
  );
  const child = spawn(bin, ['serve', config], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`http://${host}/v2/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { host, child };
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill();
  return null;
}

async function main() {
  ensureBuilt();
  const base = mkdtempSync(join(tmpdir(), 'lepton-demo-'));
  let failed = false;
  try {
    ensureExampleDependencies();
    registry = await startRegistry(base);
    console.log(
      registry
        ? `A model store (docker-registry) runs on ${registry.host}`
        : dim('docker-registry is not installed: the model store step is skipped'),
    );
    await story(base);
    console.log(`\n${green(bold('Every step behaved as narrated.'))}`);
  } catch (e) {
    failed = true;
    const what = e instanceof DemoFailure ? e.message : (e?.stack ?? String(e));
    console.error(`\n${red(bold(`✗ step ${stepNumber}/${STEPS}: ${what}`))}`);
  }
  registry?.child.kill();
  if (options.cleanup) {
    rmSync(base, { recursive: true, force: true });
  } else {
    console.log(`The demo's repositories are kept at: ${base}${sep}`);
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
