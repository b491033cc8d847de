import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { LeptonError } from '../../core/errors/index.js';
import type { FileRecord } from '../../core/fingerprint/encoding.js';
import type { Git } from '../git.js';
import { readBlobRecords } from './blob-records.js';

/**
 * Committed content, not checkout bytes (docs/line-endings.md). A tracked file git vouches is
 * unmodified is described by its blob: the content of the commit, the same on every checkout
 * of it, and what the trust check reads (io/registry/verify.ts). Under checkout conversion
 * (core.autocrlf, `text`/`eol`/`crlf` attributes with core.eol, `ident`, `filter`,
 * `working-tree-encoding`) the work tree's bytes are not the blob's: a CRLF checkout on Windows
 * and an LF one on Linux of the same commit would otherwise fingerprint differently, and
 * neither as the commit does.
 *
 * Where no conversion can apply, the bytes in the work tree ARE the blob's (git writes a blob
 * out as it is and reads it back as it is), so nothing here runs: {@link conversionIn}
 * says so from a few files, without a git process. Where it may apply, a file read from disk
 * keeps its record unless git may have converted it: a `filter`, `ident` or
 * `working-tree-encoding` attribute on it, or line endings git may convert (a `text`, `eol` or
 * `crlf` attribute, or any file not `-text` where config may set core.autocrlf) and a size
 * other than its blob's (`git cat-file --batch-check`): line-ending conversion only adds or
 * drops CR bytes, so a file that cleans to its blob (git's word) with the blob's very size is
 * the blob byte for byte. The attributes come from one `git check-attr --all`, started beside
 * the hashing on a cold run. Those files' records come from their blobs (`git cat-file
 * --batch`, readBlobRecords: LFS pointers and `.dvc` files by the same rules as the work
 * tree's).
 */

/** Config keys that may make git convert a file (or bring in more config that may). */
const CONFIG_WORDS = /autocrlf|attributesfile|include/i;

/** Where a run looks for attributes and config, besides the listing. */
export interface ConversionScope {
  /** The work tree's top level. */
  readonly repoRoot: string;
  /** The folder git listed (the model's, or the ancestor its paths climb to). */
  readonly listedDir: string;
  /** The files git listed there (relative to listedDir, POSIX). */
  readonly listed: readonly string[];
  /** The git directory when known (`<git dir>/lepton` less its last part), else null. */
  readonly gitDir: string | null;
  readonly env: Readonly<NodeJS.ProcessEnv>;
}

/**
 * What may make git convert the scope's files between their blobs and the work tree:
 * - `'none'`: nothing: no config git reads names core.autocrlf (nor a core.attributesFile, nor
 *   an include), and no attributes file exists (a `.gitattributes` listed or in a folder above,
 *   the repository's `info/attributes`, the user's and the system's);
 * - `'attributes'`: attributes files exist, but no config may set core.autocrlf: only files
 *   whose attributes ask for it (`text`, `eol`, `crlf`, `filter`, `ident`,
 *   `working-tree-encoding`) may be converted (git's convert.c: with core.autocrlf false, a file
 *   with no text attribute is binary; core.eol applies to text files only);
 * - `'any'`: config may set core.autocrlf, so any file not marked `-text` may be converted.
 * Conservative: a file it cannot read, an unknown git directory or system prefix, config given
 * in the environment, or Windows (whose Git sets core.autocrlf in its own system config) all
 * say `'any'`. Reads a few small files; never throws.
 */
export type ConversionScopeAnswer = 'none' | 'attributes' | 'any';

export function conversionIn(scope: ConversionScope): ConversionScopeAnswer {
  let config: boolean;
  try {
    config = configMayConvert(scope);
  } catch {
    return 'any';
  }
  if (config) return 'any';
  try {
    return attributesExist(scope) ? 'attributes' : 'none';
  } catch {
    return 'attributes';
  }
}

/** Whether git may convert any file of the scope at all ({@link conversionIn} is not 'none'). */
export function conversionMayApply(scope: ConversionScope): boolean {
  return conversionIn(scope) !== 'none';
}

/** An attributes file git reads for the scope may exist. */
function attributesExist(scope: ConversionScope): boolean {
  const env = scope.env;
  // An attributes file among the files listed (tracked or not: git reads the work tree's).
  for (const f of scope.listed) {
    if (f === '.gitattributes' || f.endsWith('/.gitattributes')) return true;
  }
  // In a folder above the listed one, up to the top level.
  const top = resolve(scope.repoRoot);
  for (let dir = resolve(scope.listedDir); ; dir = dirname(dir)) {
    if (dir !== resolve(scope.listedDir) && existsSync(join(dir, '.gitattributes'))) return true;
    if (dir === top || dirname(dir) === dir || relative(top, dir).startsWith('..')) break;
  }
  const gitDir = scope.gitDir ?? gitDirOf(scope.repoRoot, env);
  if (gitDir === null) return true;
  if (existsSync(join(commonDirOf(gitDir), 'info', 'attributes'))) return true;
  const home = env.HOME || homedir();
  const xdg = env.XDG_CONFIG_HOME || join(home, '.config');
  if (existsSync(join(xdg, 'git', 'attributes'))) return true;
  if (!env.GIT_ATTR_NOSYSTEM) {
    const prefixes = systemPrefixes(env);
    if (prefixes === null) return true;
    for (const p of prefixes) if (existsSync(join(p, 'gitattributes'))) return true;
  }
  return false;
}

/** Config git reads may set core.autocrlf (or name an attributes file, or include more config). */
function configMayConvert(scope: ConversionScope): boolean {
  const env = scope.env;
  if (process.platform === 'win32') return true;
  // Config in the environment (`git -c`, GIT_CONFIG_COUNT) or moved elsewhere.
  if (env.GIT_CONFIG_PARAMETERS || Number(env.GIT_CONFIG_COUNT ?? 0) > 0 || env.GIT_CONFIG) {
    return true;
  }
  const gitDir = scope.gitDir ?? gitDirOf(scope.repoRoot, env);
  if (gitDir === null) return true;
  const common = commonDirOf(gitDir);
  const home = env.HOME || homedir();
  const xdg = env.XDG_CONFIG_HOME || join(home, '.config');
  const configs = [join(common, 'config'), join(gitDir, 'config.worktree')];
  configs.push(
    ...(env.GIT_CONFIG_GLOBAL !== undefined
      ? [env.GIT_CONFIG_GLOBAL]
      : [join(home, '.gitconfig'), join(xdg, 'git', 'config')]),
  );
  if (!truthy(env.GIT_CONFIG_NOSYSTEM)) {
    if (env.GIT_CONFIG_SYSTEM !== undefined) configs.push(env.GIT_CONFIG_SYSTEM);
    else {
      const prefixes = systemPrefixes(env);
      if (prefixes === null) return true;
      for (const p of prefixes) configs.push(join(p, 'gitconfig'));
    }
  }
  for (const file of configs) {
    if (file === '' || file === '/dev/null') continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return true;
    }
    if (CONFIG_WORDS.test(text)) return true;
  }
  return false;
}

const truthy = (v: string | undefined): boolean =>
  v !== undefined && /^(1|true|yes|on)$/i.test(v.trim());

/**
 * The folders git may read its system `gitconfig` and `gitattributes` from: /etc, and
 * `<prefix>/etc` of the git found on PATH (its prefix is two levels above the binary). Null when
 * git is not found there (then anything may be configured).
 */
function systemPrefixes(env: Readonly<NodeJS.ProcessEnv>): string[] | null {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const bin = join(dir, 'git');
    let real: string;
    try {
      if (!statSync(bin).isFile()) continue;
      real = realpathSync(bin);
    } catch {
      continue;
    }
    const prefix = dirname(dirname(real));
    return [...new Set(['/etc', join(prefix, 'etc')])];
  }
  return null;
}

/** `<top>/.git`, or where a `.git` file points; GIT_DIR when set. Null when unknown. */
function gitDirOf(repoRoot: string, env: Readonly<NodeJS.ProcessEnv>): string | null {
  if (env.GIT_DIR) return isAbsolute(env.GIT_DIR) ? env.GIT_DIR : null;
  const dotGit = join(repoRoot, '.git');
  const st = statSync(dotGit, { throwIfNoEntry: false });
  if (!st) return null;
  if (st.isDirectory()) return dotGit;
  const m = /^gitdir: (.+?)\r?\n?$/.exec(readFileSync(dotGit, 'utf8'));
  return m ? resolve(repoRoot, m[1] as string) : null;
}

/** A linked worktree's common directory (its `commondir` file), else the git directory itself. */
function commonDirOf(gitDir: string): string {
  let text: string;
  try {
    text = readFileSync(join(gitDir, 'commondir'), 'utf8');
  } catch {
    return gitDir;
  }
  return resolve(gitDir, text.trim());
}

/** A tracked regular file read from disk in this run. */
export interface ReadFile {
  /** Relative to the model's folder (POSIX), as git's names are there. */
  readonly rel: string;
  /** The blob id the index holds for it. */
  readonly blob: string;
  /** Its size in the work tree (lstat), in bytes. */
  readonly size: number;
  /**
   * Git vouched that it is unmodified (`diff-files`). Else git said it differs from the index,
   * which it also says of a file whose stat data alone changed (a `touch`, a copy): such a file
   * is hashed by git as `git add` would (`hash-object`, with its filters) and counts as
   * unmodified when that gives its blob.
   */
  readonly vouched: boolean;
}

/** What git may do to one tracked file at checkout, and its blob's size where that matters. */
export interface CheckoutFact {
  /**
   * A `filter`, `ident` or `working-tree-encoding` attribute: the checkout may differ from the
   * blob while keeping its size, so the record comes from the blob.
   */
  readonly rewrites: boolean;
  /**
   * Line endings may be converted, so the file is its blob only at the blob's size: `text`,
   * `eol` or `crlf` set, or (where config may set core.autocrlf) any file not `-text`.
   */
  readonly lineEndings: boolean;
  /** The blob id its size was taken for ('' when none was needed). */
  readonly blob: string;
  /** That blob's size in bytes (NaN for one git does not have), or -1 when not needed. */
  readonly blobSize: number;
}

/** A fact that asks nothing more of a file (no attribute, no autocrlf): shared, not per file. */
const UNTOUCHED: CheckoutFact = { rewrites: false, lineEndings: false, blob: '', blobSize: -1 };

/** Whether `fact` leaves the file's bytes its blob's without looking further. */
const untouched = (fact: CheckoutFact): boolean => !fact.rewrites && !fact.lineEndings;

/**
 * The checkout facts of `files` (names relative to `git`'s folder): one `git check-attr --all`
 * (it answers only for files that have attributes), then one `git cat-file --batch-check` for
 * the files whose line endings may be converted (none where the attributes only mark LFS files
 * and no config may set core.autocrlf). Started early on a cold run, beside the hashing
 * (index.ts). Throws LeptonError 'git' when git fails.
 */
export async function checkoutFacts(
  git: Git,
  files: readonly { readonly rel: string; readonly blob: string }[],
  where: Exclude<ConversionScopeAnswer, 'none'>,
): Promise<Map<string, CheckoutFact>> {
  const out = new Map<string, CheckoutFact>();
  if (files.length === 0) return out;
  const attrs = await attributesOf(
    git,
    files.map((f) => f.rel),
  );
  const sized: { rel: string; blob: string; rewrites: boolean }[] = [];
  for (const f of files) {
    const a = attrs.get(f.rel);
    const value = (name: string): string => a?.get(name) ?? 'unspecified';
    const rewrites =
      set(value('filter')) || set(value('ident')) || set(value('working-tree-encoding'));
    // convert.c (convert_attrs): `-text` is binary whatever else is set; with core.autocrlf
    // false, a file with none of text, crlf or eol set is binary too.
    const text = value('text');
    const lineEndings =
      !rewrites &&
      text !== 'unset' &&
      (where === 'any' || set(text) || set(value('crlf')) || value('eol') !== 'unspecified');
    if (lineEndings) sized.push({ rel: f.rel, blob: f.blob, rewrites });
    else out.set(f.rel, rewrites ? { ...UNTOUCHED, rewrites } : UNTOUCHED);
  }
  const sizes = await blobSizes(
    git,
    sized.map((f) => f.blob),
  );
  sized.forEach((f, i) =>
    out.set(f.rel, {
      rewrites: false,
      lineEndings: true,
      blob: f.blob,
      blobSize: sizes[i] as number,
    }),
  );
  return out;
}

/** An attribute's value names something (not `unspecified`, not `-attr`). */
const set = (value: string): boolean => value !== 'unspecified' && value !== 'unset';

/** The attributes set on each of `names` that has any (macros expanded by git). */
async function attributesOf(
  git: Git,
  names: readonly string[],
): Promise<Map<string, Map<string, string>>> {
  const r = await git.run(['check-attr', '--all', '-z', '--stdin'], {
    input: names.join('\0') + '\0',
    encoding: 'utf8',
  });
  // `name NUL attribute NUL value NUL` for each attribute a name has (git-check-attr(1)).
  const byName = new Map<string, Map<string, string>>();
  const f = r.stdout.split('\0');
  for (let i = 0; i + 2 < f.length; i += 3) {
    const name = f[i] as string;
    let a = byName.get(name);
    if (!a) byName.set(name, (a = new Map()));
    a.set(f[i + 1] as string, f[i + 2] as string);
  }
  return byName;
}

/**
 * The records, by name, of the files among `all` whose content is their blob's but whose bytes
 * git may have converted (see the top of this file), read from their blobs; the others
 * (modified files, files whose bytes are their blob's) are left out. `git` runs in the model's
 * folder; `where` is {@link conversionIn}'s answer; `facts`, those already taken for some of
 * the files ({@link checkoutFacts}; one whose size was taken for another blob id is taken
 * again). Throws LeptonError 'git' when git fails, or 'invalid' when a blob cannot be read or
 * a `.dvc` blob is not one.
 */
export async function committedRecords(
  git: Git,
  all: readonly ReadFile[],
  where: Exclude<ConversionScopeAnswer, 'none'> = 'any',
  facts: ReadonlyMap<string, CheckoutFact> | null = null,
): Promise<Map<string, FileRecord>> {
  const out = new Map<string, FileRecord>();
  const known = new Map<string, CheckoutFact>();
  const missing: ReadFile[] = [];
  for (const f of all) {
    const fact = facts?.get(f.rel);
    if (fact === undefined || (fact.blobSize !== -1 && fact.blob !== f.blob)) missing.push(f);
    else known.set(f.rel, fact);
  }
  for (const [rel, fact] of await checkoutFacts(git, missing, where)) known.set(rel, fact);
  // Only a file git may have converted can need its blob.
  let files = all.filter((f) => !untouched(known.get(f.rel) as CheckoutFact));
  const doubted = files.filter((f) => !f.vouched);
  if (doubted.length) {
    const ids = await cleanedIds(
      git,
      doubted.map((f) => f.rel),
    );
    const same = new Set(doubted.filter((f, i) => ids[i] === f.blob).map((f) => f.rel));
    files = files.filter((f) => f.vouched || same.has(f.rel));
  }
  const fromBlob = new Map<string, string>();
  for (const f of files) {
    const fact = known.get(f.rel) as CheckoutFact;
    if (fact.rewrites || (fact.lineEndings && fact.blobSize !== f.size)) {
      fromBlob.set(f.rel, f.blob);
    }
  }
  if (fromBlob.size === 0) return out;
  const records = await readBlobRecords(git, fromBlob);
  if (typeof records === 'string') throw new LeptonError('invalid', records);
  return records;
}

/**
 * Whether a file needs nothing more than its bytes on disk by `facts` (taken for it, with no
 * attribute and no possible line-ending conversion): lets a caller skip it before building
 * its {@link ReadFile}.
 */
export function plainlyItsBytes(facts: ReadonlyMap<string, CheckoutFact>, rel: string): boolean {
  const fact = facts.get(rel);
  return fact !== undefined && untouched(fact);
}

/**
 * The blob id each file would get from `git add` (its clean filter and line-ending conversion
 * applied), or '' for one git cannot hash (then it counts as modified).
 */
async function cleanedIds(git: Git, names: readonly string[]): Promise<string[]> {
  // Names on stdin one per line: one holding a newline is not asked (its disk bytes count).
  const asked = names.filter((n) => !n.includes('\n'));
  const r = await git.run(['hash-object', '--stdin-paths'], {
    input: asked.join('\n') + '\n',
    allowFailure: true,
  });
  const lines = r.code === 0 ? r.stdout.split('\n') : [];
  const id = new Map(asked.map((n, i) => [n, lines[i] ?? ''] as const));
  return names.map((n) => id.get(n) ?? '');
}

/** Each blob's size in bytes (NaN for one git does not have: then read it, and fail there). */
async function blobSizes(git: Git, blobs: readonly string[]): Promise<number[]> {
  if (blobs.length === 0) return [];
  const r = await git.run(['cat-file', '--batch-check=%(objectsize)', '--buffer'], {
    input: blobs.join('\n') + '\n',
  });
  const lines = r.stdout.split('\n');
  return blobs.map((_, i) => {
    const line = lines[i] ?? '';
    return /^\d+$/.test(line) ? Number(line) : NaN;
  });
}
