import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What `git rev-parse --show-toplevel --absolute-git-dir --is-shallow-repository` says. */
export interface Discovered {
  readonly top: string;
  readonly gitDir: string;
  readonly shallow: boolean;
}

/**
 * Anything in the environment that changes how git finds or reads the repository: then only
 * git can say.
 */
const GIT_DISCOVERY_ENV =
  /^GIT_(DIR|WORK_TREE|CEILING_DIRECTORIES|DISCOVERY_ACROSS_FILESYSTEM|COMMON_DIR|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|CONFIG|CONFIG_PARAMETERS|CONFIG_COUNT|NAMESPACE|INDEX_FILE|SHALLOW_FILE)$/;

/**
 * The repository around `cwd` found as git finds it (walking up to a `.git` folder), without a
 * git process, in the plain case only: a checkout whose `.git` is a folder owned by this user,
 * with an ordinary HEAD, no `core.worktree`, not bare, no config includes or extensions, on
 * the same file system, and no GIT_* variable that changes discovery. Anything else (worktrees
 * and submodules, whose `.git` is a file; a symlinked `.git`; a folder inside a git dir) gives
 * null: the caller asks git, whose answer is then the only one. Never throws.
 */
export function discoverRepository(
  cwd: string,
  env: Readonly<NodeJS.ProcessEnv>,
): Discovered | null {
  try {
    for (const [k, v] of Object.entries(env)) {
      if (v !== undefined && GIT_DISCOVERY_ENV.test(k)) return null;
    }
    const uid = process.geteuid?.();
    if (uid === undefined) return null;
    let dir = realpathSync(cwd);
    const dev = statSync(dir).dev;
    for (;;) {
      // Inside a git dir (or a bare repository): git's answers differ there.
      if (basename(dir) === '.git' || looksLikeGitDir(dir)) return null;
      const dot = join(dir, '.git');
      const st = lstatOrNull(dot);
      if (st) return st.isDirectory() ? plainRepository(dir, dot, uid) : null;
      const parent = dirname(dir);
      // The root, or another file system: git stops there; let it say so.
      if (parent === dir || statSync(parent).dev !== dev) return null;
      dir = parent;
    }
  } catch {
    return null;
  }
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function looksLikeGitDir(dir: string): boolean {
  return lstatOrNull(join(dir, 'HEAD')) !== null && lstatOrNull(join(dir, 'objects')) !== null;
}

const HEAD = /^(ref: refs\/\S+|[0-9a-f]{40}|[0-9a-f]{64})\n?$/;

function plainRepository(top: string, gitDir: string, uid: number): Discovered | null {
  // safe.directory: git refuses a repository another user owns (unless configured to trust it).
  if (statSync(top).uid !== uid || statSync(gitDir).uid !== uid) return null;
  if (!HEAD.test(readFileSync(join(gitDir, 'HEAD'), 'utf8'))) return null;
  if (!lstatOrNull(join(gitDir, 'objects'))?.isDirectory()) return null;
  if (!lstatOrNull(join(gitDir, 'refs'))?.isDirectory()) return null;
  if (lstatOrNull(join(gitDir, 'commondir'))) return null;
  const config = readFileSync(join(gitDir, 'config'), 'utf8');
  if (!plainConfig(config)) return null;
  const shallow = lstatOrNull(join(gitDir, 'shallow'));
  if (shallow && (!shallow.isFile() || shallow.size === 0)) return null;
  return { top, gitDir, shallow: shallow !== null };
}

/**
 * A config that cannot move the work tree or change the repository's format: no worktree or
 * include keys, no extensions, bare only false, format version 0 or 1.
 */
function plainConfig(text: string): boolean {
  // (A line ending in a backslash continues: not read here.)
  if (/worktree|include|extensions|\\\s*$/im.test(text)) return false;
  // `bare` alone (no value) means true.
  for (const m of text.matchAll(/^\s*bare\b\s*(?:=\s*([^\s#;]*))?\s*(?:[#;].*)?$/gim)) {
    if (m[1] === undefined || !/^(false|no|off|0)$/i.test(m[1])) return false;
  }
  const version = /^\s*repositoryformatversion\s*=\s*(\d+)\s*$/im.exec(text);
  return version === null || Number(version[1]) <= 1;
}
