import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openProject, type EvalCache, type Logger } from '../../src/app/context.js';
import { evalCacheKey, evaluate } from '../../src/app/eval.js';
import { evalSettingsHash } from '../../src/core/metrics/index.js';
import { evalMarkdown } from '../../src/core/report/eval.js';
import { GIT_ENV, makeRepo, type TestRepo } from '../helpers/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

/** The host's cache (the Actions cache in CI) as an in-memory map; it is the one thing tests cannot run for real. */
class MemoryCache implements EvalCache {
  readonly entries = new Map<string, Readonly<Record<string, number>>>();
  readonly saved: string[] = [];
  failing = false;
  async restore(key: string) {
    if (this.failing) throw new Error('cache service unavailable');
    return this.entries.get(key) ?? null;
  }
  async save(key: string, metrics: Readonly<Record<string, number>>) {
    if (this.failing) throw new Error('cache service unavailable');
    this.saved.push(key);
    this.entries.set(key, { ...metrics });
  }
}

function quietLog(warnings: string[] = []): Logger {
  return {
    info: () => {},
    warn: (m) => void warnings.push(m),
    output: () => {},
    group: (_name, work) => work(),
  };
}

function project(): TestRepo {
  const repo = makeRepo({
    'lepton.yml': [
      'version: 1',
      'model: demo',
      'components:',
      '  code:',
      '    paths: [src/**]',
      'eval:',
      '  command: "mkdir -p out && touch ran && echo \'{\\"accuracy\\": 0.9, \\"label\\": \\"x\\"}\' > out/m.json"',
      '  metrics: out/m.json',
      '  thresholds:',
      '    accuracy: { min: 0.5 }',
      '',
    ].join('\n'),
    'src/a.txt': 'a',
    '.gitignore': 'out/\nran\n',
  });
  repos.push(repo);
  return repo;
}

async function run(repo: TestRepo, cache: MemoryCache, force = false, warnings: string[] = []) {
  rmSync(join(repo.dir, 'ran'), { force: true });
  const ctx = await openProject({
    manifestPath: join(repo.dir, 'lepton.yml'),
    env: { ...process.env, ...GIT_ENV },
    log: quietLog(warnings),
    evalCache: cache,
  });
  const outcome = await evaluate(ctx, { force });
  return { outcome, ran: existsSync(join(repo.dir, 'ran')), ctx };
}

describe('the eval cache (the Action supplies one)', () => {
  it('saves after a run under model + fingerprint + eval settings, and a hit is reused without running', async () => {
    const repo = project();
    const cache = new MemoryCache();
    const first = await run(repo, cache);
    expect(first.ran).toBe(true);
    expect(first.outcome.reused).toBe(false);
    const key = evalCacheKey(
      'demo',
      first.outcome.fingerprint.fingerprint,
      evalSettingsHash(first.ctx.manifest.eval),
    );
    expect(cache.saved).toEqual([key]);
    expect(cache.entries.get(key)).toEqual({ accuracy: 0.9 });

    const second = await run(repo, cache);
    expect(second.ran).toBe(false);
    expect(second.outcome).toMatchObject({ reused: true, reusedFrom: null, passed: true });
    expect(second.outcome.metrics).toEqual({ accuracy: 0.9 });
    expect(evalMarkdown(second.outcome)).toContain('Metrics reused from the eval cache');
  });

  it('--force runs despite a hit; a different fingerprint misses', async () => {
    const repo = project();
    const cache = new MemoryCache();
    await run(repo, cache);
    expect((await run(repo, cache, true)).ran).toBe(true);
    repo.write({ 'src/a.txt': 'b' });
    const changed = await run(repo, cache);
    expect(changed.ran).toBe(true);
    expect(cache.saved).toHaveLength(3);
    expect(new Set(cache.saved).size).toBe(2);
  });

  it('a cache that fails is a warning, not a failure', async () => {
    const repo = project();
    const cache = new MemoryCache();
    cache.failing = true;
    const warnings: string[] = [];
    const r = await run(repo, cache, false, warnings);
    expect(r.ran).toBe(true);
    expect(r.outcome.passed).toBe(true);
    expect(warnings).toEqual([
      'eval cache not read: cache service unavailable',
      'eval cache not saved: cache service unavailable',
    ]);
  });
});
