import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvalCache } from '../../core/ports.js';

type Toolkit = typeof import('@actions/cache');
let toolkit: Promise<Toolkit> | undefined;
/**
 * @actions/cache, loaded on first use: it brings the Azure blob SDK, undici and protobuf code
 * (a third of the Action's start-up), which runs that never reach the cache must not pay for.
 */
const loadToolkit = (): Promise<Toolkit> => (toolkit ??= import('@actions/cache'));

/**
 * The toolkit's own `isFeatureAvailable()` reads only these variables (ACTIONS_CACHE_URL for
 * service v1, ACTIONS_RESULTS_URL for v2): without both, the toolkit is not even loaded.
 */
const mayHaveService = (env: Readonly<Record<string, string | undefined>>): boolean =>
  Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL);

type Metrics = Readonly<Record<string, number>>;

export interface ActionsEvalCacheOptions {
  /** Where restored files land (`RUNNER_TEMP`); the path is part of the cache's identity, so keep it stable. */
  readonly dir?: string;
  readonly warn: (message: string) => void;
  readonly info: (message: string) => void;
  /** The runner's environment (the shell's), where the service's variables are looked up. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Eval results in the Actions cache. The service looks keys up by prefix, so the
 * stored file repeats the exact key and anything else is a miss. Without the
 * runner's cache service (a local run) or on any service error it warns and
 * behaves as an empty cache: caching must never fail a run.
 */
export function actionsEvalCache(options: ActionsEvalCacheOptions): EvalCache {
  const dir = join(options.dir ?? tmpdir(), 'lepton-eval-cache');
  let warnedAbsent = false;
  const available = async (): Promise<boolean> => {
    if (mayHaveService(options.env) && (await loadToolkit()).isFeatureAvailable()) return true;
    if (!warnedAbsent) {
      options.warn('the Actions cache service is not available here: eval results are not cached');
      warnedAbsent = true;
    }
    return false;
  };
  const locate = (key: string) => {
    const id = createHash('sha256').update(key).digest('hex');
    return { cacheKey: `lepton-eval-${id}`, file: join(dir, `${id}.json`) };
  };

  return {
    async restore(key) {
      if (!(await available())) return null;
      const { cacheKey, file } = locate(key);
      try {
        await rm(file, { force: true });
        const hit = await (await loadToolkit()).restoreCache([file], cacheKey);
        if (hit !== cacheKey) return null;
        const stored = JSON.parse(await readFile(file, 'utf8')) as {
          key?: unknown;
          metrics?: unknown;
        };
        if (stored.key !== key || !isMetrics(stored.metrics)) return null;
        options.info(`eval results restored from the Actions cache (${cacheKey})`);
        return stored.metrics;
      } catch (e) {
        options.warn(
          `could not restore eval results from the Actions cache: ${(e as Error).message}`,
        );
        return null;
      }
    },
    async save(key, metrics) {
      if (!(await available())) return;
      const { cacheKey, file } = locate(key);
      try {
        await mkdir(dir, { recursive: true });
        await writeFile(file, JSON.stringify({ key, metrics }));
        // The toolkit reports its own failures (a warning, or a note when another job saved
        // the key first) and answers -1 instead of throwing.
        const id = await (await loadToolkit()).saveCache([file], cacheKey);
        if (id === -1)
          options.info(`eval results were not saved to the Actions cache (${cacheKey})`);
        else options.info(`eval results saved to the Actions cache (${cacheKey})`);
      } catch (e) {
        // A concurrent job saving the same key first is the common case: nothing is lost.
        options.warn(`could not save eval results to the Actions cache: ${(e as Error).message}`);
      }
    },
  };
}

function isMetrics(value: unknown): value is Metrics {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'number')
  );
}
