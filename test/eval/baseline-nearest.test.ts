// CONTRACT §2b, which version is the baseline when versions are not in semver order along
// history, failed their own thresholds, or carry a record copied from another version: never
// a false green. Real git, a bare remote, the built CLI.
import { afterEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { evalJson as toEvalJson } from '../../src/app/eval.js';
import { formatVersionMessage } from '../../src/core/registry/message.js';
import type { VersionRecord } from '../../src/core/registry/types.js';
import { runCli, type TestRepo } from '../helpers/repo.js';
import { evalRepo, manifest } from '../registry/eval-fixture.js';

type EvalJson = ReturnType<typeof toEvalJson> & { skipped: { tag: string; reason: string }[] };

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

/** The fixture's model with `accuracy: { min: 0.5, max_drop: 0.05 }`: only the drop matters. */
function dropOnly(accuracy: string): TestRepo {
  const repo = evalRepo(accuracy);
  repos.push(repo);
  repo.write({ 'lepton.yml': manifest().replace('min: 0.9, max_drop', 'min: 0.5, max_drop') });
  repo.commit('thresholds');
  return repo;
}

async function setAccuracy(repo: TestRepo, accuracy: string, message = 'change'): Promise<void> {
  repo.write({ 'src/acc.txt': accuracy });
  repo.commit(message);
}

async function evalJson(repo: TestRepo, ...args: string[]) {
  const r = await runCli(repo.dir, ['eval', '--json', ...args]);
  return { ...r, json: JSON.parse(r.stdout) as EvalJson };
}

/** Each test runs the CLI four to seven times (each a Node start): more than jest's 60 s at high load. */
const SLOW = 180_000;

const drop = (json: EvalJson) => json.checks.find((c) => c.rule === 'max_drop');

describe('the baseline is the version nearest the base in history', () => {
  it(
    'a higher version recorded on an older commit is not the baseline of work on the tip',
    async () => {
      const repo = dropOnly('0.55');
      const older = repo.git('rev-parse', 'HEAD').trim();
      await setAccuracy(repo, '0.98', 'better');
      expect((await runCli(repo.dir, ['record'])).stdout).toContain('Recorded sentiment@v0.1.0');

      // Someone checks out an older commit of main and records it: v0.2.0 (0.55) behind v0.1.0.
      repo.git('checkout', '-q', older);
      const late = await runCli(repo.dir, ['record']);
      expect(late.code).toBe(0);
      expect(late.stdout).toContain('Recorded sentiment@v0.2.0');
      expect(late.stderr).toContain(
        `warning: sentiment@v0.2.0 is recorded on an older commit than sentiment@v0.1.0 (their commits descend from ${older.slice(0, 12)})`,
      );

      // A branch off main's tip drops to 0.56: against v0.1.0 (0.98) that fails.
      repo.git('checkout', '-q', 'main');
      repo.git('checkout', '-q', '-b', 'feature');
      await setAccuracy(repo, '0.56', 'worse');
      const r = await evalJson(repo);
      expect(r.json.baseline).toEqual({ version: '0.1.0', tag: 'sentiment@v0.1.0' });
      expect(drop(r.json)).toMatchObject({ baseline: 0.98, actual: 0.56, passed: false });
      expect(r.code).toBe(1);
      expect(r.json.skipped).toEqual([
        {
          tag: 'sentiment@v0.2.0',
          reason: expect.stringMatching(
            /recorded on an older commit .*nearest the base, sentiment@v0\.1\.0/,
          ),
        },
      ]);
      expect(r.stderr).toContain('baseline: v0.1.0 (sentiment@v0.1.0)');

      // Work on the older commit still compares with the version recorded there.
      repo.git('checkout', '-q', older);
      expect((await evalJson(repo)).json.baseline).toEqual({
        version: '0.2.0',
        tag: 'sentiment@v0.2.0',
      });
    },
    SLOW,
  );

  it(
    'versions on two merged branches: the higher of the two tips, not an older one',
    async () => {
      const repo = dropOnly('0.9');
      expect((await runCli(repo.dir, ['record'])).code).toBe(0); // v0.1.0 (0.9)
      const main = repo.git('rev-parse', 'HEAD').trim();
      repo.git('checkout', '-q', '-b', 'x');
      await setAccuracy(repo, '0.95', 'x');
      expect((await runCli(repo.dir, ['record'])).stdout).toContain('sentiment@v0.2.0');
      repo.git('checkout', '-q', '-b', 'y', main);
      repo.write({ 'data/train.csv': 'text,label\nhi,1\nho,0\n' });
      repo.commit('y');
      expect((await runCli(repo.dir, ['record'])).stdout).toContain('sentiment@v0.3.0');
      repo.git('merge', '-q', '--no-edit', 'x');
      const r = await evalJson(repo);
      expect(r.json.baseline).toEqual({ version: '0.3.0', tag: 'sentiment@v0.3.0' });
      expect(r.json.skipped).toEqual([]);
    },
    SLOW,
  );
});

describe('a version that failed its own thresholds is never the baseline', () => {
  it(
    'so quality cannot slide by max_drop at every step',
    async () => {
      const repo = dropOnly('0.95');
      expect((await runCli(repo.dir, ['record'])).code).toBe(0); // v0.1.0 (0.95)
      await setAccuracy(repo, '0.89', 'worse'); // a 0.06 drop: recorded as failing
      const failed = await runCli(repo.dir, ['record', '--json']);
      expect(failed.code).toBe(1);
      expect(JSON.parse(failed.stdout)).toMatchObject({ version: '0.2.0', passed: false });

      repo.git('checkout', '-q', '-b', 'feature');
      await setAccuracy(repo, '0.85', 'worse still'); // 0.04 below v0.2.0, 0.10 below v0.1.0
      const r = await evalJson(repo);
      expect(r.json.baseline).toEqual({ version: '0.1.0', tag: 'sentiment@v0.1.0' });
      expect(drop(r.json)).toMatchObject({ baseline: 0.95, actual: 0.85, passed: false });
      expect(r.code).toBe(1);
      expect(r.json.skipped).toEqual([
        {
          tag: 'sentiment@v0.2.0',
          reason: 'it failed its own thresholds (its record says passed: false)',
        },
      ]);
      expect(r.stderr).toContain(
        'warning: sentiment@v0.2.0 is not the baseline: it failed its own thresholds',
      );
      // Named explicitly, it is refused the same way.
      const named = await runCli(repo.dir, ['eval', '--baseline', '0.2.0']);
      expect(named.code).toBe(2);
      expect(named.stderr).toContain('sentiment@v0.2.0 cannot be the baseline: it failed');
    },
    SLOW,
  );
});

describe('a hand-made tag carrying a copy of an earlier record', () => {
  /** v0.1.0 recorded (0.9); v0.2.0 tagged by hand on the same commit, its record copied, accuracy edited. */
  async function copied(accuracy: number): Promise<TestRepo> {
    const repo = dropOnly('0.9');
    expect((await runCli(repo.dir, ['record'])).code).toBe(0);
    const message = repo.git('for-each-ref', '--format=%(contents)', 'refs/tags/sentiment@v0.1.0');
    const json = /```json\n([\s\S]*?)\n```/.exec(message)?.[1] ?? '';
    const record = JSON.parse(json) as VersionRecord;
    const copy: VersionRecord = {
      ...record,
      version: '0.2.0',
      metrics: { ...record.metrics, accuracy },
    };
    const file = join(repo.dir, '.git', 'forged-message');
    writeFileSync(file, formatVersionMessage(copy));
    repo.git('tag', '-a', 'sentiment@v0.2.0', '-F', file);
    return repo;
  }

  it(
    'is not reused for its metrics: the original version is',
    async () => {
      const repo = await copied(0.99);
      const r = await evalJson(repo);
      expect(r.json.baseline).toEqual({ version: '0.1.0', tag: 'sentiment@v0.1.0' });
      expect(r.json.reused).toBe(true);
      expect(r.json.metrics.accuracy).toBe(0.9);
      expect(r.json.skipped).toEqual([
        {
          tag: 'sentiment@v0.2.0',
          reason: expect.stringContaining(
            "its record's fingerprint is that of sentiment@v0.1.0 (Lepton never records one content twice)",
          ),
        },
      ]);
    },
    SLOW,
  );

  it(
    'is not the baseline: a drop against the original fails',
    async () => {
      const repo = await copied(0.5);
      repo.git('checkout', '-q', '-b', 'feature');
      await setAccuracy(repo, '0.6', 'worse');
      const r = await evalJson(repo);
      expect(r.json.baseline).toEqual({ version: '0.1.0', tag: 'sentiment@v0.1.0' });
      expect(drop(r.json)).toMatchObject({ baseline: 0.9, actual: 0.6, passed: false });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /warning: sentiment@v0\.2\.0 is not the baseline: its record's fingerprint is that of sentiment@v0\.1\.0/,
      );
    },
    SLOW,
  );
});
