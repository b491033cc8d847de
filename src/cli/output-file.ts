import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LeptonError } from '../core/errors/index.js';
import { plainText } from '../core/format/text.js';

/**
 * A file option (`--report FILE`, `export --out FILE`, `eval --shard --out FILE`), checked before
 * the command does any work: a file that could never be written must not be found out after an
 * eval ran, or a tag was made and pushed (and never as an internal error, with a temporary file
 * left beside it).
 *
 * @param cwd    the folder a relative path is relative to (--cwd)
 * @param option the option as the user wrote it, to name it in the error (`--report`)
 * @returns the file's absolute path
 * @throws LeptonError `invalid` (exit 2) when the path names a folder or anything else that is
 *   not a regular file (a FIFO, a device), when a folder on its way is a file, or when the file
 *   (or, when missing, the nearest folder there) is not writable
 */
export function checkedOutputFile(cwd: string, option: string, path: string): string {
  const file = resolve(cwd, path);
  const refuse = (why: string): never => {
    throw new LeptonError('invalid', `${option} ${plainText(path, 500)}: ${why}`, [
      'name a file to write (its folder is made when missing)',
    ]);
  };
  const seen = statOrNull(file);
  if (seen !== null && !seen.isFile())
    refuse(seen.isDirectory() ? 'is a folder' : 'is not a regular file');
  // The nearest existing folder on the way: the file's folders are made inside it.
  let dir = dirname(file);
  for (let at = statOrNull(dir); at === null && dirname(dir) !== dir; at = statOrNull(dir)) {
    dir = dirname(dir);
  }
  const folder = statOrNull(dir);
  if (folder !== null && !folder.isDirectory()) refuse(`${dir} is not a folder`);
  try {
    accessSync(seen !== null ? file : dir, constants.W_OK);
  } catch {
    refuse(`${seen !== null ? file : dir} is not writable`);
  }
  return file;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
