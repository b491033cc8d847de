import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Folders never searched: version control, dependencies, caches. */
const SKIP = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', '.dvc', '.lepton']);

/**
 * The files under `dir` modified since the eval started (mtime ≥ `sinceMs`; pass the eval's start less the metrics files' mtime slack),
 * as `/`-separated paths relative to `dir`, metrics-like files (`.json`, `.csv`, `.yaml`, `.yml`,
 * `.txt`) first, then by path. Used only to explain a missing metrics file, so it is bounded:
 * at most `maxEntries` directory entries are looked at and `limit` files returned; unreadable
 * folders are skipped. Never throws.
 */
export async function filesWrittenSince(
  dir: string,
  sinceMs: number,
  limit = 8,
  maxEntries = 20_000,
): Promise<string[]> {
  const found: string[] = [];
  let seen = 0;
  const queue = [dir];
  while (queue.length && seen < maxEntries) {
    const folder = queue.shift()!;
    let names: string[];
    try {
      names = (await readdir(folder)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (++seen > maxEntries) break;
      const path = join(folder, name);
      let st;
      try {
        st = await lstat(path);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (!SKIP.has(name)) queue.push(path);
      } else if (st.isFile() && st.mtimeMs >= sinceMs) {
        found.push(relative(dir, path).split(sep).join('/'));
      }
    }
  }
  const metricsLike = (p: string) => /\.(json|csv|ya?ml|txt)$/i.test(p);
  found.sort((a, b) => Number(metricsLike(b)) - Number(metricsLike(a)) || (a < b ? -1 : 1));
  return found.slice(0, limit);
}
