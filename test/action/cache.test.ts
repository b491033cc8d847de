import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { startFakeCache, type FakeCache } from './fake-cache.js';
import { tempDir } from '../helpers/repo.js';
import { cleanupOrigins, MODEL_DIR, origin, prBranch } from './model-repo.js';
import { cleanupRuns, examplePayload, runAction } from './run-action.js';
import { expectRestored } from './eval-cache-expect.js';

let cache: FakeCache;
beforeEach(async () => {
  cache = await startFakeCache();
});
afterEach(() => cache.close());
afterAll(() => {
  cleanupOrigins();
  cleanupRuns();
});

describe('eval results in the Actions cache (built dist/index.js against a cache service)', () => {
  it('a re-run on the same content restores the metrics instead of running the eval, and says so', async () => {
    const o = origin();
    prBranch(o, 'cached', 0.95);
    const payload = await examplePayload('push', (p) => p.ref === 'refs/heads/master');
    // The runner's temp folder is the same path on every run of a hosted runner; the cache
    // version includes the cached file's path, so the test keeps it fixed too.
    const runnerTemp = tempDir('lepton-runner-temp-');
    const run = (workspace: string) =>
      runAction({
        workspace,
        eventName: 'push',
        payload,
        inputs: { command: 'eval', 'working-directory': MODEL_DIR },
        env: {
          ACTIONS_CACHE_URL: cache.url,
          ACTIONS_RUNTIME_TOKEN: 'runtime-token',
          RUNNER_TEMP: runnerTemp,
        },
      });

    const first = await run(o.checkout('cached'));
    expect(first.errors).toEqual([]);
    expect(first.code).toBe(0);
    expect(first.warnings).toEqual([]);
    expect(first.outputs.reused).toBe('false');
    expect(first.stdout).toContain('eval results saved to the Actions cache');
    expect(cache.keys()).toHaveLength(1);

    // A fresh checkout of the same content (another job, a re-run): no eval, same metrics.
    const ws = o.checkout('cached');
    const second = await run(ws);
    expect(second.code).toBe(0);
    expectRestored(first, second, ws);
    expect(cache.keys()).toHaveLength(1);

    // Other content: a miss, and the eval runs.
    prBranch(o, 'cached', 0.97);
    const third = await run(o.checkout('cached'));
    expect(third.outputs.reused).toBe('false');
    expect(JSON.parse(third.outputs.metrics!)).toMatchObject({ accuracy: 0.97 });
    expect(cache.keys()).toHaveLength(2);
    rmSync(runnerTemp, { recursive: true, force: true });
  });
});
