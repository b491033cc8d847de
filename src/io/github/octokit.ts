import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  readonly token: string;
  /** `GITHUB_API_URL` (GHES, or a test server); api.github.com when absent. */
  readonly baseUrl?: string;
  /** Where rate-limit decisions are reported. */
  readonly warn: (message: string) => void;
  /**
   * How many ms one second of GitHub's pacing lasts: the throttling plugin spaces writes 1 s
   * apart and comment creations 3 s apart, and waits a `Retry-After` out in seconds; the retry
   * plugin backs off 1 s, 4 s, 9 s. Default 1000 (GitHub's own advice); tests against a local
   * stand-in pass a few ms so the same requests, in the same order, do not take a minute.
   */
  readonly paceMs?: number;
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
  const pace = options.paceMs;
  // The plugin's own limiters (module-wide, shared by every client) unless the pace is scaled.
  const paced = (minTime: number) => new Bottleneck.Group({ maxConcurrent: 1, minTime });
  return getOctokit(
    options.token,
    {
      ...(options.baseUrl && { baseUrl: options.baseUrl }),
      userAgent: 'lepton-ci',
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...(pace !== undefined && {
          write: paced(pace),
          notifications: paced(3 * pace),
          search: paced(2 * pace),
          retryAfterBaseValue: pace,
        }),
      },
      ...(pace !== undefined && { retry: { retryAfterBaseValue: pace } }),
    },
    retry,
    throttling,
  );
}
