import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/io/oci/credentials.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";
function storeSettingsFromEnv(env, extra = {}) {
  const home = env.HOME ?? env.USERPROFILE;
  const dockerDir = env.DOCKER_CONFIG ?? (home ? join(home, ".docker") : void 0);
  return {
    ...env.LEPTON_REGISTRY_USERNAME && { username: env.LEPTON_REGISTRY_USERNAME },
    ...env.LEPTON_REGISTRY_PASSWORD && { password: env.LEPTON_REGISTRY_PASSWORD },
    ...dockerDir && { dockerConfig: join(dockerDir, "config.json") },
    ...extra.githubToken && { githubToken: extra.githubToken },
    ...env.GITHUB_ACTOR && { githubActor: env.GITHUB_ACTOR },
    insecure: env.LEPTON_REGISTRY_INSECURE === "1" || env.LEPTON_REGISTRY_INSECURE === "true"
  };
}
__name(storeSettingsFromEnv, "storeSettingsFromEnv");
async function credentialsFor(settings, registry) {
  if (settings.username !== void 0 && settings.password !== void 0) {
    return {
      username: settings.username,
      password: settings.password,
      source: "LEPTON_REGISTRY_USERNAME/LEPTON_REGISTRY_PASSWORD"
    };
  }
  if (settings.dockerConfig) {
    const found = await fromDockerConfig(settings.dockerConfig, registry);
    if (found) return found;
  }
  if (settings.githubToken && registry === "ghcr.io") {
    return {
      username: settings.githubActor ?? "lepton",
      password: settings.githubToken,
      source: "the Action's token"
    };
  }
  return null;
}
__name(credentialsFor, "credentialsFor");
async function fromDockerConfig(file, registry) {
  let config;
  try {
    config = JSON.parse(await readFile(file, "utf8"));
  } catch {
    return null;
  }
  const auths = config.auths ?? {};
  const keys = registry === "docker.io" || registry === "registry-1.docker.io" ? ["https://index.docker.io/v1/", "docker.io", "index.docker.io"] : [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v2/`];
  for (const key of keys) {
    const entry = auths[key];
    if (!entry) continue;
    const source = `${file} (auths."${key}")`;
    if (entry.auth) {
      const text = Buffer.from(entry.auth, "base64").toString("utf8");
      const colon = text.indexOf(":");
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
__name(fromDockerConfig, "fromDockerConfig");

export {
  storeSettingsFromEnv,
  credentialsFor
};
