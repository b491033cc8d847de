import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { LeptonError } from '../../core/errors/index.js';
import { MEDIA, OciClient, type ClientOptions } from './client.js';
import type { StoreSettings } from './credentials.js';
import { FileRange, digestBytes, digestFile, writeHashed } from './digest.js';
import { DIGEST, pinnedText, type PinnedRef, type Repository } from './reference.js';

/** The annotation ORAS reads a layer's file name from. */
export const TITLE = 'org.opencontainers.image.title';

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

interface Descriptor {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly annotations?: Readonly<Record<string, string>>;
}

/**
 * Pushes the files as one OCI artifact (ORAS's layout: a layer per file titled with its path,
 * the record as config) and its manifest by digest, not yet under a tag: the version's tag is
 * put once the git tag exists (`tagManifest`), so a run that loses the git race never moves
 * the winner's OCI tag. Every blob is hashed from disk first, HEADed, and sent only if missing.
 *
 * @throws LeptonError `git` when the registry cannot be reached or refuses (exit 4).
 */
export async function pushArtifact(req: PushRequest): Promise<Pushed> {
  const client = await OciClient.open(req.repo, {
    settings: req.settings,
    actions: 'pull,push',
    ...req.chunk,
  });
  const layers: Descriptor[] = [];
  for (const file of req.files) {
    const { digest, size } = await digestFile(file.path);
    await client.pushBlob({
      digest,
      size,
      open: (start, end) => new FileRange(file.path, start, end),
    });
    layers.push({ mediaType: MEDIA.file, digest, size, annotations: { [TITLE]: file.title } });
  }
  const configDigest = digestBytes(req.config);
  await client.pushBlob({
    digest: configDigest,
    size: req.config.length,
    open: (start, end) => bufferStream(req.config.subarray(start, end + 1)),
  });
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA.manifest,
      artifactType: MEDIA.artifact,
      config: { mediaType: MEDIA.record, digest: configDigest, size: req.config.length },
      layers,
      annotations: req.annotations,
    }),
  );
  const digest = digestBytes(manifest);
  await client.putManifest(digest, manifest);
  return {
    ref: pinnedText({ ...req.repo, digest }),
    digest,
    manifest,
    files: layers.map((l) => ({
      title: l.annotations?.[TITLE] ?? '',
      digest: l.digest,
      size: l.size,
    })),
    uploaded: client.uploaded,
  };
}

/**
 * Points `tag` (`1.2.0`, `production`) at a manifest already in the repository. Its bytes are
 * read back by digest (and checked) unless the caller has them.
 */
export async function tagManifest(
  ref: PinnedRef,
  settings: StoreSettings,
  tag: string,
  manifest?: Buffer,
): Promise<void> {
  const client = await OciClient.open(ref, { settings, actions: 'pull,push' });
  const bytes = manifest ?? (await verifiedManifest(client, ref.digest));
  await client.putManifest(tag, bytes);
}

/** The manifest digest a tag names now, or null when the tag does not exist. */
export async function manifestDigestOf(
  repo: Repository,
  settings: StoreSettings,
  tag: string,
): Promise<string | null> {
  const client = await OciClient.open(repo, { settings, actions: 'pull' });
  const bytes = await client.getManifest(tag);
  return bytes && digestBytes(bytes);
}

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
export async function pullArtifact(req: PullRequest): Promise<StoredFile[]> {
  const client = await OciClient.open(req.ref, { settings: req.settings, actions: 'pull' });
  const where = pinnedText(req.ref);
  const manifest = JSON.parse(
    (await verifiedManifest(client, req.ref.digest)).toString('utf8'),
  ) as { layers?: Descriptor[] };
  const layers = (manifest.layers ?? []).filter((l) => l.annotations?.[TITLE] !== undefined);
  const root = resolve(req.dir);
  const plans = layers.map((l) => {
    const title = l.annotations?.[TITLE] ?? '';
    const dest = resolve(root, title);
    if (!safeTitle(title) || !(dest + sep).startsWith(root + sep) || !DIGEST.test(l.digest)) {
      throw new LeptonError(
        'git',
        `${where}: layer "${title}" would be written outside ${req.dir}`,
        ['the artifact was not made by Lepton, or was altered; nothing was written'],
      );
    }
    const part = join(
      dirname(dest),
      `.${basename(dest)}.lepton-${randomBytes(4).toString('hex')}.part`,
    );
    return { title, dest, part, digest: l.digest, size: l.size };
  });

  const made: string[] = [];
  const parts: string[] = [];
  try {
    for (const p of plans) {
      const first = await mkdir(dirname(p.part), { recursive: true });
      if (first) made.push(first);
      parts.push(p.part);
      const { digest: got, size } =
        (await client.downloadBlob(p.digest, p.part)) ??
        (await writeHashed((await client.getBlob(p.digest)).body, p.part));
      if (got !== p.digest || size !== p.size) {
        throw new LeptonError(
          'git',
          `${where}: ${p.title} does not match its digest: expected ${p.digest} (${p.size} bytes), got ${got} (${size} bytes)`,
          ['the registry returned other bytes than were pushed; nothing was written'],
        );
      }
    }
  } catch (e) {
    await Promise.all(parts.map((f) => rm(f, { force: true })));
    for (const d of made.reverse()) await rm(d, { recursive: true, force: true });
    if (e instanceof LeptonError) throw e;
    throw new LeptonError('git', `${where}: download failed: ${(e as Error).message}`, [
      'nothing was written',
    ]);
  }
  try {
    for (const p of plans) await rename(p.part, p.dest);
  } catch (e) {
    // A place taken by a folder (EISDIR) or unwritable: the parts not yet moved are removed.
    await Promise.all(parts.map((f) => rm(f, { force: true })));
    throw new LeptonError(
      'invalid',
      `${where}: could not move the downloaded files into place: ${(e as Error).message}`,
      ['files moved before the failure stay; no temporary file is left'],
    );
  }
  return plans.map((p) => ({ title: p.title, digest: p.digest, size: p.size }));
}

async function verifiedManifest(client: OciClient, digest: string): Promise<Buffer> {
  const where = pinnedText({ ...client.repo, digest });
  const bytes = await client.getManifest(digest);
  if (!bytes) throw new LeptonError('git', `${where}: the registry has no such manifest`);
  const got = digestBytes(bytes);
  if (got !== digest) {
    throw new LeptonError('git', `${where}: the manifest the registry returned has digest ${got}`);
  }
  return bytes;
}

/** A relative POSIX path with no `..`, no empty or absolute part, no backslash or NUL. */
function safeTitle(title: string): boolean {
  if (!title || title.startsWith('/') || /[\\\0]/.test(title)) return false;
  return title.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

const bufferStream = (bytes: Buffer) => Readable.from([bytes]);
