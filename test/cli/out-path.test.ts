import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { makeRepo, runCliWithin, type TestRepo } from '../helpers/repo.js';
import { recordableManifest } from '../helpers/in-process.js';

/**
 * `--out FILE` (export, eval --shard) is checked before any work, as `--report` is
 * (src/cli/output-file.ts; @e2e: runs the built CLI). Found by a new-user trial: `export --out
 * DIR` failed with "internal error: EISDIR … rename 'DIR.PID.tmp' -> 'DIR'" and left the
 * temporary file behind.
 */

const MANIFEST = recordableManifest('{"acc": 0.9, "n": 3}');

const WITHIN = 30_000;

let repo: TestRepo;
beforeAll(() => {
  repo = makeRepo({ 'lepton.yml': MANIFEST, 'src/a.txt': 'a\n', '.gitignore': 'out/\no/\n' });
  mkdirSync(join(repo.dir, 'o/folder'), { recursive: true });
  writeFileSync(join(repo.dir, 'o/file.txt'), 'x');
  execFileSync('mkfifo', [join(repo.dir, 'o/fifo')]);
  // A device by a link in the test's folder, never a device's own path: code that renames a
  // temporary file over its --out (as before this fix) replaces the link, not /dev/full.
  symlinkSync('/dev/full', join(repo.dir, 'o/device'));
});
afterAll(() => repo.cleanup());

/** Every name in the folders a failed write could leave a temporary file in. */
const leftovers = () =>
  [repo.dir, join(repo.dir, 'o')]
    .flatMap((d) => readdirSync(d))
    .filter((n) => /\.tmp$|\.tmp-/.test(n));

const REFUSED: [string, string, RegExp][] = [
  ['a folder', 'o/folder', /^lepton: --out o\/folder: is a folder$/m],
  ['a FIFO', 'o/fifo', /^lepton: --out o\/fifo: is not a regular file$/m],
  ['a device', 'o/device', /^lepton: --out o\/device: is not a regular file$/m],
  ['a path through a file', 'o/file.txt/x', /^lepton: --out o\/file\.txt\/x: .* is not a folder$/m],
];

describe('an --out that can never be written is refused before any work, nothing left behind', () => {
  it.each(REFUSED)('export --out %s: exit 2', async (_k, path, message) => {
    const r = await runCliWithin(WITHIN, repo.dir, [
      'export',
      '--format',
      'openmetrics',
      '--out',
      path,
    ]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(2);
    expect(leftovers()).toEqual([]);
  });

  it.each(REFUSED)(
    'eval --shard 1/2 --out %s: exit 2, the eval never ran',
    async (_k, path, message) => {
      rmSync(join(repo.dir, 'out'), { recursive: true, force: true });
      const r = await runCliWithin(WITHIN, repo.dir, ['eval', '--shard', '1/2', '--out', path]);
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
      expect(existsSync(join(repo.dir, 'out/m.json'))).toBe(false);
      expect(leftovers()).toEqual([]);
    },
  );
});

describe('a writable --out is written whole', () => {
  it('export --out o/new/metrics.prom: the folder is made, no temporary file stays', async () => {
    const r = await runCliWithin(WITHIN, repo.dir, [
      'export',
      '--format',
      'openmetrics',
      '--out',
      'o/new/metrics.prom',
    ]);
    expect(r.stderr).toMatch(/^wrote o\/new\/metrics\.prom$/m);
    expect(r.code).toBe(0);
    expect(readFileSync(join(repo.dir, 'o/new/metrics.prom'), 'utf8')).toMatch(/# EOF\n$/);
    expect(readdirSync(join(repo.dir, 'o/new'))).toEqual(['metrics.prom']);
  });

  it('eval --shard 1/2 --out o/s1.json writes the result', async () => {
    const r = await runCliWithin(WITHIN, repo.dir, [
      'eval',
      '--shard',
      '1/2',
      '--out',
      'o/s1.json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(repo.dir, 'o/s1.json'), 'utf8'))).toMatchObject({
      kind: 'lepton-shard',
      index: 1,
      count: 2,
    });
    expect(leftovers()).toEqual([]);
  });
});
