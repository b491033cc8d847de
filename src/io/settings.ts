import { workflowRunUrl } from './github/run-url.js';
import { storeSettingsFromEnv, type StoreSettings } from './oci/credentials.js';
import { LeptonError } from '../core/errors/index.js';
import { parseDuration } from '../core/manifest/normalize.js';

/** An environment as the process has it (`process.env`), or a test's own record. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Everything Lepton takes from its environment, read once at the edge (as `actions/checkout`
 * builds its settings in `input-helper.ts`). Use cases read these fields, never a variable.
 */
export interface Settings {
  /** Inside GitHub Actions (`GITHUB_ACTIONS=true`). */
  readonly ci: boolean;
  /** Who started the workflow run (`GITHUB_ACTOR`), in CI only; else null. */
  readonly actor: string | null;
  /**
   * The workflow run's page (`GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID`),
   * in CI only: variables left over in a local shell never make a laptop's record claim a run.
   */
  readonly runUrl: string | null;
  /** The repository's page in CI (`GITHUB_SERVER_URL/GITHUB_REPOSITORY`); else null. */
  readonly repositoryUrl: string | null;
  /** A committer e-mail is set through the environment (`GIT_COMMITTER_EMAIL` or `EMAIL`). */
  readonly identityInEnv: boolean;
  /** ms between SIGTERM and SIGKILL when stopping an eval (`LEPTON_KILL_GRACE_MS`, default 10 s). */
  readonly killGraceMs: number;
  /** ms a push may spend retrying lost races (`LEPTON_PUSH_BUDGET`, default 2 min). */
  readonly pushBudgetMs: number;
  /** The model store's credentials and options (`LEPTON_REGISTRY_*`, Docker's config). */
  readonly store: StoreSettings;
  /** Stack traces on internal errors (`LEPTON_DEBUG=1`). */
  readonly debug: boolean;
  /**
   * The whole environment, for what passes it on as it is: git (which reads `GIT_*` itself)
   * and the child environment of a command Lepton runs (`io/child-env.ts` strips its secrets).
   */
  readonly env: Env;
}

/**
 * The process's own environment: the default of the library functions that take an `env`
 * (git, hashing) when a caller gives none. The one place below the shells that names it.
 */
export const processEnv = (): NodeJS.ProcessEnv => process.env;

/**
 * Reads the settings from `env` (the process's environment when omitted: the only place in
 * core, io and app that names it).
 *
 * @throws LeptonError `invalid` (exit 2) when `LEPTON_PUSH_BUDGET` is not a duration of at most 24 h.
 * @example readSettings({ GITHUB_ACTIONS: 'true', GITHUB_ACTOR: 'octocat' }).actor // 'octocat'
 */
export function readSettings(env: Env = processEnv()): Settings {
  const ci = env.GITHUB_ACTIONS === 'true';
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const grace = Number(env.LEPTON_KILL_GRACE_MS);
  return {
    ci,
    actor: (ci && env.GITHUB_ACTOR) || null,
    runUrl: ci ? workflowRunUrl(env) : null,
    repositoryUrl:
      env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : null,
    identityInEnv: Boolean(env.GIT_COMMITTER_EMAIL || env.EMAIL),
    killGraceMs:
      env.LEPTON_KILL_GRACE_MS && Number.isFinite(grace) && grace >= 0
        ? grace
        : DEFAULT_KILL_GRACE_MS,
    pushBudgetMs: pushBudgetMs(env),
    store: storeSettingsFromEnv(env),
    debug: env.LEPTON_DEBUG === '1',
    env,
  };
}

/** Default time between SIGTERM and SIGKILL when stopping an eval. */
export const DEFAULT_KILL_GRACE_MS = 10_000;

export const DEFAULT_BUDGET_MS = 120_000;

/**
 * The retry budget in ms: `LEPTON_PUSH_BUDGET` (a duration: `90s`, `5m`, `1h`), else 2 minutes.
 * Raise it where many runs share one slow machine, so that each decision takes long.
 *
 * @throws LeptonError `invalid` when the variable is not a duration of at most a day.
 */
export function pushBudgetMs(env: Env): number {
  const raw = env.LEPTON_PUSH_BUDGET?.trim();
  if (!raw) return DEFAULT_BUDGET_MS;
  let ms = NaN;
  try {
    ms = parseDuration(raw);
  } catch {
    // reported below
  }
  if (!(ms > 0 && ms <= 86_400_000)) {
    throw new LeptonError(
      'invalid',
      `LEPTON_PUSH_BUDGET=${JSON.stringify(raw)}: expected a duration like 90s, 5m or 1h (at most 24h)`,
    );
  }
  return ms;
}
