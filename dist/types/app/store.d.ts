import type { VersionRecord } from '../core/registry/types.js';
import type { StoreSettings } from '../io/oci/index.js';
import type { AppContext } from './context.js';
/** The settings the caller passed, else the ones the context's environment names (the CLI's). */
export declare const storeSettings: (ctx: AppContext, given?: StoreSettings) => StoreSettings;
/**
 * Pushes the version's `artifacts:` files to `artifacts.store` (by digest; the version's tag is
 * put by `tagStoredVersion` once the git tag exists) and returns the record with
 * `artifact.ref`/`artifact.digest` set. Without a store, the record unchanged.
 *
 * @throws LeptonError `invalid` when an artifact pattern matches nothing or a file lies outside
 *   the manifest's folder; `git` when the registry fails (no git tag is made then).
 */
export declare function storeArtifact(ctx: AppContext, record: VersionRecord, given?: StoreSettings): Promise<VersionRecord>;
/**
 * Points the OCI tag `X.Y.Z` at the version's manifest (after its git tag was made, so a run
 * that lost the git race never moves the winner's). A no-op when the tag is there already or
 * the record has no stored artifact.
 */
export declare function tagStoredVersion(ctx: AppContext, record: VersionRecord | null, given?: StoreSettings): Promise<void>;
/** Points the OCI tag named after a stage (`:production`) at the version's manifest. */
export declare function pointStageTag(ctx: AppContext, record: VersionRecord | null, stage: string, given?: StoreSettings): Promise<boolean>;
