/**
 * The files under `dir` modified since the eval started (mtime ≥ `sinceMs`; pass the eval's start less the metrics files' mtime slack),
 * as `/`-separated paths relative to `dir`, metrics-like files (`.json`, `.csv`, `.yaml`, `.yml`,
 * `.txt`) first, then by path. Used only to explain a missing metrics file, so it is bounded:
 * at most `maxEntries` directory entries are looked at and `limit` files returned; unreadable
 * folders are skipped. Never throws.
 */
export declare function filesWrittenSince(dir: string, sinceMs: number, limit?: number, maxEntries?: number): Promise<string[]>;
