/**
 * Names in the model store. A repository is `REGISTRY/PATH` (`ghcr.io/acme/models/sentiment`);
 * a pinned reference adds `@sha256:…`. The grammar is the distribution spec's ("Overview":
 * `<name>` components `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*` joined by `/`; digests `sha256:` + 64 hex).
 */
export interface Repository {
    /** `host[:port]` as written (`[::1]:5000` keeps its brackets). */
    readonly registry: string;
    /** The repository path inside the registry, `acme/models/sentiment`. */
    readonly name: string;
}
export interface PinnedRef extends Repository {
    readonly digest: string;
}
export declare const DIGEST: RegExp;
/** The repository a model's versions go to: the store's prefix with the model's name appended. */
export declare function storeRepository(store: string, model: string): Repository;
export declare const repositoryText: (r: Repository) => string;
export declare const pinnedText: (r: PinnedRef) => string;
/** `REGISTRY/NAME@sha256:…` as a record's `artifact.ref` holds it. */
export declare function parsePinned(ref: string): PinnedRef;
/** Whether a registry host is this machine (plain http is allowed there without opting in). */
export declare function isLoopback(registry: string): boolean;
