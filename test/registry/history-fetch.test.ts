// CONTRACT §2b, shallow and tagless clones: eval, record and promote fetch the model's tags
// and the history from the remote first and say so; without a remote, record refuses.
import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, writeFileSync } from 'node:fs';
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

/** Each test runs the CLI three to five times (each a Node start): more than 60 s at high load. */
const SLOW = 180_000;

describe('a full clone with some of the model tags', () => {
  /**
   * origin records v0.1.0 (0.95) and commits accuracy 0.99; a developer clones that; then CI
   * records v0.2.0 on the commit the developer already has.
   */
  async function behindCi(): Promise<{ origin: TestRepo; dev: string }> {
    const origin = evalRepo('0.95');
    cleanups.push(origin.cleanup);
    expect((await runCli(origin.dir, ['record', '--push'])).code).toBe(0);
    origin.write({ 'src/acc.txt': '0.99' });
    origin.commit('better');
    origin.git('push', '-q', 'origin', 'main');
    const dev = clone(origin.remote);
    git(dev, 'config', 'user.name', 'T');
    git(dev, 'config', 'user.email', 't@example.com');
    const ci = await runCli(origin.dir, ['record', '--push']);
    expect(ci.stdout).toContain('Recorded sentiment@v0.2.0');
    return { origin, dev };
  }

  function worse(dir: string, accuracy: string): void {
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(dir, 'src/acc.txt'), accuracy);
    git(dir, 'commit', '-q', '-am', 'worse');
  }

  it(
    'eval fetches the versions recorded since, says so once, and judges against the newest',
    async () => {
      const { dev } = await behindCi();
      expect(versionTags((...a) => git(dev, ...a))).toEqual(['sentiment@v0.1.0']);
      worse(dev, '0.92'); // 0.03 below v0.1.0 (allowed), 0.07 below v0.2.0 (not)
      const r = await runCli(dev, ['eval', '--json']);
      expect(r.stderr).toContain('fetched 1 new tag(s) of sentiment from origin: sentiment@v0.2.0');
      const json = JSON.parse(r.stdout) as {
        baseline: { version: string };
        checks: { rule: string; passed: boolean; baseline: number | null }[];
      };
      expect(json.baseline).toEqual({ version: '0.2.0', tag: 'sentiment@v0.2.0' });
      expect(json.checks.find((c) => c.rule === 'max_drop')).toMatchObject({
        baseline: 0.99,
        passed: false,
      });
      expect(r.code).toBe(1);
      // Nothing new the second time: nothing said.
      const again = await runCli(dev, ['eval']);
      expect(again.stderr).not.toContain('fetched');
      expect(again.stderr).not.toContain('warning');
    },
    SLOW,
  );

  it(
    'an unreachable remote: eval warns the baseline may be stale with git’s reason, masked, and goes on; record too',
    async () => {
      const { dev } = await behindCi();
      git(dev, 'remote', 'set-url', 'origin', 'https://someone:s3cret-token@127.0.0.1:1/x.git');
      const r = await runCli(dev, ['eval', '--json']);
      expect(r.stderr).toMatch(
        /warning: could not fetch sentiment's tags from origin \(git fetch failed: fatal: .*\): the baseline may be stale/,
      );
      expect(r.stderr).not.toContain('s3cret-token');
      expect(JSON.parse(r.stdout)).toMatchObject({ baseline: { version: '0.1.0' } });
      worse(dev, '0.96');
      const rec = await runCli(dev, ['record']);
      expect(rec.stderr).toContain('the baseline may be stale');
      expect(rec.stdout).toContain('Recorded sentiment@v0.2.0');
    },
    SLOW,
  );

  it(
    'a local tag that differs from the remote’s is kept and named, and the other tags still come',
    async () => {
      const { dev } = await behindCi();
      git(dev, 'tag', '-d', 'sentiment@v0.1.0');
      git(dev, 'tag', '-a', 'sentiment@v0.1.0', '-m', 'a hand-made tag of the same name', 'HEAD~1');
      const mine = git(dev, 'rev-parse', 'refs/tags/sentiment@v0.1.0').trim();
      const r = await runCli(dev, ['eval', '--json']);
      expect(r.stderr).toContain(
        "warning: kept the local tag(s) sentiment@v0.1.0: origin's tags of the same name differ (git: would clobber existing tag)",
      );
      expect(r.stderr).toContain('fetched 1 new tag(s) of sentiment from origin: sentiment@v0.2.0');
      expect(git(dev, 'rev-parse', 'refs/tags/sentiment@v0.1.0').trim()).toBe(mine);
      expect(JSON.parse(r.stdout)).toMatchObject({ baseline: { version: '0.2.0' } });
    },
    SLOW,
  );

  it(
    'record --push with a conflicting local tag says git’s reason instead of "exit 1"',
    async () => {
      const { dev } = await behindCi();
      git(dev, 'tag', '-d', 'sentiment@v0.1.0');
      git(dev, 'tag', '-a', 'sentiment@v0.1.0', '-m', 'a hand-made tag of the same name', 'HEAD~1');
      worse(dev, '0.991');
      const r = await runCli(dev, ['record', '--push']);
      expect(r.stderr).not.toContain('exit 1');
      expect(r.stderr).toContain('kept the local tag(s) sentiment@v0.1.0');
      expect(r.stdout).toContain('sentiment@v0.3.0');
      expect(r.code).toBe(0);
    },
    SLOW,
  );
});
