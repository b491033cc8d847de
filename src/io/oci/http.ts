import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';

/** One HTTP exchange, bodies streamed both ways (a model file never sits in memory). */
export interface HttpRequest {
  readonly method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH';
  readonly url: URL;
  readonly headers?: Readonly<Record<string, string>>;
  /** A fresh body stream per call (a retry after an auth challenge sends it again), or bytes. */
  readonly body?: Buffer | (() => Readable);
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** Must be consumed (read, `resume()`d or destroyed) by the caller. */
  readonly body: http.IncomingMessage;
}

// Keep-alive: a push is a HEAD, POST and PUT per file to one host.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 8 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 8 }),
};

/** Idle time after which a request is abandoned (a registry that stops answering). */
const IDLE_MS = 120_000;

export function send(req: HttpRequest): Promise<HttpResponse> {
  const mod = req.url.protocol === 'https:' ? https : http;
  const agent = agents[req.url.protocol as keyof typeof agents];
  return new Promise((resolve, reject) => {
    const r = mod.request(
      req.url,
      { method: req.method, headers: { ...req.headers }, agent },
      (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res }),
    );
    r.on('error', reject);
    r.setTimeout(IDLE_MS, () =>
      r.destroy(new Error(`no answer for ${IDLE_MS / 1000} s from ${req.url.host}`)),
    );
    if (req.body === undefined) r.end();
    else if (Buffer.isBuffer(req.body)) r.end(req.body);
    else {
      const stream = req.body();
      stream.on('error', (e) => r.destroy(e));
      stream.pipe(r);
    }
  });
}

/** The body as text, at most `limit` bytes (error documents and manifests are small). */
export async function readText(res: HttpResponse, limit = 4 << 20): Promise<string> {
  return (await readBytes(res, limit)).toString('utf8');
}

export async function readBytes(res: HttpResponse, limit = 4 << 20): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      res.body.destroy();
      throw new Error(`response larger than ${limit} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Discards a body the caller does not need, so the connection can be reused. */
export function drain(res: HttpResponse): void {
  res.body.resume();
}
