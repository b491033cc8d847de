import { join } from 'node:path';
import { changedParts } from '../core/fingerprint/changed.js';
import type { Changed, Fingerprint } from '../core/fingerprint/types.js';
import type { VersionRef } from '../core/registry/types.js';
import { fingerprintModel, listTree, type Progress } from '../io/files/index.js';
import type { StartedListing } from '../io/files/list.js';
import { matchParts } from '../io/files/select.js';
import { LeptonError } from '../core/errors/index.js';
import { readRecord, readRegistry } from '../io/registry/index.js';
import type { AppContext } from './context.js';

export interface StatusOptions {
  /** Hashing progress, called only once hashing has lasted a second. */
  readonly onProgress?: (p: Progress) => void;
  /** List each part's files (`status --files`); needs a git work tree. */
  readonly files?: boolean;
}

/** Each part's files, relative to the manifest's folder, sorted in UTF-8 byte order. */
export interface PartFileLists {
  readonly components: Readonly<Record<string, readonly string[]>>;
  readonly data: Readonly<Record<string, readonly string[]>>;
  /** The eval's own files, when it names any. */
  readonly eval?: readonly string[];
}

/** `lepton status`: the contract's `status --json` shape. */
export interface StatusResult {
  readonly model: string;
  readonly fingerprint: string;
  readonly components: Readonly<Record<string, { hash: string; files: number }>>;
  readonly data: Readonly<Record<string, { hash: string; files: number }>>;
  /**
   * The eval's own files (named by `eval.command` or `eval.paths`), hashed into the eval
   * settings, not the fingerprint; absent when the eval names none.
   */
  readonly eval?: { hash: string; files: number };
  /** The highest recorded version, null before the first. */
  readonly latest: VersionRef | null;
  /** Parts that differ from `latest` (every part when nothing is recorded). */
  readonly changed: Changed;
  /** With `files`: what each part selected (the files its hash is over). */
  readonly files?: PartFileLists;
}

/** The model's fingerprint with the stat cache in `<git dir>/lepton` (none outside git). */
export async function fingerprintProject(
  ctx: AppContext,
  options: {
    /** Hashing progress, called only once hashing has lasted a second. */
    readonly onProgress?: ((p: Progress) => void) | undefined;
    /** The model folder's git listing, already started (record's early questions). */
    readonly listing?: StartedListing | null;
    /**
     * The stat cache may be written after the fingerprint is returned (FingerprintOptions
     * .deferSave): for a caller whose next work is the eval, which the write then runs beside.
     */
    readonly deferSave?: boolean;
  } = {},
): Promise<Fingerprint> {
  const { onProgress, listing, deferSave } = options;
  const cacheDir = ctx.repoRoot
    ? ctx.git.gitDir().then((d) => (d ? join(d, 'lepton') : null))
    : null;
  const fp = await fingerprintModel(ctx.manifest, {
    modelDir: ctx.modelDir,
    repoRoot: ctx.repoRoot,
    cacheDir,
    env: ctx.env,
    ...(onProgress && { onProgress }),
    ...(listing && { listing }),
    ...(deferSave && { deferSave }),
  });
  return fp;
}

/**
 * `lepton status`: the fingerprint, each part's hash and file count, and what changed since the
 * highest recorded version; with `options.files`, each part's files as well.
 * @throws LeptonError `invalid` (code 2) for a path that matches nothing or leaves the
 *   repository, or `files` outside a git work tree
 */
export async function status(ctx: AppContext, options: StatusOptions = {}): Promise<StatusResult> {
  if (options.files && !ctx.repoRoot) {
    throw new LeptonError(
      'invalid',
      '--files lists what git would track: run it in a git work tree',
    );
  }
  const [fp, registry, files] = await Promise.all([
    fingerprintProject(ctx, { onProgress: options.onProgress }),
    ctx.repoRoot ? readRegistry(ctx.git, ctx.manifest.model) : null,
    options.files ? partFileLists(ctx) : undefined,
  ]);
  const latest = registry?.versions[0] ?? null;
  const table = (parts: Fingerprint['components']) =>
    Object.fromEntries(parts.map((p) => [p.name, { hash: p.hash, files: p.files }]));
  return {
    model: ctx.manifest.model,
    fingerprint: fp.fingerprint,
    components: table(fp.components),
    data: table(fp.data),
    ...(fp.evalFiles && { eval: { hash: fp.evalFiles.hash, files: fp.evalFiles.files } }),
    latest: latest && { version: latest.version, tag: latest.tag },
    // The parts' hashes are in the whole record only: one git call for the latest version.
    changed: changedParts(fp, latest && (await readRecord(ctx.git, latest))),
    ...(files && { files }),
  };
}

/** The files each part selects, as the fingerprint selects them (io/files' listing and matcher). */
async function partFileLists(ctx: AppContext): Promise<PartFileLists> {
  const tree = await listTree(ctx.manifest, {
    modelDir: ctx.modelDir,
    repoRoot: ctx.repoRoot,
    cacheDir: null,
    env: ctx.env,
  });
  const { parts } = matchParts(tree.parts, tree.files, true);
  const of = (kind: string) =>
    Object.fromEntries(parts.filter((p) => p.kind === kind).map((p) => [p.name, p.files]));
  const evalFiles = parts.find((p) => p.kind === 'eval')?.files;
  // An eval command naming no file of the model has an empty eval part: nothing to list.
  return {
    components: of('component'),
    data: of('data'),
    ...(evalFiles?.length && { eval: evalFiles }),
  };
}
