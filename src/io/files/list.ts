import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { LeptonError } from '../../core/errors/index.js';
import { compareUtf8 } from '../../core/fingerprint/encoding.js';
import { decodeName, decodeNulSeparated, hasEscapedBytes } from '../../core/fingerprint/names.js';
import type { Git } from '../git.js';

/** What git's index says about the files under the model's folder. */
export interface GitListing {
  /**
   * The files git would track, relative to the folder (POSIX), sorted in UTF-8 byte order, each
   * once:
   * tracked files plus untracked ones .gitignore does not exclude. Tracked files deleted from
   * the work tree are still listed; the caller drops what it cannot stat.
   */
  readonly files: string[];
  /**
   * Tracked regular files (mode 100644 or 100755) at stage 0 that git checks against the work
   * tree as usual (not assume-unchanged, not skip-worktree), with the blob id the index holds.
   * Symlinks, submodules, unmerged paths and names that are not UTF-8 (which the stat cache
   * does not keep) are never here.
   */
  readonly blobs: Map<string, string>;
}

/**
 * `git … -z` with its output as bytes, decoded name by name (core/fingerprint/names.ts): a
 * name that is not UTF-8 keeps its bytes instead of turning into U+FFFD.
 */
async function gitZ(
  git: Git,
  args: readonly string[],
  allowFailure = false,
): Promise<{ code: number; text: string }> {
  const chunks: Buffer[] = [];
  const r = await git.run(args, { onStdout: (b) => chunks.push(b), allowFailure });
  return { code: r.code, text: decodeNulSeparated(Buffer.concat(chunks)) };
}

/** The output of one `git ls-files -v -s -c -o --exclude-standard -z` (see parseLsFiles). */
export async function listGitIndex(git: Git): Promise<string> {
  return (await gitZ(git, ['ls-files', '-v', '-s', '-c', '-o', '--exclude-standard', '-z'])).text;
}

/**
 * A listGitIndex started early in folder `cwd` (so git lists while other work goes on): used by
 * whoever lists that same folder next, and ignored elsewhere (a wrong guess of the folder costs
 * a git process, never a wrong answer).
 */
export interface StartedListing {
  readonly cwd: string;
  readonly raw: Promise<string>;
}

/** Starts listGitIndex in git's folder; its failure is left to whoever awaits it. */
export function startListing(git: Git): StartedListing {
  const raw = listGitIndex(git);
  raw.catch(() => undefined);
  return { cwd: git.cwd, raw };
}

/**
 * Each NUL-ended record is either
 * `? <path>` (untracked; `<dir>/` for a nested repository) or
 * `<tag> <mode> <blob> <stage>\t<path>` (tracked), where the tag is `H` for an ordinary entry,
 * lowercase when assume-unchanged, `S` for skip-worktree, `M` for unmerged (one record per
 * stage). Untracked records come first, then the index's own order (byte order of names).
 */
export function parseLsFiles(out: string): GitListing {
  const untracked: string[] = [];
  const tracked: string[] = [];
  const blobs = new Map<string, string>();
  let previous: string | undefined;
  for (let i = 0; i < out.length;) {
    let end = out.indexOf('\0', i);
    if (end < 0) end = out.length;
    if (out.startsWith('? ', i)) {
      const name = out.slice(i + 2, end);
      if (name !== '' && !name.endsWith('/')) untracked.push(name);
    } else {
      const tab = out.indexOf('\t', i);
      if (tab > i && tab < end) {
        const name = out.slice(tab + 1, end);
        if (name === previous) {
          // Further stages of an unmerged path.
          blobs.delete(name);
        } else {
          previous = name;
          tracked.push(name);
          if (
            out.charCodeAt(i) === 0x48 && // 'H'
            out.startsWith(' 0', tab - 2) &&
            (out.startsWith(' 100644 ', i + 1) || out.startsWith(' 100755 ', i + 1)) &&
            !hasEscapedBytes(name)
          ) {
            blobs.set(name, out.slice(i + 9, tab - 2));
          }
        }
      }
    }
    i = end + 1;
  }
  return { files: mergeSorted(untracked, tracked), blobs };
}

/**
 * Tracked files under the folder whose work tree differs from the index, relative to it: git
 * compares each one's stat data with what the index recorded, and reads the content of entries
 * too recent to judge by time ("racy git"). Settings that would make it trust less are turned
 * off for this call: ctime and the full stat data count (a same-size edit with its mtime put
 * back is caught), and no file-system monitor is asked instead of looking. Null when git
 * cannot tell.
 */
export async function listModifiedFiles(git: Git): Promise<Set<string> | null> {
  const r = await gitZ(
    git,
    [
      '-c',
      'core.checkStat=default',
      '-c',
      'core.trustctime=true',
      '-c',
      'core.fsmonitor=false',
      'diff-files',
      '--relative',
      '--name-only',
      '-z',
    ],
    true,
  );
  // Without git's word, every file is looked at: slower, never wrong.
  return r.code === 0 ? new Set(r.text.split('\0')) : null;
}

/** Untracked files that .gitignore excludes: only asked for to explain an empty match. */
export async function listIgnoredFiles(git: Git): Promise<string[]> {
  const r = await gitZ(git, ['ls-files', '-o', '-i', '--exclude-standard', '-z'], true);
  return r.code === 0 ? r.text.split('\0').filter((n) => n !== '' && !n.endsWith('/')) : [];
}

/**
 * Two lists each sorted by git (byte order) as one, strictly sorted: sorted again, without
 * duplicates, should a name break that order (names that are not UTF-8 decode alike).
 */
function mergeSorted(a: string[], b: string[]): string[] {
  if (a.length === 0 && isStrictlySorted(b)) return b;
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    out.push(
      compareUtf8(a[i] as string, b[j] as string) <= 0 ? (a[i++] as string) : (b[j++] as string),
    );
  }
  while (i < a.length) out.push(a[i++] as string);
  while (j < b.length) out.push(b[j++] as string);
  return isStrictlySorted(out) ? out : [...new Set(out)].sort(compareUtf8);
}

/** Sorted in UTF-8 byte order, each name once. */
export function isStrictlySorted(names: readonly string[]): boolean {
  for (let i = 1; i < names.length; i++) {
    if (compareUtf8(names[i - 1] as string, names[i] as string) >= 0) return false;
  }
  return true;
}

/** Outside git: every file under `root` (symlinks listed, not descended). */
export function walkFiles(root: string): string[] {
  const files: string[] = [];
  // Names read as bytes, so a name that is not UTF-8 keeps them (core/fingerprint/names.ts).
  const visit = (dir: Buffer, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (e) {
      throw new LeptonError(
        'invalid',
        `cannot list ${prefix || '.'}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
    }
    for (const e of entries) {
      const rel = prefix + decodeName(e.name);
      if (e.isDirectory()) visit(Buffer.concat([dir, SLASH, e.name]), rel + '/');
      else files.push(rel);
    }
  };
  visit(Buffer.from(root), '');
  return files;
}

const SLASH = Buffer.from(sep);

/**
 * The tracked symlinks (mode 120000, stage 0) of a listGitIndex output, named as listed (relative
 * to the folder listed; names that are not UTF-8 keep their bytes as escapes).
 */
export function trackedLinks(out: string): string[] {
  const links: string[] = [];
  for (let i = 0; i < out.length;) {
    let end = out.indexOf('\0', i);
    if (end < 0) end = out.length;
    const tab = out.indexOf('\t', i);
    if (
      out.startsWith(' 120000 ', i + 1) &&
      tab > i &&
      tab < end &&
      out.startsWith(' 0', tab - 2)
    ) {
      links.push(out.slice(tab + 1, end));
    }
    i = end + 1;
  }
  return links;
}

/**
 * Of `paths` (relative to git's folder), those the index holds as regular files at stage 0
 * (`git ls-files -s -z -- :(literal)P…`: one process).
 */
export async function trackedRegularFiles(
  git: Git,
  paths: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  if (paths.length === 0) return found;
  const r = await gitZ(git, ['ls-files', '-s', '-z', '--', ...paths.map((p) => `:(literal)${p}`)]);
  for (const entry of r.text.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', , stage = ''] = entry.slice(0, tab).split(' ');
    if ((mode === '100644' || mode === '100755') && stage === '0') found.add(entry.slice(tab + 1));
  }
  return found;
}
