import { LeptonError } from '../core/errors/index.js';
import { lastLines, type Git } from './git.js';

/**
 * Which files differ between a commit and the working tree, by content, asked of git without
 * a checkout: git compares object ids (a file whose content is unchanged never counts, whatever
 * its mtime), and a model is then judged by which of these paths its manifest selects
 * (app/models.ts). Paths are relative to the repository's top level, POSIX.
 */

/**
 * Files whose content in the working tree differs from `HEAD`'s: modified, added, deleted
 * (tracked or staged), plus untracked files `.gitignore` does not exclude (which count for a
 * fingerprint). In a repository without a commit yet, every such file.
 * @param git  git at the repository's top level
 * @param head  what HEAD names ({@link headCommit}), when the caller already asked
 * @throws LeptonError `git` when git fails
 */
export async function worktreeChanges(
  git: Git,
  head: Promise<string | null> = headCommit(git),
): Promise<Set<string>> {
  const untracked = git.run(['ls-files', '-z', '--others', '--exclude-standard']);
  const out = new Set(split0((await untracked).stdout));
  if ((await head) === null) {
    for (const f of split0((await git.run(['ls-files', '-z', '--cached'])).stdout)) out.add(f);
    return out;
  }
  // Porcelain `diff` refreshes stat data first: a file touched but unchanged is not listed.
  const diff = await git.run(
    ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', (await head) as string, '--'],
    { allowFailure: true },
  );
  if (diff.code !== 0) {
    throw new LeptonError(
      'git',
      `could not compare the working tree with HEAD: ${lastLines(diff.stderr)}`,
    );
  }
  for (const f of split0(diff.stdout)) out.add(f);
  return out;
}

/**
 * For each commit, the files whose content differs between it and `HEAD` (trees only: add
 * worktreeChanges for the working tree), in one `git diff-tree --stdin`. A commit this clone
 * lacks (a shallow checkout) maps to null: unknown, never "unchanged".
 * @param commits  full object ids
 * @param head  what HEAD names ({@link headCommit}), when the caller already asked
 */
export async function changesToHead(
  git: Git,
  commits: readonly string[],
  head: Promise<string | null> = headCommit(git),
): Promise<Map<string, Set<string> | null>> {
  const result = new Map<string, Set<string> | null>();
  const unique = [...new Set(commits)];
  if (unique.length === 0) return result;
  const to = await head;
  if (to === null) {
    for (const c of unique) result.set(c, null);
    return result;
  }
  // `--always` writes each pair's first id as a header even when nothing differs; a pair git
  // cannot read (a missing commit) gets no header, which is how it is told apart.
  const r = await git.run(
    ['diff-tree', '--always', '-r', '--no-renames', '--name-only', '-z', '--stdin'],
    { input: unique.map((c) => `${c} ${to}\n`).join(''), allowFailure: true },
  );
  if (r.code !== 0) {
    throw new LeptonError('git', `could not compare versions' commits: ${lastLines(r.stderr)}`);
  }
  let next = 0;
  let current: Set<string> | null = null;
  for (const token of split0(r.stdout)) {
    // A header is one of the commits still to come, in order (a pair skipped by git is left out).
    const at = unique.indexOf(token, next);
    if (at >= 0) {
      for (let i = next; i < at; i++) result.set(unique[i] as string, null);
      current = new Set();
      result.set(token, current);
      next = at + 1;
    } else if (current) {
      current.add(token);
    }
  }
  for (let i = next; i < unique.length; i++) result.set(unique[i] as string, null);
  return result;
}

/**
 * The commit a base revision names, and where this branch left it (the merge base, so a base
 * branch that moved on since does not count as this branch's change; the revision itself
 * when there is none to be had, as in a shallow clone).
 * @throws LeptonError `invalid` when the revision names no commit this clone has
 */
export async function resolveBase(
  git: Git,
  ref: string,
): Promise<{ commit: string; from: string }> {
  if (ref.startsWith('-')) throw new LeptonError('invalid', `--base ${ref}: not a git revision`);
  const r = await git.run(['rev-parse', '-q', '--verify', '--end-of-options', `${ref}^{commit}`], {
    allowFailure: true,
  });
  if (r.code !== 0) {
    throw new LeptonError('invalid', `--base ${ref}: no such commit in this clone`, [
      `fetch it first (git fetch origin ${ref.replace(/^origin\//, '')}), or name another revision`,
    ]);
  }
  const commit = r.stdout.trim();
  const mb = await git.run(['merge-base', commit, 'HEAD'], { allowFailure: true });
  const from =
    mb.code === 0 && mb.stdout.trim() ? (mb.stdout.trim().split('\n')[0] as string) : commit;
  return { commit, from };
}

/**
 * The files under `pathspecs` (git pathspecs, magic allowed) that were at `commit` and are not
 * in the working tree (deleted, or renamed away: renames are not followed). One `git diff`.
 * @throws LeptonError `git` when git fails
 */
export async function deletedSince(
  git: Git,
  commit: string,
  pathspecs: readonly string[],
): Promise<string[]> {
  const r = await git.run(
    [
      'diff',
      '--name-only',
      '-z',
      '--no-renames',
      '--no-ext-diff',
      '--diff-filter=D',
      commit,
      '--',
      ...pathspecs,
    ],
    { allowFailure: true },
  );
  if (r.code !== 0) {
    throw new LeptonError(
      'git',
      `could not compare ${commit.slice(0, 12)} with the working tree: ${lastLines(r.stderr)}`,
    );
  }
  return split0(r.stdout);
}

function split0(text: string): string[] {
  return text.split('\0').filter((s) => s !== '');
}

/**
 * The commit HEAD names, or null on an unborn branch. Callers comparing several things with
 * HEAD (ls: the working tree and each version's commit) take it once, so every comparison is
 * against the same commit even if HEAD moves meanwhile.
 */
export async function headCommit(git: Git): Promise<string | null> {
  const r = await git.run(['rev-parse', '-q', '--verify', 'HEAD^{commit}'], { allowFailure: true });
  return r.code === 0 ? r.stdout.trim() : null;
}

/**
 * Each file's content at a commit (`commit:path`, the path relative to the top level), in one
 * `git cat-file --batch`; null where the commit or the file is not there (or the path holds a
 * newline, which the batch's one-line requests cannot name). Meant for small files (manifests):
 * the output is held whole.
 * @throws LeptonError `git` when git fails
 */
export async function filesAtCommits(
  git: Git,
  wanted: readonly { readonly commit: string; readonly path: string }[],
): Promise<(Buffer | null)[]> {
  const nameable = wanted.map((w) => !/[\n\r]/.test(w.path));
  const asked = wanted.filter((_, i) => nameable[i]);
  if (asked.length === 0) return wanted.map(() => null);
  const chunks: Buffer[] = [];
  await git.run(['cat-file', '--batch', '--buffer'], {
    input: asked.map((w) => `${w.commit}:${w.path}\n`).join(''),
    onStdout: (b) => chunks.push(b),
  });
  const found = parseBatch(Buffer.concat(chunks), asked.length);
  let k = 0;
  return nameable.map((ok) => (ok ? (found[k++] ?? null) : null));
}

/**
 * `git cat-file --batch` output (git-cat-file(1), BATCH OUTPUT): per request either
 * `<oid> <type> <size>\n<contents>\n`, or `<request> missing\n` (also `ambiguous`). Blobs
 * only; anything else, or output cut short, is null.
 */
export function parseBatch(out: Buffer, count: number): (Buffer | null)[] {
  const result: (Buffer | null)[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = out.toString('latin1', at, eol).split(' ');
    at = eol + 1;
    const size = Number(header[2]);
    if (header.length !== 3 || !Number.isSafeInteger(size) || size < 0) {
      result.push(null); // `missing`, `ambiguous`
      continue;
    }
    if (at + size + 1 > out.length) break;
    result.push(header[1] === 'blob' ? out.subarray(at, at + size) : null);
    at += size + 1;
  }
  while (result.length < count) result.push(null);
  return result;
}
