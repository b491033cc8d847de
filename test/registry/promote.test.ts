import { afterEach, describe, expect, it } from '@jest/globals';
import { parseRecord } from '../../src/core/registry/message.js';
import { git, runCli, type TestRepo } from '../helpers/repo.js';
import { addVersion, modelRepo } from './fixture.js';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

const promote = async (...args: string[]) => {
  const r = await runCli(repo.dir, ['promote', ...args, '--json']);
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : null };
};
const stageTags = (g: (...a: string[]) => string = repo.git) =>
  g('for-each-ref', '--format=%(refname:strip=2)', 'refs/tags/sentiment#*')
    .split('\n')
    .filter(Boolean);

describe('lepton promote', () => {
  it('promotes a passing version, says so when it is already there, and counts N per model', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.94, f1_macro: 0.9 } });
    await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.95, f1_macro: 0.9 } });
    const first = await promote('0.1.0', 'staging');
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({
      model: 'sentiment',
      version: '0.1.0',
      stage: 'staging',
      promoted: true,
      tag: 'sentiment#staging#1',
    });
    expect(
      first.json.checks.map((c: { metric: string; rule: string }) => `${c.metric} ${c.rule}`),
    ).toEqual(['accuracy min', 'f1_macro max_drop']);
    // On the version's commit, annotated, with the stage record.
    expect(repo.git('rev-list', '-n', '1', 'sentiment#staging#1').trim()).toBe(
      repo.git('rev-list', '-n', '1', 'sentiment@v0.1.0').trim(),
    );
    const rec = parseRecord(
      repo.git('for-each-ref', '--format=%(contents)', 'refs/tags/sentiment#staging#1'),
    );
    expect(rec).toMatchObject({
      kind: 'stage',
      version: '0.1.0',
      stage: 'staging',
      n: 1,
      promotedBy: 'Test Author <author@example.com>',
    });

    const again = await promote('v0.1.0', 'staging');
    expect(again.code).toBe(0);
    expect(again.json).toMatchObject({
      promoted: false,
      already: true,
      tag: 'sentiment#staging#1',
    });
    const human = await runCli(repo.dir, ['promote', 'sentiment@v0.1.0', 'staging']);
    expect(human.stdout).toContain('already in staging');

    // N is one more than any numbered tag of the model, whatever the stage (a GTO-made one too).
    repo.git('tag', '-a', '-m', 'gto', 'sentiment@v0.1.0!#6', 'sentiment@v0.1.0^{}');
    const next = await promote('0.2.0', 'staging');
    expect(next.json).toMatchObject({ promoted: true, tag: 'sentiment#staging#7' });
    expect(stageTags()).toEqual(['sentiment#staging#1', 'sentiment#staging#7']);
    const shown = JSON.parse((await runCli(repo.dir, ['show', '--json'])).stdout);
    expect(shown.stages.staging).toMatchObject({
      version: '0.2.0',
      stageTag: 'sentiment#staging#7',
    });
  });

  it('refuses (exit 1, no tag) a version that failed its checks or fails the stage thresholds', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0', { passed: false, metrics: { accuracy: 0.5, f1_macro: 0.9 } });
    await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.92, f1_macro: 0.9 } });
    const failed = await promote('0.1.0', 'staging');
    expect(failed.code).toBe(1);
    expect(failed.json).toMatchObject({ promoted: false, tag: null });
    expect(failed.json.refused.join('\n')).toContain('did not pass its own thresholds');

    expect((await promote('0.2.0', 'staging')).code).toBe(0);
    // production adds accuracy ≥ 0.93 on top of the eval thresholds.
    const low = await runCli(repo.dir, ['promote', '0.2.0', 'production']);
    expect(low.code).toBe(1);
    expect(low.stdout).toContain(
      'Refused: sentiment v0.2.0 was not promoted to production (no tag made)',
    );
    expect(low.stdout).toMatch(/FAIL {2}accuracy ≥ 0\.93: 0\.92/);
    expect(stageTags()).toEqual(['sentiment#staging#1']);
  });

  it('requires the after: stage to have been held, ever', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.95, f1_macro: 0.9 } });
    await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.96, f1_macro: 0.9 } });
    const early = await promote('0.1.0', 'production');
    expect(early.code).toBe(1);
    expect(early.json.refused).toEqual([
      'v0.1.0 has never been in staging, and production comes after staging (promote it there first: lepton promote 0.1.0 staging)',
    ]);
    expect((await promote('0.1.0', 'staging')).code).toBe(0);
    expect((await promote('0.2.0', 'staging')).code).toBe(0);
    // 0.1.0 no longer holds staging, but it did: that is what after: asks.
    const prod = await promote('0.1.0', 'production');
    expect(prod.json).toMatchObject({ promoted: true, tag: 'sentiment#production#3' });
  });

  it('checks relative thresholds against the version holding the stage now', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.95, f1_macro: 0.9 } });
    await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.95, f1_macro: 0.85 } });
    // No holder yet: max_drop has no baseline and passes.
    const free = await promote('0.2.0', 'staging');
    expect(free.json.checks.find((c: { rule: string }) => c.rule === 'max_drop')).toMatchObject({
      passed: true,
      baseline: null,
      reason: 'no baseline',
    });
    await addVersion(repo, '0.3.0', { metrics: { accuracy: 0.95, f1_macro: 0.95 } });
    expect((await promote('0.3.0', 'staging')).code).toBe(0);
    // 0.2.0's f1 is 0.1 below the holder's (0.95): more than the allowed 0.02.
    const back = await promote('0.2.0', 'staging');
    expect(back.code).toBe(1);
    expect(back.json.checks.find((c: { rule: string }) => c.rule === 'max_drop')).toMatchObject({
      passed: false,
      baseline: 0.95,
      actual: 0.85,
    });
  });

  it('refuses unknown versions and stages with exit 2, and tags GTO made without a record with 1', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    for (const args of [
      ['0.9.0', 'staging'],
      ['0.1.0', 'qa'],
      ['latest', 'staging'],
      ['other@v0.1.0', 'staging'],
    ]) {
      const r = await runCli(repo.dir, ['promote', ...args]);
      expect(r.code).toBe(2);
    }
    repo.git(
      'tag',
      '-a',
      '-m',
      'Registering artifact sentiment version v0.0.9',
      'sentiment@v0.0.9',
      'HEAD~1',
    );
    const gto = await promote('0.0.9', 'staging');
    expect(gto.code).toBe(1);
    expect(gto.json.refused[0]).toContain('carries no Lepton record');
    // One reason, not a second one made of thresholds checked against no metrics.
    expect(gto.json.refused).toHaveLength(1);
    expect(gto.json.checks).toEqual([]);
    expect(stageTags()).toEqual([]);
  });

  it('pushes the stage tag with --push', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    repo.git('push', '-q', 'origin', 'main', 'sentiment@v0.1.0');
    const r = await promote('0.1.0', 'staging', '--push');
    expect(r.json).toMatchObject({ promoted: true, pushed: true, tag: 'sentiment#staging#1' });
    expect(stageTags((...a) => git(repo.remote, ...a))).toEqual(['sentiment#staging#1']);
  });
});
