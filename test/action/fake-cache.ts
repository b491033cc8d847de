import { createServer } from 'node:http';
import { closeServer, listenLocal, readBody, sendJson } from '../helpers/http-fake.js';

/**
 * The Actions cache service's REST protocol (`ACTIONS_CACHE_URL`, `_apis/artifactcache`, the
 * one @actions/cache speaks without ACTIONS_CACHE_SERVICE_V2, as on GHES), on 127.0.0.1:
 * reserve, chunked upload, commit, lookup by key prefix and version, download.
 */
export interface FakeCache {
  /** For ACTIONS_CACHE_URL (ends with a slash, as the runner's does). */
  readonly url: string;
  /** Keys of committed entries. */
  keys(): string[];
  /** `GET cache?keys=` lookups and whether each hit. */
  readonly lookups: { key: string; hit: boolean }[];
  close(): Promise<void>;
}

interface Entry {
  key: string;
  version: string;
  chunks: { start: number; data: Buffer }[];
  archive: Buffer | null;
}

export async function startFakeCache(): Promise<FakeCache> {
  const entries = new Map<number, Entry>();
  const lookups: { key: string; hit: boolean }[] = [];
  let nextId = 1;
  let base = '';
  const api = '/_apis/artifactcache/';

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const u = new URL(req.url ?? '/', base);
      const path = u.pathname;
      if (req.method === 'GET' && path === `${api}cache`) {
        const keys = (u.searchParams.get('keys') ?? '').split(',');
        const version = u.searchParams.get('version');
        // Like the service: the first key with a committed entry of that version, matched by prefix.
        for (const key of keys) {
          const found = [...entries.entries()].find(
            ([, e]) => e.archive && e.version === version && e.key.startsWith(key),
          );
          if (found) {
            lookups.push({ key, hit: true });
            return sendJson(res, 200, {
              cacheKey: found[1].key,
              scope: 'refs/heads/main',
              creationTime: new Date().toISOString(),
              archiveLocation: `${base}/archive/${found[0]}`,
            });
          }
        }
        lookups.push({ key: keys[0] ?? '', hit: false });
        res.writeHead(204).end();
        return;
      }
      if (req.method === 'POST' && path === `${api}caches`) {
        const { key, version } = JSON.parse(raw.toString()) as { key: string; version: string };
        if ([...entries.values()].some((e) => e.key === key && e.version === version)) {
          return sendJson(res, 409, {
            message: `Cache already exists. Scope: refs/heads/main, Key: ${key}`,
          });
        }
        const id = nextId++;
        entries.set(id, { key, version, chunks: [], archive: null });
        return sendJson(res, 201, { cacheId: id });
      }
      const m = new RegExp(`^${api}caches/(\\d+)$`).exec(path);
      const entry = m ? entries.get(Number(m[1])) : undefined;
      if (entry && req.method === 'PATCH') {
        const range = /^bytes (\d+)-(\d+)\/\*$/.exec(req.headers['content-range'] ?? '');
        if (!range) return sendJson(res, 400, { message: 'bad content-range' });
        entry.chunks.push({ start: Number(range[1]), data: raw });
        res.writeHead(204).end();
        return;
      }
      if (entry && req.method === 'POST') {
        const { size } = JSON.parse(raw.toString()) as { size: number };
        const archive = Buffer.alloc(size);
        for (const c of entry.chunks) c.data.copy(archive, c.start);
        entry.archive = archive;
        res.writeHead(204).end();
        return;
      }
      const a = /^\/archive\/(\d+)$/.exec(path);
      const stored = a ? entries.get(Number(a[1]))?.archive : null;
      if (req.method === 'GET' && stored) {
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': stored.length,
        });
        res.end(stored);
        return;
      }
      sendJson(res, 404, { message: 'not found' });
    });
  });
  base = await listenLocal(server);
  return {
    url: `${base}/`,
    keys: () => [...entries.values()].filter((e) => e.archive).map((e) => e.key),
    lookups,
    close: () => closeServer(server),
  };
}
