import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { appendFileSync, cpSync, writeFileSync as writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { git, makeRepo, PROJECT, runCli } from '../helpers/repo.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { cleanupOrigins, shallowCheckout } from './model-repo.js';
import { cleanupRuns, examplePayload, runAction } from './run-action.js';

// The built action over examples/monorepo: a manifest glob runs every model in one step (one
// sticky comment each), and `command: plan` gives the matrix of the models a change reaches.
const TOKEN = 'ghs_manyModelsToken0123456789ABCDEF';
let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'models', token: TOKEN });
});
afterEach(() => gh.close());
afterAll(() => {
  cleanupOrigins();
  cleanupRuns();
});

/** examples/monorepo on main, and a branch `pr` that edits `change` (published). */
function monorepoOrigin(change: (dir: string) => void) {
  const repo = makeRepo();
  const source = join(PROJECT, 'examples', 'monorepo');
  cpSync(source, repo.dir, {
    recursive: true,
    filter: (s) => !/(^|[\\/])out$/.test(relative(source, s)),
  });
  repo.commit('the monorepo example');
  repo.git('push', '-q', 'origin', 'main');
  repo.git('checkout', '-q', '-b', 'pr');
  change(repo.dir);
  repo.commit('the change');
  repo.git('push', '-q', 'origin', 'pr');
  repo.git('checkout', '-q', 'main');
  return { repo, checkout: () => shallowCheckout(repo.remote, 'pr') };
}

async function prPayload(number: number, sha: string) {
  const p = await examplePayload('pull_request', (e) => e.action === 'synchronize');
  const pr = p.pull_request as {
    number: number;
    base: { ref: string };
    head: { ref: string; sha: string };
  };
  p.number = number;
  pr.number = number;
  pr.base.ref = 'main';
  pr.head.ref = 'pr';
  pr.head.sha = sha;
  (p.repository as { default_branch: string }).default_branch = 'main';
  return p;
}

const append = (dir: string, path: string, text: string) => appendFileSync(join(dir, path), text);

describe('manifest: models/*/lepton.yml on a pull request', () => {
  it('evaluates every model in one step: one comment per model, one summary row each, outputs keyed by model', async () => {
    const o = monorepoOrigin((d) => append(d, 'data/shared.csv', '0.9,0.9,1\n'));
    const ws = o.checkout();
    const sha = git(ws, 'rev-parse', 'HEAD').trim();
    gh.setPull(7, { headSha: sha });
    const r = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: await prPayload(7, sha),
      apiUrl: gh.url,
      inputs: { manifest: 'models/*/lepton.yml', token: TOKEN },
    });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    const comments = gh.comments(7);
    expect(comments).toHaveLength(3);
    for (const m of ['model-a', 'model-b', 'model-c']) {
      expect(comments.filter((c) => c.body.startsWith(`<!-- lepton:model=${m} -->`))).toHaveLength(
        1,
      );
    }
    const posts = gh.requests.filter(
      (q) => q.method === 'POST' && q.path.endsWith('/issues/7/comments'),
    );
    expect(posts).toHaveLength(3);
    for (const q of posts) expect(q.authorization).toBe(`token ${TOKEN}`);
    // One summary: the table with a row per model, then each model's report.
    expect(r.summary).toMatch(/^### Lepton · 3 model\(s\): all passed/);
    for (const m of ['a', 'b', 'c']) {
      expect(r.summary).toMatch(
        new RegExp(`\\| \`model-${m}\` \\| \`models/${m}/lepton\\.yml\` \\| ✅ pass \\|`),
      );
    }
    expect(r.outputs.passed).toBe('true');
    const metrics = JSON.parse(r.outputs.metrics!);
    expect(Object.keys(metrics)).toEqual(['model-a', 'model-b', 'model-c']);
    expect(metrics['model-c'].n).toBe(40);
    const results = JSON.parse(r.outputs.results!);
    expect(results['model-b']).toMatchObject({
      manifest: 'models/b/lepton.yml',
      passed: true,
      error: null,
    });

    // A second push updates the three comments in place.
    const again = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: await prPayload(7, sha),
      apiUrl: gh.url,
      inputs: { manifest: 'models/*/lepton.yml', token: TOKEN },
    });
    expect(again.code).toBe(0);
    expect(gh.comments(7)).toHaveLength(3);
    expect(gh.requests.filter((q) => q.method === 'PATCH')).toHaveLength(3);
  }, 120_000);

  it('a model whose threshold fails fails the step and only its row; the others still run', async () => {
    const o = monorepoOrigin((d) =>
      writeSync(join(d, 'models/b/config.json'), '{ "scale": 10, "threshold": 0.05 }\n'),
    );
    const ws = o.checkout();
    const sha = git(ws, 'rev-parse', 'HEAD').trim();
    gh.setPull(8, { headSha: sha });
    const r = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: await prPayload(8, sha),
      apiUrl: gh.url,
      inputs: { manifest: 'models/*/lepton.yml', token: TOKEN },
    });
    expect(r.code).toBe(1);
    expect(gh.comments(8)).toHaveLength(3);
    expect(r.outputs.passed).toBe('false');
    expect(r.summary).toMatch(/^### Lepton · 3 model\(s\): 1 failed/);
    expect(r.summary).toMatch(/\| `model-b` \| `models\/b\/lepton\.yml` \| ❌ fail \|/);
    expect(r.errors.join('\n')).toContain('model-b: thresholds failed: accuracy min');
  }, 120_000);

  it("a model whose eval fails is keyed by its model's name in every output; only a manifest that cannot be parsed is keyed by its path", async () => {
    const o = monorepoOrigin((d) => {
      writeSync(join(d, 'models/b/config.json'), 'not json\n');
      writeSync(join(d, 'models/c/lepton.yml'), 'version: 1\nmodel: [not, a, name]\n');
    });
    const ws = o.checkout();
    const sha = git(ws, 'rev-parse', 'HEAD').trim();
    gh.setPull(10, { headSha: sha });
    const r = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: await prPayload(10, sha),
      apiUrl: gh.url,
      inputs: { manifest: 'models/*/lepton.yml', token: TOKEN },
    });
    expect(r.code).not.toBe(0);
    for (const name of ['version', 'tag', 'stage-tag', 'reused', 'metrics', 'results']) {
      expect([name, Object.keys(JSON.parse(r.outputs[name]!))]).toEqual([
        name,
        ['model-a', 'model-b', 'models/c/lepton.yml'],
      ]);
    }
    const results = JSON.parse(r.outputs.results!);
    expect(results['model-b']).toMatchObject({
      manifest: 'models/b/lepton.yml',
      passed: false,
      error: expect.stringContaining('eval command exited with code 1'),
    });
    expect(results['models/c/lepton.yml']).toMatchObject({
      manifest: 'models/c/lepton.yml',
      passed: false,
    });
    expect(r.outputs.passed).toBe('false');
    expect(r.summary).toMatch(/\| `model-b` \| `models\/b\/lepton\.yml` \| ❌ error \|/);
    expect(r.summary).toMatch(/\| — \| `models\/c\/lepton\.yml` \| ❌ error \|/);
    expect(r.errors.join('\n')).toContain('model-b: eval command exited with code 1');
    // model-b's sticky comment (its error report) is keyed by its name too.
    const comments = gh.comments(10);
    expect(comments.filter((c) => c.body.startsWith('<!-- lepton:model=model-b -->'))).toHaveLength(
      1,
    );
  }, 120_000);
});

describe('command: plan', () => {
  const plan = async (change: (dir: string) => void) => {
    const o = monorepoOrigin(change);
    const ws = o.checkout();
    const sha = git(ws, 'rev-parse', 'HEAD').trim();
    return runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: await prPayload(9, sha),
      apiUrl: gh.url,
      inputs: { command: 'plan', token: TOKEN },
    });
  };
  it.each([
    [
      'shared data',
      (d: string) => append(d, 'data/shared.csv', '0.9,0.9,1\n'),
      ['model-a', 'model-b'],
    ],
    ["model-c's code", (d: string) => append(d, 'models/c/src/model.js', '// c\n'), ['model-c']],
  ])(
    'a change to %s: the matrix holds the models it reaches',
    async (_n, change, models) => {
      const r = await plan(change);
      expect(r.code).toBe(0);
      const matrix = JSON.parse(r.outputs.matrix!);
      expect(matrix.include.map((e: { model: string }) => e.model)).toEqual(models);
      expect(matrix.include[0]).toEqual({
        model: models[0],
        manifest: `models/${models[0]!.slice(-1)}/lepton.yml`,
        'working-directory': `models/${models[0]!.slice(-1)}`,
      });
      expect(r.outputs.count).toBe(String(models.length));
      expect(r.stdout).toContain('fetched the base refs/remotes/origin/main');
      expect(gh.requests).toEqual([]);
    },
    60_000,
  );

  it('a pull request that touches no model: an empty matrix, and the summary says no eval runs', async () => {
    const r = await plan((d) => append(d, 'README.md', '\nmore\n'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.matrix!)).toEqual({ include: [] });
    expect(r.outputs.count).toBe('0');
    expect(r.summary).toContain(
      'No model is affected since `refs/remotes/origin/main`: no eval runs.',
    );
  }, 60_000);
});

describe('the merge job of a sharded eval (shards input)', () => {
  it('record merges the 4 shards (folders as download-artifact leaves them) and records; a missing one is exit 3 naming it', async () => {
    const o = monorepoOrigin(() => undefined);
    const ws = shallowCheckout(o.repo.remote, 'main');
    const shards = join(ws, '..', 'shards');
    for (const i of [1, 2, 3, 4]) {
      const out = join(shards, `c-${i}`, `lepton-shard-${i}-of-4.json`);
      const r = await runCli(ws, ['-C', 'models/c', 'eval', '--shard', `${i}/4`, '--out', out]);
      expect(r.code).toBe(0);
    }
    const record = (shardInput: string) =>
      runAction({
        workspace: ws,
        eventName: 'push',
        payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } },
        apiUrl: gh.url,
        inputs: {
          command: 'record',
          manifest: 'models/c/lepton.yml',
          shards: shardInput,
          token: TOKEN,
        },
      });
    const partial = await record(
      `${join(shards, 'c-1')} ${join(shards, 'c-2')} ${join(shards, 'c-4')}`,
    );
    expect(partial.code).toBe(3);
    expect(partial.errors.join('\n')).toContain('shard 3/4 is missing');
    expect(git(o.repo.remote, 'tag', '-l')).toBe('');

    const r = await record(shards);
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs.version).toBe('0.1.0');
    expect(JSON.parse(r.outputs.metrics!)).toMatchObject({ n: 40, correct: 40, errors: 0 });
    expect(git(o.repo.remote, 'tag', '-l').trim()).toBe('model-c@v0.1.0');
    expect(r.stdout).toContain('merging 4 shard(s) of 4');
  }, 120_000);
});
