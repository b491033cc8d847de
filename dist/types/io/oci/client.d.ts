import type { Readable } from 'node:stream';
import { type StoreSettings } from './credentials.js';
import { type HttpResponse } from './http.js';
import { type Repository } from './reference.js';
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
export declare const MEDIA: {
    readonly manifest: "application/vnd.oci.image.manifest.v1+json";
    readonly artifact: "application/vnd.lepton.model.v1";
    readonly record: "application/vnd.lepton.record.v1+json";
    readonly file: "application/octet-stream";
};
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
export declare const CHUNK_THRESHOLD: number;
export declare const CHUNK_SIZE: number;
export declare class OciClient {
    readonly repo: Repository;
    private readonly credentials;
    private readonly options;
    private auth;
    /** The scope of the Bearer token held (a second challenge for it means the credentials lack access). */
    private bearerScope;
    private readonly base;
    /** Bytes of blobs this client sent (0 when the registry had them all). */
    uploaded: number;
    private constructor();
    /** A client for one repository, with the credentials the settings name for its registry. */
    static open(repo: Repository, options: ClientOptions): Promise<OciClient>;
    private get where();
    /** "Checking if content exists in the registry": `HEAD /v2/<name>/blobs/<digest>`, 200 or 404. */
    hasBlob(digest: string): Promise<boolean>;
    /**
     * Pushes a blob unless the registry has it (HEAD first). Up to the chunk threshold:
     * "Pushing a blob monolithically" as POST then PUT `?digest=` with the bytes; above it:
     * "Pushing a blob in chunks", POST, a PATCH per chunk with `Content-Range`, then PUT
     * `?digest=`. Returns the bytes sent (0: the registry had the blob).
     */
    pushBlob(blob: BlobSource): Promise<number>;
    private startUpload;
    /**
     * One chunk: `PATCH <location>` with `Content-Range: <start>-<end>` (inclusive); 202 with the
     * next Location. A chunk whose request fails is sent again from the offset the registry
     * reports (`GET <location>` → 204, `Range: 0-<last>`), at most three times.
     */
    private patchChunk;
    /** "Pushing Manifests": `PUT /v2/<name>/manifests/<reference>` (a tag or the digest). */
    putManifest(reference: string, bytes: Buffer, mediaType?: string): Promise<void>;
    /** `GET /v2/<name>/manifests/<reference>`: the exact bytes (their digest is the manifest's), or null on 404. */
    getManifest(reference: string): Promise<Buffer | null>;
    /** `GET /v2/<name>/blobs/<digest>`, redirects followed: the caller streams (and verifies) the body. */
    getBlob(digest: string): Promise<HttpResponse>;
    /**
     * `GET /v2/<name>/blobs/<digest>` straight into a new file `path`, redirects followed (the
     * credentials only to the registry's own host), hashed on the way: the fast path of
     * download.ts. Null, having written nothing, when the answer is not a plain 200 (a challenge,
     * an error): then `getBlob` goes the general way.
     *
     * @throws Error when the connection fails or breaks mid-body (the file may exist, partly written).
     */
    downloadBlob(digest: string, path: string): Promise<{
        digest: string;
        size: number;
    } | null>;
    private url;
    private location;
    /**
     * Sends a request, answering auth challenges (at most two) and following redirects for
     * reads (a blob may live behind a storage URL; the credentials never go to another host).
     */
    private call;
    private exchange;
    /** Sets the Authorization header that answers a `WWW-Authenticate` challenge, or throws why it cannot. */
    private answer;
    private expect;
    /** A registry's error answer as a LeptonError: status and the spec's error codes, never headers. */
    private failure;
    private needsCredentials;
    private refused;
    private error;
}
/** https, except for this machine (or any host with `insecure`): plain http is never chosen silently. */
export declare function registryOrigin(registry: string, insecure: boolean): string;
/** `realm="…",service="…",scope="…"` (RFC 7235 auth-params; values quoted or tokens). */
export declare function parseChallenge(text: string): Record<string, string>;
