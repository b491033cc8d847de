import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/io/github/open-client.ts
async function openGitHubClient(options) {
  const { createGitHubClient } = await import("./octokit-2TWDWITG.js");
  return createGitHubClient(options);
}
__name(openGitHubClient, "openGitHubClient");
function paceFromEnv(env) {
  const text = env.LEPTON_GITHUB_PACE_MS;
  return text && /^\d+$/.test(text) ? { paceMs: Number(text) } : {};
}
__name(paceFromEnv, "paceFromEnv");

export {
  openGitHubClient,
  paceFromEnv
};
