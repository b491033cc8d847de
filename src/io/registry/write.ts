import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LeptonError } from '../../core/errors/index.js';
import { lastLines, type Git } from '../git.js';
import { identityEnv, type Identity } from './identity.js';

export interface NewTag {
  readonly name: string;
  readonly commit: string;
  readonly message: string;
  readonly identity: Identity;
}

/** The object a tag ref holds now, or null when there is no such tag. */
export async function tagObject(git: Git, name: string): Promise<string | null> {
  const r = await git.run(['rev-parse', '-q', '--verify', `refs/tags/${name}`], {
    allowFailure: true,
  });
  return r.code === 0 ? r.stdout.trim() : null;
}

/**
 * Creates an annotated tag; the message goes in on stdin, verbatim (git's default cleanup
 * would drop lines that start with `#`). Returns the new tag object, or null when a tag of
 * that name already exists (someone else's: never replaced).
 */
export async function createTag(git: Git, tag: NewTag): Promise<string | null> {
  const r = await git.run(
    ['tag', '-a', '--cleanup=verbatim', '-F', '-', '--', tag.name, tag.commit],
    { input: tag.message, env: identityEnv(tag.identity), allowFailure: true },
  );
  if (r.code !== 0) {
    if (await tagObject(git, tag.name)) return null;
    throw new LeptonError('git', `could not create tag ${tag.name}: ${lastLines(r.stderr)}`);
  }
  const object = (await looseTagObject(git, tag.name)) ?? (await tagObject(git, tag.name));
  if (!object) throw new LeptonError('git', `tag ${tag.name} vanished right after it was made`);
  return object;
}

/**
 * The object a tag names, read from its loose ref file (gitrepository-layout(5), "refs": a
 * loose ref is a file holding the object name and a newline), which `git tag` has just written:
 * one process less per version. Null wherever git may keep the ref elsewhere or the file says
 * anything else (a linked worktree, whose tags live in the common directory; the reftable
 * backend; a packed ref): then git is asked.
 */
async function looseTagObject(git: Git, name: string): Promise<string | null> {
  await git.topLevel(); // how the repository was found says whether its refs are plain files
  const dir = git.plainGitDir;
  if (dir === null || existsSync(join(dir, 'commondir'))) return null;
  try {
    const text = await readFile(join(dir, 'refs', 'tags', name), 'latin1');
    return /^[0-9a-f]{40}(?:[0-9a-f]{24})?\n$/.test(text) ? text.slice(0, -1) : null;
  } catch {
    return null;
  }
}

/**
 * Removes a tag this run created, and only while it still holds the object this run made
 * (`update-ref -d` with the old value checks that atomically).
 */
export async function deleteOwnTag(git: Git, name: string, object: string): Promise<void> {
  await git.run(['update-ref', '-d', `refs/tags/${name}`, object]);
}
