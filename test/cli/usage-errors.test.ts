// New-user trial, items 3-5: command lines the CLI cannot honour are usage errors (exit 2) that
// say what to type instead; none is silently ignored.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type TestRepo } from '../helpers/repo.js';
import { evalRepo } from '../registry/eval-fixture.js';

const repos: TestRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
});

/** One repository for the whole file: nothing below may change it (each case checks). */
const shared = (() => {
  let made: TestRepo | null = null;
  return () => {
    if (!made) {
      made = evalRepo('0.95');
      repos.push(made);
    }
    return made;
  };
})();

describe('eval --out without --shard (item 3)', () => {
  it.each([
    [['eval', '--out', 'x.json']],
    [['eval', '--out=x.json', '--force']],
    [['eval', '--report', 'r.md', '--out', 'x.json']],
  ])('%j: exit 2, says --out is for --shard, runs nothing', async (args) => {
    const repo = shared();
    const r = await runCli(repo.dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --out is for --shard /);
    expect(existsSync(join(repo.dir, 'x.json'))).toBe(false);
    expect(existsSync(join(repo.dir, 'r.md'))).toBe(false);
    // The eval never ran (it writes out/metrics.json).
    expect(existsSync(join(repo.dir, 'out'))).toBe(false);
  });

  it('--json: one JSON document, a usage error', async () => {
    const r = await runCli(shared().dir, ['eval', '--out', 'x.json', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      error: {
        kind: 'usage',
        code: 2,
        message:
          '--out is for --shard (where the shard result is written); the Markdown report is --report',
      },
    });
  });
});
