import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What may sit at a cache file's path instead of the file (a cache must read none of them as
 * itself, nor hang on one): [what, how to plant it at `f`, whether the rewrite leaves a regular
 * file there]. `good()` gives a sound copy of the file (asked when planted: tests make it in
 * beforeAll), which the link case points at from elsewhere.
 */
export function thingsAtPath(good: () => Buffer): [string, (f: string) => void, boolean][] {
  return [
    ['a FIFO', (f) => void execFileSync('mkfifo', [f]), true],
    ['a symlink to /dev/zero', (f) => symlinkSync('/dev/zero', f), true],
    [
      'a symlink to a good copy elsewhere',
      (f) => (writeFileSync(`${f}.real`, good()), symlinkSync(`${f}.real`, f)),
      true,
    ],
    ['a 1 GiB (sparse) file', (f) => (writeFileSync(f, ''), truncateSync(f, 2 ** 30)), true],
    ['a folder', (f) => void mkdirSync(join(f, 'x'), { recursive: true }), false],
  ];
}
