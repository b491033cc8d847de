import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The runner's results service as @actions/artifact uses it (ACTIONS_RESULTS_URL): the Twirp
 * ArtifactService (CreateArtifact → a signed blob URL, FinalizeArtifact → the id) and the
 * blob storage block upload behind that URL, on 127.0.0.1.
 */
export interface UploadedArtifactRecord {
  readonly id: number;
  readonly name: string;
  /** The zip as uploaded. */
  readonly zip: Buffer;
}

export interface FakeResults {
  readonly url: string;
  /** An ACTIONS_RUNTIME_TOKEN the client accepts (a JWT carrying the Actions.Results scope). */
  readonly runtimeToken: string;
  readonly artifacts: UploadedArtifactRecord[];
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

export async function startFakeResults(): Promise<FakeResults> {
  const artifacts: UploadedArtifactRecord[] = [];
  const blocks = new Map<string, Map<string, Buffer>>();
  const blobs = new Map<string, Buffer>();
  let nextId = 9001;
  let base = '';

  const server = createServer((req, res) => {
    void body(req).then((raw) => {
      const u = new URL(req.url ?? '/', base);
      if (req.method === 'POST' && u.pathname === `${SERVICE}CreateArtifact`) {
        const { name } = JSON.parse(raw.toString()) as { name: string };
        return json(res, 200, {
          ok: true,
          signedUploadUrl: `${base}/devstoreaccount1/actions-results/${encodeURIComponent(name)}.zip?sv=2023-11-03&sig=fake`,
        });
      }
      if (req.method === 'POST' && u.pathname === `${SERVICE}FinalizeArtifact`) {
        const { name } = JSON.parse(raw.toString()) as { name: string };
        const zip = blobs.get(`/devstoreaccount1/actions-results/${encodeURIComponent(name)}.zip`);
        if (!zip) return json(res, 404, { code: 'not_found', msg: 'no upload' });
        const id = nextId++;
        artifacts.push({ id, name, zip });
        return json(res, 200, { ok: true, artifactId: String(id) });
      }
      if (req.method === 'PUT' && u.pathname.startsWith('/devstoreaccount1/')) {
        const comp = u.searchParams.get('comp');
        const blob = u.pathname;
        if (comp === 'block') {
          if (!blocks.has(blob)) blocks.set(blob, new Map());
          blocks.get(blob)!.set(u.searchParams.get('blockid') ?? '', raw);
        } else if (comp === 'blocklist') {
          const ids = [
            ...raw.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g),
          ].map((m) => m[1]!);
          blobs.set(
            blob,
            Buffer.concat(ids.map((id) => blocks.get(blob)?.get(id) ?? Buffer.alloc(0))),
          );
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
        return;
      }
      json(res, 404, { code: 'not_found', msg: `${req.method} ${u.pathname}` });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return {
    url: `${base}/`,
    runtimeToken: `${b64({ alg: 'none', typ: 'JWT' })}.${b64({
      scp: 'Actions.GenericRead Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774',
    })}.sig`,
    artifacts,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => done(Buffer.concat(parts)));
    req.on('error', fail);
  });
}
