import { afterEach, describe, expect, it } from '@jest/globals';
import { renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord } from '../../src/core/registry/message.js';
import { git, makeRepo, runCli, type TestRepo } from '../helpers/repo.js';
import { EVAL_SCRIPT, evalRepo, manifest, versionTags } from './eval-fixture.js';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

const recordJson = async (args: string[] = [], env: Record<string, string | undefined> = {}) => {
  const r = await runCli(repo.dir, ['record', '--json', ...args], env);
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : null };
};
const tagRecord = (g: (...a: string[]) => string, tag: string) =>
  parseRecord(g('for-each-ref', '--format=%(contents)', `refs/tags/${tag}`));

describe('lepton record', () => {
  it('records 0.1.0, then nothing for unchanged content, minor for a component, patch for data', async () => {
    repo = evalRepo();
    const head = repo.git('rev-parse', 'HEAD').trim();
    const first = await recordJson();
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({
      model: 'sentiment',
      version: '0.1.0',
      tag: 'sentiment@v0.1.0',
      created: true,
      passed: true,
      metrics: { accuracy: 0.95, f1_macro: 0.9 },
      baseline: null,
    });
    expect(repo.git('rev-list', '-n', '1', 'sentiment@v0.1.0').trim()).toBe(head);
    expect(repo.git('cat-file', '-t', 'sentiment@v0.1.0').trim()).toBe('tag');
    const rec = tagRecord(repo.git, 'sentiment@v0.1.0');
    expect(rec).toMatchObject({
      kind: 'version',
      model: 'sentiment',
      version: '0.1.0',
      commit: head,
      fingerprint: first.json.fingerprint,
      metrics: { accuracy: 0.95, f1_macro: 0.9 },
      passed: true,
      baseline: null,
      reused: false,
      runUrl: null,
      artifact: null,
    });
    expect(Object.keys(rec?.kind === 'version' ? rec.components : {})).toEqual(['classifier']);
    expect(repo.git('tag', '-l', '--format=%(contents:subject)', 'sentiment@v0.1.0').trim()).toBe(
      'sentiment v0.1.0: accuracy 0.95, f1_macro 0.9 — thresholds passed',
    );

    const again = await recordJson();
    expect(again.code).toBe(0);
    expect(again.json).toMatchObject({
      version: '0.1.0',
      tag: 'sentiment@v0.1.0',
      created: false,
      reused: true,
    });
    expect(versionTags(repo.git)).toEqual(['sentiment@v0.1.0']);

    repo.write({ 'src/acc.txt': '0.96' });
    repo.commit('better model');
    const minor = await recordJson();
    expect(minor.json).toMatchObject({
      version: '0.2.0',
      created: true,
      baseline: { version: '0.1.0' },
    });
    expect(minor.json.changed).toEqual({ components: ['classifier'], data: [] });

    repo.write({ 'data/train.csv': 'text,label\nhi,1\nho,0\n' });
    repo.commit('more data');
    const patch = await recordJson();
    expect(patch.json).toMatchObject({ version: '0.2.1', created: true });
    expect(tagRecord(repo.git, 'sentiment@v0.2.1')).toMatchObject({
      baseline: { version: '0.2.0', tag: 'sentiment@v0.2.0' },
    });

    // Human output names the tag.
    repo.write({ 'src/acc.txt': '0.97' });
    repo.commit();
    const human = await runCli(repo.dir, ['record']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Recorded sentiment@v0.3.0 on ');
  });

  it('takes --version when it is higher than the latest, refuses it otherwise', async () => {
    repo = evalRepo();
    expect((await recordJson(['--version', '1.4.0'])).json).toMatchObject({
      version: '1.4.0',
      created: true,
    });
    repo.write({ 'src/acc.txt': '0.97' });
    repo.commit();
    for (const v of ['1.4.0', '1.3.9', '2.0']) {
      const r = await recordJson(['--version', v]);
      expect(r.code).toBe(2);
      // --json on failure: the error is the one document on stdout (contract §4).
      expect(JSON.parse(r.stdout)).toEqual({
        error: expect.objectContaining({ kind: 'invalid', code: 2 }),
      });
    }
    expect((await recordJson(['--version', 'v2.0.0'])).json).toMatchObject({ version: '2.0.0' });
    expect(versionTags(repo.git)).toEqual(['sentiment@v1.4.0', 'sentiment@v2.0.0']);
  });

  it('refuses, naming the files, when files of the model differ from HEAD', async () => {
    repo = evalRepo();
    repo.write({ 'src/acc.txt': '0.99', 'data/new.csv': 'x', 'notes.txt': 'not a part' });
    repo.git('rm', '-q', 'data/train.csv');
    const r = await runCli(repo.dir, ['record']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('3 files of the model differ from HEAD');
    expect(r.stderr).toContain('src/acc.txt (component "classifier")');
    expect(r.stderr).toContain('data/new.csv (data "train")');
    expect(r.stderr).toContain('data/train.csv (data "train")');
    expect(r.stderr).not.toContain('notes.txt');
    expect(versionTags(repo.git)).toEqual([]);
    // Files outside every part do not matter.
    repo.git('checkout', '-q', '--', '.');
    repo.git('reset', '-q');
    repo.git('checkout', '-q', '--', '.');
    repo.write({ 'src/acc.txt': '0.95' });
    renameSync(join(repo.dir, 'data/new.csv'), join(repo.dir, 'other.csv'));
    expect((await runCli(repo.dir, ['record'])).code).toBe(0);
  });

  // A symlink in a part is hashed as its target: a target HEAD does not hold (ignored, or
  // changed outside every part) would be recorded as content no commit has, and the version
  // could never be checked against its commit (found by a new user: the gate then had no baseline).
  it.each([
    [
      'an ignored file',
      { '.gitignore': 'out/\ncache/\n', 'cache/w.txt': 'w=3' },
      'cache/w.txt',
      'which git does not track (ignored or untracked)',
    ],
    [
      'an untracked file outside the parts',
      { 'other/w.txt': 'w=3' },
      'other/w.txt',
      'which git does not track (ignored or untracked)',
    ],
    [
      'a tracked file outside the parts, changed',
      { 'other/w.txt': 'w=3' },
      'other/w.txt',
      'which differs from HEAD',
    ],
  ])(
    'refuses a symlink in a part leading to %s (exit 2, no tag)',
    async (_what, files, target, why) => {
      repo = evalRepo();
      const tracked = why === 'which differs from HEAD';
      repo.write(
        tracked
          ? files
          : { '.gitignore': (files as Record<string, string>)['.gitignore'] ?? 'out/\n' },
      );
      if (tracked) repo.commit('other');
      symlinkSync(join('..', target), join(repo.dir, 'src/link.txt'));
      repo.git('add', 'src/link.txt');
      repo.commit('a link');
      repo.write(tracked ? { [target]: 'w=4' } : files);
      const r = await runCli(repo.dir, ['record']);
      expect(r.stderr).toContain(`src/link.txt → ${target}, ${why}`);
      expect(r.code).toBe(2);
      expect(versionTags(repo.git)).toEqual([]);
      // Committed as it is, the target makes a version that checks out against its commit.
      repo.git('add', '-f', target);
      repo.commit('the target');
      const ok = await runCli(repo.dir, ['record']);
      expect(ok.code).toBe(0);
      const again = await runCli(repo.dir, ['record']);
      expect(again.stderr).not.toMatch(/not trusted/);
      expect(again.code).toBe(0);
    },
  );

  it('records a version whose thresholds failed (passed: false, exit 1); a failed eval records nothing', async () => {
    repo = evalRepo('0.5');
    const r = await recordJson();
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ version: '0.1.0', created: true, passed: false });
    expect(tagRecord(repo.git, 'sentiment@v0.1.0')).toMatchObject({ passed: false });
    expect(repo.git('tag', '-l', '--format=%(contents:subject)').trim()).toBe(
      'sentiment v0.1.0: accuracy 0.5, f1_macro 0.9 — thresholds FAILED: accuracy min',
    );
    repo.write({ 'src/acc.txt': '0.95' });
    repo.commit();
    const failed = await recordJson([], { FAIL_EVAL: '1' });
    expect(failed.code).toBe(3);
    expect(versionTags(repo.git)).toEqual(['sentiment@v0.1.0']);
  });

  it('pushes; on a dead remote exits 4 keeping the tag, and a rerun pushes it', async () => {
    repo = evalRepo();
    const pushed = await recordJson(['--push']);
    expect(pushed.code).toBe(0);
    expect(pushed.json).toMatchObject({ created: true, pushed: true, tag: 'sentiment@v0.1.0' });
    const remote = (...a: string[]) => git(repo.remote, ...a);
    expect(versionTags(remote)).toEqual(['sentiment@v0.1.0']);
    expect(remote('cat-file', '-t', 'sentiment@v0.1.0').trim()).toBe('tag');

    repo.write({ 'src/acc.txt': '0.97' });
    repo.commit();
    renameSync(repo.remote, repo.remote + '.away');
    const dead = await recordJson(['--push']);
    expect(dead.code).toBe(4);
    expect(JSON.parse(dead.stdout)).toEqual({
      error: expect.objectContaining({
        kind: 'git',
        code: 4,
        message: expect.stringContaining('could not push sentiment@v0.2.0 to origin'),
      }),
    });
    expect(dead.stderr).toContain('could not push sentiment@v0.2.0 to origin');
    expect(dead.stderr).toContain('kept locally');
    expect(versionTags(repo.git)).toEqual(['sentiment@v0.1.0', 'sentiment@v0.2.0']);

    renameSync(repo.remote + '.away', repo.remote);
    const rerun = await recordJson(['--push']);
    expect(rerun.code).toBe(0);
    expect(rerun.json).toMatchObject({ tag: 'sentiment@v0.2.0', created: false, pushed: true });
    expect(versionTags(remote)).toEqual(['sentiment@v0.1.0', 'sentiment@v0.2.0']);
    expect(remote('rev-parse', 'sentiment@v0.2.0').trim()).toBe(
      repo.git('rev-parse', 'sentiment@v0.2.0').trim(),
    );
    const once = await recordJson(['--push']);
    expect(once.json).toMatchObject({ created: false, pushed: false });
  });

  it('needs a git identity; in GitHub Actions without one it tags as github-actions[bot]', async () => {
    repo = evalRepo();
    repo.git('config', 'user.useConfigOnly', 'true');
    const none = {
      GIT_COMMITTER_NAME: undefined,
      GIT_COMMITTER_EMAIL: undefined,
      GIT_AUTHOR_NAME: undefined,
      GIT_AUTHOR_EMAIL: undefined,
      EMAIL: undefined,
    };
    const r = await runCli(repo.dir, ['record'], none);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no git identity');
    expect(r.stderr).toContain('git config user.name');
    expect(versionTags(repo.git)).toEqual([]);

    const ci = await runCli(repo.dir, ['record', '--json'], {
      ...none,
      GITHUB_ACTIONS: 'true',
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_REPOSITORY: 'acme/sentiment',
      GITHUB_RUN_ID: '42',
    });
    expect(ci.code).toBe(0);
    expect(repo.git('tag', '-l', '--format=%(taggername) %(taggeremail)').trim()).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );
    expect(tagRecord(repo.git, 'sentiment@v0.1.0')).toMatchObject({
      runUrl: 'https://github.example/acme/sentiment/actions/runs/42',
    });
  });

  it('adds no second version to a commit another tool already registered (GTO reads one per commit)', async () => {
    repo = evalRepo();
    // What `gto register` writes: an annotated version tag with no Lepton record.
    repo.git(
      'tag',
      '-a',
      'sentiment@v0.4.0',
      '-m',
      'Registering artifact sentiment version v0.4.0',
    );
    const r = await recordJson();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already carries sentiment@v0.4.0 (made without a Lepton record)');
    expect(versionTags(repo.git)).toEqual(['sentiment@v0.4.0']);
    // A new commit may be recorded: it bumps the version GTO registered.
    repo.write({ 'src/acc.txt': '0.96' });
    repo.commit();
    const next = await recordJson();
    expect(next.code).toBe(0);
    expect(next.json).toMatchObject({ version: '0.5.0', created: true });
  });

  it('keeps several models in one repository apart', async () => {
    repo = makeRepo({
      'a/lepton.yml': manifest('sent'),
      'a/eval.mjs': EVAL_SCRIPT,
      'a/src/acc.txt': '0.95',
      'a/data/train.csv': 'x',
      'b/lepton.yml': manifest('sentiment'),
      'b/eval.mjs': EVAL_SCRIPT,
      'b/src/acc.txt': '0.91',
      'b/data/train.csv': 'y',
      '.gitignore': 'out/\n',
    });
    const a = join(repo.dir, 'a');
    const b = join(repo.dir, 'b');
    expect(JSON.parse((await runCli(a, ['record', '--json'])).stdout)).toMatchObject({
      version: '0.1.0',
    });
    expect(JSON.parse((await runCli(b, ['record', '--json'])).stdout)).toMatchObject({
      version: '0.1.0',
    });
    // A change in b is not a change of a, and a's dirty files do not block b.
    repo.write({ 'b/src/acc.txt': '0.92' });
    repo.commit();
    repo.write({ 'a/src/acc.txt': '0.99' });
    expect(JSON.parse((await runCli(b, ['record', '--json'])).stdout)).toMatchObject({
      version: '0.2.0',
    });
    expect((await runCli(a, ['record'])).code).toBe(2);
    const showA = JSON.parse((await runCli(a, ['show', '--json'])).stdout);
    expect(showA.versions.map((v: { tag: string }) => v.tag)).toEqual(['sent@v0.1.0']);
    const showB = JSON.parse((await runCli(b, ['show', '--json'])).stdout);
    expect(showB.versions.map((v: { tag: string }) => v.tag)).toEqual([
      'sentiment@v0.2.0',
      'sentiment@v0.1.0',
    ]);
  });
});
