/** The page of the workflow run this process belongs to, from the runner's environment; null outside one. */
export function workflowRunUrl(env: Readonly<NodeJS.ProcessEnv>): string | null {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return null;
  return `${GITHUB_SERVER_URL || 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}

/**
 * The run to name in a record: only inside GitHub Actions, so variables left over in a local
 * shell never make a laptop's version claim a CI run.
 */
export function ciRunUrl(env: Readonly<NodeJS.ProcessEnv>): string | null {
  return env.GITHUB_ACTIONS === 'true' ? workflowRunUrl(env) : null;
}
