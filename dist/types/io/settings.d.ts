import { type StoreSettings } from './oci/credentials.js';
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
export declare const processEnv: () => NodeJS.ProcessEnv;
/**
 * Reads the settings from `env` (the process's environment when omitted: the only place in
 * core, io and app that names it).
 *
 * @throws LeptonError `invalid` (exit 2) when `LEPTON_PUSH_BUDGET` is not a duration of at most 24 h.
 * @example readSettings({ GITHUB_ACTIONS: 'true', GITHUB_ACTOR: 'octocat' }).actor // 'octocat'
 */
export declare function readSettings(env?: Env): Settings;
/** Default time between SIGTERM and SIGKILL when stopping an eval. */
export declare const DEFAULT_KILL_GRACE_MS = 10000;
export declare const DEFAULT_BUDGET_MS = 120000;
/**
 * The retry budget in ms: `LEPTON_PUSH_BUDGET` (a duration: `90s`, `5m`, `1h`), else 2 minutes.
 * Raise it where many runs share one slow machine, so that each decision takes long.
 *
 * @throws LeptonError `invalid` when the variable is not a duration of at most a day.
 */
export declare function pushBudgetMs(env: Env): number;
