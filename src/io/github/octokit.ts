import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  readonly token: string;
  /** `GITHUB_API_URL` (GHES, or a test server); api.github.com when absent. */
  readonly baseUrl?: string;
  /** Where rate-limit decisions are reported. */
  readonly warn: (message: string) => void;
}

/** How many times a rate-limited request is retried before giving up. */
const RATE_LIMIT_RETRIES = 2;

/**
 * The real octokit from @actions/github (proxy-aware fetch) with retry on 5xx and
 * throttling that honours primary and secondary rate limits.
 */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const onLimit =
    (what: string) =>
    (retryAfter: number, req: { method: string; url: string }, _o: unknown, count: number) => {
      const again = count < RATE_LIMIT_RETRIES;
      options.warn(
        `GitHub ${what} rate limit on ${req.method} ${req.url}` +
          (again ? `; retrying in ${retryAfter}s` : '; giving up'),
      );
      return again;
    };
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl && { baseUrl: options.baseUrl }),
      userAgent: 'lepton-ci',
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    retry,
    throttling,
  );
}
