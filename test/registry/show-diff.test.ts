import { afterEach, describe, expect, it } from '@jest/globals';
import { runCli, type TestRepo } from '../helpers/repo.js';
import { addStage, addVersion, modelRepo } from './fixture.js';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

describe('lepton show', () => {
  it('lists every version newest first with the stages each holds now', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.91, f1_macro: 0.88 } });
    await addVersion(repo, '0.10.0', { metrics: { accuracy: 0.95, f1_macro: 0.9 } });
    await addVersion(repo, '0.9.0', { passed: false, metrics: { accuracy: 0.5 } });
    await addStage(repo, '0.2.0', 'staging', 1);
    await addStage(repo, '0.10.0', 'staging', 2);
    await addStage(repo, '0.2.0', 'production', 3);
    // Another model in the same repository, and tags that are not Lepton's.
    repo.git('tag', '-a', '-m', 'other', 'sentiment-v2@v9.0.0');
    repo.git('tag', '-a', '-m', 'other', 'sentiment-v2#staging#9');
    repo.git('tag', 'v1.0.0');

    const r = await runCli(repo.dir, ['show', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.model).toBe('sentiment');
    expect(out.versions.map((v: { version: string }) => v.version)).toEqual([
      '0.10.0',
      '0.9.0',
      '0.2.0',
    ]);
    expect(out.versions[0]).toMatchObject({
      tag: 'sentiment@v0.10.0',
      commit: repo.git('rev-list', '-n', '1', 'sentiment@v0.10.0').trim(),
      passed: true,
      metrics: { accuracy: 0.95, f1_macro: 0.9 },
      stages: ['staging'],
    });
    expect(out.versions[1]).toMatchObject({ passed: false, stages: [] });
    expect(out.versions[2].stages).toEqual(['production']);
    expect(typeof out.versions[0].created).toBe('string');
    expect(out.stages).toEqual({
      staging: { version: '0.10.0', tag: 'sentiment@v0.10.0', stageTag: 'sentiment#staging#2' },
      production: { version: '0.2.0', tag: 'sentiment@v0.2.0', stageTag: 'sentiment#production#3' },
    });

    const human = await runCli(repo.dir, ['show']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(
      /^sentiment: 3 versions\nstages: staging v0\.10\.0, production v0\.2\.0\n/,
    );
    expect(human.stdout).toMatch(
      /v0\.10\.0 +[0-9a-f]{7} +\d{4}-\d\d-\d\d +passed +accuracy 0\.95, f1_macro 0\.9 +staging/,
    );
    expect(human.stdout).toMatch(/v0\.9\.0 .* FAILED /);
  });

  it('shows an empty registry, with every stage empty', async () => {
    repo = modelRepo();
    const r = await runCli(repo.dir, ['show', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      model: 'sentiment',
      versions: [],
      stages: { staging: null, production: null },
      skipped: [],
    });
  });

  it('reads tags GTO made (no JSON record; lightweight too) without failing', async () => {
    repo = modelRepo();
    repo.git(
      'tag',
      '-a',
      '-m',
      'Registering artifact sentiment version v0.0.1',
      'sentiment@v0.0.1',
    );
    repo.write({ 'src/model.txt': 'two' });
    repo.commit();
    repo.git('tag', 'sentiment@v0.0.2');
    repo.git(
      'tag',
      '-a',
      '-m',
      'Assigning stage staging to artifact sentiment version v0.0.1',
      'sentiment#staging#1',
      'sentiment@v0.0.1^{}',
    );
    const r = await runCli(repo.dir, ['show', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.versions).toMatchObject([
      { version: '0.0.2', passed: null, metrics: {}, recorded: false, lightweight: true },
      { version: '0.0.1', passed: null, metrics: {}, recorded: false, stages: ['staging'] },
    ]);
    expect(out.stages.staging).toMatchObject({ version: '0.0.1' });
  });
});

describe('lepton diff', () => {
  it('compares two versions, B defaulting to the latest', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0', {
      metrics: { accuracy: 0.9, f1_macro: 0.8, zero: 0, gone: 1 },
    });
    await addVersion(repo, '0.2.0', {
      metrics: { accuracy: 0.93, f1_macro: 0.7, zero: 2, added: 5 },
    });
    for (const args of [
      ['diff', '0.1.0'],
      ['diff', 'v0.1.0', 'sentiment@v0.2.0'],
    ]) {
      const r = await runCli(repo.dir, [...args, '--json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({
        a: { version: '0.1.0', tag: 'sentiment@v0.1.0' },
        b: { version: '0.2.0', tag: 'sentiment@v0.2.0' },
        metrics: [
          { metric: 'accuracy', a: 0.9, b: 0.93, change: 0.03, relative: 0.0333333333333 },
          { metric: 'added', a: null, b: 5, change: null, relative: null },
          { metric: 'f1_macro', a: 0.8, b: 0.7, change: -0.1, relative: -0.125 },
          { metric: 'gone', a: 1, b: null, change: null, relative: null },
          { metric: 'zero', a: 0, b: 2, change: 2, relative: null },
        ],
      });
    }
    const human = await runCli(repo.dir, ['diff', '0.1.0']);
    expect(human.stdout).toContain('sentiment@v0.1.0 → sentiment@v0.2.0');
    expect(human.stdout).toMatch(/accuracy +0\.9 +0\.93 +\+0\.03 +\+3\.33%/);
    expect(human.stdout).toMatch(/f1_macro +0\.8 +0\.7 +-0\.1 +-12\.5%/);
  });

  it('accepts a git revision (the newest version reachable from it)', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.9 } });
    await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.95 } });
    repo.write({ 'README.md': 'later' });
    repo.commit('docs');
    const r = await runCli(repo.dir, ['diff', 'HEAD~2', 'HEAD', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect([out.a.version, out.b.version]).toEqual(['0.1.0', '0.2.0']);
  });

  it('refuses an unknown version with exit 2', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    const r = await runCli(repo.dir, ['diff', '0.3.0', '--json']);
    expect(r.code).toBe(2);
    // --json on failure: the error is the one document on stdout (contract §4).
    expect(JSON.parse(r.stdout)).toEqual({
      error: expect.objectContaining({
        kind: 'invalid',
        code: 2,
        message: expect.stringContaining('sentiment has no version 0.3.0'),
        // What the model does have (trial: an unknown version named none).
        details: ['its versions: v0.1.0'],
      }),
    });
    expect(r.stderr).toContain('sentiment has no version 0.3.0');
    const other = await runCli(repo.dir, ['diff', 'nonsense-ref']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('neither a version of sentiment nor a git revision');
  });
});
