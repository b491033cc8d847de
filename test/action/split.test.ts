import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readZipEntry } from '../../src/action/result-artifact.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { git, tempDir } from '../helpers/repo.js';
import { startFakeResults, type FakeResults } from './fake-results.js';
import { cleanupOrigins, mergeCheckout, MODEL, MODEL_DIR, origin, prBranch } from './model-repo.js';
import { cleanupRuns, examplePayload, runAction } from './run-action.js';

/**
 * GitHub's split for untrusted pull requests, end to end with the built action: the eval job
 * (`command: eval`, no token) uploads its result to the results service; the workflow_run job
 * (`command: comment`) downloads it through the REST API and posts the comment.
 */

const TOKEN = 'ghs_commentJobToken0123456789';
const STEP_SECRET = 'ghs_leakedIntoTheEvalJob987654';
const MARKER = `<!-- lepton:model=${MODEL} -->`;
const RUN_ID = 4242;

let gh: FakeGitHub;
let results: FakeResults;
beforeEach(async () => {
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'models', token: TOKEN });
  results = await startFakeResults();
});
afterEach(async () => {
  await gh.close();
  await results.close();
});
const jobDirs: string[] = [];
afterAll(() => {
  cleanupOrigins();
  cleanupRuns();
  for (const d of jobDirs) rmSync(d, { recursive: true, force: true });
});

async function prPayload(number: number, branch: string, sha: string) {
  const p = await examplePayload('pull_request', (e) => e.action === 'synchronize');
  const pr = p.pull_request as {
    number: number;
    base: { ref: string };
    head: { ref: string; sha: string };
  };
  p.number = number;
  pr.number = number;
  pr.base.ref = 'main';
  pr.head.ref = branch;
  pr.head.sha = sha;
  return p;
}

/** The unprivileged job: `permissions: {}`, so no usable token; a secret leaked into its env all the same. */
async function evalJob(number: number, branch: string) {
  const o = origin();
  prBranch(o, branch, 0.95);
  const ws = o.checkout(branch);
  const sha = git(ws, 'rev-parse', 'HEAD').trim();
  const run = await runAction({
    workspace: ws,
    eventName: 'pull_request',
    payload: await prPayload(number, branch, sha),
    inputs: { command: 'eval', comment: 'false', 'working-directory': MODEL_DIR },
    env: {
      ACTIONS_RESULTS_URL: results.url,
      ACTIONS_RUNTIME_TOKEN: results.runtimeToken,
      GITHUB_TOKEN: STEP_SECRET,
    },
  });
  return { run, ws, sha };
}

function workflowRun(headSha: string, pullRequests: number[] = []) {
  return {
    action: 'completed',
    workflow_run: {
      id: RUN_ID,
      event: 'pull_request',
      head_sha: headSha,
      conclusion: 'success',
      head_repository: { full_name: 'octo-org/models' },
      pull_requests: pullRequests.map((n) => ({ number: n })),
    },
    repository: { full_name: 'octo-org/models', default_branch: 'main' },
  };
}

/** The privileged job: no checkout at all, only the token. */
async function commentJob(payload: object) {
  const workspace = tempDir('lepton-comment-job-');
  jobDirs.push(workspace);
  return runAction({
    workspace,
    eventName: 'workflow_run',
    payload: payload as Record<string, unknown>,
    apiUrl: gh.url,
    inputs: { command: 'comment', token: TOKEN },
  });
}

/** A zip with stored (uncompressed) entries, as any tool could make one. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const n = Buffer.from(name);
    const data = Buffer.from(text);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

describe('the split: eval without a token, comment from workflow_run (built dist/index.js)', () => {
  it('eval job: no token in the eval’s environment; the result goes up as lepton-result-MODEL', async () => {
    const { run, ws, sha } = await evalJob(61, 'split-eval');
    expect(run.code).toBe(0);
    const seen = readFileSync(join(ws, MODEL_DIR, 'out/env.json'), 'utf8');
    expect(seen).not.toContain(STEP_SECRET);
    expect(seen).not.toContain(results.runtimeToken);
    expect(
      Object.keys(JSON.parse(seen) as object).filter((k) => /TOKEN|^ACTIONS_/.test(k)),
    ).toEqual([]);
    expect(results.artifacts.map((a) => a.name)).toEqual([`lepton-result-${MODEL}`]);
    const doc = JSON.parse(
      readZipEntry(results.artifacts[0]!.zip, 'result.json', 1 << 20).toString('utf8'),
    ) as Record<string, unknown>;
    expect(doc).toMatchObject({
      kind: 'lepton-result',
      schema: 1,
      model: MODEL,
      headSha: sha,
      pullRequest: 61,
      passed: true,
    });
    expect(doc.report).toContain(MARKER);
    expect(gh.requests).toEqual([]);
  });

  it('comment job: posts the re-rendered result for the run’s own head commit', async () => {
    const { sha } = await evalJob(62, 'split-ok');
    gh.setRunArtifacts(RUN_ID, [
      { name: results.artifacts[0]!.name, zip: results.artifacts[0]!.zip },
    ]);
    gh.setPull(62, { headSha: sha });
    const run = await commentJob(workflowRun(sha));
    expect(run.code).toBe(0);
    expect(gh.comments(62)).toHaveLength(1);
    const body = gh.comments(62)[0]!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('0.95');
    expect(body).toContain(`<sub>Evaluated commit ${sha}.</sub>`);
    expect(gh.requests.map((r) => `${r.method} ${r.path}`).slice(0, 3)).toEqual([
      `GET /repos/octo-org/models/actions/runs/${RUN_ID}/artifacts`,
      expect.stringMatching(/^GET \/repos\/octo-org\/models\/actions\/artifacts\/\d+\/zip$/),
      expect.stringMatching(/^GET \/blobs\/artifact-\d+\.zip$/),
    ]);
    // The signed blob URL gets no token.
    expect(gh.requests[2]!.authorization).toBeUndefined();
  });

  it('eval job on GitHub’s merge commit (checkout’s default): the result names it; the comment job says so', async () => {
    const o = origin();
    prBranch(o, 'split-merge', 0.95);
    const m = mergeCheckout(o, 'split-merge', 68);
    const run = await runAction({
      workspace: m.workspace,
      eventName: 'pull_request',
      payload: await prPayload(68, 'split-merge', m.head),
      inputs: { command: 'eval', comment: 'false', 'working-directory': MODEL_DIR },
      env: { ACTIONS_RESULTS_URL: results.url, ACTIONS_RUNTIME_TOKEN: results.runtimeToken },
    });
    expect(run.code).toBe(0);
    const zip = results.artifacts[0]!.zip;
    const doc = JSON.parse(readZipEntry(zip, 'result.json', 1 << 20).toString('utf8')) as object;
    // headSha stays the pull request's head: workflow_run's head_sha, which the comment job checks.
    expect(doc).toMatchObject({ headSha: m.head, merge: { commit: m.merge, base: m.base } });
    gh.setRunArtifacts(RUN_ID, [{ name: results.artifacts[0]!.name, zip }]);
    gh.setPull(68, { headSha: m.head });
    const comment = await commentJob(workflowRun(m.head));
    expect(comment.code).toBe(0);
    expect(gh.comments(68)[0]!.body).toContain(
      `<sub>Evaluated commit ${m.merge}, the merge of ${m.head} into ${m.base}.</sub>`,
    );
  });

  it('eval job refuses (exit 2) a checkout that is not the pull request’s, and uploads nothing', async () => {
    const o = origin();
    prBranch(o, 'split-wrong', 0.1);
    const head = git(o.remote, 'rev-parse', 'split-wrong').trim();
    const ws = o.checkout('main');
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: await prPayload(69, 'split-wrong', head),
      inputs: { command: 'eval', comment: 'false', 'working-directory': MODEL_DIR },
      env: { ACTIONS_RESULTS_URL: results.url, ACTIONS_RUNTIME_TOKEN: results.runtimeToken },
    });
    expect(run.code).toBe(2);
    expect(run.errors).toEqual([
      expect.stringContaining(`is neither pull request #69's head ${head} nor a merge of it`),
    ]);
    expect(results.artifacts).toEqual([]);
  });

  it('comment job: refuses a result for another commit than the run’s head (exit 2, nothing posted)', async () => {
    const { sha } = await evalJob(63, 'split-other');
    gh.setRunArtifacts(RUN_ID, [
      { name: results.artifacts[0]!.name, zip: results.artifacts[0]!.zip },
    ]);
    const runHead = 'c'.repeat(40);
    gh.setPull(63, { headSha: runHead });
    const run = await commentJob(workflowRun(runHead));
    expect(run.code).toBe(2);
    expect(run.errors).toEqual([
      `::error::the result of ${MODEL} is for commit ${sha}, but run ${RUN_ID} ran for ${runHead}: not posted`,
    ]);
    expect(gh.requests.some((r) => r.method === 'POST' || r.method === 'PATCH')).toBe(false);
  });

  it('comment job: refuses a result naming a pull request the run does not belong to', async () => {
    const { sha } = await evalJob(64, 'split-pr');
    gh.setRunArtifacts(RUN_ID, [
      { name: results.artifacts[0]!.name, zip: results.artifacts[0]!.zip },
    ]);
    const run = await commentJob(workflowRun(sha, [7]));
    expect(run.code).toBe(2);
    expect(run.errors).toEqual([
      `::error::the result of ${MODEL} names pull request #64, but run ${RUN_ID} belongs to #7: not posted`,
    ]);
    expect(gh.comments(64)).toEqual([]);
  });

  it('comment job: leaves the comment alone when the pull request has moved on to another commit', async () => {
    const { sha } = await evalJob(65, 'split-stale');
    gh.setRunArtifacts(RUN_ID, [
      { name: results.artifacts[0]!.name, zip: results.artifacts[0]!.zip },
    ]);
    gh.setPull(65, { headSha: 'd'.repeat(40) });
    const run = await commentJob(workflowRun(sha));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `not commenting on pull request #65: this run evaluated ${sha}, but the pull request's head is now ${'d'.repeat(40)}`,
    );
    expect(gh.comments(65)).toEqual([]);
  });

  it('comment job: never posts the artifact’s Markdown; text in the structured result is escaped', async () => {
    const sha = 'e'.repeat(40);
    const forged = {
      kind: 'lepton-result',
      schema: 1,
      model: MODEL,
      headSha: sha,
      pullRequest: 66,
      passed: true,
      report: `${MARKER}\n[click me](https://evil.example) @everyone`,
      reportInput: {
        model: MODEL,
        passed: true,
        baseline: { version: '0.1.0', tag: '](https://evil.example)' },
        baselineMetrics: null,
        metrics: { '<img src=x onerror=alert(1)>': 0.9 },
        checks: [],
        changed: { components: ['[link](https://evil.example)'], data: [] },
        reused: false,
        reusedFrom: null,
      },
    };
    gh.setRunArtifacts(RUN_ID, [
      { name: `lepton-result-${MODEL}`, zip: storedZip({ 'result.json': JSON.stringify(forged) }) },
    ]);
    gh.setPull(66, { headSha: sha });
    const run = await commentJob(workflowRun(sha));
    expect(run.code).toBe(0);
    const body = gh.comments(66)[0]!.body;
    expect(body).not.toContain('click me');
    expect(body).not.toContain('@everyone');
    // A metric name is shown as code, where GitHub renders no HTML.
    expect(body).toContain('`<img src=x onerror=alert(1)>`');
    const outsideCode = body.replace(/`[^`\n]*`/g, '');
    expect(outsideCode).not.toContain('<img');
    expect(outsideCode).not.toContain('](https://evil.example)');
    expect(body).toContain('components `[link](https://evil.example)`');
    // The tag is derived from the version, never taken from the artifact.
    expect(body).toContain(`${MODEL}@v0.1.0`);
  });

  it('comment job: a result whose thresholds were loosened says so in the comment; a malformed change is refused', async () => {
    const sha = 'd'.repeat(40);
    const result = (thresholdChanges: unknown[]) => ({
      kind: 'lepton-result',
      schema: 1,
      model: MODEL,
      headSha: sha,
      pullRequest: 68,
      passed: true,
      report: '',
      reportInput: {
        model: MODEL,
        passed: true,
        baseline: { version: '0.1.0', tag: `${MODEL}@v0.1.0` },
        baselineMetrics: { accuracy: 0.93 },
        metrics: { accuracy: 0.6 },
        checks: [],
        changed: { components: [], data: [] },
        reused: false,
        reusedFrom: null,
        thresholdChanges,
      },
    });
    gh.setRunArtifacts(RUN_ID, [
      {
        name: `lepton-result-${MODEL}`,
        zip: storedZip({
          'result.json': JSON.stringify(
            result([
              { metric: 'accuracy', bound: 'min', from: 0.9, to: 0.5, effect: 'loosened' },
              {
                metric: '<b>x</b>',
                stage: 'production',
                bound: 'max_rise',
                from: '5%',
                to: null,
                effect: 'removed',
              },
            ]),
          ),
        }),
      },
    ]);
    gh.setPull(68, { headSha: sha });
    const run = await commentJob(workflowRun(sha));
    expect(run.code).toBe(0);
    const body = gh.comments(68)[0]!.body;
    expect(body).toContain('with thresholds this change loosened');
    expect(body).toContain('- ⚠️ `accuracy`: min 0\\.9 → 0\\.5 \\(loosened\\)\n');
    expect(body).toContain('- ⚠️ stage `production` · `<b>x</b>`: max\\_rise 5\\% → removed\n');

    gh.setRunArtifacts(RUN_ID, [
      {
        name: `lepton-result-${MODEL}`,
        zip: storedZip({
          'result.json': JSON.stringify(
            result([
              {
                metric: 'accuracy',
                bound: 'min',
                from: '](https://evil.example)',
                to: 0.5,
                effect: 'loosened',
              },
            ]),
          ),
        }),
      },
    ]);
    const refused = await commentJob(workflowRun(sha));
    expect(refused.code).toBe(2);
    expect(refused.stdout + refused.stderr).toContain('reportInput.thresholdChanges[0].from');
  });

  it.each([
    ['passed that contradicts its checks', { passed: false }],
    ['a model other than the artifact’s name', { model: 'other' }],
    ['a head that is not a commit id', { headSha: 'main' }],
    ['a merge that is not a commit id', { merge: { commit: 'HEAD', base: 'a'.repeat(40) } }],
    ['a merge with no base', { merge: { commit: 'a'.repeat(40) } }],
  ])('comment job: refuses a result with %s', async (_what, change) => {
    const sha = 'f'.repeat(40);
    const doc = {
      kind: 'lepton-result',
      schema: 1,
      model: MODEL,
      headSha: sha,
      pullRequest: 67,
      passed: true,
      report: '',
      reportInput: {
        model: MODEL,
        passed: true,
        baseline: null,
        baselineMetrics: null,
        metrics: {},
        checks: [],
        changed: { components: [], data: [] },
        reused: false,
        reusedFrom: null,
      },
      ...change,
    };
    gh.setRunArtifacts(RUN_ID, [
      { name: `lepton-result-${MODEL}`, zip: storedZip({ 'result.json': JSON.stringify(doc) }) },
    ]);
    gh.setPull(67, { headSha: sha });
    const run = await commentJob(workflowRun(sha));
    expect(run.code).toBe(2);
    expect(run.errors[0]).toMatch(
      /^::error::artifact lepton-result-sentiment is not a valid Lepton result: /,
    );
    expect(gh.comments(67)).toEqual([]);
  });
});
