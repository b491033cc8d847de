import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listenLocal, readBody, sendJson } from './http-fake.js';

/**
 * A small GitHub API on 127.0.0.1 for the endpoints the action uses — issue comments (list,
 * create, update, delete), `GET /user`, GraphQL `viewer`, `GET /pulls/N`, deployments and their
 * statuses (create) — answering with
 * GitHub's response shapes, status codes and Link pagination, and recording every request it
 * received. Each token acts as an identity, as on GitHub: GITHUB_TOKEN as `github-actions[bot]`
 * (refused by `GET /user`), a GitHub App's installation token as `<slug>[bot]` (likewise), a
 * personal token as its user. Point `GITHUB_API_URL` at `url`.
 */

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: { login: string; id: number; type: string };
  created_at: string;
  updated_at: string;
  author_association: string;
  performed_via_github_app: { id: number; slug: string; name: string } | null;
}

/** An issue as `GET /repos/{o}/{r}/issues` shows the fields Lepton reads (`pull_request` absent). */
export interface FakeIssue {
  id: number;
  number: number;
  html_url: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  user: { login: string; id: number; type: string };
  created_at: string;
  updated_at: string;
}

/** Who a token acts as. `app`: the GitHub App an installation token belongs to (null: a user's token). */
export interface FakeIdentity {
  readonly login: string;
  readonly type: 'User' | 'Bot';
  readonly app: string | null;
}

/** GITHUB_TOKEN's identity. */
export const ACTIONS_IDENTITY: FakeIdentity = {
  login: 'github-actions[bot]',
  type: 'Bot',
  app: 'github-actions',
};
export const appIdentity = (slug: string): FakeIdentity => ({
  login: `${slug}[bot]`,
  type: 'Bot',
  app: slug,
});
export const userIdentity = (login: string): FakeIdentity => ({ login, type: 'User', app: null });

/** A pull request as `GET /repos/{o}/{r}/pulls/{n}` shows the fields Lepton reads. */
export interface FakePull {
  headSha: string;
  /** `owner/name` of the head repository (a fork's, for a fork's pull request). */
  headRepo?: string;
}

/** A workflow run's artifact, as the REST API lists it; `zip` is what its download redirects to. */
export interface FakeArtifact {
  readonly name: string;
  readonly zip: Buffer;
}

/** A deployment as the fake keeps it, with the statuses set on it, oldest first. */
export interface FakeDeployment {
  readonly id: number;
  readonly ref: string;
  readonly environment: string;
  readonly payload: unknown;
  readonly statuses: {
    state: string;
    environment_url?: string;
    log_url?: string;
    description?: string;
  }[];
}

export interface FakeGitHub {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Every deployment created (`POST /repos/{o}/{r}/deployments`), oldest first. */
  deployments(): FakeDeployment[];
  /** Comments per issue number, oldest first (what GitHub lists). */
  comments(issue: number): IssueComment[];
  /** Adds comments to an issue, by `author` (default: the person octocat). */
  seed(issue: number, bodies: readonly string[], author?: FakeIdentity): void;
  /** Sets (or moves) a pull request's head. */
  setPull(number: number, pull: FakePull): void;
  /** Gives workflow run `runId` these artifacts (listed and downloadable through the REST API). */
  setRunArtifacts(runId: number, artifacts: readonly FakeArtifact[]): void;
  /**
   * Holds the answers to the next `count` comment listings until all `count` have arrived, so
   * that many concurrent runs all see the same (empty) list before any of them creates.
   */
  holdListings(count: number): void;
  /** The repository's issues (not pull requests), by number, as GitHub shows them. */
  issues(): FakeIssue[];
  /** Adds an open issue by `author` (default: the person octocat). */
  seedIssue(title: string, body: string, author?: FakeIdentity): FakeIssue;
  /** Makes GraphQL refuse every query (as an older GitHub Enterprise would). */
  refuseGraphql(): void;
  /** Answer every request of `method` (e.g. POST) with this HTTP status, GitHub's error body. */
  refuse(method: string, status: 403 | 404 | 500): void;
  /** Answer only the next request of `method` with a transient failure, then behave again. */
  failOnce(method: string, failure: 'secondary-rate-limit' | 502): void;
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  readonly owner: string;
  readonly repo: string;
  /** The token the client must send (`authorization: token …`); it acts as github-actions[bot]. */
  readonly token: string;
  /** More tokens, each acting as an identity. */
  readonly tokens?: Readonly<Record<string, FakeIdentity>>;
  /** GitHub's maximum page size is 100; smaller values make pagination tests cheap. */
  readonly maxPerPage?: number;
}

const ERRORS: Record<number, string> = {
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  422: 'Validation Failed',
  500: 'Server Error',
  502: 'Bad Gateway',
};

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const byIssue = new Map<number, IssueComment[]>();
  const refusals = new Map<string, number>();
  const once = new Map<string, 'secondary-rate-limit' | 502>();
  const identities = new Map<string, FakeIdentity>([
    [options.token, ACTIONS_IDENTITY],
    ...Object.entries(options.tokens ?? {}),
  ]);
  const pulls = new Map<number, FakePull>();
  const issues: FakeIssue[] = [];
  // Issue and pull request numbers share one sequence on GitHub; pull requests here start at 1.
  let nextIssue = 100;
  const runArtifacts = new Map<number, { id: number; name: string; zip: Buffer }[]>();
  const deployments: FakeDeployment[] = [];
  let nextArtifactId = 7_000;
  let held: { count: number; waiting: (() => void)[] } | null = null;
  let graphqlRefused = false;
  let nextId = 1_000_000;
  let clock = Date.parse('2024-05-01T10:00:00Z');
  const maxPerPage = options.maxPerPage ?? 100;
  const repoPath = `/repos/${options.owner}/${options.repo}`;
  let base = '';

  const list = (issue: number): IssueComment[] => {
    if (!byIssue.has(issue)) byIssue.set(issue, []);
    return byIssue.get(issue)!;
  };
  const userIds = new Map<string, number>([['github-actions[bot]', 41898282]]);
  const userId = (login: string): number => {
    if (!userIds.has(login)) userIds.set(login, 583231 + userIds.size);
    return userIds.get(login)!;
  };
  const make = (issue: number, body: string, who: FakeIdentity): IssueComment => {
    const id = nextId++;
    const at = new Date((clock += 60_000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      id,
      node_id: `IC_kwDOABCD${id.toString(36)}`,
      url: `${base}${repoPath}/issues/comments/${id}`,
      html_url: `https://github.com/${options.owner}/${options.repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${base}${repoPath}/issues/${issue}`,
      body,
      user: { login: who.login, id: userId(who.login), type: who.type },
      created_at: at,
      updated_at: at,
      author_association: who.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: who.app
        ? {
            id: who.app === 'github-actions' ? 15368 : 900000 + who.app.length,
            slug: who.app,
            name: who.app,
          }
        : null,
    };
  };

  const makeIssue = (title: string, body: string, who: FakeIdentity): FakeIssue => {
    const number = nextIssue++;
    const at = new Date((clock += 60_000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      id: 2_000_000 + number,
      number,
      html_url: `https://github.com/${options.owner}/${options.repo}/issues/${number}`,
      title,
      body,
      state: 'open',
      state_reason: null,
      user: { login: who.login, id: userId(who.login), type: who.type },
      created_at: at,
      updated_at: at,
    };
  };
  /** A listing page with GitHub's Link header. */
  const page = (res: ServerResponse, u: URL, all: readonly unknown[]): void => {
    const perPage = Math.min(Number(u.searchParams.get('per_page') ?? 30), maxPerPage);
    const n = Number(u.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number) => {
      const l = new URL(u.toString());
      l.searchParams.set('per_page', String(perPage));
      l.searchParams.set('page', String(p));
      return l.toString();
    };
    const rels: string[] = [];
    if (n > 1) rels.push(`<${link(n - 1)}>; rel="prev"`);
    if (n < last) rels.push(`<${link(n + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (n > 1) rels.push(`<${link(1)}>; rel="first"`);
    json(
      res,
      200,
      all.slice((n - 1) * perPage, n * perPage),
      rels.length ? { link: rels.join(', ') } : {},
    );
  };

  const server: Server = createServer((req, res) => {
    void readBody(req).then((bytes) => {
      const raw = bytes.toString('utf8');
      const u = new URL(req.url ?? '/', base);
      const body = raw ? (JSON.parse(raw) as unknown) : null;
      requests.push({
        method: req.method ?? '',
        path: u.pathname,
        query: Object.fromEntries(u.searchParams),
        authorization: req.headers.authorization,
        body,
      });
      handle(req.method ?? '', u, body, req, res);
    });
  });

  const handle = (
    method: string,
    u: URL,
    body: unknown,
    req: IncomingMessage,
    res: ServerResponse,
  ): void => {
    const blob = /^\/blobs\/artifact-(\d+)\.zip$/.exec(u.pathname);
    if (blob && method === 'GET') {
      // The signed storage URL: no authorization header, as with the real blob store.
      const a = [...runArtifacts.values()].flat().find((x) => x.id === Number(blob[1]));
      if (!a) return error(res, 404);
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': a.zip.length });
      res.end(a.zip);
      return;
    }
    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const who = auth === undefined ? undefined : identities.get(auth);
    if (!who) return error(res, 401);
    const refused = refusals.get(method);
    if (refused) return error(res, refused);
    const transient = once.get(method);
    if (transient) {
      once.delete(method);
      if (transient === 502) return error(res, 502);
      // GitHub's secondary rate limit: 403 with retry-after and this message.
      return json(
        res,
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
        { 'retry-after': '1' },
      );
    }

    if (u.pathname === '/user' && method === 'GET') {
      // Installation tokens (GITHUB_TOKEN, an App's) are refused here, as on GitHub.
      if (who.app) return error(res, 403);
      return json(res, 200, { login: who.login, id: userId(who.login), type: who.type });
    }
    if (u.pathname === '/graphql' && method === 'POST') {
      const query = String((body as { query?: unknown } | null)?.query ?? '');
      if (graphqlRefused || !/\bviewer\s*\{\s*login\s*\}/.test(query)) return error(res, 404);
      return json(res, 200, { data: { viewer: { login: who.login } } });
    }
    const pullMatch = new RegExp(`^${escape(repoPath)}/pulls/(\\d+)$`).exec(u.pathname);
    if (pullMatch && method === 'GET') {
      const n = Number(pullMatch[1]);
      const p = pulls.get(n);
      if (!p) return error(res, 404);
      const full = `${options.owner}/${options.repo}`;
      return json(res, 200, {
        url: `${base}${repoPath}/pulls/${n}`,
        number: n,
        state: 'open',
        head: {
          sha: p.headSha,
          ref: `branch-${n}`,
          repo: { full_name: p.headRepo ?? full },
        },
        base: { sha: '0'.repeat(40), ref: 'main', repo: { full_name: full } },
      });
    }
    const runArtifactsMatch = new RegExp(
      `^${escape(repoPath)}/actions/runs/(\\d+)/artifacts$`,
    ).exec(u.pathname);
    if (runArtifactsMatch && method === 'GET') {
      const all = runArtifacts.get(Number(runArtifactsMatch[1])) ?? [];
      const name = u.searchParams.get('name');
      const listed = all
        .filter((a) => name === null || a.name === name)
        .map((a) => ({
          id: a.id,
          node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
          name: a.name,
          size_in_bytes: a.zip.length,
          url: `${base}${repoPath}/actions/artifacts/${a.id}`,
          archive_download_url: `${base}${repoPath}/actions/artifacts/${a.id}/zip`,
          expired: false,
          digest: null,
          created_at: '2024-05-01T10:00:00Z',
          updated_at: '2024-05-01T10:00:00Z',
          expires_at: '2024-08-01T10:00:00Z',
          workflow_run: { id: Number(runArtifactsMatch[1]) },
        }));
      return json(res, 200, { total_count: listed.length, artifacts: listed });
    }
    const zipMatch = new RegExp(`^${escape(repoPath)}/actions/artifacts/(\\d+)/zip$`).exec(
      u.pathname,
    );
    if (zipMatch && method === 'GET') {
      const a = [...runArtifacts.values()].flat().find((x) => x.id === Number(zipMatch[1]));
      if (!a) return error(res, 404);
      // GitHub answers with a redirect to a signed blob URL that wants no authorization.
      res.writeHead(302, {
        location: `${base}/blobs/artifact-${a.id}.zip?sig=fake`,
        'content-length': 0,
      });
      res.end();
      return;
    }
    if (u.pathname === `${repoPath}/issues` && method === 'GET') {
      const state = u.searchParams.get('state') ?? 'open';
      const all = issues.filter((i) => state === 'all' || i.state === state);
      return page(res, u, all);
    }
    if (u.pathname === `${repoPath}/issues` && method === 'POST') {
      const b = (body ?? {}) as { title?: unknown; body?: unknown };
      if (typeof b.title !== 'string' || !b.title) return error(res, 422);
      if (b.body !== undefined && (typeof b.body !== 'string' || b.body.length > 65_536))
        return error(res, 422);
      const i = makeIssue(b.title, (b.body as string | undefined) ?? '', who);
      issues.push(i);
      return json(res, 201, i, { location: `${base}${repoPath}/issues/${i.number}` });
    }
    const issueMatch = new RegExp(`^${escape(repoPath)}/issues/(\\d+)$`).exec(u.pathname);
    if (issueMatch && method === 'PATCH') {
      const i = issues.find((x) => x.number === Number(issueMatch[1]));
      if (!i) return error(res, 404);
      const b = (body ?? {}) as Record<string, unknown>;
      if (b.body !== undefined && (typeof b.body !== 'string' || b.body.length > 65_536))
        return error(res, 422);
      if (typeof b.title === 'string') i.title = b.title;
      if (typeof b.body === 'string') i.body = b.body;
      if (b.state === 'open' || b.state === 'closed') {
        i.state = b.state;
        i.state_reason = b.state === 'closed' ? String(b.state_reason ?? 'completed') : 'reopened';
      }
      i.updated_at = new Date((clock += 60_000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
      return json(res, 200, i);
    }
    if (u.pathname === `${repoPath}/deployments` && method === 'POST') {
      const b = (body ?? {}) as { ref?: unknown; environment?: unknown; payload?: unknown };
      if (typeof b.ref !== 'string' || b.ref === '') return error(res, 422);
      const d: FakeDeployment = {
        id: nextId++,
        ref: b.ref,
        environment: typeof b.environment === 'string' ? b.environment : 'production',
        payload: b.payload ?? {},
        statuses: [],
      };
      deployments.push(d);
      return json(res, 201, {
        url: `${base}${repoPath}/deployments/${d.id}`,
        id: d.id,
        node_id: `DE_kwDO${d.id.toString(36)}`,
        sha: '0'.repeat(40),
        ref: d.ref,
        task: 'deploy',
        payload: d.payload,
        environment: d.environment,
        creator: { login: who.login, type: who.type },
        statuses_url: `${base}${repoPath}/deployments/${d.id}/statuses`,
      });
    }
    const statusMatch = new RegExp(`^${escape(repoPath)}/deployments/(\\d+)/statuses$`).exec(
      u.pathname,
    );
    if (statusMatch && method === 'POST') {
      const d = deployments.find((x) => x.id === Number(statusMatch[1]));
      if (!d) return error(res, 404);
      const b = (body ?? {}) as FakeDeployment['statuses'][number];
      const states = [
        'error',
        'failure',
        'inactive',
        'in_progress',
        'queued',
        'pending',
        'success',
      ];
      if (!states.includes(b.state)) return error(res, 422);
      d.statuses.push(b);
      return json(res, 201, {
        id: nextId++,
        state: b.state,
        deployment_url: `${base}${repoPath}/deployments/${d.id}`,
        environment: d.environment,
        environment_url: b.environment_url ?? '',
        log_url: b.log_url ?? '',
      });
    }
    const listMatch = new RegExp(`^${escape(repoPath)}/issues/(\\d+)/comments$`).exec(u.pathname);
    const oneMatch = new RegExp(`^${escape(repoPath)}/issues/comments/(\\d+)$`).exec(u.pathname);
    if (listMatch && method === 'GET' && held) {
      const h = held;
      h.waiting.push(() => handle(method, u, body, req, res));
      if (h.waiting.length >= h.count) {
        held = null;
        for (const go of h.waiting) go();
      }
      return;
    }
    if (listMatch && method === 'GET') {
      const all = list(Number(listMatch[1]));
      const perPage = Math.min(Number(u.searchParams.get('per_page') ?? 30), maxPerPage);
      const page = Number(u.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number) => {
        const l = new URL(u.pathname, base);
        l.searchParams.set('per_page', String(perPage));
        l.searchParams.set('page', String(p));
        return l.toString();
      };
      const rels: string[] = [];
      if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`);
      if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
      if (page > 1) rels.push(`<${link(1)}>; rel="first"`);
      return json(
        res,
        200,
        all.slice((page - 1) * perPage, page * perPage),
        rels.length ? { link: rels.join(', ') } : {},
      );
    }
    if (listMatch && method === 'POST') {
      const text = (body as { body?: unknown } | null)?.body;
      if (typeof text !== 'string' || text.length > 65_536) return error(res, 422);
      const c = make(Number(listMatch[1]), text, who);
      list(Number(listMatch[1])).push(c);
      return json(res, 201, c, { location: c.url });
    }
    if (oneMatch && method === 'PATCH') {
      const id = Number(oneMatch[1]);
      const c = [...byIssue.values()].flat().find((x) => x.id === id);
      if (!c) return error(res, 404);
      const text = (body as { body?: unknown } | null)?.body;
      if (typeof text !== 'string' || text.length > 65_536) return error(res, 422);
      c.body = text;
      c.updated_at = new Date((clock += 60_000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
      return json(res, 200, c);
    }
    if (oneMatch && method === 'DELETE') {
      const id = Number(oneMatch[1]);
      for (const comments of byIssue.values()) {
        const i = comments.findIndex((x) => x.id === id);
        if (i < 0) continue;
        comments.splice(i, 1);
        res.writeHead(204);
        res.end();
        return;
      }
      return error(res, 404);
    }
    return error(res, 404);
  };

  base = await listenLocal(server);

  return {
    url: base,
    requests,
    deployments: () => deployments,
    comments: (issue) => list(issue),
    seed: (issue, bodies, author = userIdentity('octocat')) => {
      for (const b of bodies) list(issue).push(make(issue, b, author));
    },
    setPull: (number, pull) => void pulls.set(number, { ...pull }),
    setRunArtifacts: (runId, artifacts) =>
      void runArtifacts.set(
        runId,
        artifacts.map((a) => ({ id: nextArtifactId++, name: a.name, zip: a.zip })),
      ),
    holdListings: (count) => void (held = { count, waiting: [] }),
    issues: () => issues,
    seedIssue: (title, body, author = userIdentity('octocat')) => {
      const i = makeIssue(title, body, author);
      issues.push(i);
      return i;
    },
    refuseGraphql: () => void (graphqlRefused = true),
    refuse: (method, status) => void refusals.set(method.toUpperCase(), status),
    failOnce: (method, failure) => void once.set(method.toUpperCase(), failure),
    close: () => closeServer(server),
  };
}

function json(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, value, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...headers,
  });
}

function error(res: ServerResponse, status: number): void {
  json(res, status, {
    message: ERRORS[status] ?? 'Error',
    documentation_url: 'https://docs.github.com/rest/issues/comments',
    status: String(status),
  });
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
