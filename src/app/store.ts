import { LeptonError } from '../core/errors/index.js';
import type { VersionRecord } from '../core/registry/types.js';
import { expandArtifacts } from '../io/services/artifact-files.js';
import type { StoreSettings } from '../io/oci/index.js';
import { join } from 'node:path';
import type { AppContext } from './context.js';

/** What `record` and `promote` need from the model store (contract §8), in one place. */

// The OCI client loads only for a manifest with a store: most runs have none.
const oci = () => import('../io/oci/index.js');

/** The settings the caller passed, else the ones the context's environment names (the CLI's). */
export const storeSettings = (ctx: AppContext, given?: StoreSettings): StoreSettings =>
  given ?? ctx.settings.store;

/**
 * Pushes the version's `artifacts:` files to `artifacts.store` (by digest; the version's tag is
 * put by `tagStoredVersion` once the git tag exists) and returns the record with
 * `artifact.ref`/`artifact.digest` set. Without a store, the record unchanged.
 *
 * @throws LeptonError `invalid` when an artifact pattern matches nothing or a file lies outside
 *   the manifest's folder; `git` when the registry fails (no git tag is made then).
 */
export async function storeArtifact(
  ctx: AppContext,
  record: VersionRecord,
  given?: StoreSettings,
): Promise<VersionRecord> {
  const store = ctx.manifest.store;
  if (!store) return record;
  const { pushArtifact, storeRepository } = await oci();
  const repo = storeRepository(store, ctx.manifest.model);
  const found = await expandArtifacts(
    ctx.manifest.artifacts,
    ctx.modelDir,
    ctx.repoRoot ?? ctx.modelDir,
  );
  const bad = [
    ...found.unmatched.map(
      (p) => `artifacts.paths: "${p}" matched no file (did the eval build it?)`,
    ),
    ...found.outside.map((p) => `${p} resolves outside the repository`),
    ...found.files
      .filter((f) => f.startsWith('../'))
      .map(
        (f) =>
          `${f} is outside the manifest's folder: its name in the artifact would climb out of the folder it is pulled into`,
      ),
  ];
  if (bad.length) {
    throw new LeptonError(
      'invalid',
      `cannot push ${record.model} v${record.version} to ${store}`,
      bad,
    );
  }
  ctx.log.info(`pushing ${found.files.length} file(s) to ${repo.registry}/${repo.name}`);
  const pushed = await pushArtifact({
    repo,
    settings: storeSettings(ctx, given),
    files: found.files.map((title) => ({ title, path: join(ctx.modelDir, title) })),
    config: Buffer.from(JSON.stringify(record)),
    annotations: {
      'org.opencontainers.image.version': record.version,
      'org.opencontainers.image.revision': record.commit,
      'org.opencontainers.image.created': record.created,
      ...(await sourceOf(ctx)),
    },
  });
  const sent =
    pushed.uploaded === 0 ? 'the registry had every blob' : `${pushed.uploaded} bytes sent`;
  ctx.log.info(`stored ${pushed.ref} (${sent})`);
  return { ...record, artifact: { ...record.artifact, ref: pushed.ref, digest: pushed.digest } };
}

/**
 * Points the OCI tag `X.Y.Z` at the version's manifest (after its git tag was made, so a run
 * that lost the git race never moves the winner's). A no-op when the tag is there already or
 * the record has no stored artifact.
 */
export async function tagStoredVersion(
  ctx: AppContext,
  record: VersionRecord | null,
  given?: StoreSettings,
): Promise<void> {
  await pointTag(ctx, record, record?.version ?? '', given);
}

/** Points the OCI tag named after a stage (`:production`) at the version's manifest. */
export async function pointStageTag(
  ctx: AppContext,
  record: VersionRecord | null,
  stage: string,
  given?: StoreSettings,
): Promise<boolean> {
  return pointTag(ctx, record, stage, given);
}

async function pointTag(
  ctx: AppContext,
  record: VersionRecord | null,
  tag: string,
  given?: StoreSettings,
): Promise<boolean> {
  const ref = record?.artifact?.ref;
  if (!ctx.manifest.store || !ref || !record) {
    if (ctx.manifest.store && record) {
      ctx.log.warn(
        `v${record.version} has no artifact in the model store: its OCI tag ${tag} is not set`,
      );
    }
    return false;
  }
  const { manifestDigestOf, parsePinned, tagManifest } = await oci();
  const pinned = parsePinned(ref);
  const settings = storeSettings(ctx, given);
  try {
    if ((await manifestDigestOf(pinned, settings, tag)) === pinned.digest) return false;
    await tagManifest(pinned, settings, tag);
  } catch (e) {
    if (!(e instanceof LeptonError)) throw e;
    // The git tag is made by now: say that a rerun completes the store's side.
    throw new LeptonError(e.kind, e.message, [
      ...e.details,
      `the git tags are made and ${ref} holds the files; only the OCI tag :${tag} is missing: run the same command again`,
    ]);
  }
  ctx.log.info(`${pinned.registry}/${pinned.name}:${tag} → ${pinned.digest}`);
  return true;
}

/** `origin`'s URL without credentials (the Action's repository URL in CI), for `org.opencontainers.image.source`. */
async function sourceOf(ctx: AppContext): Promise<Record<string, string>> {
  const repo = ctx.settings.repositoryUrl;
  if (repo) return { 'org.opencontainers.image.source': repo };
  const url = (await ctx.git.remoteUrl('origin')) ?? '';
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(\.git)?$/.exec(url);
  if (scp) return { 'org.opencontainers.image.source': `https://${scp[1]}/${scp[2]}` };
  try {
    const u = new URL(url);
    if (!['https:', 'http:', 'ssh:'].includes(u.protocol)) return {};
    u.username = '';
    u.password = '';
    return { 'org.opencontainers.image.source': u.toString().replace(/\.git$/, '') };
  } catch {
    return {};
  }
}
