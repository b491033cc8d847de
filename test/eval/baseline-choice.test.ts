// CONTRACT §2b: the baseline is the newest version carrying a Lepton record with metrics
// among the versions reachable from the base; other tags are passed over, named, and why.
import { afterEach, describe, expect, it } from '@jest/globals';
import type { evalJson as toEvalJson } from '../../src/app/eval.js';
import { runCli, type TestRepo } from '../helpers/repo.js';
import { evalRepo } from '../registry/eval-fixture.js';

type EvalJson = ReturnType<typeof toEvalJson> & { skipped: { tag: string; reason: string }[] };

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

/** v0.1.0 recorded by Lepton (accuracy 0.9, max_drop 0.05), then a docs commit on main. */
async function recorded(): Promise<TestRepo> {
  const repo = evalRepo('0.9');
  repos.push(repo);
  const r = await runCli(repo.dir, ['record']);
  expect(r.stdout).toContain('Recorded sentiment@v0.1.0');
  repo.write({ 'README.md': 'docs\n' });
  repo.commit('docs');
  return repo;
}

/** On a branch, accuracy drops to 0.5 (a 0.4 drop against 0.9; allowed: 0.05). */
async function evalAfterDrop(repo: TestRepo) {
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write({ 'src/acc.txt': '0.5' });
  repo.commit('worse');
  const r = await runCli(repo.dir, ['eval', '--json']);
  return { ...r, json: JSON.parse(r.stdout) as EvalJson };
}

const SHAPES: [string, (repo: TestRepo) => void, RegExp][] = [
  [
    "a GTO registration (gto register's annotated tag, no record)",
    (repo) =>
      repo.git(
        'tag',
        '-a',
        'sentiment@v0.1.1',
        '-m',
        'Registering artifact sentiment version v0.1.1',
      ),
    /no Lepton record \(a GTO registration or a hand-made tag\)/,
  ],
  [
    'a lightweight tag',
    (repo) => repo.git('tag', 'sentiment@v0.1.1'),
    /a lightweight tag: no Lepton record/,
  ],
  [
    'a tag on a tag (peeled to its commit; the outer tag has no record)',
    (repo) => {
      repo.git('tag', '-a', 'inner', '-m', 'inner');
      repo.git('tag', '-a', 'sentiment@v0.1.1', '-m', 'wrapped', 'inner');
    },
    /no Lepton record/,
  ],
  [
    'a hand-made tag whose message has a JSON block that is no record',
    (repo) =>
      repo.git(
        'tag',
        '-a',
        'sentiment@v0.1.1',
        '-m',
        'release\n\n```json\n{"accuracy": 0.1}\n```\n',
      ),
    /no Lepton record/,
  ],
  [
    'a tag on the tree of HEAD (not a commit)',
    (repo) => repo.git('tag', '-a', 'sentiment@v0.1.1', '-m', 'x', 'HEAD^{tree}'),
    /points at a tree \([0-9a-f]{12}\), not a commit/,
  ],
  [
    'a lightweight tag on a blob',
    (repo) => repo.git('tag', 'sentiment@v0.1.1', 'HEAD:src/acc.txt'),
    /points at a blob \([0-9a-f]{12}\), not a commit/,
  ],
];

describe('eval: which version is the baseline', () => {
  it.each(SHAPES)(
    'passes over %s: the baseline stays v0.1.0 and the drop fails',
    async (_, make, why) => {
      const repo = await recorded();
      make(repo);
      const r = await evalAfterDrop(repo);
      expect(r.code).toBe(1);
      expect(r.json.baseline).toEqual({ version: '0.1.0', tag: 'sentiment@v0.1.0' });
      expect(r.json.skipped).toEqual([
        { tag: 'sentiment@v0.1.1', reason: expect.stringMatching(why) },
      ]);
      const drop = r.json.checks.find((c) => c.rule === 'max_drop');
      expect(drop).toMatchObject({ baseline: 0.9, actual: 0.5, passed: false });
      // The terminal report names the baseline and what was skipped and why.
      expect(r.stderr).toContain('baseline: v0.1.0 (sentiment@v0.1.0)');
      expect(r.stderr).toMatch(/warning: sentiment@v0\.1\.1 is not the baseline: /);
    },
  );

  it('says so in the Markdown report too', async () => {
    const repo = await recorded();
    repo.git(
      'tag',
      '-a',
      'sentiment@v0.1.1',
      '-m',
      'Registering artifact sentiment version v0.1.1',
    );
    repo.git('checkout', '-q', '-b', 'feature');
    await runCli(repo.dir, ['eval', '--report', 'report.md']);
    const md = (await import('node:fs'))
      .readFileSync(`${repo.dir}/report.md`, 'utf8')
      // Markdown escapes (`\\.`) and the word joiner that keeps `@v0` from becoming a mention.
      .replace(/\\|\u2060/g, '');
    expect(md).toContain('Baseline: **v0.1.0**');
    expect(md).toContain(
      '⚠️ sentiment@v0.1.1 is not the baseline: no Lepton record (a GTO registration or a hand-made tag)',
    );
  });

  it('refuses --baseline naming a version without a record (exit 2)', async () => {
    const repo = await recorded();
    repo.git('tag', 'sentiment@v0.1.1');
    const r = await runCli(repo.dir, ['eval', '--baseline', '0.1.1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sentiment@v0.1.1 cannot be the baseline: a lightweight tag');
  });

  it('with only record-less versions there is no baseline, and it says what it skipped', async () => {
    const repo = evalRepo('0.9');
    repos.push(repo);
    repo.git(
      'tag',
      '-a',
      'sentiment@v0.1.0',
      '-m',
      'Registering artifact sentiment version v0.1.0',
    );
    const r = await runCli(repo.dir, ['eval', '--json']);
    const json = JSON.parse(r.stdout) as EvalJson;
    expect(json.baseline).toBeNull();
    expect(json.skipped.map((s) => s.tag)).toEqual(['sentiment@v0.1.0']);
  });
});

describe('a relative check on a metric the baseline lacks', () => {
  it('says "`f1` is new: not in baseline v0.1.0" and passes with a visible warning', async () => {
    const repo = await recorded();
    repo.write({
      'lepton.yml': (await import('node:fs'))
        .readFileSync(`${repo.dir}/lepton.yml`, 'utf8')
        .replace(
          'thresholds:\n',
          'thresholds:\n    f1: { max_drop: 0.01 }\n    recall: { max_rise: "5%" }\n',
        ),
      'eval.mjs': (await import('node:fs'))
        .readFileSync(`${repo.dir}/eval.mjs`, 'utf8')
        .replace('f1_macro: 0.9 }', 'f1_macro: 0.9, f1: 0.8, recall: 0.7 }'),
    });
    repo.commit('new metrics');
    // --force: eval.mjs is in no component, so it would not count as a change here.
    const r = await runCli(repo.dir, ['eval', '--force', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as EvalJson;
    expect(json.checks.find((c) => c.metric === 'f1')).toMatchObject({
      rule: 'max_drop',
      passed: true,
      baseline: null,
      reason: '`f1` is new: not in baseline v0.1.0',
    });
    expect(json.checks.find((c) => c.metric === 'recall')?.reason).toBe(
      '`recall` is new: not in baseline v0.1.0',
    );
    expect(r.stderr).toContain('warning: `f1` is new: not in baseline v0.1.0');
    expect(r.stderr).toMatch(/f1 .*pass \(no baseline\)/);
  });
});
