import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import {
  credentialsFor
} from "./chunk-4YM7E7F7.js";

// src/io/oci/download.ts
import { createHash } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import net from "node:net";
import tls from "node:tls";
var IDLE_MS = 12e4;
var READ_BUFFER = 1 << 20;
var MAX_HEAD = 64 << 10;
function downloadRaw(url, headers, path) {
  const https2 = url.protocol === "https:";
  const port = Number(url.port || (https2 ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const request = `GET ${url.pathname}${url.search} HTTP/1.1\r
Host: ${url.host}\r
` + Object.entries(headers).map(([k, v]) => `${k}: ${v}\r
`).join("") + "Accept-Encoding: identity\r\nConnection: close\r\n\r\n";
  if (Object.entries(headers).some(([k, v]) => /[\r\n]/.test(k + v))) {
    return Promise.reject(new Error("a request header holds a line break"));
  }
  return new Promise((resolve2, reject) => {
    let head = Buffer.alloc(0);
    let fd = null;
    let left = 0;
    let size = 0;
    const hash = createHash("sha256");
    let settled = false;
    const finish = (error, answer) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      if (fd !== null) {
        try {
          closeSync(fd);
        } catch (e) {
          error ??= e;
        }
        fd = null;
      }
      if (error) reject(error);
      else resolve2(answer);
    };
    const body = (chunk) => {
      const n = Math.min(chunk.length, left);
      const part = n === chunk.length ? chunk : chunk.subarray(0, n);
      hash.update(part);
      for (let off = 0; off < n; ) off += writeSync(fd, part, off, n - off);
      left -= n;
      size += n;
      if (left === 0)
        finish(null, { kind: "written", digest: `sha256:${hash.digest("hex")}`, size });
    };
    const onHead = (bytes) => {
      head = Buffer.concat([head, bytes]);
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) {
        if (head.length > MAX_HEAD) finish(null, { kind: "other", status: 0 });
        return;
      }
      const lines = head.toString("latin1", 0, end).split("\r\n");
      const rest = head.subarray(end + 4);
      head = null;
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? "")?.[1] ?? 0);
      const fields = /* @__PURE__ */ new Map();
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(":");
        if (colon > 0)
          fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      const location = fields.get("location");
      if ([301, 302, 303, 307, 308].includes(status) && location) {
        finish(null, { kind: "redirect", status, location });
        return;
      }
      const length = fields.get("content-length");
      const coded = fields.has("transfer-encoding") || (fields.get("content-encoding") ?? "identity").toLowerCase() !== "identity";
      if (status !== 200 || coded || length === void 0 || !/^\d+$/.test(length)) {
        finish(null, { kind: "other", status });
        return;
      }
      left = Number(length);
      fd = openSync(path, "wx");
      if (left === 0)
        finish(null, { kind: "written", digest: `sha256:${hash.digest("hex")}`, size: 0 });
      else if (rest.length) body(rest);
    };
    const onread = {
      buffer: Buffer.allocUnsafe(READ_BUFFER),
      callback: (n, buf) => {
        if (settled) return false;
        const chunk = Buffer.from(buf.buffer, buf.byteOffset, n);
        try {
          if (head !== null) onHead(chunk);
          else body(chunk);
        } catch (e) {
          finish(e);
        }
        return !settled;
      }
    };
    const socket = https2 ? (
      // `onread` is documented for tls.connect too (when no `socket` is given); @types/node lacks it.
      tls.connect({
        host,
        port,
        servername: net.isIP(host) ? void 0 : host,
        onread
      })
    ) : net.connect({ host, port, onread });
    socket.setNoDelay(true);
    socket.once(https2 ? "secureConnect" : "connect", () => socket.write(request));
    socket.setTimeout(
      IDLE_MS,
      () => finish(new Error(`no answer for ${IDLE_MS / 1e3} s from ${url.host}`))
    );
    socket.on("error", (e) => finish(e));
    socket.on(
      "close",
      () => finish(
        new Error(
          head !== null ? `${url.host} closed the connection without an answer` : "the connection closed mid-download"
        )
      )
    );
  });
}

// src/io/oci/http.ts
import http from "node:http";
import https from "node:https";
var agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 8 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 8 })
};
var IDLE_MS2 = 12e4;
function send(req) {
  const mod = req.url.protocol === "https:" ? https : http;
  const agent = agents[req.url.protocol];
  return new Promise((resolve2, reject) => {
    const r = mod.request(
      req.url,
      { method: req.method, headers: { ...req.headers }, agent },
      (res) => resolve2({ status: res.statusCode ?? 0, headers: res.headers, body: res })
    );
    r.on("error", reject);
    r.setTimeout(
      IDLE_MS2,
      () => r.destroy(new Error(`no answer for ${IDLE_MS2 / 1e3} s from ${req.url.host}`))
    );
    if (req.body === void 0) r.end();
    else if (Buffer.isBuffer(req.body)) r.end(req.body);
    else {
      const stream = req.body();
      stream.on("error", (e) => r.destroy(e));
      stream.pipe(r);
    }
  });
}
async function readText(res, limit = 4 << 20) {
  return (await readBytes(res, limit)).toString("utf8");
}
async function readBytes(res, limit = 4 << 20) {
  const chunks = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.length;
    if (size > limit) {
      res.body.destroy();
      throw new Error(`response larger than ${limit} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
function drain(res) {
  res.body.resume();
}

// src/io/oci/reference.ts
var COMPONENT = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/;
var HOST = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(:\d+)?$/;
var DIGEST = /^sha256:[0-9a-f]{64}$/;
function storeRepository(store, model) {
  const m = /^oci:\/\/([^/]+)((?:\/[^/]+)*?)\/?$/.exec(store);
  const registry = m?.[1] ?? "";
  const path = [...(m?.[2] ?? "").split("/").filter(Boolean), model];
  if (!m || !HOST.test(registry) || !path.every((c) => COMPONENT.test(c))) {
    throw new LeptonError("invalid", `artifacts.store: ${store} is not oci://REGISTRY/PREFIX`, [
      "for example oci://ghcr.io/acme/models"
    ]);
  }
  return { registry, name: path.join("/") };
}
var repositoryText = (r) => `${r.registry}/${r.name}`;
var pinnedText = (r) => `${repositoryText(r)}@${r.digest}`;
function parsePinned(ref) {
  const at = ref.lastIndexOf("@");
  const slash = ref.indexOf("/");
  const digest = ref.slice(at + 1);
  const registry = ref.slice(0, slash);
  const name = ref.slice(slash + 1, at);
  if (at < 0 || slash < 0 || !DIGEST.test(digest) || !HOST.test(registry) || !name.split("/").every((c) => COMPONENT.test(c))) {
    throw new LeptonError(
      "invalid",
      `${ref} is not a pinned OCI reference (REGISTRY/NAME@sha256:\u2026)`
    );
  }
  return { registry, name, digest };
}
function isLoopback(registry) {
  const host = registry.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

// src/io/oci/client.ts
var MEDIA = {
  manifest: "application/vnd.oci.image.manifest.v1+json",
  artifact: "application/vnd.lepton.model.v1",
  record: "application/vnd.lepton.record.v1+json",
  file: "application/octet-stream"
};
var CHUNK_THRESHOLD = 1024 * 1024 * 1024;
var CHUNK_SIZE = 256 * 1024 * 1024;
var OciClient = class _OciClient {
  constructor(repo, credentials, options) {
    this.repo = repo;
    this.credentials = credentials;
    this.options = options;
    this.base = new URL(
      `${registryOrigin(repo.registry, options.settings.insecure)}/v2/${repo.name}/`
    );
  }
  repo;
  credentials;
  options;
  auth = null;
  /** The scope of the Bearer token held (a second challenge for it means the credentials lack access). */
  bearerScope = null;
  base;
  /** Bytes of blobs this client sent (0 when the registry had them all). */
  uploaded = 0;
  /** A client for one repository, with the credentials the settings name for its registry. */
  static async open(repo, options) {
    return new _OciClient(repo, await credentialsFor(options.settings, repo.registry), options);
  }
  get where() {
    return `${this.repo.registry}/${this.repo.name}`;
  }
  /** "Checking if content exists in the registry": `HEAD /v2/<name>/blobs/<digest>`, 200 or 404. */
  async hasBlob(digest) {
    const res = await this.call({ method: "HEAD", url: this.url(`blobs/${digest}`) }, true);
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
  async pushBlob(blob) {
    if (await this.hasBlob(blob.digest)) return 0;
    const threshold = this.options.chunkThreshold ?? CHUNK_THRESHOLD;
    const chunk = Math.max(1, this.options.chunkSize ?? CHUNK_SIZE);
    let location = await this.startUpload();
    if (blob.size <= threshold) {
      const res = await this.call({
        method: "PUT",
        url: withDigest(location, blob.digest),
        headers: { "content-type": "application/octet-stream", "content-length": `${blob.size}` },
        body: () => blob.open(0, blob.size - 1)
      });
      await this.expect(res, 201, `PUT blob ${blob.digest}`);
    } else {
      for (let start = 0; start < blob.size; start += chunk) {
        const end = Math.min(blob.size, start + chunk) - 1;
        location = await this.patchChunk(location, blob, start, end);
      }
      const res = await this.call({
        method: "PUT",
        url: withDigest(location, blob.digest),
        headers: { "content-length": "0" }
      });
      await this.expect(res, 201, `PUT blob ${blob.digest}`);
    }
    this.uploaded += blob.size;
    return blob.size;
  }
  async startUpload() {
    const res = await this.call({
      method: "POST",
      url: this.url("blobs/uploads/"),
      headers: { "content-length": "0" }
    });
    await this.expect(res, 202, "POST blob upload");
    return this.location(res);
  }
  /**
   * One chunk: `PATCH <location>` with `Content-Range: <start>-<end>` (inclusive); 202 with the
   * next Location. A chunk whose request fails is sent again from the offset the registry
   * reports (`GET <location>` → 204, `Range: 0-<last>`), at most three times.
   */
  async patchChunk(location, blob, start, end) {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await this.call({
          method: "PATCH",
          url: location,
          headers: {
            "content-type": "application/octet-stream",
            "content-range": `${start}-${end}`,
            "content-length": `${end - start + 1}`
          },
          body: () => blob.open(start, end)
        });
        await this.expect(res, 202, `PATCH blob ${blob.digest} bytes ${start}-${end}`);
        return this.location(res);
      } catch (e) {
        if (attempt >= 3) throw e;
        const status = await this.call({ method: "GET", url: location });
        drain(status);
        const range = /^(?:bytes=)?0-(\d+)$/.exec(String(status.headers.range ?? ""));
        if (status.status !== 204 || !range) throw e;
        const have = Number(range[1]) + 1;
        location = this.location(status);
        if (have > end) return location;
        start = have;
      }
    }
  }
  /** "Pushing Manifests": `PUT /v2/<name>/manifests/<reference>` (a tag or the digest). */
  async putManifest(reference, bytes, mediaType = MEDIA.manifest) {
    const res = await this.call({
      method: "PUT",
      url: this.url(`manifests/${reference}`),
      headers: { "content-type": mediaType, "content-length": `${bytes.length}` },
      body: bytes
    });
    await this.expect(res, 201, `PUT manifest ${reference}`);
  }
  /** `GET /v2/<name>/manifests/<reference>`: the exact bytes (their digest is the manifest's), or null on 404. */
  async getManifest(reference) {
    const res = await this.call(
      {
        method: "GET",
        url: this.url(`manifests/${reference}`),
        headers: { accept: MEDIA.manifest }
      },
      true
    );
    if (res.status === 404) {
      drain(res);
      return null;
    }
    if (res.status !== 200) throw await this.failure(`GET manifest ${reference}`, res);
    return readBytes(res, 4 << 20);
  }
  /** `GET /v2/<name>/blobs/<digest>`, redirects followed: the caller streams (and verifies) the body. */
  async getBlob(digest) {
    const res = await this.call({ method: "GET", url: this.url(`blobs/${digest}`) }, true);
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
  async downloadBlob(digest, path) {
    let url = this.url(`blobs/${digest}`);
    for (let hop = 0; hop < 8; hop++) {
      const auth = url.host === this.base.host && this.auth ? { authorization: this.auth } : {};
      const answer = await downloadRaw(url, auth, path);
      if (answer.kind === "written") return answer;
      if (answer.kind === "other") return null;
      url = new URL(answer.location, url);
    }
    return null;
  }
  url(path) {
    return new URL(path, this.base);
  }
  location(res) {
    const loc = res.headers.location;
    if (!loc) throw this.error("the registry started an upload without a Location header");
    return new URL(loc, this.base);
  }
  /**
   * Sends a request, answering auth challenges (at most two) and following redirects for
   * reads (a blob may live behind a storage URL; the credentials never go to another host).
   */
  async call(req, follow = false) {
    let url = req.url;
    for (let hop = 0; hop < 8; hop++) {
      const sameHost = url.host === this.base.host;
      const res = await this.exchange({ ...req, url }, sameHost);
      const to = res.headers.location;
      if (!follow || ![301, 302, 303, 307, 308].includes(res.status) || !to) return res;
      drain(res);
      url = new URL(to, url);
    }
    throw this.error("too many redirects");
  }
  async exchange(req, withAuth) {
    for (let round = 0; ; round++) {
      const headers = {
        ...req.headers,
        ...withAuth && this.auth && { authorization: this.auth }
      };
      let res;
      try {
        res = await send({ ...req, headers });
      } catch (e) {
        throw this.error(
          `could not reach ${req.url.origin}: ${e.message}`,
          [
            `check that the registry runs and that artifacts.store names it (${req.method} ${req.url.pathname})`
          ],
          e
        );
      }
      if (res.status !== 401 || !withAuth || round >= 2) return res;
      const challenge = String(res.headers["www-authenticate"] ?? "");
      drain(res);
      await this.answer(challenge, round > 0);
    }
  }
  /** Sets the Authorization header that answers a `WWW-Authenticate` challenge, or throws why it cannot. */
  async answer(challenge, again) {
    const scheme = challenge.split(/\s/, 1)[0]?.toLowerCase() ?? "";
    const creds = this.credentials;
    if (scheme === "basic") {
      if (!creds) throw this.needsCredentials();
      const basic = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString("base64")}`;
      if (this.auth === basic) throw this.refused(creds);
      this.auth = basic;
      return;
    }
    if (scheme !== "bearer") {
      throw this.error(
        `the registry asks for an authentication scheme Lepton does not speak: ${scheme || "(none)"}`
      );
    }
    const params = parseChallenge(challenge.slice(scheme.length));
    if (!params.realm) throw this.error("the registry sent a Bearer challenge without a realm");
    const ours = `repository:${this.repo.name}:${this.options.actions}`;
    if (again && this.bearerScope === ours) {
      throw creds ? this.refused(creds) : this.needsCredentials();
    }
    const tokenUrl = new URL(params.realm);
    if (tokenUrl.protocol !== "https:" && this.base.protocol === "https:") {
      throw this.error(`the registry's token service is not https: ${tokenUrl.origin}`);
    }
    if (params.service) tokenUrl.searchParams.set("service", params.service);
    tokenUrl.searchParams.append("scope", ours);
    if (params.scope && params.scope !== ours) tokenUrl.searchParams.append("scope", params.scope);
    let res;
    try {
      res = await send({
        method: "GET",
        url: tokenUrl,
        headers: creds ? {
          authorization: `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString("base64")}`
        } : {}
      });
    } catch (e) {
      throw this.error(
        `could not reach the token service ${tokenUrl.origin}: ${e.message}`,
        [],
        e
      );
    }
    if (res.status === 401 || res.status === 403) {
      drain(res);
      throw creds ? this.refused(creds) : this.needsCredentials();
    }
    if (res.status !== 200) throw await this.failure(`token from ${tokenUrl.origin}`, res);
    let token;
    try {
      const body = JSON.parse(await readText(res, 1 << 20));
      token = body.token ?? body.access_token;
    } catch {
      token = void 0;
    }
    if (typeof token !== "string" || !token) {
      throw this.error(`the token service ${tokenUrl.origin} answered without a token`);
    }
    this.auth = `Bearer ${token}`;
    this.bearerScope = ours;
  }
  async expect(res, status, what) {
    if (res.status === status) {
      drain(res);
      return;
    }
    throw await this.failure(what, res);
  }
  /** A registry's error answer as a LeptonError: status and the spec's error codes, never headers. */
  async failure(what, res) {
    let detail = "";
    try {
      const text = await readText(res, 64 << 10);
      const body = JSON.parse(text);
      detail = (body.errors ?? []).map((e) => [e.code, e.message].filter(Boolean).join(": ")).join("; ");
    } catch {
      res.body.destroy();
    }
    if (res.status === 401 || res.status === 403) {
      return this.credentials ? this.refused(this.credentials, res.status) : this.needsCredentials();
    }
    return this.error(`${what} failed: HTTP ${res.status}${detail ? ` (${detail})` : ""}`);
  }
  needsCredentials() {
    return this.error(`${this.repo.registry} asks for credentials and none are set`, [
      "set LEPTON_REGISTRY_USERNAME and LEPTON_REGISTRY_PASSWORD, or run `docker login` for it"
    ]);
  }
  refused(creds, status = 401) {
    return this.error(
      `${this.repo.registry} refused the credentials from ${creds.source} (HTTP ${status}) for ${this.options.actions} on ${this.repo.name}`,
      ["check the username, the password or token, and that it may push to this repository"]
    );
  }
  error(message, details = [], cause) {
    return new LeptonError("git", `model store ${this.where}: ${message}`, details, { cause });
  }
};
function registryOrigin(registry, insecure) {
  return `${insecure || isLoopback(registry) ? "http" : "https"}://${registry}`;
}
function parseChallenge(text) {
  const params = {};
  const re = /([A-Za-z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    params[m[1].toLowerCase()] = m[2] !== void 0 ? m[2].replace(/\\(.)/g, "$1") : m[3] ?? "";
  }
  return params;
}
function withDigest(location, digest) {
  const url = new URL(location);
  url.searchParams.set("digest", digest);
  return url;
}

// src/io/oci/store.ts
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { Readable as Readable2 } from "node:stream";

// src/io/oci/digest.ts
import { createHash as createHash2 } from "node:crypto";
import { closeSync as closeSync2, openSync as openSync2, readSync, writevSync } from "node:fs";
import { Readable } from "node:stream";
var READ_CHUNK = 1 << 20;
async function digestFile(path) {
  const hash = createHash2("sha256");
  const buf = Buffer.allocUnsafe(READ_CHUNK);
  const fd = openSync2(path, "r");
  let size = 0;
  try {
    for (let i = 1; ; i++) {
      const n = readSync(fd, buf, 0, READ_CHUNK, null);
      if (n === 0) break;
      hash.update(n === READ_CHUNK ? buf : buf.subarray(0, n));
      size += n;
      if (i % 64 === 0) await new Promise((r) => setImmediate(r));
    }
  } finally {
    closeSync2(fd);
  }
  return { digest: `sha256:${hash.digest("hex")}`, size };
}
var digestBytes = (bytes) => `sha256:${createHash2("sha256").update(bytes).digest("hex")}`;
var FileRange = class extends Readable {
  constructor(path, start, end) {
    super({ highWaterMark: READ_CHUNK });
    this.path = path;
    this.end = end;
    this.pos = start;
  }
  path;
  end;
  fd = null;
  pos;
  _read() {
    try {
      this.fd ??= openSync2(this.path, "r");
      const n = Math.min(READ_CHUNK, this.end + 1 - this.pos);
      if (n <= 0) {
        this.push(null);
        return;
      }
      const buf = Buffer.allocUnsafe(n);
      const got = readSync(this.fd, buf, 0, n, this.pos);
      if (got === 0) throw new Error(`${this.path} is shorter than when it was hashed`);
      this.pos += got;
      this.push(got === n ? buf : buf.subarray(0, got));
    } catch (e) {
      this.destroy(e);
    }
  }
  _destroy(error, done) {
    if (this.fd !== null) closeSync2(this.fd);
    this.fd = null;
    done(error);
  }
};
async function writeHashed(source, path) {
  const hash = createHash2("sha256");
  const fd = openSync2(path, "wx");
  let size = 0;
  let pending = [];
  let pendingBytes = 0;
  const flush = () => {
    let chunks = pending;
    let left = pendingBytes;
    while (left > 0) {
      const n = writevSync(fd, chunks);
      left -= n;
      if (left > 0) chunks = [Buffer.concat(chunks).subarray(n)];
    }
    pending = [];
    pendingBytes = 0;
  };
  try {
    await new Promise((done, fail) => {
      source.on("data", (chunk) => {
        try {
          hash.update(chunk);
          size += chunk.length;
          pending.push(chunk);
          pendingBytes += chunk.length;
          if (pendingBytes >= READ_CHUNK) flush();
        } catch (e) {
          source.destroy(e);
        }
      });
      source.on("end", () => {
        try {
          flush();
          done();
        } catch (e) {
          fail(e);
        }
      });
      source.on("error", fail);
      source.on("aborted", () => fail(new Error("the connection closed mid-download")));
    });
  } finally {
    closeSync2(fd);
  }
  return { digest: `sha256:${hash.digest("hex")}`, size };
}

// src/io/oci/store.ts
var TITLE = "org.opencontainers.image.title";
async function pushArtifact(req) {
  const client = await OciClient.open(req.repo, {
    settings: req.settings,
    actions: "pull,push",
    ...req.chunk
  });
  const layers = [];
  for (const file of req.files) {
    const { digest: digest2, size } = await digestFile(file.path);
    await client.pushBlob({
      digest: digest2,
      size,
      open: (start, end) => new FileRange(file.path, start, end)
    });
    layers.push({ mediaType: MEDIA.file, digest: digest2, size, annotations: { [TITLE]: file.title } });
  }
  const configDigest = digestBytes(req.config);
  await client.pushBlob({
    digest: configDigest,
    size: req.config.length,
    open: (start, end) => bufferStream(req.config.subarray(start, end + 1))
  });
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA.manifest,
      artifactType: MEDIA.artifact,
      config: { mediaType: MEDIA.record, digest: configDigest, size: req.config.length },
      layers,
      annotations: req.annotations
    })
  );
  const digest = digestBytes(manifest);
  await client.putManifest(digest, manifest);
  return {
    ref: pinnedText({ ...req.repo, digest }),
    digest,
    manifest,
    files: layers.map((l) => ({
      title: l.annotations?.[TITLE] ?? "",
      digest: l.digest,
      size: l.size
    })),
    uploaded: client.uploaded
  };
}
async function tagManifest(ref, settings, tag, manifest) {
  const client = await OciClient.open(ref, { settings, actions: "pull,push" });
  const bytes = manifest ?? await verifiedManifest(client, ref.digest);
  await client.putManifest(tag, bytes);
}
async function manifestDigestOf(repo, settings, tag) {
  const client = await OciClient.open(repo, { settings, actions: "pull" });
  const bytes = await client.getManifest(tag);
  return bytes && digestBytes(bytes);
}
async function pullArtifact(req) {
  const client = await OciClient.open(req.ref, { settings: req.settings, actions: "pull" });
  const where = pinnedText(req.ref);
  const manifest = JSON.parse(
    (await verifiedManifest(client, req.ref.digest)).toString("utf8")
  );
  const layers = (manifest.layers ?? []).filter((l) => l.annotations?.[TITLE] !== void 0);
  const root = resolve(req.dir);
  const plans = layers.map((l) => {
    const title = l.annotations?.[TITLE] ?? "";
    const dest = resolve(root, title);
    if (!safeTitle(title) || !(dest + sep).startsWith(root + sep) || !DIGEST.test(l.digest)) {
      throw new LeptonError(
        "git",
        `${where}: layer "${title}" would be written outside ${req.dir}`,
        ["the artifact was not made by Lepton, or was altered; nothing was written"]
      );
    }
    const part = join(
      dirname(dest),
      `.${basename(dest)}.lepton-${randomBytes(4).toString("hex")}.part`
    );
    return { title, dest, part, digest: l.digest, size: l.size };
  });
  const made = [];
  const parts = [];
  try {
    for (const p of plans) {
      const first = await mkdir(dirname(p.part), { recursive: true });
      if (first) made.push(first);
      parts.push(p.part);
      const { digest: got, size } = await client.downloadBlob(p.digest, p.part) ?? await writeHashed((await client.getBlob(p.digest)).body, p.part);
      if (got !== p.digest || size !== p.size) {
        throw new LeptonError(
          "git",
          `${where}: ${p.title} does not match its digest: expected ${p.digest} (${p.size} bytes), got ${got} (${size} bytes)`,
          ["the registry returned other bytes than were pushed; nothing was written"]
        );
      }
    }
  } catch (e) {
    await Promise.all(parts.map((f) => rm(f, { force: true })));
    for (const d of made.reverse()) await rm(d, { recursive: true, force: true });
    if (e instanceof LeptonError) throw e;
    throw new LeptonError("git", `${where}: download failed: ${e.message}`, [
      "nothing was written"
    ]);
  }
  try {
    for (const p of plans) await rename(p.part, p.dest);
  } catch (e) {
    await Promise.all(parts.map((f) => rm(f, { force: true })));
    throw new LeptonError(
      "invalid",
      `${where}: could not move the downloaded files into place: ${e.message}`,
      ["files moved before the failure stay; no temporary file is left"]
    );
  }
  return plans.map((p) => ({ title: p.title, digest: p.digest, size: p.size }));
}
async function verifiedManifest(client, digest) {
  const where = pinnedText({ ...client.repo, digest });
  const bytes = await client.getManifest(digest);
  if (!bytes) throw new LeptonError("git", `${where}: the registry has no such manifest`);
  const got = digestBytes(bytes);
  if (got !== digest) {
    throw new LeptonError("git", `${where}: the manifest the registry returned has digest ${got}`);
  }
  return bytes;
}
function safeTitle(title) {
  if (!title || title.startsWith("/") || /[\\\0]/.test(title)) return false;
  return title.split("/").every((s) => s !== "" && s !== "." && s !== "..");
}
var bufferStream = (bytes) => Readable2.from([bytes]);

export {
  storeRepository,
  repositoryText,
  pinnedText,
  parsePinned,
  isLoopback,
  MEDIA,
  CHUNK_THRESHOLD,
  CHUNK_SIZE,
  OciClient,
  registryOrigin,
  parseChallenge,
  digestFile,
  digestBytes,
  TITLE,
  pushArtifact,
  tagManifest,
  manifestDigestOf,
  pullArtifact
};
