import { join, relative, sep } from 'node:path';
import type { Manifest } from '../core/manifest/types.js';
import { validateManifestLazily } from '../core/manifest/quick.js';
import type { Registry, VersionEntry } from '../core/registry/types.js';
import { copiedRecords } from '../io/registry/baseline.js';
import { fingerprintAtCommit } from '../io/registry/verify.js';
import { fileAtCommit } from '../io/registry/worktree.js';
import type { AppContext } from './context.js';

/**
 * Why a version's record cannot be trusted to describe its commit, or null when it can: its
 * fingerprint is recomputed from the commit's tree (io/registry/verify.ts), with the manifest
 * as that commit has it (the one the record was made with), else the current one. Checked
 * before its metrics are reused or it is promoted (CONTRACT §3: a record copied onto other
 * content, or forged with the current fingerprint, is never reused or promoted).
 */
export async function untrustedRecord(
  ctx: AppContext,
  entry: VersionEntry,
): Promise<string | null> {
  const record = entry.summary;
  if (!record) return `${entry.tag} carries no Lepton record`;
  if (!ctx.repoRoot) return 'outside a git repository';
  const root = ctx.repoRoot;
  const prefix = relative(root, ctx.modelDir).split(sep).join('/');
  const gitDir = await ctx.git.gitDir();
  const cacheFile = gitDir ? join(gitDir, 'lepton', 'trees.json') : null;
  const manifest = await manifestAt(ctx, entry.commit, relative(root, ctx.manifestPath));
  const at = await fingerprintAtCommit(ctx.git, entry.commit, manifest, prefix, cacheFile);
  const short = entry.commit.slice(0, 12);
  if (!at.ok) return `its fingerprint cannot be checked against commit ${short} (${at.problem})`;
  if (at.fingerprint !== record.fingerprint) {
    return `its record's fingerprint ${abbrev(record.fingerprint)} is not that of the content at commit ${short} (${abbrev(at.fingerprint)})`;
  }
  return null;
}

/**
 * The version recording `fingerprint` whose record describes its commit; warns about others.
 * A record copied from a lower version (one fingerprint twice: Lepton never records one content
 * twice) is passed over quietly: the lowest version holding it is the one that recorded it.
 */
export async function findTrustedByFingerprint(
  ctx: AppContext,
  registry: Registry,
  fingerprint: string,
): Promise<VersionEntry | null> {
  const copied = copiedRecords(registry);
  for (const v of registry.versions) {
    if (v.summary?.fingerprint !== fingerprint) continue;
    // Named by the eval's baseline warnings (app/eval.ts) when it stands above the baseline.
    if (copied.has(v.tag)) continue;
    const why = await untrustedRecord(ctx, v);
    if (why === null) return v;
    ctx.log.warn(`${v.tag} is not trusted: ${why}`);
  }
  return null;
}

async function manifestAt(ctx: AppContext, commit: string, path: string): Promise<Manifest> {
  const text = await fileAtCommit(ctx.git, commit, path.split(sep).join('/'));
  if (text === null) return ctx.manifest;
  const parsed = await validateManifestLazily(text, path);
  return parsed.ok ? parsed.manifest : ctx.manifest;
}

const abbrev = (h: string) => (h.length > 19 ? `${h.slice(0, 19)}…` : h);
