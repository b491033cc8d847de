/**
 * How Lepton may talk to model-store registries. Built once at the edge (the CLI from its
 * environment, the Action from its inputs) and passed down; nothing below reads the process's environment.
 */
export interface StoreSettings {
    /** `LEPTON_REGISTRY_USERNAME` / `LEPTON_REGISTRY_PASSWORD`: used for every registry. */
    readonly username?: string;
    readonly password?: string;
    /** Docker's client config (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`). */
    readonly dockerConfig?: string;
    /** The Action's `token`: used for `ghcr.io` when nothing else names credentials for it. */
    readonly githubToken?: string;
    /** Who the GitHub token acts for (GHCR ignores it; some proxies log it). */
    readonly githubActor?: string;
    /** `LEPTON_REGISTRY_INSECURE=1`: plain http to any registry, not only this machine. */
    readonly insecure: boolean;
}
/** A username and password for one registry, and where they came from (named in errors, never shown). */
export interface Credentials {
    readonly username: string;
    readonly password: string;
    readonly source: string;
}
/** The settings an environment names (the CLI's; the Action adds its token). */
export declare function storeSettingsFromEnv(env: Readonly<NodeJS.ProcessEnv>, extra?: {
    readonly githubToken?: string;
}): StoreSettings;
/**
 * The credentials for `registry`: the environment's, else Docker's config `auths` entry
 * (`auth` is base64 `user:password`), else the GitHub token for ghcr.io; null: anonymous.
 * A Docker credential helper (`credsStore`, `credHelpers`) is not run: `docker login` with a
 * helper keeps nothing in the file, so set `LEPTON_REGISTRY_USERNAME`/`PASSWORD` instead.
 */
export declare function credentialsFor(settings: StoreSettings, registry: string): Promise<Credentials | null>;
