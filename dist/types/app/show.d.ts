import type { Registry, VersionRef } from '../core/registry/types.js';
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
    readonly skipped: readonly {
        readonly tag: string;
        readonly reason: string;
    }[];
}
/** `lepton show`: every version, newest first, and the stages each holds now. */
export declare function show(ctx: AppContext): Promise<ShowResult>;
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
export declare function showRendered(ctx: AppContext, renderer: ShowRenderer): Promise<{
    bytes: Buffer;
    skipped: ShowResult['skipped'];
}>;
export declare function showRegistry(registry: Registry, manifestStages?: readonly {
    readonly name: string;
}[]): ShowResult;
