import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

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
export function storeSettingsFromEnv(
  env: Readonly<NodeJS.ProcessEnv>,
  extra: { readonly githubToken?: string } = {},
): StoreSettings {
  const home = env.HOME ?? env.USERPROFILE;
  const dockerDir = env.DOCKER_CONFIG ?? (home ? join(home, '.docker') : undefined);
  return {
    ...(env.LEPTON_REGISTRY_USERNAME && { username: env.LEPTON_REGISTRY_USERNAME }),
    ...(env.LEPTON_REGISTRY_PASSWORD && { password: env.LEPTON_REGISTRY_PASSWORD }),
    ...(dockerDir && { dockerConfig: join(dockerDir, 'config.json') }),
    ...(extra.githubToken && { githubToken: extra.githubToken }),
    ...(env.GITHUB_ACTOR && { githubActor: env.GITHUB_ACTOR }),
    insecure: env.LEPTON_REGISTRY_INSECURE === '1' || env.LEPTON_REGISTRY_INSECURE === 'true',
  };
}

/**
 * The credentials for `registry`: the environment's, else Docker's config `auths` entry
 * (`auth` is base64 `user:password`), else the GitHub token for ghcr.io; null: anonymous.
 * A Docker credential helper (`credsStore`, `credHelpers`) is not run: `docker login` with a
 * helper keeps nothing in the file, so set `LEPTON_REGISTRY_USERNAME`/`PASSWORD` instead.
 */
export async function credentialsFor(
  settings: StoreSettings,
  registry: string,
): Promise<Credentials | null> {
  if (settings.username !== undefined && settings.password !== undefined) {
    return {
      username: settings.username,
      password: settings.password,
      source: 'LEPTON_REGISTRY_USERNAME/LEPTON_REGISTRY_PASSWORD',
    };
  }
  if (settings.dockerConfig) {
    const found = await fromDockerConfig(settings.dockerConfig, registry);
    if (found) return found;
  }
  if (settings.githubToken && registry === 'ghcr.io') {
    return {
      username: settings.githubActor ?? 'lepton',
      password: settings.githubToken,
      source: "the Action's token",
    };
  }
  return null;
}

async function fromDockerConfig(file: string, registry: string): Promise<Credentials | null> {
  let config: { auths?: Record<string, { auth?: string; username?: string; password?: string }> };
  try {
    config = JSON.parse(await readFile(file, 'utf8')) as typeof config;
  } catch {
    return null; // no Docker config (or not JSON): anonymous, as docker itself would be
  }
  const auths = config.auths ?? {};
  // docker login writes the bare host; older clients wrote a URL, Docker Hub its v1 index URL.
  const keys =
    registry === 'docker.io' || registry === 'registry-1.docker.io'
      ? ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io']
      : [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v2/`];
  for (const key of keys) {
    const entry = auths[key];
    if (!entry) continue;
    const source = `${file} (auths."${key}")`;
    if (entry.auth) {
      const text = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = text.indexOf(':');
      if (colon > 0) {
        return { username: text.slice(0, colon), password: text.slice(colon + 1), source };
      }
    }
    if (entry.username && entry.password) {
      return { username: entry.username, password: entry.password, source };
    }
  }
  return null;
}
