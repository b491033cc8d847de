import type { Manifest } from '../../core/manifest/types.js';
import { type Git } from '../git.js';
/**
 * A version's fingerprint recomputed from its commit's tree, by the same encoding as the work
 * tree's (core/fingerprint/encoding.ts): every blob the parts' globs match is read from git
 * (LFS pointers count as the oid and size they record, `.dvc` files as their outs, as in the
 * work tree), so a record can be checked against the content it claims to describe without a
 * checkout. CONTRACT §3 / issue 22.8: a record copied onto other content, or forged with the
 * current fingerprint, does not match and is neither reused nor promoted.
 *
 * Reading every blob costs what a cold fingerprint does; the answer depends only on the tree
 * and the manifest's parts, so it is kept in `<git dir>/lepton/trees.json` by tree id.
 */
export type TreeFingerprint = {
    readonly ok: true;
    readonly fingerprint: string;
} | {
    readonly ok: false;
    readonly problem: string;
};
/**
 * The fingerprint of `commit`'s content for `manifest`, whose folder is `prefix` (POSIX,
 * relative to the repository's top level; '' for the top). Never throws for what the tree
 * holds: a glob matching nothing, a symlink leaving the tree or a submodule is a `problem`.
 * Throws LeptonError 'git' only when git itself fails.
 */
export declare function fingerprintAtCommit(git: Git, commit: string, manifest: Manifest, prefix: string, cacheFile: string | null): Promise<TreeFingerprint>;
