/** The host's record of deployments, as a port (contract §7): GitHub Deployments in the Action. */
/** A deployment as the host tracks it (a GitHub Deployment in the Action). */
export interface TrackedDeploy {
    readonly id: number;
    /** The deployment's API URL. */
    readonly url: string;
}
/** What a tracker is told about a deploy about to start. */
export interface DeployTarget {
    readonly model: string;
    readonly stage: string;
    readonly version: string;
    /** The version tag: the ref the deployment is for. */
    readonly tag: string;
    readonly environment: string;
    readonly url: string | null;
}
/**
 * A port for the host's record of deployments (the Action: GitHub Deployments). `start` is
 * called before the hook runs, `finish` after; both report their own failures (a missing
 * permission is a warning) and never throw, so the deploy itself never depends on them.
 */
export interface DeployTracker {
    start(target: DeployTarget): Promise<TrackedDeploy | null>;
    finish(tracked: TrackedDeploy, target: DeployTarget, ok: boolean, note: string): Promise<void>;
}
