// New-user trial, item 6: a record with a lightweight tag `sentiment@v9.0.0` present said
// "sentiment@v9.0.0 is not the baseline: a lightweight tag" on stderr as the eval went and again
// in the report (both on stderr with --json). A run says each warning once; the JSON and the
// Markdown report still carry it.
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type TestRepo } from '../helpers/repo.js';
import { evalRepo } from '../registry/eval-fixture.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const count = (text: string, what: string) => text.split(what).length - 1;

const WARNING = 'sentiment@v9.0.0 is not the baseline: a lightweight tag';

describe('each warning once per run', () => {
  it.each([
    [['record']],
    [['record', '--json']],
    [['eval']],
    [['eval', '--json']],
    [['record', '--report', 'r.md']],
  ])('%j with a lightweight version tag: the warning once', async (args) => {
    const repo = evalRepo('0.95');
    repos.push(repo);
    repo.git('push', '-q', 'origin', 'main');
    repo.git('tag', 'sentiment@v9.0.0');
    const r = await runCli(repo.dir, args);
    expect(r.code).toBe(0);
    expect(count(r.stdout + r.stderr, WARNING)).toBe(1);
    expect(r.stderr).toContain(`warning: ${WARNING}`);
    if (args.includes('--json'))
      expect(JSON.parse(r.stdout).skipped).toEqual([
        { tag: 'sentiment@v9.0.0', reason: expect.stringMatching(/^a lightweight tag/) },
      ]);
    if (args.includes('--report'))
      expect(readFileSync(join(repo.dir, 'r.md'), 'utf8').replace(/\\|\u2060/g, '')).toContain(
        WARNING,
      );
  });

  it('a relative check on a metric the baseline lacks: its warning once', async () => {
    const repo = evalRepo('0.95');
    repos.push(repo);
    expect((await runCli(repo.dir, ['record', '--push'])).code).toBe(0);
    repo.write({
      'lepton.yml': readFileSync(join(repo.dir, 'lepton.yml'), 'utf8').replace(
        'thresholds:\n',
        'thresholds:\n    f1: { max_drop: 0.01 }\n',
      ),
      'eval.mjs': readFileSync(join(repo.dir, 'eval.mjs'), 'utf8').replace(
        'f1_macro: 0.9 }',
        'f1_macro: 0.9, f1: 0.8 }',
      ),
    });
    repo.commit('a new metric');
    const r = await runCli(repo.dir, ['eval', '--force']);
    expect(r.code).toBe(0);
    expect(count(r.stdout + r.stderr, '`f1` is new: not in baseline v0.1.0 (')).toBe(1);
  });
});
