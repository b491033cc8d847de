import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { downloadRaw } from '../../src/io/oci/download.js';
import { pullArtifact, pushArtifact, type StoreSettings } from '../../src/io/oci/index.js';
import { closeServer, listenLocal } from '../helpers/http-fake.js';
import { tempDir, writeFiles } from '../helpers/repo.js';
import { startRegistry, type TestRegistry } from './registry.js';

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
const BODY = randomBytes(3 * (1 << 20) + 12_345); // more than one 1 MiB read

/** The answers a blob GET can get, by path. */
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/ok': (_req, res) => {
    res.writeHead(200, { 'content-length': BODY.length });
    res.end(BODY);
  },
  '/empty': (_req, res) => {
    res.writeHead(200, { 'content-length': 0 });
    res.end();
  },
  '/chunked': (_req, res) => {
    res.writeHead(200, { 'transfer-encoding': 'chunked' });
    res.end(BODY);
  },
  '/gzip': (_req, res) => {
    res.writeHead(200, { 'content-length': 3, 'content-encoding': 'gzip' });
    res.end('abc');
  },
  '/challenge': (_req, res) => {
    res.writeHead(401, { 'www-authenticate': 'Basic realm="r"', 'content-length': 0 });
    res.end();
  },
  '/moved': (_req, res) => {
    res.writeHead(307, { location: '/ok?sig=1', 'content-length': 0 });
    res.end();
  },
  '/echo-auth': (req, res) => {
    const text = Buffer.from(req.headers.authorization ?? 'none');
    res.writeHead(200, { 'content-length': text.length });
    res.end(text);
  },
};

let base: string;
const server = createServer((req, res) =>
  routes[new URL(req.url!, 'http://x').pathname]!(req, res),
);
// A server that promises more than it sends, then hangs up.
let shortPort = 0;
const short = createTcpServer((s: Socket) => {
  s.once('data', () => {
    s.end('HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nonly this');
  });
});
beforeAll(async () => {
  base = await listenLocal(server);
  await new Promise<void>((done) => short.listen(0, '127.0.0.1', done));
  shortPort = (short.address() as { port: number }).port;
});
afterAll(async () => {
  await closeServer(server);
  await new Promise((done) => short.close(done));
});

describe('downloadRaw: a blob GET into a file, hashed on the way', () => {
  it.each([
    ['/ok', { kind: 'written', digest: sha(BODY), size: BODY.length }, BODY],
    ['/empty', { kind: 'written', digest: sha(Buffer.alloc(0)), size: 0 }, Buffer.alloc(0)],
    ['/echo-auth', { kind: 'written', digest: sha(Buffer.from('Bearer t0k')), size: 10 }, null],
  ])('%s: writes the body and returns its digest and size', async (path, answer, bytes) => {
    const file = join(tempDir(), 'blob');
    const got = await downloadRaw(new URL(path, base), { authorization: 'Bearer t0k' }, file);
    expect(got).toEqual(answer);
    expect(readFileSync(file).equals(bytes ?? Buffer.from('Bearer t0k'))).toBe(true);
  });

  it.each([
    ['/chunked', { kind: 'other', status: 200 }],
    ['/gzip', { kind: 'other', status: 200 }],
    ['/challenge', { kind: 'other', status: 401 }],
    ['/moved', { kind: 'redirect', status: 307, location: '/ok?sig=1' }],
  ])('%s: leaves the answer to the general path and writes nothing', async (path, answer) => {
    const dir = tempDir();
    expect(await downloadRaw(new URL(path, base), {}, join(dir, 'blob'))).toEqual(answer);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('rejects a body cut short, and a header value that would add a line', async () => {
    const file = join(tempDir(), 'blob');
    await expect(downloadRaw(new URL(`http://127.0.0.1:${shortPort}/x`), {}, file)).rejects.toThrow(
      'the connection closed mid-download',
    );
    await expect(
      downloadRaw(new URL('/ok', base), { authorization: 'x\r\nX-Evil: 1' }, join(tempDir(), 'b')),
    ).rejects.toThrow('a request header holds a line break');
  });
});

describe('pullArtifact through a front that redirects blobs to storage on another host', () => {
  let reg: TestRegistry;
  let front: ReturnType<typeof createServer>;
  let storage: ReturnType<typeof createServer>;
  const seen: { path: string; auth: string | undefined }[] = [];
  let frontHost = '';
  let chunkedStorage = false;
  beforeAll(async () => {
    reg = await startRegistry();
    // Storage answers blob bytes from the registry (chunked when asked: the general path then reads it).
    storage = createServer((req, res) => {
      seen.push({ path: req.url!, auth: req.headers.authorization });
      void fetch(`http://${reg.host}${req.url}`).then(async (r) => {
        const bytes = Buffer.from(await r.arrayBuffer());
        res.writeHead(r.status, chunkedStorage ? {} : { 'content-length': bytes.length });
        res.end(bytes);
      });
    });
    const storageBase = await listenLocal(storage);
    // The front: blobs redirect to storage; everything else is proxied to the registry.
    front = createServer((req, res) => {
      if (req.method === 'GET' && /\/blobs\/sha256:/.test(req.url!)) {
        res.writeHead(307, { location: `${storageBase}${req.url}`, 'content-length': 0 });
        res.end();
        return;
      }
      const parts: Buffer[] = [];
      req.on('data', (c: Buffer) => parts.push(c));
      req.on('end', () => {
        const body = Buffer.concat(parts);
        void fetch(`http://${reg.host}${req.url}`, {
          method: req.method,
          headers: Object.fromEntries(
            Object.entries(req.headers)
              .filter(([k]) => !['host', 'connection', 'content-length'].includes(k))
              .map(([k, v]) => [k, String(v)]),
          ),
          body: ['GET', 'HEAD'].includes(req.method!) ? undefined : body,
          redirect: 'manual',
        }).then(async (r) => {
          const bytes = Buffer.from(await r.arrayBuffer());
          const headers: Record<string, string> = {};
          r.headers.forEach((v, k) => {
            if (k !== 'content-length' && k !== 'transfer-encoding' && k !== 'connection')
              headers[k] = v;
          });
          res.writeHead(r.status, { ...headers, 'content-length': bytes.length });
          res.end(req.method === 'HEAD' ? undefined : bytes);
        });
      });
    });
    frontHost = new URL(await listenLocal(front)).host;
  });
  afterAll(async () => {
    await closeServer(front);
    await closeServer(storage);
    reg?.stop();
  });

  it.each([
    ['Content-Length (the fast path)', false],
    ['chunked (the general path)', true],
  ])(
    'follows the redirect with storage answering %s; the files come back verified',
    async (_, chunked) => {
      chunkedStorage = chunked;
      seen.length = 0;
      const settings: StoreSettings = { insecure: false };
      const dir = tempDir();
      const model = randomBytes(2 * (1 << 20) + 7);
      writeFiles(dir, { 'model.bin': model, 'cfg/a.json': '{"a":1}' });
      const repo = { registry: frontHost, name: 'front/m' };
      const pushed = await pushArtifact({
        repo,
        settings,
        files: ['model.bin', 'cfg/a.json'].map((title) => ({ title, path: join(dir, title) })),
        config: Buffer.from('{"v":1}'),
        annotations: {},
      });
      const to = join(tempDir(), 'into');
      const files = await pullArtifact({
        ref: { ...repo, digest: pushed.digest },
        settings,
        dir: to,
      });
      expect(files.map((f) => [f.title, f.size])).toEqual([
        ['model.bin', model.length],
        ['cfg/a.json', 7],
      ]);
      expect(readFileSync(join(to, 'model.bin')).equals(model)).toBe(true);
      expect(readFileSync(join(to, 'cfg/a.json'), 'utf8')).toBe('{"a":1}');
      // Both blobs came from storage (twice each when the fast path gave way to the general one).
      expect(seen.map((s) => s.path.split('/').at(-1))).toEqual(
        chunked
          ? [sha(model), sha(model), sha(Buffer.from('{"a":1}')), sha(Buffer.from('{"a":1}'))]
          : [sha(model), sha(Buffer.from('{"a":1}'))],
      );
      expect(existsSync(to)).toBe(true);
      expect(readdirSync(to).filter((n) => n.endsWith('.part'))).toEqual([]);
    },
  );
});
