import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../atomic-write.js';
import { posix } from 'node:path';
import { modelFingerprint, partHash, type FileRecord } from '../../core/fingerprint/encoding.js';
import { readBlobRecords } from '../files/blob-records.js';
import { decodeName, decodeNulSeparated } from '../../core/fingerprint/names.js';
import type { Manifest } from '../../core/manifest/types.js';
import { matchParts, partsOf, rebaseName } from '../files/select.js';
import { lastLines, type Git } from '../git.js';

/**
 * A version's fingerprint recomputed from its commit's tree, by the same encoding as the work
 * tree's (core/fingerprint/encoding.ts): every blob the parts' globs match is read from git
 * (LFS pointers count as the oid and size they record, `.dvc` files as their outs, as in the
 * work tree), so a record can be checked against the content it claims to describe without a
 * checkout. CONTRACT §3 / issue 22.8: a record copied onto other content, or forged with the
 * current fingerprint, does not match and is neither reused nor promoted.
 *
 * Reading every blob costs what a cold fingerprint does; the answer depends only on the tree
 * and the manifest's parts, so it is kept in `<git dir>/lepton/trees.json` by tree id.
 */

export type TreeFingerprint =
  | { readonly ok: true; readonly fingerprint: string }
  | { readonly ok: false; readonly problem: string };

interface Entry {
  readonly mode: string;
  readonly type: string;
  readonly oid: string;
}

// 2: names that are not UTF-8 are decoded as the work tree's are (format 1 turned their bytes
// into U+FFFD, so its answers for such trees were wrong and are not read).
const CACHE_FORMAT = 'lepton-tree-fingerprints/2';
/** Entries kept, newest last: enough for every version a team compares with in a while. */
const CACHE_MAX = 2000;

/**
 * The fingerprint of `commit`'s content for `manifest`, whose folder is `prefix` (POSIX,
 * relative to the repository's top level; '' for the top). Never throws for what the tree
 * holds: a glob matching nothing, a symlink leaving the tree or a submodule is a `problem`.
 * Throws LeptonError 'git' only when git itself fails.
 */
export async function fingerprintAtCommit(
  git: Git,
  commit: string,
  manifest: Manifest,
  prefix: string,
  cacheFile: string | null,
): Promise<TreeFingerprint> {
  const tree = await git.run(['rev-parse', '-q', '--verify', `${commit}^{tree}`], {
    allowFailure: true,
  });
  if (tree.code !== 0) return { ok: false, problem: `${commit.slice(0, 12)} is not a commit here` };
  const key = cacheKey(tree.stdout.trim(), manifest, prefix);
  const cache = cacheFile ? loadCache(cacheFile) : new Map<string, TreeFingerprint>();
  const hit = cache.get(key);
  if (hit) return hit;
  const answer = await compute(git, tree.stdout.trim(), manifest, prefix);
  if (cacheFile) {
    cache.delete(key);
    cache.set(key, answer);
    await saveCache(cacheFile, cache);
  }
  return answer;
}

async function compute(
  git: Git,
  tree: string,
  manifest: Manifest,
  prefix: string,
): Promise<TreeFingerprint> {
  const out: Buffer[] = [];
  const listed = await git.run(['ls-tree', '-r', '-z', '--full-tree', tree], {
    allowFailure: true,
    onStdout: (b) => out.push(b),
  });
  if (listed.code !== 0)
    return { ok: false, problem: `cannot list ${tree}: ${lastLines(listed.stderr)}` };
  const all = new Map<string, Entry>();
  // Names as bytes, decoded as the work tree's listing decodes them (io/files/list.ts): a name
  // that is not UTF-8 keeps its bytes, so it is the same name, and hashes the same, on both sides.
  for (const line of decodeNulSeparated(Buffer.concat(out)).split('\0')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [mode = '', type = '', oid = ''] = line.slice(0, tab).split(' ');
    all.set(line.slice(tab + 1), { mode, type, oid });
  }
  // Every file, named relative to the manifest's folder (climbing with ../ above it, as a
  // monorepo's shared data is); the model's parts alone (never the eval's files).
  const repoPath = new Map<string, string>();
  for (const path of all.keys()) repoPath.set(rebaseName(path, prefix), path);
  const selection = partsOf(manifest).map(({ kind, part }) => ({
    kind,
    name: part.name,
    paths: part.paths,
  }));
  const { parts, unmatched } = matchParts(selection, [...repoPath.keys()]);
  if (unmatched.length) {
    const u = unmatched[0] as (typeof unmatched)[number];
    return {
      ok: false,
      problem: `${u.kind} "${u.part}": path "${u.pattern}" matches no file there`,
    };
  }
  // Each selected file's blob, symlinks followed inside the tree as the work tree's are.
  const blobOf = new Map<string, string>();
  for (const rel of new Set(parts.flatMap((p) => p.files))) {
    const found = await resolveBlob(git, all, repoPath.get(rel) ?? rel);
    if (typeof found !== 'string' || !found.startsWith('blob:')) {
      return { ok: false, problem: `${rel}: ${typeof found === 'string' ? found : 'unreadable'}` };
    }
    blobOf.set(rel, found.slice(5));
  }
  const records = await readBlobRecords(git, blobOf);
  if (typeof records === 'string') return { ok: false, problem: records };
  const hashOf = (p: (typeof parts)[number]) => ({
    name: p.name,
    hash: partHash(p.files.map((path) => ({ path, record: records.get(path) as FileRecord }))),
  });
  const components = parts.filter((p) => p.kind === 'component').map(hashOf);
  const data = parts.filter((p) => p.kind === 'data').map(hashOf);
  return { ok: true, fingerprint: modelFingerprint(components, data) };
}

/** `blob:<oid>` for a file (a symlink's target, within the tree), else why it is unusable. */
async function resolveBlob(git: Git, all: Map<string, Entry>, path: string): Promise<string> {
  let at = path;
  for (let hops = 0; hops < 16; hops++) {
    const e = all.get(at);
    if (!e) return 'symlink to nothing in the tree';
    if (e.type === 'commit') return 'is a submodule; name its files instead';
    if (e.mode !== '120000') return `blob:${e.oid}`;
    const bytes: Buffer[] = [];
    const r = await git.run(['cat-file', 'blob', e.oid], {
      allowFailure: true,
      onStdout: (b) => bytes.push(b),
    });
    if (r.code !== 0) return 'unreadable symlink';
    const target = decodeName(Buffer.concat(bytes));
    const next = posix.normalize(posix.join(posix.dirname(at), target));
    if (target.startsWith('/') || next.startsWith('../') || next === '..') {
      return `symlink leaves the repository (→ ${target})`;
    }
    at = next;
  }
  return 'too many levels of symlinks';
}

function cacheKey(tree: string, manifest: Manifest, prefix: string): string {
  const parts = [manifest.components, manifest.data].map((list) =>
    list.map((p) => [p.name, p.paths]),
  );
  return createHash('sha256')
    .update(JSON.stringify([tree, prefix, parts]))
    .digest('hex');
}

/** The cache, checksummed like the tag cache: a file that fails the check is ignored. */
function loadCache(file: string): Map<string, TreeFingerprint> {
  const out = new Map<string, TreeFingerprint>();
  try {
    const text = readFileSync(file, 'utf8');
    const nl = text.indexOf('\n');
    const body = text.slice(nl + 1);
    if (text.slice(0, nl) !== sha(body)) return out;
    const doc = JSON.parse(body) as { format?: string; entries?: [string, TreeFingerprint][] };
    if (doc.format !== CACHE_FORMAT || !Array.isArray(doc.entries)) return out;
    for (const [k, v] of doc.entries) out.set(k, v);
  } catch {
    // No cache, or an unreadable one: computed again.
  }
  return out;
}

async function saveCache(file: string, cache: Map<string, TreeFingerprint>): Promise<void> {
  const entries = [...cache.entries()].slice(-CACHE_MAX);
  const body = `${JSON.stringify({ format: CACHE_FORMAT, entries })}\n`;
  // Written whole then renamed (io/atomic-write.ts); a cache not written only costs time.
  await writeFileAtomic(file, [Buffer.from(`${sha(body)}\n${body}`)]).catch(() => {});
}

const sha = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
