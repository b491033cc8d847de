import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, runCli, type RunResult } from '../helpers/repo.js';
import { raceOrigin, type RaceOrigin } from './race-fixture.js';

// A push the remote refuses for another reason than a name taken by a concurrent run is not
// retried: exit 4 at once, quoting the remote. Real hooks and settings on a bare remote; each
// hook counts its runs in a file, so "not retried" is asserted without any timing.

let origin: RaceOrigin | undefined;
afterEach(() => {
  origin?.cleanup();
  origin = undefined;
});

/** Installs a hook on the remote that appends a line to `hook-runs` each time it runs, then runs `body`. */
function hook(remote: string, name: 'pre-receive' | 'update', body: string): () => number {
  const runs = join(remote, 'hook-runs');
  const file = join(remote, 'hooks', name);
  writeFileSync(file, `#!/bin/sh\necho run >> '${runs}'\n${body}\n`);
  chmodSync(file, 0o755);
  return () =>
    existsSync(runs) ? readFileSync(runs, 'utf8').split('\n').filter(Boolean).length : 0;
}

const localTags = (dir: string, pattern: string) =>
  git(dir, 'tag', '-l', pattern).split('\n').filter(Boolean);

/** A clone with a new commit of the model, ready for `record`. */
function changed(o: RaceOrigin, name: string): string {
  const dir = o.clone(name);
  writeFileSync(join(dir, 'src/acc.txt'), '0.97');
  git(dir, 'commit', '-q', '-am', 'better model');
  return dir;
}

const PRE_RECEIVE_NO = `echo "policy: pushes are closed for the release freeze" >&2
echo "ask #release-team" >&2
exit 1`;
const UPDATE_PROTECTS = (prefix: string) => `case "$1" in ${prefix}*)
  echo "$1 is protected: only the release bot may write it" >&2; exit 1;;
esac`;

describe('a push refused for another reason than a taken name', () => {
  it.each([
    {
      name: 'a pre-receive hook that rejects every push: record',
      setup: (remote: string) => hook(remote, 'pre-receive', PRE_RECEIVE_NO),
      command: 'record',
      tag: 'sentiment@v0.3.0',
      reason: 'refs/tags/sentiment@v0.3.0: [remote rejected] (pre-receive hook declined)',
      remoteSays: [
        'remote: policy: pushes are closed for the release freeze',
        'remote: ask #release-team',
      ],
    },
    {
      name: 'a pre-receive hook that rejects every push: promote',
      setup: (remote: string) => hook(remote, 'pre-receive', PRE_RECEIVE_NO),
      command: 'promote',
      tag: 'sentiment#canary#1',
      reason: 'refs/tags/sentiment#canary#1: [remote rejected] (pre-receive hook declined)',
      remoteSays: ['remote: policy: pushes are closed for the release freeze'],
    },
    {
      name: 'an update hook protecting the tags (a protected ref): record',
      setup: (remote: string) => hook(remote, 'update', UPDATE_PROTECTS('refs/tags/')),
      command: 'record',
      tag: 'sentiment@v0.3.0',
      reason: 'refs/tags/sentiment@v0.3.0: [remote rejected] (hook declined)',
      remoteSays: [
        'remote: refs/tags/sentiment@v0.3.0 is protected: only the release bot may write it',
      ],
    },
    {
      name: "an update hook protecting refs/lepton (Lepton's counter): promote",
      setup: (remote: string) => hook(remote, 'update', UPDATE_PROTECTS('refs/lepton/')),
      command: 'promote',
      tag: 'sentiment#canary#1',
      reason: 'refs/lepton/events/sentiment/head: [remote rejected] (hook declined)',
      remoteSays: [
        'remote: refs/lepton/events/sentiment/head is protected: only the release bot may write it',
      ],
      // git runs the update hook once per ref: the counter's and the tag's, in one push.
      hookRuns: 2,
      hint: "Lepton keeps sentiment's event counter in refs/lepton/events/sentiment/head: the remote must accept pushes to refs/lepton/*",
    },
  ])(
    '$name: exit 4 at once, with the remote’s message',
    async (c) => {
      origin = await raceOrigin(2);
      const runs = c.setup(origin.remote);
      const dir = c.command === 'record' ? changed(origin, 'w') : origin.clone('w');
      const args =
        c.command === 'record' ? ['record', '--push'] : ['promote', '0.1.0', 'canary', '--push'];
      const r: RunResult = await runCli(dir, args);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain(`origin refused the push of ${c.tag}`);
      expect(r.stderr).toContain(c.reason);
      for (const line of c.remoteSays) expect(r.stderr).toContain(line);
      expect(r.stderr).toContain('so it was not retried');
      if (c.hint) expect(r.stderr).toContain(c.hint);
      expect(r.stderr).not.toMatch(/gave up|first \(a concurrent run\)/);
      // One push: nothing was retried.
      expect(runs()).toBe(c.hookRuns ?? 1);
      // Nothing reached the remote.
      expect(git(origin.remote, 'for-each-ref', 'refs/lepton').trim()).toBe('');
      expect([...origin.stageTags().keys()]).toEqual([]);
      if (c.command === 'record') {
        // The version tag stays here for a later push (it names no counter).
        expect(localTags(dir, 'sentiment@v0.3.0')).toEqual(['sentiment@v0.3.0']);
        expect(r.stderr).toContain('the tag is kept locally');
      } else {
        // The refused stage tag was this run's own: removed, as its N belongs to the remote's counter.
        expect(localTags(dir, 'sentiment#*')).toEqual([]);
        expect(r.stderr).toContain('the local stage tag was removed');
      }
    },
    120_000,
  );

  it('a remote that hides refs/lepton: promote fails at once naming it, record still works', async () => {
    origin = await raceOrigin(2);
    git(origin.remote, 'config', 'receive.hideRefs', 'refs/lepton');
    const dir = origin.clone('w');
    const r = await runCli(dir, ['promote', '0.1.0', 'canary', '--push']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(
      'refs/lepton/events/sentiment/head: [remote rejected] (deny updating a hidden ref)',
    );
    expect(r.stderr).toContain('the remote must accept pushes to refs/lepton/*');
    // git 2.39's receive-pack refuses a hidden ref outside the atomic transaction: the tag
    // landed. Lepton says so and keeps it here too (the remote did not refuse it).
    const landed = [...origin.stageTags().keys()];
    if (landed.length) {
      expect(landed).toEqual(['sentiment#canary#1']);
      expect(r.stderr).toContain('origin took sentiment#canary#1 all the same');
      expect(localTags(dir, 'sentiment#*')).toEqual(['sentiment#canary#1']);
    } else {
      expect(r.stderr).toContain('the local stage tag was removed');
      expect(localTags(dir, 'sentiment#*')).toEqual([]);
    }
    const rec = await runCli(changed(origin, 'r'), ['record', '--push']);
    expect({ code: rec.code, stderr: rec.code ? rec.stderr : '' }).toEqual({ code: 0, stderr: '' });
  }, 120_000);

  it('a remote whose refs cannot be written (permissions): exit 4 at once, not a race', async () => {
    origin = await raceOrigin(2);
    const o = origin;
    const dir = changed(o, 'w');
    // root writes anywhere: run as nobody then, owning the test's folders (git refuses to work
    // in a repository someone else owns, and does not pass safe.directory on to the remote side).
    const asNobody = process.getuid?.() === 0;
    if (asNobody) {
      for (const d of [join(o.remote, '..'), join(dir, '..')]) {
        execFileSync('chown', ['-R', '65534:65534', d]);
      }
    }
    chmodSync(join(o.remote, 'refs/tags'), 0o555);
    try {
      const r = await runCli(
        dir,
        ['record', '--push'],
        asNobody ? { HOME: '/tmp' } : {},
        asNobody ? { uid: 65534 } : undefined,
      );
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('origin refused the push of sentiment@v0.3.0');
      expect(r.stderr).toContain('Permission denied');
      expect(r.stderr).not.toMatch(/gave up|first \(a concurrent run\)/);
    } finally {
      chmodSync(join(o.remote, 'refs/tags'), 0o755);
    }
  }, 120_000);
});
