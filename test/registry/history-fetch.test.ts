// CONTRACT §2b, shallow and tagless clones: eval, record and promote fetch the model's tags
// and the history from the remote first and say so; without a remote, record refuses.
import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { git, runCli, tempDir, type TestRepo } from '../helpers/repo.js';
import { evalRepo, versionTags } from './eval-fixture.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A remote holding sentiment@v0.1.0 (accuracy 0.95, max_drop 0.05) and two more commits. */
async function remoteWithVersion(): Promise<TestRepo> {
  const repo = evalRepo('0.95');
  cleanups.push(repo.cleanup);
  expect((await runCli(repo.dir, ['record', '--push'])).code).toBe(0);
  for (const n of [1, 2]) {
    repo.write({ [`docs/${n}.md`]: `docs ${n}\n` });
    repo.commit(`docs ${n}`);
  }
  repo.git('push', '-q', 'origin', 'main');
  return repo;
}

/** `git clone --depth 1` (file:// so the depth holds), optionally without tags. */
function clone(remote: string, ...flags: string[]): string {
  const dir = join(tempDir(), 'clone');
  git('/', 'clone', '-q', ...flags, `file://${remote}`, dir);
  return dir;
}

const CLONES: [string, string[]][] = [
  ['git clone --depth 1', ['--depth', '1']],
  ['git clone --no-tags', ['--no-tags']],
  ['git clone --depth 1 --no-tags', ['--depth', '1', '--no-tags']],
];

describe('a clone that lacks the tags or the history', () => {
  it.each(CLONES)(
    '%s: record --push fetches them, judges against v0.1.0 and refuses the drop',
    async (_, flags) => {
      const origin = await remoteWithVersion();
      const dir = clone(origin.remote, ...flags);
      git(dir, 'config', 'user.name', 'T');
      git(dir, 'config', 'user.email', 't@example.com');
      (await import('node:fs')).writeFileSync(join(dir, 'src/acc.txt'), '0.5');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'worse');
      const r = await runCli(dir, ['record', '--push', '--json']);
      expect(r.stderr).toMatch(
        /fetched from origin: 1 version tag\(s\) and 0 stage tag\(s\) of sentiment/,
      );
      const json = JSON.parse(r.stdout) as {
        baseline: { version: string } | null;
        version: string;
        checks: { rule: string; passed: boolean; baseline: number | null }[];
      };
      expect(json.baseline).toEqual({ version: '0.1.0', tag: 'sentiment@v0.1.0' });
      expect(json.checks.find((c) => c.rule === 'max_drop')).toMatchObject({
        baseline: 0.95,
        passed: false,
      });
      // Recorded as failing (exit 1), numbered after the remote's v0.1.0, never as a first version.
      expect(r.code).toBe(1);
      expect(json.version).toBe('0.2.0');
    },
  );

  it('eval in a depth-1 clone says it fetched, and finds the baseline', async () => {
    const origin = await remoteWithVersion();
    const dir = clone(origin.remote, '--depth', '1');
    const r = await runCli(dir, ['eval', '--json']);
    expect(r.stderr).toContain('the clone is shallow: fetched from origin: 1 version tag(s)');
    expect(r.stderr).toContain('and the full history (the clone was shallow)');
    expect(JSON.parse(r.stdout)).toMatchObject({ baseline: { version: '0.1.0' }, reused: true });
  });

  it('promote in a tagless clone fetches the tags first', async () => {
    const origin = await remoteWithVersion();
    const dir = clone(origin.remote, '--no-tags');
    const r = await runCli(dir, ['promote', '0.1.0', 'staging', '--json']);
    expect(r.stderr).toContain(
      'no tag of sentiment is here: fetched from origin: 1 version tag(s)',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: '0.1.0', promoted: true });
  });

  it('without a reachable remote: eval warns, record refuses (exit 2) before the eval, --no-baseline records', async () => {
    const origin = await remoteWithVersion();
    const dir = clone(origin.remote, '--no-tags');
    git(dir, 'remote', 'set-url', 'origin', join(tempDir(), 'gone.git'));
    git(dir, 'config', 'user.name', 'T');
    git(dir, 'config', 'user.email', 't@example.com');

    const ev = await runCli(dir, ['eval']);
    expect(ev.stderr).toMatch(
      /warning: no tag of sentiment is here and origin could not be reached \(.*\): the baseline may be missing/,
    );

    const rec = await runCli(dir, ['record']);
    expect(rec.code).toBe(2);
    expect(rec.stderr).toContain(
      'not recording: no tag of sentiment is here and origin could not be reached',
    );
    expect(rec.stderr).toContain('--no-baseline');
    expect(versionTags((...a) => git(dir, ...a))).toEqual([]);

    const forced = await runCli(dir, ['record', '--no-baseline']);
    expect(forced.code).toBe(0);
    expect(versionTags((...a) => git(dir, ...a))).toEqual(['sentiment@v0.1.0']);
  });

  it('with no remote at all, record refuses the same way', async () => {
    const repo = evalRepo('0.95');
    cleanups.push(repo.cleanup);
    repo.git('remote', 'remove', 'origin');
    const rec = await runCli(repo.dir, ['record']);
    expect(rec.code).toBe(2);
    expect(rec.stderr).toContain(
      'not recording: no tag of sentiment is here and this repository has no remote',
    );
    expect(existsSync(join(repo.dir, 'out/metrics.json'))).toBe(false);
  });

  it('a full clone with the tags fetches nothing and says nothing about it', async () => {
    const origin = await remoteWithVersion();
    const r = await runCli(origin.dir, ['eval']);
    expect(r.stderr).not.toContain('fetched');
    expect(r.stderr).not.toContain('warning');
  });
});
