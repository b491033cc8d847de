import type { Registry, VersionRef } from '../core/registry/types.js';
import { listModel, readRegistry, readRegistryOfListing } from '../io/registry/read.js';
import { loadShowMemo, saveShowMemo, type ShowMemoKey } from '../io/registry/show-memo.js';
import type { AppContext } from './context.js';

export interface ShownVersion extends VersionRef {
  readonly commit: string;
  /** When it was recorded (the record's time, else the tag's). */
  readonly created: string;
  /** null for a tag without a Lepton record (made by GTO or by hand). */
  readonly passed: boolean | null;
  readonly metrics: Readonly<Record<string, number>>;
  /** The stages this version holds now. */
  readonly stages: readonly string[];
  readonly fingerprint: string | null;
  /** The tag has no Lepton record (GTO's or hand-made). */
  readonly recorded: boolean;
  readonly deregistered?: boolean;
  readonly lightweight?: boolean;
}

export interface StageHolder extends VersionRef {
  /** The assignment tag that gave the stage to this version. */
  readonly stageTag: string;
}

/** The contract's `show --json` shape. */
export interface ShowResult {
  readonly model: string;
  /** Newest (highest semver) first. */
  readonly versions: readonly ShownVersion[];
  /** Every stage of the manifest (and any other a tag names), with who holds it now. */
  readonly stages: Readonly<Record<string, StageHolder | null>>;
  readonly deprecated?: boolean;
  /** Tags whose names claim a version or stage but that are none (not a commit, a forged record). */
  readonly skipped: readonly { readonly tag: string; readonly reason: string }[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `lepton show`: every version, newest first, and the stages each holds now. */
export async function show(ctx: AppContext): Promise<ShowResult> {
  return showRegistry(await readRegistry(ctx.git, ctx.manifest.model), ctx.manifest.stages);
}

/** A renderer of `show`'s result: its bytes depend on the result alone. */
export interface ShowRenderer {
  /**
   * Names the output's form; another form, or any change to what `render` makes of a result,
   * needs another name (memos are kept under it, within one release of Lepton).
   */
  readonly format: string;
  render(result: ShowResult): string;
}

/**
 * `lepton show` rendered: the bytes `renderer` makes of `show`'s result, and the tags it skipped
 * (for warnings). The bytes depend only on the model's tag listing, the manifest's stage names,
 * the renderer's format and the release, so the last rendering is kept under exactly those
 * (io/registry/show-memo.ts) and printed again while they hold, without reading the registry.
 * A rendering is kept once the tag cache answered the same listing (a second read): a cold read
 * or one after the tags changed does not also write the memo.
 *
 * @throws LeptonError `git` when git cannot list or read the tags.
 */
export async function showRendered(
  ctx: AppContext,
  renderer: ShowRenderer,
): Promise<{ bytes: Buffer; skipped: ShowResult['skipped'] }> {
  const { model, stages } = ctx.manifest;
  const listing = await listModel(ctx.git, model);
  const key: ShowMemoKey = {
    digest: listing.digest,
    format: renderer.format,
    stages: stages.map((s) => s.name),
  };
  if (listing.gitDir !== null) {
    const memo = loadShowMemo(listing.gitDir, model, key);
    if (memo !== null) return memo;
  }
  const { registry, cached } = await readRegistryOfListing(ctx.git, listing);
  const result = showRegistry(registry, stages);
  const bytes = Buffer.from(renderer.render(result));
  if (cached && listing.gitDir !== null) {
    saveShowMemo(listing.gitDir, model, key, { bytes, skipped: result.skipped });
  }
  return { bytes, skipped: result.skipped };
}

export function showRegistry(
  registry: Registry,
  manifestStages: readonly { readonly name: string }[] = [],
): ShowResult {
  const tagOf = new Map(registry.versions.map((v) => [v.version, v.tag]));
  const stages: Record<string, StageHolder | null> = {};
  for (const s of manifestStages) stages[s.name] = null;
  for (const [name, e] of Object.entries(registry.stages)) {
    stages[name] =
      e?.version != null
        ? { version: e.version, tag: tagOf.get(e.version) ?? e.tag, stageTag: e.tag }
        : null;
  }
  const held = new Map<string, string[]>();
  for (const name of Object.keys(stages)) {
    const v = stages[name]?.version;
    if (v) held.set(v, [...(held.get(v) ?? []), name]);
  }
  // Thousands of rows: one object literal each, and the optional keys added only where they
  // are (a spread per row costs more than the rest of the row).
  const versions: ShownVersion[] = new Array<ShownVersion>(registry.versions.length);
  for (let i = 0; i < versions.length; i++) {
    const v = registry.versions[i] as Registry['versions'][number];
    const s = v.summary;
    const row: Mutable<ShownVersion> = {
      version: v.version,
      tag: v.tag,
      commit: v.commit,
      created: s?.created ?? v.date,
      passed: s ? s.passed : null,
      metrics: s?.metrics ?? {},
      stages: held.get(v.version) ?? [],
      fingerprint: s?.fingerprint ?? null,
      recorded: s !== null,
    };
    if (v.deregistered) row.deregistered = true;
    if (v.lightweight) row.lightweight = true;
    versions[i] = row;
  }
  return {
    model: registry.model,
    versions,
    stages,
    ...(registry.deprecated && { deprecated: true }),
    skipped: registry.skipped.map((s) => ({ tag: s.tag, reason: s.reason })),
  };
}
