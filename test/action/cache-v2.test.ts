import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { tempDir } from '../helpers/repo.js';
import { startFakeResults, type FakeResults } from './fake-results.js';
import { cleanupOrigins, MODEL_DIR, origin, prBranch } from './model-repo.js';
import { cleanupRuns, examplePayload, runAction } from './run-action.js';
import { expectRestored } from './eval-cache-expect.js';

let results: FakeResults;
let runnerTemp: string;
beforeEach(async () => {
  results = await startFakeResults();
  // The cache version includes the cached file's path, which lives under RUNNER_TEMP: a hosted
  // runner's is the same path on every run, so the test keeps it fixed across runs too.
  runnerTemp = tempDir('lepton-runner-temp-');
});
afterEach(async () => {
  await results.close();
  rmSync(runnerTemp, { recursive: true, force: true });
});
afterAll(() => {
  cleanupOrigins();
  cleanupRuns();
});

/** `node dist/index.js` running `eval` as on a GitHub-hosted runner, which speaks cache service v2. */
async function evalRun(workspace: string) {
  const payload = await examplePayload('push', (p) => p.ref === 'refs/heads/master');
  return runAction({
    workspace,
    eventName: 'push',
    payload,
    inputs: { command: 'eval', 'working-directory': MODEL_DIR },
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: results.url,
      ACTIONS_RUNTIME_TOKEN: results.runtimeToken,
      RUNNER_TEMP: runnerTemp,
    },
  });
}

/** The CacheService calls since `from`, as method names. */
const methodsSince = (from: number) => results.cacheCalls.slice(from).map((c) => c.method);

describe('eval results in the Actions cache, service v2 (built dist/index.js against the results service)', () => {
  it('a re-run on the same content restores the metrics instead of running the eval, and says so', async () => {
    const o = origin();
    prBranch(o, 'cached', 0.95);

    const first = await evalRun(o.checkout('cached'));
    expect(first.errors).toEqual([]);
    expect(first.warnings).toEqual([]);
    expect(first.code).toBe(0);
    expect(first.outputs.reused).toBe('false');
    expect(first.stdout).toContain('eval results saved to the Actions cache');
    expect(methodsSince(0)).toEqual([
      'GetCacheEntryDownloadURL',
      'CreateCacheEntry',
      'FinalizeCacheEntryUpload',
    ]);
    const [lookup, create, finalize] = results.cacheCalls;
    const key = create!.body.key as string;
    expect(key).toMatch(/^lepton-eval-[0-9a-f]{64}$/);
    expect(lookup!.body).toMatchObject({ key, version: create!.body.version });
    expect(finalize!.body).toMatchObject({ key, version: create!.body.version });
    // int64 travels as a decimal string; the fake finalizes only when it matches the upload.
    expect(Number(finalize!.body.size_bytes)).toBeGreaterThan(0);
    expect(results.cacheKeys()).toEqual([key]);
    // A small archive is one single-shot PUT to the signed URL, not blocks.
    expect(results.cacheBlobRequests).toEqual([{ method: 'PUT', comp: null }]);

    // A fresh checkout of the same content (another job, a re-run): no eval, same metrics.
    const ws = o.checkout('cached');
    const calls = results.cacheCalls.length;
    const second = await evalRun(ws);
    expect(second.errors).toEqual([]);
    expect(second.warnings).toEqual([]);
    expect(second.code).toBe(0);
    expect(methodsSince(calls)).toEqual(['GetCacheEntryDownloadURL']);
    expect(results.cacheCalls[calls]!.body).toMatchObject({ key });
    expect(results.cacheBlobRequests.slice(1)).toEqual([{ method: 'GET', comp: null }]);
    expectRestored(first, second, ws);

    // Other content: a miss, and the eval runs and is saved under a second key.
    prBranch(o, 'cached', 0.97);
    const third = await evalRun(o.checkout('cached'));
    expect(third.code).toBe(0);
    expect(third.outputs.reused).toBe('false');
    expect(JSON.parse(third.outputs.metrics!)).toMatchObject({ accuracy: 0.97 });
    expect(results.cacheKeys()).toHaveLength(2);
    expect(results.cacheKeys()[1]).not.toBe(key);
  });

  it('a service answering 500 to CreateCacheEntry costs the cache, never the run', async () => {
    const o = origin();
    prBranch(o, 'failing', 0.95);
    results.failCache('CreateCacheEntry', 500);

    // The client retries a 500 five times with backoff (about 30 s, not configurable through
    // saveCache), then gives up.
    const run = await evalRun(o.checkout('failing'));
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    // The toolkit counts a reservation it could not make as a note (another job may hold the
    // key), and Lepton says the results were not saved rather than that they were.
    expect(run.warnings).toEqual([]);
    expect(run.stdout).toContain('Failed to save: Unable to reserve cache');
    expect(run.stdout).toContain('eval results were not saved to the Actions cache');
    expect(run.stdout).not.toContain('eval results saved to the Actions cache');
    expect(run.outputs.reused).toBe('false');
    expect(JSON.parse(run.outputs.metrics!)).toMatchObject({ accuracy: 0.95 });
    expect(methodsSince(0)).toContain('CreateCacheEntry');
    expect(methodsSince(0)).not.toContain('FinalizeCacheEntryUpload');
    expect(results.cacheBlobRequests).toEqual([]);
    expect(results.cacheKeys()).toEqual([]);
  }, 120_000);
});
