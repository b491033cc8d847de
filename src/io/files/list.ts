import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LeptonError } from '../../core/errors/index.js';
import type { Git } from '../git.js';

/**
 * The files git would track under `modelDir`, relative to it (POSIX): tracked
 * files plus untracked ones .gitignore does not exclude. One git process.
 * Tracked files deleted from the work tree are still listed; the caller drops
 * what it cannot stat.
 */
export async function listGitFiles(git: Git): Promise<string[]> {
  const out = await git.out(['ls-files', '-c', '-o', '--exclude-standard', '-z']);
  return splitNames(out);
}

/** Untracked files that .gitignore excludes: only asked for to explain an empty match. */
export async function listIgnoredFiles(git: Git): Promise<string[]> {
  const r = await git.run(['ls-files', '-o', '-i', '--exclude-standard', '-z'], {
    allowFailure: true,
  });
  return r.code === 0 ? splitNames(r.stdout) : [];
}

function splitNames(out: string): string[] {
  const seen = new Set<string>();
  for (const name of out.split('\0')) {
    // `dir/` is an untracked nested repository; unmerged paths repeat once per stage.
    if (name !== '' && !name.endsWith('/')) seen.add(name);
  }
  return [...seen];
}

/** Outside git: every file under `root` (symlinks listed, not descended). */
export function walkFiles(root: string): string[] {
  const files: string[] = [];
  const visit = (dir: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      throw new LeptonError(
        'invalid',
        `cannot list ${prefix || '.'}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
    }
    for (const e of entries) {
      const rel = prefix + e.name;
      if (e.isDirectory()) visit(join(dir, e.name), rel + '/');
      else files.push(rel);
    }
  };
  visit(root, '');
  return files;
}
