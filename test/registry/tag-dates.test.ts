import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readRegistry } from '../../src/io/registry/index.js';
import { GIT_ENV, runCli, type TestRepo } from '../helpers/repo.js';
import { gitOf, modelRepo } from './fixture.js';

// A tag's date is its tagger's (a lightweight tag's: its commit's committer's), as git's
// `creatordate`. Tags are written by other tools and by hand, so the date field may say
// anything: one that no JavaScript date can hold crashed `lepton show` (a RangeError thrown
// from `toISOString` inside the reader), instead of reading the tag with no date.

let repo: TestRepo;
const env = { ...process.env, ...GIT_ENV };

/** An object written as given (`--literally`: git's own checks would refuse some of these). */
function object(type: 'tag' | 'commit', text: string): string {
  return execFileSync('git', ['hash-object', '-t', type, '-w', '--literally', '--stdin'], {
    cwd: repo.dir,
    env,
    input: text,
    encoding: 'utf8',
  }).trim();
}

/** Each case: the tagger line's date part, and the date Lepton must read from it. */
const CASES: [string, string, string][] = [
  ['1.0.0', '1767225600 +0000', '2026-01-01T00:00:00.000Z'],
  ['1.0.1', '0 +0000', '1970-01-01T00:00:00.000Z'],
  // Leap day, and the last second before a year with six digits.
  ['1.0.2', '951825599 +0100', '2000-02-29T11:59:59.000Z'],
  ['1.0.3', '253402300799 +0000', '9999-12-31T23:59:59.000Z'],
  ['1.0.4', '253402300800 +0000', '+010000-01-01T00:00:00.000Z'],
  // The last second a date holds, and past it (the crash).
  ['1.0.5', '8640000000000 +0000', '+275760-09-13T00:00:00.000Z'],
  ['1.0.6', '8640000000001 +0000', ''],
  ['1.0.7', '99999999999999999999 +0000', ''],
  // No date at all, or not digits.
  ['1.0.8', '-5 +0000', ''],
  ['1.0.9', '12ab +0000', ''],
  ['1.0.10', '', ''],
];

beforeAll(() => {
  repo = modelRepo();
  const commit = repo.git('rev-parse', 'HEAD').trim();
  for (const [version, date] of CASES) {
    const id = object(
      'tag',
      `object ${commit}\ntype commit\ntag sentiment@v${version}\ntagger T <t@example.com> ${date}\n\nmade by hand\n`,
    );
    repo.git('update-ref', `refs/tags/sentiment@v${version}`, id);
  }
  // No tagger line at all.
  const bare = object('tag', `object ${commit}\ntype commit\ntag sentiment@v2.0.0\n\nno tagger\n`);
  repo.git('update-ref', 'refs/tags/sentiment@v2.0.0', bare);
  // A lightweight tag: its commit's committer date, here past a date's range.
  const tree = repo.git('rev-parse', 'HEAD^{tree}').trim();
  const far = object(
    'commit',
    `tree ${tree}\nparent ${commit}\nauthor A <a@example.com> 1 +0000\ncommitter C <c@example.com> 99999999999999 +0000\n\nfar\n`,
  );
  repo.git('update-ref', 'refs/tags/sentiment@v3.0.0', far);
  const near = object(
    'commit',
    `tree ${tree}\nparent ${commit}\nauthor A <a@example.com> 1 +0000\ncommitter C <c@example.com> 1767225661 +0000\n\nnear\n`,
  );
  repo.git('update-ref', 'refs/tags/sentiment@v3.0.1', near);
});
afterAll(() => repo.cleanup());

const expected = [
  ...CASES.map(([version, , date]) => [version, date]),
  ['2.0.0', ''],
  ['3.0.0', ''],
  ['3.0.1', '2026-01-01T00:01:01.000Z'],
];

describe('tag dates as git wrote them', () => {
  it('reads each tag with its date, or none where the date cannot be one (cold and warm)', async () => {
    for (const read of ['cold', 'warm']) {
      const r = await readRegistry(gitOf(repo), 'sentiment');
      const dates = Object.fromEntries(r.versions.map((v) => [v.version, v.date]));
      expect([read, dates]).toEqual([read, Object.fromEntries(expected)]);
    }
  });

  it('lepton show --json lists every version and exits 0', async () => {
    const r = await runCli(repo.dir, ['show', '--json']);
    expect(r.stderr).not.toMatch(/RangeError/);
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout) as { versions: { version: string; created: string }[] };
    expect(Object.fromEntries(shown.versions.map((v) => [v.version, v.created]))).toEqual(
      Object.fromEntries(expected),
    );
  });
});
