import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCommit } from '../../src/action/comment.js';
import { git, runCli } from '../helpers/repo.js';
import { ACTIONS_IDENTITY, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import {
  cleanupOrigins,
  mergeCheckout,
  MODEL,
  MODEL_DIR,
  MODEL_FILES,
  origin,
  prBranch,
} from './model-repo.js';
import { cleanupRuns, examplePayload, runAction, type ActionRun } from './run-action.js';

const TOKEN = 'ghs_prTestTokenABCDEF0123456789';
const MARKER = `<!-- lepton:model=${MODEL} -->`;

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'models', token: TOKEN });
});
afterEach(() => gh.close());
afterAll(() => {
  cleanupOrigins();
  cleanupRuns();
});

/** A realistic pull_request payload for PR #number from `head` into main. */
async function prPayload(number: number, head: string, sha: string) {
  const p = await examplePayload('pull_request', (e) => e.action === 'synchronize');
  const pr = p.pull_request as {
    number: number;
    base: { ref: string };
    head: { ref: string; sha: string };
  };
  p.number = number;
  pr.number = number;
  pr.base.ref = 'main';
  pr.head.ref = head;
  pr.head.sha = sha;
  (p.repository as { default_branch: string }).default_branch = 'main';
  return p;
}

async function runOnPr(
  workspace: string,
  number: number,
  head: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
  /** The pull request's head on GitHub when the run comments (default: the commit checked out). */
  headNow?: string,
): Promise<ActionRun> {
  const sha = git(workspace, 'rev-parse', 'HEAD').trim();
  gh.setPull(number, { headSha: headNow ?? sha });
  return runAction({
    workspace,
    eventName: 'pull_request',
    payload: await prPayload(number, head, sha),
    apiUrl: gh.url,
    inputs: { 'working-directory': MODEL_DIR, token: TOKEN, ...inputs },
    env,
  });
}

describe('the action on pull_request (built dist/index.js, depth-1 tagless checkout)', () => {
  it('first run creates one comment; the second run updates that comment, not a second one', async () => {
    const o = origin();
    prBranch(o, 'better', 0.95);
    const ws = o.checkout('better');

    const first = await runOnPr(ws, 12, 'better');
    expect(first.code).toBe(0);
    // A local runner has no cache service: said once, and nothing else to warn about.
    expect(first.warnings).toEqual([
      '::warning::the Actions cache service is not available here: eval results are not cached',
    ]);
    expect(gh.comments(12)).toHaveLength(1);
    const comment = gh.comments(12)[0]!;
    expect(comment.body.startsWith(MARKER)).toBe(true);
    expect(comment.body).toContain('accuracy');
    expect(comment.body).toContain('0.95');
    expect(first.stdout).toContain(`created the comment on pull request #12: ${comment.html_url}`);
    expect(first.stdout).toContain('fetched from origin:');
    expect(first.stdout).toContain('the base branch main');

    const second = await runOnPr(ws, 12, 'better');
    expect(second.code).toBe(0);
    expect(gh.comments(12)).toHaveLength(1);
    expect(gh.comments(12)[0]!.id).toBe(comment.id);
    expect(second.stdout).toContain(`updated the comment on pull request #12`);
    const list = '/repos/octo-org/models/issues/12/comments';
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      ...['GET /repos/octo-org/models/pulls/12', 'GET /user', 'POST /graphql'],
      ...[`GET ${list}`, `POST ${list}`, `GET ${list}`],
      ...['GET /repos/octo-org/models/pulls/12', 'GET /user', 'POST /graphql'],
      ...[`GET ${list}`, `PATCH /repos/octo-org/models/issues/comments/${comment.id}`],
    ]);
    expect(gh.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('sets every output and writes the same report to the summary, the file and the comment', async () => {
    const o = origin();
    prBranch(o, 'outputs', 0.94);
    const run = await runOnPr(o.checkout('outputs'), 3, 'outputs');
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({
      version: '',
      tag: '',
      'stage-tag': '',
      'rolled-back-to': '',
      'rollback-tag': '',
      passed: 'true',
      reused: 'false',
      metrics: JSON.stringify({ accuracy: 0.94, latency_ms: 12 }),
      report: expect.stringMatching(/lepton-sentiment-report\.md$/),
    });
    const report = readFileSync(run.outputs.report!, 'utf8');
    expect(report).toContain(MARKER);
    expect(run.summary).toBe(report + '\n');
    const sha = git(o.remote, 'rev-parse', 'outputs').trim();
    expect(gh.comments(3)[0]!.body).toBe(withCommit(report, sha));
    expect(gh.comments(3)[0]!.body).toMatch(
      new RegExp(`\n<sub>Evaluated commit ${sha}\\.</sub>\n$`),
    );
  });

  it('fails the step on a failed threshold, and comments all the same', async () => {
    const o = origin();
    prBranch(o, 'worse', 0.5);
    const run = await runOnPr(o.checkout('worse'), 4, 'worse');
    expect(run.code).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.errors).toEqual(['::error::thresholds failed: accuracy min']);
    expect(gh.comments(4)).toHaveLength(1);
  });

  it('a pull request that loosens its own gate is not a plain green in the comment or the summary', async () => {
    const o = origin();
    // main's v0.1.0, recorded and pushed as the push job would: accuracy 0.93 against min 0.9.
    const recorded = await runCli(join(o.dir, MODEL_DIR), ['record', '--push']);
    expect(recorded.code).toBe(0);
    // The pull request drops the score to 0.6 and its own gate to min 0.5, no max_drop.
    const yml = MODEL_FILES[`${MODEL_DIR}/lepton.yml`]!;
    o.git('checkout', '-q', '-B', 'loosen', 'main');
    o.write({
      [`${MODEL_DIR}/params.json`]: '{ "accuracy": 0.6 }\n',
      [`${MODEL_DIR}/lepton.yml`]: yml.replace(
        'accuracy: { min: 0.9, max_drop: 0.02 }',
        'accuracy: { min: 0.5 }',
      ),
    });
    o.commit('accuracy 0.6, gate min 0.5');
    o.publish('loosen');
    o.git('checkout', '-q', 'main');

    const run = await runOnPr(o.checkout('loosen'), 9, 'loosen');
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe('true');
    const body = gh.comments(9)[0]!.body;
    expect(body.split('\n')[1]).toBe(
      '### ✅ sentiment\\: thresholds passed — ⚠️ with thresholds this change loosened · baseline v0\\.1\\.0',
    );
    expect(body).toContain(
      '**⚠️ Thresholds loosened since v0.1.0** \\(its lepton\\.yml\\)\n\n- ⚠️ `accuracy`: min 0\\.9 → 0\\.5 \\(loosened\\), max\\_drop 0\\.02 → removed\n',
    );
    expect(run.summary).toContain('with thresholds this change loosened');
    expect(run.summary).toContain('max\\_drop 0\\.02 → removed');
  });

  it('only warns on a failed threshold when fail-on-threshold is false', async () => {
    const o = origin();
    prBranch(o, 'worse', 0.5);
    const run = await runOnPr(o.checkout('worse'), 5, 'worse', { 'fail-on-threshold': 'false' });
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe('false');
    expect(run.warnings).toContainEqual(
      '::warning::thresholds failed: accuracy min (fail-on-threshold is false: the step still succeeds)',
    );
  });

  it('finds and updates its comment among 250 others (three pages of 100)', async () => {
    const o = origin();
    prBranch(o, 'busy', 0.96);
    gh.seed(
      9,
      Array.from({ length: 217 }, (_, i) => `review comment ${i}`),
    );
    gh.seed(9, [`${MARKER}\nan old report`], ACTIONS_IDENTITY);
    gh.seed(
      9,
      Array.from({ length: 32 }, (_, i) => `review comment ${217 + i}`),
    );
    const run = await runOnPr(o.checkout('busy'), 9, 'busy');
    expect(run.code).toBe(0);
    expect(gh.comments(9)).toHaveLength(250);
    expect(gh.comments(9)[217]!.body).toContain('0.96');
    const pages = gh.requests
      .filter((r) => r.method === 'GET' && r.path.endsWith('/comments'))
      .map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toEqual(
      [],
    );
  });

  it('on 403 (a fork’s read-only token) warns, and the gate alone decides the exit', async () => {
    gh.refuse('POST', 403);
    const o = origin();
    prBranch(o, 'fork-ok', 0.95);
    prBranch(o, 'fork-bad', 0.4);
    const ok = await runOnPr(o.checkout('fork-ok'), 21, 'fork-ok');
    expect(ok.code).toBe(0);
    expect(ok.warnings).toEqual([
      expect.stringContaining('cache service is not available'),
      expect.stringMatching(
        /^::warning::could not comment on pull request #21 \(HTTP 403: Resource not accessible by integration/,
      ),
    ]);
    expect(ok.summary).toContain(MARKER);
    const bad = await runOnPr(o.checkout('fork-bad'), 22, 'fork-bad');
    expect(bad.code).toBe(1);
    expect(bad.errors).toEqual(['::error::thresholds failed: accuracy min']);
  });

  it('does not comment with comment: false', async () => {
    const o = origin();
    prBranch(o, 'quiet', 0.95);
    const run = await runOnPr(o.checkout('quiet'), 30, 'quiet', { comment: 'false' });
    expect(run.code).toBe(0);
    expect(gh.requests).toEqual([]);
    expect(run.summary).toContain(MARKER);
  });

  it('replaces the comment with the failure when a later push’s eval cannot run (exit 3)', async () => {
    const o = origin();
    prBranch(o, 'breaks', 0.95);
    expect((await runOnPr(o.checkout('breaks'), 40, 'breaks')).code).toBe(0);
    expect(gh.comments(40)[0]!.body).toContain('0.95');

    o.git('checkout', '-q', 'breaks');
    o.write({ [`${MODEL_DIR}/eval.js`]: 'process.exit(7);\n' });
    o.commit('broken eval');
    o.publish('breaks');
    o.git('checkout', '-q', 'main');
    const run = await runOnPr(o.checkout('breaks'), 40, 'breaks');
    expect(run.code).toBe(3);
    expect(gh.comments(40)).toHaveLength(1);
    const body = gh.comments(40)[0]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('### Lepton failed');
    expect(body).not.toContain('0.95');
    expect(run.summary).toContain('### Lepton failed');
  });

  it('switches workflow commands off while the PR’s eval prints, and on again after', async () => {
    const o = origin();
    o.git('checkout', '-q', '-B', 'noisy', 'main');
    o.write({
      [`${MODEL_DIR}/params.json`]: '{ "accuracy": 0.95 }\n',
      [`${MODEL_DIR}/eval.js`]:
        "process.stdout.write('::error::injected\\n::add-mask::0.95\\nno newline at the end');\n" +
        "require('node:fs').mkdirSync('out', { recursive: true });\n" +
        "require('node:fs').writeFileSync('out/metrics.json', '{\"accuracy\": 0.95}');\n",
    });
    o.commit('noisy eval');
    o.publish('noisy');
    o.git('checkout', '-q', 'main');
    const run = await runOnPr(o.checkout('noisy'), 41, 'noisy');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const stop = lines.findIndex((l) => l.startsWith('::stop-commands::'));
    const token = lines[stop]!.slice('::stop-commands::'.length);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    const resume = lines.indexOf(`::${token}::`);
    const injected = lines.indexOf('::error::injected');
    expect(stop).toBeLessThan(injected);
    expect(injected).toBeLessThan(resume);
    expect(lines[resume - 1]).toBe('no newline at the end');
    // Commands work again at once: the group's end is one.
    expect(lines.indexOf('::endgroup::')).toBe(resume + 1);
  });

  it('never hands the token (or any input) to the eval command', async () => {
    const o = origin();
    prBranch(o, 'env', 0.95);
    const ws = o.checkout('env');
    const run = await runOnPr(ws, 31, 'env');
    expect(run.code).toBe(0);
    const seen = readFileSync(join(ws, MODEL_DIR, 'out/env.json'), 'utf8');
    expect(seen).not.toContain(TOKEN);
    expect(Object.keys(JSON.parse(seen) as object).filter((k) => k.startsWith('INPUT_'))).toEqual(
      [],
    );
    expect(JSON.parse(seen)).toMatchObject({ GITHUB_EVENT_NAME: 'pull_request' });
    // Nor the runner's files that set later steps' environment, PATH or outputs.
    for (const k of [
      'GITHUB_ENV',
      'GITHUB_PATH',
      'GITHUB_OUTPUT',
      'GITHUB_STATE',
      'GITHUB_STEP_SUMMARY',
    ]) {
      expect(JSON.parse(seen)).not.toHaveProperty(k);
    }
    expect(run.stdout.split('\n').filter((l) => l.includes(TOKEN))).toEqual([
      `::add-mask::${TOKEN}`,
    ]);
  });

  it('withholds a token set in the step’s env, the runner’s credentials and file-command paths', async () => {
    const o = origin();
    prBranch(o, 'step-env', 0.95);
    const ws = o.checkout('step-env');
    const secret = 'ghs_stepEnvSecretToken987';
    const run = await runOnPr(
      ws,
      32,
      'step-env',
      {},
      {
        GITHUB_TOKEN: secret,
        GH_TOKEN: secret,
        ACTIONS_RUNTIME_TOKEN: secret,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: secret,
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.example/idtoken',
        NPM_TOKEN: secret,
        LEPTON_REGISTRY_PASSWORD: secret,
        LEPTON_COPY_OF_ENV_FILE: '/home/runner/work/_temp/_runner_file_commands/set_env_1',
        TOKENIZERS_PARALLELISM: 'false',
      },
    );
    expect(run.code).toBe(0);
    const seen = JSON.parse(readFileSync(join(ws, MODEL_DIR, 'out/env.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(JSON.stringify(seen)).not.toContain(secret);
    expect(JSON.stringify(seen)).not.toContain('_runner_file_commands');
    expect(Object.keys(seen).filter((k) => /TOKEN|^ACTIONS_|^INPUT_/.test(k))).toEqual([
      'TOKENIZERS_PARALLELISM',
    ]);
  });

  it('leaves the comment alone when the pull request’s head moved on while it ran, and says so', async () => {
    const o = origin();
    prBranch(o, 'slow', 0.95);
    const ws = o.checkout('slow');
    expect((await runOnPr(ws, 50, 'slow')).code).toBe(0);
    const before = gh.comments(50)[0]!.body;
    const evaluated = git(ws, 'rev-parse', 'HEAD').trim();
    const newer = 'b'.repeat(40);
    gh.requests.length = 0;
    const stale = await runOnPr(ws, 50, 'slow', {}, {}, newer);
    expect(stale.code).toBe(0);
    expect(stale.stdout).toContain(
      `not commenting on pull request #50: this run evaluated ${evaluated}, but the pull request's head is now ${newer}; the run for that commit comments`,
    );
    expect(gh.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/octo-org/models/pulls/50',
    ]);
    expect(gh.comments(50).map((c) => c.body)).toEqual([before]);
  });
});

describe('the action evaluates only what the pull request holds (built dist/index.js)', () => {
  const FIX =
    "check out the pull request's merge commit (actions/checkout's default on pull_request: no `ref:`) or its head";

  /** The eval wrote nothing: it never ran. */
  const evalRan = (ws: string) => existsSync(join(ws, MODEL_DIR, 'out'));

  it('on pull_request, refuses (exit 2) a checkout of another commit, naming both, before any eval or request', async () => {
    const o = origin();
    prBranch(o, 'regress', 0.1);
    const head = git(o.remote, 'rev-parse', 'regress').trim();
    // actions/checkout with `ref: main`: the base branch, not the pull request.
    const ws = o.checkout('main');
    const checkedOut = git(ws, 'rev-parse', 'HEAD').trim();
    gh.setPull(60, { headSha: head });
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: await prPayload(60, 'regress', head),
      apiUrl: gh.url,
      inputs: { 'working-directory': MODEL_DIR, token: TOKEN },
    });
    expect(run.code).toBe(2);
    expect(run.outputs.passed).toBe('false');
    expect(run.errors).toEqual([
      expect.stringContaining(
        `::error::the checked-out commit ${checkedOut} is neither pull request #60's head ${head} nor a merge of it`,
      ),
    ]);
    expect(run.errors[0]).toContain(FIX);
    expect(evalRan(ws)).toBe(false);
    expect(gh.requests).toEqual([]);
    expect(run.summary).toContain('### Lepton failed');
  });

  it('refuses a merge commit that does not hold the pull request’s head', async () => {
    const o = origin();
    prBranch(o, 'other', 0.95);
    prBranch(o, 'mine', 0.1);
    // A merge of another branch: two parents, neither the pull request's head.
    const m = mergeCheckout(o, 'other', 61);
    const head = git(o.remote, 'rev-parse', 'mine').trim();
    const run = await runAction({
      workspace: m.workspace,
      eventName: 'pull_request',
      payload: await prPayload(61, 'mine', head),
      apiUrl: gh.url,
      inputs: { 'working-directory': MODEL_DIR, token: TOKEN },
    });
    expect(run.code).toBe(2);
    expect(run.errors).toEqual([
      expect.stringContaining(
        `::error::the checked-out commit ${m.merge} (a merge of ${m.base} and ${m.head}) is neither pull request #61's head ${head} nor a merge of it`,
      ),
    ]);
    expect(evalRan(m.workspace)).toBe(false);
    expect(gh.requests).toEqual([]);
  });

  it('evaluates GitHub’s merge commit from a depth-1 checkout and names it, and its parents, in the comment', async () => {
    const o = origin();
    prBranch(o, 'merged', 0.5);
    const m = mergeCheckout(o, 'merged', 62);
    gh.setPull(62, { headSha: m.head });
    const run = await runAction({
      workspace: m.workspace,
      eventName: 'pull_request',
      payload: await prPayload(62, 'merged', m.head),
      apiUrl: gh.url,
      inputs: { 'working-directory': MODEL_DIR, token: TOKEN },
    });
    // The merge holds the pull request's accuracy 0.5: evaluated, and failed.
    expect(run.code).toBe(1);
    expect(run.errors).toEqual(['::error::thresholds failed: accuracy min']);
    const body = gh.comments(62)[0]!.body;
    expect(body).toContain('0.5');
    expect(body).toMatch(
      new RegExp(
        `\n<sub>Evaluated commit ${m.merge}, the merge of ${m.head} into ${m.base}\\.</sub>\n$`,
      ),
    );
  });

  it('auto refuses pull_request_target (exit 2), pointing to the split, before any eval or request', async () => {
    const o = origin();
    prBranch(o, 'target', 0.1);
    const head = git(o.remote, 'rev-parse', 'target').trim();
    // What actions/checkout gives on pull_request_target: the base branch.
    const ws = o.checkout('main');
    gh.setPull(63, { headSha: head });
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request_target',
      payload: await prPayload(63, 'target', head),
      apiUrl: gh.url,
      inputs: { 'working-directory': MODEL_DIR, token: TOKEN },
    });
    expect(run.code).toBe(2);
    expect(run.outputs.passed).toBe('false');
    expect(run.errors).toEqual([
      expect.stringContaining(
        '::error::command "auto" does not evaluate pull requests on pull_request_target',
      ),
    ]);
    expect(run.errors[0]).toContain('examples/workflows/lepton-pr.yml');
    expect(evalRan(ws)).toBe(false);
    expect(gh.requests).toEqual([]);
  });

  it.each([
    ['no payload file', { GITHUB_EVENT_PATH: '/nonexistent/event.json' }, 'which does not exist'],
    ['GITHUB_EVENT_PATH unset', { GITHUB_EVENT_PATH: undefined }, 'GITHUB_EVENT_PATH is not set'],
    ['an empty payload', {}, 'the payload at GITHUB_EVENT_PATH lacks it'],
  ] as const)(
    'fails (exit 2) a pull_request run with %s instead of passing it',
    async (_, env, why) => {
      const o = origin();
      prBranch(o, 'nopayload', 0.95);
      const ws = o.checkout('nopayload');
      const run = await runAction({
        workspace: ws,
        eventName: 'pull_request',
        payload: {},
        apiUrl: gh.url,
        inputs: { 'working-directory': MODEL_DIR, token: TOKEN },
        env,
      });
      expect(run.code).toBe(2);
      expect(run.outputs.passed).toBe('false');
      expect(run.errors).toEqual([
        expect.stringContaining(
          "::error::the pull_request event's payload carries no pull request number",
        ),
      ]);
      expect(run.errors[0]).toContain(why);
      expect(evalRan(ws)).toBe(false);
      expect(gh.requests).toEqual([]);
    },
  );
});
