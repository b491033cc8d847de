import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { appendFileSync, cpSync } from 'node:fs';
import { join, relative } from 'node:path';
import { git, makeRepo, PROJECT, runCli } from '../helpers/repo.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { cleanupOrigins, shallowCheckout } from './model-repo.js';
import { cleanupRuns, examplePayload, runAction } from './run-action.js';

// `command: plan` over examples/monorepo, run as the runner runs dist/index.js against a bare
// remote: a push plans the models whose content no version records, and a pull request that
// takes a manifest out of the glob says so.
const TOKEN = 'ghs_planModelsToken0123456789ABCDEF';
let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'models', token: TOKEN });
});
afterEach(() => gh.close());
afterAll(() => {
  cleanupOrigins();
  cleanupRuns();
});

function monorepo() {
  const repo = makeRepo();
  const source = join(PROJECT, 'examples', 'monorepo');
  cpSync(source, repo.dir, {
    recursive: true,
    filter: (s) => !/(^|[\\/])out$/.test(relative(source, s)),
  });
  repo.commit('the monorepo example');
  repo.git('push', '-q', 'origin', 'main');
  return repo;
}

const append = (dir: string, path: string, text: string) => appendFileSync(join(dir, path), text);

const matrixModels = (out: string | undefined) =>
  (JSON.parse(out ?? '{}') as { include: { model: string }[] }).include.map((e) => e.model);

describe('command: plan on push to the default branch', () => {
  it("plans a model whose previous push's record never happened, beside the one this push changed", async () => {
    const repo = monorepo();
    for (const m of ['a', 'b', 'c']) {
      const r = await runCli(repo.dir, ['-C', `models/${m}`, 'record', '--push']);
      expect(r.code).toBe(0);
    }
    // P changes model-b; its record job was cancelled. Q changes only model-a.
    append(repo.dir, 'models/b/config.json', '\n');
    repo.commit('P: model-b');
    const before = repo.git('rev-parse', 'HEAD').trim();
    append(repo.dir, 'models/a/config.json', '\n');
    repo.commit('Q: model-a');
    repo.git('push', '-q', 'origin', 'main');
    const after = repo.git('rev-parse', 'HEAD').trim();

    const payload = await examplePayload('push', (p) => p.ref === 'refs/heads/master');
    payload.ref = 'refs/heads/main';
    payload.before = before;
    payload.after = after;
    (payload.repository as { default_branch: string }).default_branch = 'main';
    const ws = shallowCheckout(repo.remote, 'main');
    const r = await runAction({
      workspace: ws,
      eventName: 'push',
      payload,
      apiUrl: gh.url,
      inputs: { command: 'plan', manifest: 'models/*/lepton.yml', token: TOKEN },
    });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(matrixModels(r.outputs.matrix)).toEqual(['model-a', 'model-b']);
    expect(r.outputs.count).toBe('2');
    expect(r.stdout).toContain('fetched the version tags of 3 model(s) from origin');
    const summary = r.summary.replace(/\\([!-/:-@[-`{-~])/g, '$1');
    expect(summary).toMatch(
      /`model-b` \| `models\/b\/lepton.yml` \| not recorded: content differs from v0.1.0/,
    );
    // The tags came one commit deep: the checkout's history was not deepened.
    expect(git(ws, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  }, 120_000);
});

describe('command: plan on a pull request', () => {
  const cases: [string, (dir: string) => void, string][] = [
    [
      'a manifest renamed out of the glob',
      (d) => git(d, 'mv', 'models/a/lepton.yml', 'models/a/lepton.yaml'),
      'models/a/lepton.yml (model-a) no longer matches the manifest glob: it was renamed/removed; it is no longer gated',
    ],
    [
      'a model removed',
      (d) => git(d, 'rm', '-q', '-r', 'models/c'),
      'models/c/lepton.yml (model-c) no longer matches the manifest glob: it was renamed/removed; it is no longer gated',
    ],
  ];
  it.each(cases)(
    '%s: a warning and the summary name it',
    async (_name, change, warning) => {
      const repo = monorepo();
      repo.git('checkout', '-q', '-b', 'pr');
      change(repo.dir);
      repo.commit('the change');
      repo.git('push', '-q', 'origin', 'pr');
      const ws = shallowCheckout(repo.remote, 'pr');
      const sha = git(ws, 'rev-parse', 'HEAD').trim();
      const payload = await examplePayload('pull_request', (e) => e.action === 'synchronize');
      const pr = payload.pull_request as {
        number: number;
        base: { ref: string };
        head: { ref: string; sha: string };
      };
      pr.number = 9;
      pr.base.ref = 'main';
      pr.head.ref = 'pr';
      pr.head.sha = sha;
      const r = await runAction({
        workspace: ws,
        eventName: 'pull_request',
        payload,
        apiUrl: gh.url,
        inputs: { command: 'plan', manifest: 'models/*/lepton.yml', token: TOKEN },
      });
      expect(r.code).toBe(0);
      expect(r.outputs.count).toBe('0');
      expect(r.warnings.join('\n')).toContain(warning);
      expect(r.summary.replace(/\\([!-/:-@[-`{-~])/g, '$1')).toContain(warning);
    },
    120_000,
  );
});
