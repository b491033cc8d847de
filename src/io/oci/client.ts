import type { Readable } from 'node:stream';
import { LeptonError } from '../../core/errors/index.js';
import { credentialsFor, type Credentials, type StoreSettings } from './credentials.js';
import { downloadRaw } from './download.js';
import { drain, readBytes, readText, send, type HttpRequest, type HttpResponse } from './http.js';
import { isLoopback, type Repository } from './reference.js';

/**
 * The part of the OCI distribution API a model store needs, written against the spec
 * (https://github.com/opencontainers/distribution-spec/blob/main/spec.md, v1.1), because no
 * maintained Node library streams blobs from disk: `@sigstore/oci` (the one well-kept client on
 * npm) attaches small in-memory artifacts to images, holding every blob as a Buffer, with no
 * chunked upload and no blob download.
 *
 * Auth follows Docker's token protocol as registries implement it: a request answered
 * `401` with `WWW-Authenticate: Basic …` is sent again with the credentials; `Bearer
 * realm=…,service=…,scope=…` is answered by GETting a token from `realm` (with the
 * credentials, if any, as basic auth) and sending the request again with it.
 */

/** Media types of a Lepton model artifact (ORAS's layout: one layer per file). */
export const MEDIA = {
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  artifact: 'application/vnd.lepton.model.v1',
  record: 'application/vnd.lepton.record.v1+json',
  file: 'application/octet-stream',
} as const;

/** A blob to push: its digest and size (known before: the registry is asked for it first), and its bytes. */
export interface BlobSource {
  readonly digest: string;
  readonly size: number;
  /** The bytes from `start` to `end` inclusive, streamed (from disk). */
  readonly open: (start: number, end: number) => Readable;
}

export interface ClientOptions {
  readonly settings: StoreSettings;
  /** What the token is asked for: `pull`, or `pull,push` for record and promote. */
  readonly actions: 'pull' | 'pull,push';
  /**
   * Blobs larger than this go up in chunks (PATCH), each `chunkSize` bytes: one failed
   * request then costs a chunk, not the whole file. Measured in bench/oci.bench.mjs.
   */
  readonly chunkThreshold?: number;
  readonly chunkSize?: number;
}

/**
 * Chunked above 1 GiB, in 256 MiB chunks. On the bench (1 GiB to docker-registry 2.8 on
 * 127.0.0.1), chunked uploads ran at 0.23× (32 MiB chunks) to 0.63× (128 MiB) of one PUT:
 * distribution finishes each PATCH as a request of its own. So a file up to 1 GiB goes in one
 * PUT (a failure re-sends at most that), and only larger ones pay for bounded retries.
 */
export const CHUNK_THRESHOLD = 1024 * 1024 * 1024;
export const CHUNK_SIZE = 256 * 1024 * 1024;

export class OciClient {
  private auth: string | null = null;
  /** The scope of the Bearer token held (a second challenge for it means the credentials lack access). */
  private bearerScope: string | null = null;
  private readonly base: URL;
  /** Bytes of blobs this client sent (0 when the registry had them all). */
  uploaded = 0;

  private constructor(
    readonly repo: Repository,
    private readonly credentials: Credentials | null,
    private readonly options: ClientOptions,
  ) {
    this.base = new URL(
      `${registryOrigin(repo.registry, options.settings.insecure)}/v2/${repo.name}/`,
    );
  }

  /** A client for one repository, with the credentials the settings name for its registry. */
  static async open(repo: Repository, options: ClientOptions): Promise<OciClient> {
    return new OciClient(repo, await credentialsFor(options.settings, repo.registry), options);
  }

  private get where(): string {
    return `${this.repo.registry}/${this.repo.name}`;
  }

  /** "Checking if content exists in the registry": `HEAD /v2/<name>/blobs/<digest>`, 200 or 404. */
  async hasBlob(digest: string): Promise<boolean> {
    const res = await this.call({ method: 'HEAD', url: this.url(`blobs/${digest}`) }, true);
    drain(res);
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw await this.failure(`HEAD blob ${digest}`, res);
  }

  /**
   * Pushes a blob unless the registry has it (HEAD first). Up to the chunk threshold:
   * "Pushing a blob monolithically" as POST then PUT `?digest=` with the bytes; above it:
   * "Pushing a blob in chunks", POST, a PATCH per chunk with `Content-Range`, then PUT
   * `?digest=`. Returns the bytes sent (0: the registry had the blob).
   */
  async pushBlob(blob: BlobSource): Promise<number> {
    if (await this.hasBlob(blob.digest)) return 0;
    const threshold = this.options.chunkThreshold ?? CHUNK_THRESHOLD;
    const chunk = Math.max(1, this.options.chunkSize ?? CHUNK_SIZE);
    // POST /v2/<name>/blobs/uploads/ → 202 with the session's Location.
    let location = await this.startUpload();
    if (blob.size <= threshold) {
      const res = await this.call({
        method: 'PUT',
        url: withDigest(location, blob.digest),
        headers: { 'content-type': 'application/octet-stream', 'content-length': `${blob.size}` },
        body: () => blob.open(0, blob.size - 1),
      });
      await this.expect(res, 201, `PUT blob ${blob.digest}`);
    } else {
      for (let start = 0; start < blob.size; start += chunk) {
        const end = Math.min(blob.size, start + chunk) - 1;
        location = await this.patchChunk(location, blob, start, end);
      }
      // Closing the session: PUT `?digest=` with no body ("Pushing a blob in chunks", last step).
      const res = await this.call({
        method: 'PUT',
        url: withDigest(location, blob.digest),
        headers: { 'content-length': '0' },
      });
      await this.expect(res, 201, `PUT blob ${blob.digest}`);
    }
    this.uploaded += blob.size;
    return blob.size;
  }

  private async startUpload(): Promise<URL> {
    const res = await this.call({
      method: 'POST',
      url: this.url('blobs/uploads/'),
      headers: { 'content-length': '0' },
    });
    await this.expect(res, 202, 'POST blob upload');
    return this.location(res);
  }

  /**
   * One chunk: `PATCH <location>` with `Content-Range: <start>-<end>` (inclusive); 202 with the
   * next Location. A chunk whose request fails is sent again from the offset the registry
   * reports (`GET <location>` → 204, `Range: 0-<last>`), at most three times.
   */
  private async patchChunk(location: URL, blob: BlobSource, start: number, end: number) {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await this.call({
          method: 'PATCH',
          url: location,
          headers: {
            'content-type': 'application/octet-stream',
            'content-range': `${start}-${end}`,
            'content-length': `${end - start + 1}`,
          },
          body: () => blob.open(start, end),
        });
        await this.expect(res, 202, `PATCH blob ${blob.digest} bytes ${start}-${end}`);
        return this.location(res);
      } catch (e) {
        if (attempt >= 3) throw e;
        const status = await this.call({ method: 'GET', url: location });
        drain(status);
        const range = /^(?:bytes=)?0-(\d+)$/.exec(String(status.headers.range ?? ''));
        // The registry kept nothing of the session: the caller's error stands.
        if (status.status !== 204 || !range) throw e;
        const have = Number(range[1]) + 1;
        location = this.location(status);
        if (have > end) return location;
        start = have;
      }
    }
  }

  /** "Pushing Manifests": `PUT /v2/<name>/manifests/<reference>` (a tag or the digest). */
  async putManifest(reference: string, bytes: Buffer, mediaType: string = MEDIA.manifest) {
    const res = await this.call({
      method: 'PUT',
      url: this.url(`manifests/${reference}`),
      headers: { 'content-type': mediaType, 'content-length': `${bytes.length}` },
      body: bytes,
    });
    await this.expect(res, 201, `PUT manifest ${reference}`);
  }

  /** `GET /v2/<name>/manifests/<reference>`: the exact bytes (their digest is the manifest's), or null on 404. */
  async getManifest(reference: string): Promise<Buffer | null> {
    const res = await this.call(
      {
        method: 'GET',
        url: this.url(`manifests/${reference}`),
        headers: { accept: MEDIA.manifest },
      },
      true,
    );
    if (res.status === 404) {
      drain(res);
      return null;
    }
    if (res.status !== 200) throw await this.failure(`GET manifest ${reference}`, res);
    // The spec's limit: registries SHOULD accept manifests up to 4 MiB.
    return readBytes(res, 4 << 20);
  }

  /** `GET /v2/<name>/blobs/<digest>`, redirects followed: the caller streams (and verifies) the body. */
  async getBlob(digest: string): Promise<HttpResponse> {
    const res = await this.call({ method: 'GET', url: this.url(`blobs/${digest}`) }, true);
    if (res.status !== 200) throw await this.failure(`GET blob ${digest}`, res);
    return res;
  }

  /**
   * `GET /v2/<name>/blobs/<digest>` straight into a new file `path`, redirects followed (the
   * credentials only to the registry's own host), hashed on the way: the fast path of
   * download.ts. Null, having written nothing, when the answer is not a plain 200 (a challenge,
   * an error): then `getBlob` goes the general way.
   *
   * @throws Error when the connection fails or breaks mid-body (the file may exist, partly written).
   */
  async downloadBlob(
    digest: string,
    path: string,
  ): Promise<{ digest: string; size: number } | null> {
    let url = this.url(`blobs/${digest}`);
    for (let hop = 0; hop < 8; hop++) {
      const auth: Record<string, string> =
        url.host === this.base.host && this.auth ? { authorization: this.auth } : {};
      const answer = await downloadRaw(url, auth, path);
      if (answer.kind === 'written') return answer;
      if (answer.kind === 'other') return null;
      url = new URL(answer.location, url);
    }
    return null;
  }

  private url(path: string): URL {
    return new URL(path, this.base);
  }

  private location(res: HttpResponse): URL {
    const loc = res.headers.location;
    if (!loc) throw this.error('the registry started an upload without a Location header');
    // The Location may be relative to the registry ("Pushing blobs": "MAY be relative").
    return new URL(loc, this.base);
  }

  /**
   * Sends a request, answering auth challenges (at most two) and following redirects for
   * reads (a blob may live behind a storage URL; the credentials never go to another host).
   */
  private async call(req: HttpRequest, follow = false): Promise<HttpResponse> {
    let url = req.url;
    for (let hop = 0; hop < 8; hop++) {
      const sameHost = url.host === this.base.host;
      const res = await this.exchange({ ...req, url }, sameHost);
      const to = res.headers.location;
      if (!follow || ![301, 302, 303, 307, 308].includes(res.status) || !to) return res;
      drain(res);
      url = new URL(to, url);
    }
    throw this.error('too many redirects');
  }

  private async exchange(req: HttpRequest, withAuth: boolean): Promise<HttpResponse> {
    for (let round = 0; ; round++) {
      const headers = {
        ...req.headers,
        ...(withAuth && this.auth && { authorization: this.auth }),
      };
      let res: HttpResponse;
      try {
        res = await send({ ...req, headers });
      } catch (e) {
        throw this.error(
          `could not reach ${req.url.origin}: ${(e as Error).message}`,
          [
            `check that the registry runs and that artifacts.store names it (${req.method} ${req.url.pathname})`,
          ],
          e,
        );
      }
      if (res.status !== 401 || !withAuth || round >= 2) return res;
      const challenge = String(res.headers['www-authenticate'] ?? '');
      drain(res);
      await this.answer(challenge, round > 0);
    }
  }

  /** Sets the Authorization header that answers a `WWW-Authenticate` challenge, or throws why it cannot. */
  private async answer(challenge: string, again: boolean): Promise<void> {
    const scheme = challenge.split(/\s/, 1)[0]?.toLowerCase() ?? '';
    const creds = this.credentials;
    if (scheme === 'basic') {
      if (!creds) throw this.needsCredentials();
      const basic = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
      if (this.auth === basic) throw this.refused(creds);
      this.auth = basic;
      return;
    }
    if (scheme !== 'bearer') {
      throw this.error(
        `the registry asks for an authentication scheme Lepton does not speak: ${scheme || '(none)'}`,
      );
    }
    const params = parseChallenge(challenge.slice(scheme.length));
    if (!params.realm) throw this.error('the registry sent a Bearer challenge without a realm');
    const ours = `repository:${this.repo.name}:${this.options.actions}`;
    // A token for this scope refused once may have expired (a long upload): get a new one; a
    // fresh token refused means the credentials lack the access.
    if (again && this.bearerScope === ours) {
      throw creds ? this.refused(creds) : this.needsCredentials();
    }
    const tokenUrl = new URL(params.realm);
    if (tokenUrl.protocol !== 'https:' && this.base.protocol === 'https:') {
      throw this.error(`the registry's token service is not https: ${tokenUrl.origin}`);
    }
    if (params.service) tokenUrl.searchParams.set('service', params.service);
    tokenUrl.searchParams.append('scope', ours);
    if (params.scope && params.scope !== ours) tokenUrl.searchParams.append('scope', params.scope);
    let res: HttpResponse;
    try {
      res = await send({
        method: 'GET',
        url: tokenUrl,
        headers: creds
          ? {
              authorization: `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`,
            }
          : {},
      });
    } catch (e) {
      throw this.error(
        `could not reach the token service ${tokenUrl.origin}: ${(e as Error).message}`,
        [],
        e,
      );
    }
    if (res.status === 401 || res.status === 403) {
      drain(res);
      throw creds ? this.refused(creds) : this.needsCredentials();
    }
    if (res.status !== 200) throw await this.failure(`token from ${tokenUrl.origin}`, res);
    let token: unknown;
    try {
      const body = JSON.parse(await readText(res, 1 << 20)) as Record<string, unknown>;
      token = body.token ?? body.access_token;
    } catch {
      token = undefined;
    }
    if (typeof token !== 'string' || !token) {
      throw this.error(`the token service ${tokenUrl.origin} answered without a token`);
    }
    this.auth = `Bearer ${token}`;
    this.bearerScope = ours;
  }

  private async expect(res: HttpResponse, status: number, what: string): Promise<void> {
    if (res.status === status) {
      drain(res);
      return;
    }
    throw await this.failure(what, res);
  }

  /** A registry's error answer as a LeptonError: status and the spec's error codes, never headers. */
  private async failure(what: string, res: HttpResponse): Promise<LeptonError> {
    let detail = '';
    try {
      const text = await readText(res, 64 << 10);
      const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
      detail = (body.errors ?? [])
        .map((e) => [e.code, e.message].filter(Boolean).join(': '))
        .join('; ');
    } catch {
      res.body.destroy();
    }
    if (res.status === 401 || res.status === 403) {
      return this.credentials
        ? this.refused(this.credentials, res.status)
        : this.needsCredentials();
    }
    return this.error(`${what} failed: HTTP ${res.status}${detail ? ` (${detail})` : ''}`);
  }

  private needsCredentials(): LeptonError {
    return this.error(`${this.repo.registry} asks for credentials and none are set`, [
      'set LEPTON_REGISTRY_USERNAME and LEPTON_REGISTRY_PASSWORD, or run `docker login` for it',
    ]);
  }

  private refused(creds: Credentials, status = 401): LeptonError {
    return this.error(
      `${this.repo.registry} refused the credentials from ${creds.source} (HTTP ${status}) for ${this.options.actions} on ${this.repo.name}`,
      ['check the username, the password or token, and that it may push to this repository'],
    );
  }

  private error(message: string, details: readonly string[] = [], cause?: unknown): LeptonError {
    return new LeptonError('git', `model store ${this.where}: ${message}`, details, { cause });
  }
}

/** https, except for this machine (or any host with `insecure`): plain http is never chosen silently. */
export function registryOrigin(registry: string, insecure: boolean): string {
  return `${insecure || isLoopback(registry) ? 'http' : 'https'}://${registry}`;
}

/** `realm="…",service="…",scope="…"` (RFC 7235 auth-params; values quoted or tokens). */
export function parseChallenge(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  const re = /([A-Za-z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    params[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
  }
  return params;
}

/** The session URL with `digest=` added to whatever query the registry put on it. */
function withDigest(location: URL, digest: string): URL {
  const url = new URL(location);
  url.searchParams.set('digest', digest);
  return url;
}
