import { join } from 'node:path';
import { changedParts } from '../core/fingerprint/changed.js';
import type { Changed, Fingerprint } from '../core/fingerprint/types.js';
import type { VersionRef } from '../core/registry/types.js';
import { fingerprintModel, type Progress } from '../io/files/index.js';
import { readRecord, readRegistry } from '../io/registry/index.js';
import type { AppContext } from './context.js';

export interface StatusOptions {
  /** Hashing progress, called only once hashing has lasted a second. */
  readonly onProgress?: (p: Progress) => void;
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
}

/** The model's fingerprint with the stat cache in `<git dir>/lepton` (none outside git). */
export async function fingerprintProject(
  ctx: AppContext,
  onProgress?: (p: Progress) => void,
): Promise<Fingerprint> {
  const cacheDir = ctx.repoRoot
    ? ctx.git.gitDir().then((d) => (d ? join(d, 'lepton') : null))
    : null;
  return fingerprintModel(ctx.manifest, {
    modelDir: ctx.modelDir,
    repoRoot: ctx.repoRoot,
    cacheDir,
    env: ctx.env,
    ...(onProgress && { onProgress }),
  });
}

export async function status(ctx: AppContext, options: StatusOptions = {}): Promise<StatusResult> {
  const [fp, registry] = await Promise.all([
    fingerprintProject(ctx, options.onProgress),
    ctx.repoRoot ? readRegistry(ctx.git, ctx.manifest.model) : null,
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
  };
}
