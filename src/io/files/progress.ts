export interface Progress {
  readonly files: number;
  readonly totalFiles: number;
  readonly bytes: number;
  readonly totalBytes: number;
}

/** Only hashing that lasts longer than this is worth a progress line. */
const QUIET_MS = 1000;
const EVERY_MS = 100;

/** Counts work done and calls back at most every 100 ms, once a second has passed. */
export class ProgressMeter {
  private files = 0;
  private bytes = 0;
  private last = 0;
  private shown = false;
  private readonly started = Date.now();

  constructor(
    private readonly totalFiles: number,
    private readonly totalBytes: number,
    private readonly onProgress?: (p: Progress) => void,
  ) {}

  add(files: number, bytes: number): void {
    this.files += files;
    this.bytes += bytes;
    if (!this.onProgress) return;
    const now = Date.now();
    if (now - this.started < QUIET_MS || now - this.last < EVERY_MS) return;
    this.last = now;
    this.shown = true;
    this.onProgress(this.snapshot());
  }

  /** The closing call (all files done), only when progress was shown at all. */
  finish(): void {
    if (this.shown && this.onProgress) {
      this.onProgress({
        files: this.totalFiles,
        totalFiles: this.totalFiles,
        bytes: this.totalBytes,
        totalBytes: this.totalBytes,
      });
    }
  }

  private snapshot(): Progress {
    return {
      files: Math.min(this.files, this.totalFiles),
      totalFiles: this.totalFiles,
      bytes: Math.min(this.bytes, this.totalBytes),
      totalBytes: this.totalBytes,
    };
  }
}
