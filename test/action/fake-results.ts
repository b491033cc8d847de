import { createServer, type ServerResponse } from 'node:http';
import { closeServer, listenLocal, readBody, sendJson } from '../helpers/http-fake.js';

/**
 * The runner's results service (ACTIONS_RESULTS_URL) on 127.0.0.1, as @actions/artifact and
 * @actions/cache (with ACTIONS_CACHE_SERVICE_V2) use it: the Twirp ArtifactService
 * (CreateArtifact → a signed blob URL, FinalizeArtifact → the id), the Twirp CacheService
 * (CreateCacheEntry → a signed blob URL, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL
 * by key prefix and version) and the blob storage behind those URLs (single-shot or block
 * upload, plain download).
 */
export interface UploadedArtifactRecord {
  readonly id: number;
  readonly name: string;
  /** The zip as uploaded. */
  readonly zip: Buffer;
}

/** One Twirp call as received: the method and its JSON body (proto field names, as the client sends them). */
export interface TwirpCall {
  readonly method: string;
  readonly body: Record<string, unknown>;
}

/** One request to blob storage: `comp` is null for a single-shot PUT or a download. */
export interface BlobRequest {
  readonly method: string;
  readonly comp: string | null;
}

export interface FakeResults {
  readonly url: string;
  /** An ACTIONS_RUNTIME_TOKEN the client accepts (a JWT carrying the Actions.Results scope). */
  readonly runtimeToken: string;
  readonly artifacts: UploadedArtifactRecord[];
  /** CacheService calls in arrival order, failed ones included. */
  readonly cacheCalls: TwirpCall[];
  /** Requests to the blobs behind cache entries, in arrival order. */
  readonly cacheBlobRequests: BlobRequest[];
  /** Keys of finalized cache entries. */
  cacheKeys(): string[];
  /** From now on, answer this CacheService method with this HTTP status (a Twirp error). */
  failCache(method: string, status: number): void;
  close(): Promise<void>;
}

const TWIRP = '/twirp/github.actions.results.api.v1.';
const ARTIFACTS = `${TWIRP}ArtifactService/`;
const CACHE = `${TWIRP}CacheService/`;
const STORAGE = '/devstoreaccount1/';
const CACHE_BLOBS = `${STORAGE}actions-cache/`;

interface CacheEntry {
  readonly key: string;
  readonly version: string;
  readonly blob: string;
  finalized: boolean;
}

type Body = Record<string, unknown>;

export async function startFakeResults(): Promise<FakeResults> {
  const artifacts: UploadedArtifactRecord[] = [];
  const cacheCalls: TwirpCall[] = [];
  const cacheBlobRequests: BlobRequest[] = [];
  const cacheEntries: CacheEntry[] = [];
  const cacheFailures = new Map<string, number>();
  const blocks = new Map<string, Map<string, Buffer>>();
  const blobs = new Map<string, Buffer>();
  let nextArtifactId = 9001;
  let base = '';
  const signed = (blob: string) => `${base}${blob}?sv=2023-11-03&sig=fake`;

  const artifactService = (res: ServerResponse, method: string, body: Body): void => {
    const name = String(body.name);
    const blob = `${STORAGE}actions-results/${encodeURIComponent(name)}.zip`;
    if (method === 'CreateArtifact') {
      return sendJson(res, 200, { ok: true, signedUploadUrl: signed(blob) });
    }
    if (method === 'FinalizeArtifact') {
      const zip = blobs.get(blob);
      if (!zip) return sendJson(res, 404, { code: 'not_found', msg: 'no upload' });
      const id = nextArtifactId++;
      artifacts.push({ id, name, zip });
      return sendJson(res, 200, { ok: true, artifactId: String(id) });
    }
    sendJson(res, 404, { code: 'bad_route', msg: method });
  };

  const cacheService = (res: ServerResponse, method: string, body: Body): void => {
    cacheCalls.push({ method, body });
    const status = cacheFailures.get(method);
    if (status)
      return sendJson(res, status, { code: 'internal', msg: 'the fake was told to fail' });
    const key = String(body.key);
    const version = String(body.version);
    const entry = cacheEntries.find((e) => e.key === key && e.version === version);
    if (method === 'CreateCacheEntry') {
      if (entry?.finalized) {
        // The service's answer when another job saved the key first.
        return sendJson(res, 409, {
          code: 'already_exists',
          msg: 'cache entry with the same key, version, and scope already exists',
        });
      }
      const blob = `${CACHE_BLOBS}${cacheEntries.length + 1}`;
      cacheEntries.push({ key, version, blob, finalized: false });
      return sendJson(res, 200, { ok: true, signed_upload_url: signed(blob) });
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const size = entry && blobs.get(entry.blob)?.length;
      if (!entry || size === undefined || String(size) !== body.size_bytes) {
        return sendJson(res, 200, { ok: false, message: 'no upload of that size' });
      }
      entry.finalized = true;
      return sendJson(res, 200, { ok: true, entry_id: String(cacheEntries.indexOf(entry) + 1) });
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const wanted = [key, ...((body.restore_keys as string[] | undefined) ?? [])];
      for (const prefix of wanted) {
        const hit = cacheEntries.find(
          (e) => e.finalized && e.version === version && e.key.startsWith(prefix),
        );
        if (hit) {
          return sendJson(res, 200, {
            ok: true,
            signed_download_url: signed(hit.blob),
            matched_key: hit.key,
          });
        }
      }
      return sendJson(res, 200, { ok: false });
    }
    sendJson(res, 404, { code: 'bad_route', msg: method });
  };

  const storage = (res: ServerResponse, method: string, u: URL, raw: Buffer): void => {
    const blob = u.pathname;
    const comp = u.searchParams.get('comp');
    if (blob.startsWith(CACHE_BLOBS)) cacheBlobRequests.push({ method, comp });
    if (method === 'GET') {
      const stored = blobs.get(blob);
      if (!stored) return sendJson(res, 404, { msg: 'no such blob' });
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': stored.length,
      });
      res.end(stored);
      return;
    }
    if (comp === 'block') {
      if (!blocks.has(blob)) blocks.set(blob, new Map());
      blocks.get(blob)!.set(u.searchParams.get('blockid') ?? '', raw);
    } else if (comp === 'blocklist') {
      const ids = [...raw.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
        (m) => m[1]!,
      );
      blobs.set(blob, Buffer.concat(ids.map((id) => blocks.get(blob)?.get(id) ?? Buffer.alloc(0))));
    } else {
      blobs.set(blob, raw);
    }
    res.writeHead(201, {
      etag: '"0x8DC0000000000"',
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': 'fake',
      'x-ms-version': '2023-11-03',
      'x-ms-request-server-encrypted': 'true',
      'content-length': '0',
    });
    res.end();
  };

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const u = new URL(req.url ?? '/', base);
      const method = req.method ?? '';
      if (method === 'POST' && u.pathname.startsWith(ARTIFACTS)) {
        return artifactService(res, u.pathname.slice(ARTIFACTS.length), JSON.parse(`${raw}`));
      }
      if (method === 'POST' && u.pathname.startsWith(CACHE)) {
        return cacheService(res, u.pathname.slice(CACHE.length), JSON.parse(`${raw}`));
      }
      if ((method === 'PUT' || method === 'GET') && u.pathname.startsWith(STORAGE)) {
        return storage(res, method, u, raw);
      }
      sendJson(res, 404, { code: 'not_found', msg: `${method} ${u.pathname}` });
    });
  });
  base = await listenLocal(server);
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return {
    url: `${base}/`,
    runtimeToken: `${b64({ alg: 'none', typ: 'JWT' })}.${b64({
      scp: 'Actions.GenericRead Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774',
    })}.sig`,
    artifacts,
    cacheCalls,
    cacheBlobRequests,
    cacheKeys: () => cacheEntries.filter((e) => e.finalized).map((e) => e.key),
    failCache: (method, status) => void cacheFailures.set(method, status),
    close: () => closeServer(server),
  };
}
