import type { ClientOptions, GitHubClient } from './octokit.js';

/**
 * The GitHub API client, loaded when a run first talks to the API: octokit and its plugins are
 * ~250 KB that a push run (record) never uses, and would cost every run ~30 ms of start-up.
 */
export async function openGitHubClient(options: ClientOptions): Promise<GitHubClient> {
  const { createGitHubClient } = await import('./octokit.js');
  return createGitHubClient(options);
}

/**
 * `LEPTON_GITHUB_PACE_MS` from the environment given, as `openGitHubClient`'s `paceMs`: set
 * only for a local stand-in of the API (the test suites), where GitHub's seconds are wasted time.
 * Absent or not a whole number: nothing (GitHub's own pacing).
 */
export function paceFromEnv(env: Readonly<NodeJS.ProcessEnv>): { paceMs?: number } {
  const text = env.LEPTON_GITHUB_PACE_MS;
  return text && /^\d+$/.test(text) ? { paceMs: Number(text) } : {};
}
