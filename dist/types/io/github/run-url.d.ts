/** The page of the workflow run this process belongs to, from the runner's environment; null outside one. */
export declare function workflowRunUrl(env: Readonly<NodeJS.ProcessEnv>): string | null;
/**
 * The run to name in a record: only inside GitHub Actions, so variables left over in a local
 * shell never make a laptop's version claim a CI run.
 */
export declare function ciRunUrl(env: Readonly<NodeJS.ProcessEnv>): string | null;
