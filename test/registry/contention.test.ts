import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord } from '../../src/core/registry/message.js';
import { git, runCli, tempDir, type RunResult, type TestRepo } from '../helpers/repo.js';
import { evalRepo, versionTags } from './eval-fixture.js';

// 16 clones record at once: every run must complete (retrying with backoff and jitter within
// its budget), each under its own version with its own record, none lost. 32-way is measured
// by bench/contention.mjs (not in CI).

let origin: TestRepo;
let clones: string;
beforeAll(() => {
  origin = evalRepo();
  origin.git('push', '-q', 'origin', 'main');
  clones = tempDir('lepton-contention-');
});
afterAll(() => {
  origin?.cleanup();
  rmSync(clones, { recursive: true, force: true });
});

const remote = (...a: string[]) => git(origin.remote, ...a);

describe('16 clones record --push at once', () => {
  it('all exit 0 with 16 distinct versions on the remote, each carrying its own fingerprint', async () => {
    const dirs = Array.from({ length: 16 }, (_, i) => {
      const name = `c${i}`;
      const dir = join(clones, name);
      git(clones, 'clone', '-q', origin.remote, name);
      git(dir, 'config', 'core.hooksPath', '/dev/null');
      writeFileSync(join(dir, 'src/acc.txt'), `0.9${String(i).padStart(2, '0')}1`);
      git(dir, 'commit', '-q', '-am', `model ${name}`);
      return dir;
    });
    // All 16 share this machine's CPUs with each other (and with the other test files), so a
    // decision takes far longer than on 16 runners: the budget is raised to match.
    const runs: RunResult[] = await Promise.all(
      dirs.map((d) => runCli(d, ['record', '--push', '--json'], { LEPTON_PUSH_BUDGET: '10m' })),
    );
    for (const r of runs) {
      expect({ code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ code: 0, stderr: '' });
    }
    const outs = runs.map((r) => JSON.parse(r.stdout));
    expect(outs.every((o) => o.created === true && o.pushed === true)).toBe(true);
    const tags = versionTags(remote);
    expect(tags).toHaveLength(16);
    expect(new Set(outs.map((o) => o.tag))).toEqual(new Set(tags));
    expect(new Set(outs.map((o) => o.version)).size).toBe(16);
    expect(new Set(outs.map((o) => o.fingerprint)).size).toBe(16);
    for (const o of outs) {
      const rec = parseRecord(remote('for-each-ref', '--format=%(contents)', `refs/tags/${o.tag}`));
      expect(rec).toMatchObject({ fingerprint: o.fingerprint, version: o.version });
    }
    // The races happened, and were retried rather than given up.
    const attempts = outs.map((o) => o.attempts as number);
    expect(Math.min(...attempts)).toBe(1);
    expect(Math.max(...attempts)).toBeGreaterThan(1);
  }, 900_000);
});
