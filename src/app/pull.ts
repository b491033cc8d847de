import { resolve } from 'node:path';
import { LeptonError } from '../core/errors/index.js';
import { findVersion } from '../core/registry/build.js';
import type { Registry, VersionEntry } from '../core/registry/types.js';
import { parseVersionArg } from '../core/registry/version-arg.js';
import { parsePinned, pullArtifact, type StoreSettings, type StoredFile } from '../io/oci/index.js';
import { fetchModelTags, readRecord, readRegistry } from '../io/registry/index.js';
import type { AppContext } from './context.js';
import { storeSettings } from './store.js';

export interface PullOptions {
  /** `1.2.0`, `v1.2.0`, `MODEL@v1.2.0`, or `MODEL#STAGE` (the stage's holder now). */
  readonly ref: string;
  /** Where the files go: absolute, or relative to the manifest's folder (default `.`). */
  readonly to?: string;
  /** The remote to read tags from when the version is not known locally (default `origin`). */
  readonly remote?: string;
  readonly store?: StoreSettings;
}

/** `pull --json`: the version, where its files came from, and each file written. */
export interface PullResult {
  readonly model: string;
  readonly version: string;
  readonly tag: string;
  /** The pinned reference the record names, `REGISTRY/NAME@sha256:…`. */
  readonly ref: string;
  readonly digest: string;
  /** Absolute folder the files were written to. */
  readonly dir: string;
  /** Each file: its path relative to `dir`, size in bytes and `sha256:` digest (verified). */
  readonly files: readonly {
    readonly path: string;
    readonly size: number;
    readonly digest: string;
  }[];
}

/**
 * `lepton pull REF --to DIR`: resolves REF through the git registry to the version's record,
 * and downloads the files its `artifact.ref` names, verifying every digest before a file is
 * moved into place.
 *
 * @throws LeptonError `invalid` (exit 2) for an unknown REF or a version without a stored
 *   artifact; `git` (exit 4) for a registry failure or a digest mismatch (nothing written).
 */
export async function pull(ctx: AppContext, options: PullOptions): Promise<PullResult> {
  const model = ctx.manifest.model;
  let registry = await readRegistry(ctx.git, model);
  let entry = resolveRef(registry, options.ref, model);
  if (!entry && ctx.repoRoot) {
    // A fresh clone has no tags: ask the remote before saying the version does not exist.
    const remote = options.remote ?? 'origin';
    try {
      await fetchModelTags(ctx.git, remote, model, (m) => ctx.log.warn(m));
      registry = await readRegistry(ctx.git, model);
      entry = resolveRef(registry, options.ref, model);
    } catch (e) {
      ctx.log.warn(`could not fetch ${remote}'s tags: ${(e as Error).message}`);
    }
  }
  if (!entry)
    throw notFound(
      registry,
      options.ref,
      ctx.manifest.stages.map((s) => s.name),
      model,
    );
  const artifact = (await readRecord(ctx.git, entry))?.artifact;
  if (!artifact?.ref || !artifact.digest) {
    throw new LeptonError('invalid', `${entry.tag} has no artifact in a model store`, [
      'it was recorded without artifacts.store; set it in lepton.yml and record a new version',
    ]);
  }
  const pinned = parsePinned(artifact.ref);
  if (pinned.digest !== artifact.digest) {
    throw new LeptonError(
      'invalid',
      `${entry.tag}'s record names two digests: ${artifact.ref} and ${artifact.digest}`,
    );
  }
  const dir = resolve(ctx.modelDir, options.to ?? '.');
  ctx.log.info(`pulling ${entry.tag} from ${artifact.ref} into ${dir}`);
  const files: StoredFile[] = await pullArtifact({
    ref: pinned,
    settings: storeSettings(ctx, options.store),
    dir,
  });
  return {
    model,
    version: entry.version,
    tag: entry.tag,
    ref: artifact.ref,
    digest: artifact.digest,
    dir,
    files: files.map((f) => ({ path: f.title, size: f.size, digest: f.digest })),
  };
}

/**
 * Why REF names nothing: a stage that holds no version (never promoted to, or rolled back), a
 * stage neither the manifest nor the registry knows, or a version that was never recorded.
 */
function notFound(
  registry: Registry,
  ref: string,
  stages: readonly string[],
  model: string,
): LeptonError {
  const hash = ref.indexOf('#');
  const stage = hash >= 0 ? ref.slice(hash + 1) : null;
  if (stage !== null && (stages.includes(stage) || Object.hasOwn(registry.stages, stage))) {
    const holder = registry.stages[stage]?.version;
    if (!holder) {
      return new LeptonError('invalid', `${ref}: ${stage} holds no version of ${model}`, [
        `\`lepton promote VERSION ${stage}\` assigns one; \`lepton show\` lists the stages`,
      ]);
    }
  } else if (stage !== null) {
    return new LeptonError('invalid', `${ref}: ${model} has no stage "${stage}"`, [
      stages.length
        ? `its stages (lepton.yml): ${stages.join(', ')}`
        : 'lepton.yml names no stage (stages:)',
    ]);
  }
  return new LeptonError('invalid', `${ref}: no such version of ${model}`, [
    'REF is 1.2.0, v1.2.0, MODEL@v1.2.0 or MODEL#STAGE; `lepton show` lists the versions',
  ]);
}

/** The version REF names, or null when the registry does not have it (yet). */
function resolveRef(registry: Registry, ref: string, model: string): VersionEntry | null {
  const hash = ref.indexOf('#');
  if (hash >= 0) {
    const name = ref.slice(0, hash);
    const stage = ref.slice(hash + 1);
    if (name && name !== model) {
      throw new LeptonError('invalid', `${ref} names model "${name}", not "${model}"`);
    }
    const holder = registry.stages[stage];
    return holder?.version ? findVersion(registry, holder.version) : null;
  }
  const version = parseVersionArg(ref, model);
  if (version === null) {
    throw new LeptonError(
      'invalid',
      `${ref}: expected 1.2.0, v1.2.0, ${model}@v1.2.0 or ${model}#STAGE`,
    );
  }
  return findVersion(registry, version);
}
