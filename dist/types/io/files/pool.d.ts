export interface HashJob {
    readonly id: number;
    readonly path: string;
    readonly size: number;
}
export type HashResult = {
    readonly id: number;
    readonly size: number;
    readonly hex: string;
} | {
    readonly id: number;
    readonly error: string;
};
/**
 * Hashes files on `threads` worker threads, largest first so no thread is
 * left with one big file at the end. Per-file failures come back as results;
 * only a crashed worker rejects.
 */
export declare function hashInWorkers(jobs: readonly HashJob[], threads: number, onBytes: (bytes: number, files: number) => void): Promise<HashResult[]>;
