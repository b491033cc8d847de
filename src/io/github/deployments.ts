import type { DeployTarget, DeployTracker, TrackedDeploy } from '../../core/delivery/deploy.js';
import type { GitHubClient } from './octokit.js';
import { openGitHubClient } from './open-client.js';

export interface DeploymentsOptions {
  readonly token: string;
  /** `owner/name` (`GITHUB_REPOSITORY`). */
  readonly repository: string | undefined;
  /** `GITHUB_API_URL`. */
  readonly apiUrl?: string | undefined;
  /** GitHub's pacing scaled for a local stand-in (see createGitHubClient). */
  readonly paceMs?: number;
  /** The workflow run's page: every status's `log_url`. */
  readonly runUrl: string | null;
  readonly warn: (message: string) => void;
  readonly info: (message: string) => void;
}

/** GitHub keeps a deployment status's description to 140 characters. */
const DESCRIPTION_MAX = 140;
const clip = (s: string) =>
  s.length > DESCRIPTION_MAX ? `${s.slice(0, DESCRIPTION_MAX - 1)}…` : s;

/**
 * GitHub Deployments for deploy hooks (contract §7): `start` creates a Deployment for the
 * version tag in the stage's environment (`auto_merge: false`, `required_contexts: []`, payload
 * `{model, version, tag}`) and sets it `in_progress`; `finish` sets `success` (with
 * `environment_url` and `log_url`) or `failure`. The repository's Environments page then shows
 * which version runs where. A request GitHub refuses (no `deployments: write` permission, a ref
 * it does not have) is a warning: the deploy itself goes on.
 *
 * Without a token or a repository (a local run) nothing is tracked: the first deploy says so.
 */
export function githubDeployments(o: DeploymentsOptions): DeployTracker {
  const [owner, repo] = (o.repository ?? '').split('/');
  if (!o.token || !owner || !repo) {
    return {
      start: async (t) => {
        o.warn(`no token or GITHUB_REPOSITORY: the deploy of ${t.tag} is not a GitHub Deployment`);
        return null;
      },
      finish: async () => {},
    };
  }
  let client: Promise<GitHubClient> | null = null;
  const api = () =>
    (client ??= openGitHubClient({
      token: o.token,
      warn: o.warn,
      ...(o.apiUrl && { baseUrl: o.apiUrl }),
      ...(o.paceMs !== undefined && { paceMs: o.paceMs }),
    }));
  const why = (e: unknown): string => {
    const status = (e as { status?: number }).status;
    const message = e instanceof Error ? e.message : String(e);
    return status === 403 || status === 404
      ? `${message} (the job needs \`permissions: deployments: write\`)`
      : message;
  };
  const status = async (
    id: number,
    state: 'in_progress' | 'success' | 'failure',
    t: DeployTarget,
    description: string,
  ): Promise<void> => {
    await (
      await api()
    ).rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: id,
      state,
      description: clip(description),
      ...(o.runUrl && { log_url: o.runUrl }),
      ...(t.url && state === 'success' && { environment_url: t.url }),
    });
  };
  return {
    async start(t: DeployTarget): Promise<TrackedDeploy | null> {
      try {
        const r = await (
          await api()
        ).rest.repos.createDeployment({
          owner,
          repo,
          ref: t.tag,
          environment: t.environment,
          auto_merge: false,
          required_contexts: [],
          payload: { model: t.model, version: t.version, tag: t.tag },
          description: clip(`${t.model} v${t.version} to ${t.stage}`),
          transient_environment: false,
        });
        // 202 (a merge instead of a deployment) cannot happen with auto_merge false.
        const d = r.data as { id?: number; url?: string };
        if (typeof d.id !== 'number') {
          o.warn(`GitHub created no deployment for ${t.tag}`);
          return null;
        }
        const tracked = { id: d.id, url: d.url ?? '' };
        await status(d.id, 'in_progress', t, `deploying ${t.model} v${t.version}`);
        o.info(`GitHub deployment ${d.id}: ${t.tag} to environment ${t.environment}`);
        return tracked;
      } catch (e) {
        o.warn(`could not create a GitHub deployment for ${t.tag}: ${why(e)}`);
        return null;
      }
    },
    async finish(tracked: TrackedDeploy, t: DeployTarget, ok: boolean, note: string) {
      try {
        await status(tracked.id, ok ? 'success' : 'failure', t, note);
      } catch (e) {
        o.warn(`could not set GitHub deployment ${tracked.id}'s status: ${why(e)}`);
      }
    },
  };
}
