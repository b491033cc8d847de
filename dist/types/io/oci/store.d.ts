import { type ClientOptions } from './client.js';
import type { StoreSettings } from './credentials.js';
import { type PinnedRef, type Repository } from './reference.js';
/** The annotation ORAS reads a layer's file name from. */
export declare const TITLE = "org.opencontainers.image.title";
export interface StoreFile {
    /** Absolute path on disk. */
    readonly path: string;
    /** Its name in the artifact: relative to the manifest's folder, POSIX. */
    readonly title: string;
}
export interface StoredFile {
    readonly title: string;
    readonly digest: string;
    /** Bytes. */
    readonly size: number;
}
export interface PushRequest {
    readonly repo: Repository;
    readonly settings: StoreSettings;
    readonly files: readonly StoreFile[];
    /** The config blob: the version record, as JSON. */
    readonly config: Buffer;
    /** The manifest's `org.opencontainers.image.*` annotations. */
    readonly annotations: Readonly<Record<string, string>>;
    readonly chunk?: Pick<ClientOptions, 'chunkThreshold' | 'chunkSize'>;
}
export interface Pushed {
    /** `REGISTRY/NAME@sha256:…`. */
    readonly ref: string;
    /** The manifest's digest. */
    readonly digest: string;
    /** The manifest's exact bytes (tags are PUT with them). */
    readonly manifest: Buffer;
    readonly files: readonly StoredFile[];
    /** Blob bytes sent; 0 when the registry had every blob. */
    readonly uploaded: number;
}
/**
 * Pushes the files as one OCI artifact (ORAS's layout: a layer per file titled with its path,
 * the record as config) and its manifest by digest, not yet under a tag: the version's tag is
 * put once the git tag exists (`tagManifest`), so a run that loses the git race never moves
 * the winner's OCI tag. Every blob is hashed from disk first, HEADed, and sent only if missing.
 *
 * @throws LeptonError `git` when the registry cannot be reached or refuses (exit 4).
 */
export declare function pushArtifact(req: PushRequest): Promise<Pushed>;
/**
 * Points `tag` (`1.2.0`, `production`) at a manifest already in the repository. Its bytes are
 * read back by digest (and checked) unless the caller has them.
 */
export declare function tagManifest(ref: PinnedRef, settings: StoreSettings, tag: string, manifest?: Buffer): Promise<void>;
/** The manifest digest a tag names now, or null when the tag does not exist. */
export declare function manifestDigestOf(repo: Repository, settings: StoreSettings, tag: string): Promise<string | null>;
export interface PullRequest {
    readonly ref: PinnedRef;
    readonly settings: StoreSettings;
    /** Where the files go (created when missing). */
    readonly dir: string;
}
/**
 * Downloads every file of the artifact to a temporary name beside its place, hashing it as
 * it is written; only when every file matches its digest and size are they renamed into
 * place. On any failure the temporary files (and folders this call made) are removed.
 *
 * @throws LeptonError `git` on a digest or size mismatch, a title that leaves `dir`, or a
 *   registry failure (exit 4); `invalid` when a file cannot be moved into place (a folder there).
 */
export declare function pullArtifact(req: PullRequest): Promise<StoredFile[]>;
