export interface Progress {
    readonly files: number;
    readonly totalFiles: number;
    readonly bytes: number;
    readonly totalBytes: number;
}
/** Counts work done and calls back at most every 100 ms, once a second has passed. */
export declare class ProgressMeter {
    private readonly totalFiles;
    private readonly totalBytes;
    private readonly onProgress?;
    private files;
    private bytes;
    private last;
    private shown;
    private readonly started;
    constructor(totalFiles: number, totalBytes: number, onProgress?: ((p: Progress) => void) | undefined);
    add(files: number, bytes: number): void;
    /** The closing call (all files done), only when progress was shown at all. */
    finish(): void;
    private snapshot;
}
