import type { ClientOptions, GitHubClient } from './octokit.js';

/**
 * The GitHub API client, loaded when a run first talks to the API: octokit and its plugins are
 * ~250 KB that a push run (record) never uses, and would cost every run ~30 ms of start-up.
 */
export async function openGitHubClient(options: ClientOptions): Promise<GitHubClient> {
  const { createGitHubClient } = await import('./octokit.js');
  return createGitHubClient(options);
}
