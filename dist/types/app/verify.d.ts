import type { Registry, VersionEntry } from '../core/registry/types.js';
import type { AppContext } from './context.js';
/**
 * Why a version's record cannot be trusted to describe its commit, or null when it can: its
 * fingerprint is recomputed from the commit's tree (io/registry/verify.ts), with the manifest
 * as that commit has it (the one the record was made with), else the current one. Checked
 * before its metrics are reused or it is promoted (CONTRACT §3: a record copied onto other
 * content, or forged with the current fingerprint, is never reused or promoted).
 */
export declare function untrustedRecord(ctx: AppContext, entry: VersionEntry): Promise<string | null>;
/**
 * The version recording `fingerprint` whose record describes its commit; warns about others.
 * A record copied from a lower version (one fingerprint twice: Lepton never records one content
 * twice) is passed over quietly: the lowest version holding it is the one that recorded it.
 */
export declare function findTrustedByFingerprint(ctx: AppContext, registry: Registry, fingerprint: string): Promise<VersionEntry | null>;
