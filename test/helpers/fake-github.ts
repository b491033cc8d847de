import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listenLocal, readBody, sendJson } from './http-fake.js';

/**
 * A small GitHub REST API on 127.0.0.1 for the endpoints the action uses (issue comments),
 * answering with GitHub's response shapes, status codes and Link pagination, and
 * recording every request it received. Point `GITHUB_API_URL` at `url`.
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
  performed_via_github_app: null;
}

export interface FakeGitHub {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Comments per issue number, oldest first (what GitHub lists). */
  comments(issue: number): IssueComment[];
  /** Adds `count` comments by other users to an issue. */
  seed(issue: number, bodies: readonly string[]): void;
  /** Answer every request of `method` (e.g. POST) with this HTTP status, GitHub's error body. */
  refuse(method: string, status: 403 | 404 | 500): void;
  /** Answer only the next request of `method` with a transient failure, then behave again. */
  failOnce(method: string, failure: 'secondary-rate-limit' | 502): void;
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  readonly owner: string;
  readonly repo: string;
  /** The token the client must send (`authorization: token …`). */
  readonly token: string;
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
  let nextId = 1_000_000;
  let clock = Date.parse('2024-05-01T10:00:00Z');
  const maxPerPage = options.maxPerPage ?? 100;
  const repoPath = `/repos/${options.owner}/${options.repo}`;
  let base = '';

  const list = (issue: number): IssueComment[] => {
    if (!byIssue.has(issue)) byIssue.set(issue, []);
    return byIssue.get(issue)!;
  };
  const make = (issue: number, body: string, login: string, type: string): IssueComment => {
    const id = nextId++;
    const at = new Date((clock += 60_000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return {
      id,
      node_id: `IC_kwDOABCD${id.toString(36)}`,
      url: `${base}${repoPath}/issues/comments/${id}`,
      html_url: `https://github.com/${options.owner}/${options.repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${base}${repoPath}/issues/${issue}`,
      body,
      user: { login, id: login === 'github-actions[bot]' ? 41898282 : 583231, type },
      created_at: at,
      updated_at: at,
      author_association: type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: null,
    };
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
    if (req.headers.authorization !== `token ${options.token}`) return error(res, 401);
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

    const listMatch = new RegExp(`^${escape(repoPath)}/issues/(\\d+)/comments$`).exec(u.pathname);
    const oneMatch = new RegExp(`^${escape(repoPath)}/issues/comments/(\\d+)$`).exec(u.pathname);
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
      const c = make(Number(listMatch[1]), text, 'github-actions[bot]', 'Bot');
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
    return error(res, 404);
  };

  base = await listenLocal(server);

  return {
    url: base,
    requests,
    comments: (issue) => list(issue),
    seed: (issue, bodies) => {
      for (const b of bodies) list(issue).push(make(issue, b, 'octocat', 'User'));
    },
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
