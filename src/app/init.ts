import { existsSync, realpathSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { LeptonError } from '../core/errors/index.js';
import {
  filesToRead,
  planInit,
  type InitContents,
  type InitListing,
  type InitPlan,
} from '../core/init/index.js';
import { validateManifest } from '../core/manifest/index.js';
import { pathEscapes } from '../core/manifest/schema.js';
import { walkFiles } from '../io/files/list.js';
import { readRegularFile } from '../io/files/sealed-file.js';
import { Git } from '../io/git.js';
import { lfsFiles, trackableFiles } from '../io/git-files.js';

export interface InitRequest {
  /** Absolute path of the manifest to write; its folder is the one looked at. */
  readonly manifestPath: string;
  readonly workflows: boolean;
  /** Overwrite files that exist (otherwise nothing is written when one does). */
  readonly force: boolean;
  readonly env: Readonly<NodeJS.ProcessEnv>;
}

export interface WrittenFile {
  /** Absolute path. */
  readonly path: string;
  /** It existed and was overwritten (only with force). */
  readonly replaced: boolean;
}

export interface InitResult {
  readonly plan: InitPlan;
  readonly written: readonly WrittenFile[];
  /** The repository's top level, null outside git (workflows then go under the folder). */
  readonly repoRoot: string | null;
}

/** Folders no project versions: tools' caches and installs (only skipped outside git). */
const SKIP_OUTSIDE_GIT =
  /(^|\/)(node_modules|\.git|\.venv|venv|__pycache__|\.mypy_cache|\.pytest_cache|\.ruff_cache|\.tox)\//;
/** init reads a handful of small text files; anything larger is not one of them. */
const MAX_READ = 1 << 20;
const MAX_ROUNDS = 4;

/** What git would track under the folder, and which of those files Git LFS manages. */
async function listFolder(
  dir: string,
  git: Git | null,
): Promise<Pick<InitListing, 'files' | 'lfs'>> {
  if (!git) {
    return {
      files: walkFiles(dir)
        .filter((f) => !SKIP_OUTSIDE_GIT.test(f))
        .sort(),
      lfs: [],
    };
  }
  const files = (await trackableFiles(git, '.')).sort();
  return { files, lfs: await lfsFiles(git, files) };
}

/**
 * The text of a file under dir, or null (absent, not a regular file, too large, outside the
 * folder). A symlink is not followed: it could point anywhere on the machine.
 */
async function readSmall(dir: string, rel: string): Promise<string | null> {
  if (pathEscapes(rel)) return null;
  // Opened without following a symlink or waiting on a FIFO, checked and read on one descriptor:
  // nothing swapped in after a look can make init hang or read more than MAX_READ.
  const read = readRegularFile(join(dir, rel), MAX_READ);
  return read === null ? null : read.bytes.toString('utf8');
}

/**
 * `lepton init`: looks at the manifest's folder, plans a manifest (and, asked, the workflows),
 * checks that the manifest validates, and writes the files, each whole (temporary file, then
 * rename). Throws LeptonError `invalid` naming every file that exists when `force` is false;
 * then nothing is written.
 */
export async function init(req: InitRequest): Promise<InitResult> {
  const dir = realpathSync(dirname(req.manifestPath));
  const manifest = basename(req.manifestPath);
  const probe = new Git(dir, { ...req.env });
  const repoRoot = await probe.topLevel();
  const git = repoRoot ? probe : null;
  const listed = await listFolder(dir, git);
  const repoPath = repoRoot
    ? relative(realpathSync(repoRoot), dir).split(sep).join('/') || '.'
    : '.';
  const listing: InitListing = { ...listed, folderName: basename(dir), repoPath };

  const contents: Record<string, string | null> = {};
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const wanted = filesToRead(listing, contents);
    if (wanted.length === 0) break;
    await Promise.all(wanted.map(async (f) => (contents[f] = await readSmall(dir, f))));
  }
  const plan = planInit(listing, contents as InitContents, {
    workflows: req.workflows,
    manifest,
  });

  const manifestText = plan.files.find((f) => f.base === 'folder')?.content ?? '';
  const check = validateManifest(manifestText, manifest);
  if (!check.ok) {
    // The planner's own promise broken: say so rather than write a manifest that fails.
    throw new LeptonError(
      'invalid',
      `init planned a manifest that does not validate (a bug in lepton init); nothing was written`,
      check.issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`),
    );
  }

  const base = { folder: dir, repo: repoRoot ?? dir };
  const targets = plan.files.map((f) => ({ ...f, abs: join(base[f.base], f.path) }));
  const existing = targets.filter((t) => existsSync(t.abs));
  if (existing.length && !req.force) {
    throw new LeptonError(
      'invalid',
      `${existing.map((t) => relative(dir, t.abs) || t.path).join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written`,
      ['run `lepton init --force` to overwrite, or move the file(s) away first'],
    );
  }
  const written: WrittenFile[] = [];
  for (const t of targets) {
    await mkdir(dirname(t.abs), { recursive: true });
    const tmp = `${t.abs}.${process.pid}.lepton-init.tmp`;
    try {
      await writeFile(tmp, t.content);
      await rename(tmp, t.abs);
    } catch (e) {
      await rm(tmp, { force: true });
      throw new LeptonError('invalid', `cannot write ${t.abs}: ${(e as Error).message}`);
    }
    written.push({ path: t.abs, replaced: existing.includes(t) });
  }
  return { plan, written, repoRoot };
}
