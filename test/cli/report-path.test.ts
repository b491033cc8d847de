import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';
import { recordableManifest } from '../helpers/in-process.js';

/**
 * `--report FILE` is checked before any work (src/cli/context.ts, reportFile): `record --push
 * --report DIR` evaluated, tagged and pushed, then failed with "internal error: EISDIR", exit 2,
 * so a CI job failed while its version was in fact recorded (found by a new-user trial).
 */

const MANIFEST = recordableManifest();

let repo: TestRepo;
beforeAll(() => {
  repo = makeRepo({ 'lepton.yml': MANIFEST, 'src/a.txt': 'a\n', '.gitignore': 'out/\nr/\n' });
  mkdirSync(join(repo.dir, 'r/folder'), { recursive: true });
  writeFileSync(join(repo.dir, 'r/file.txt'), 'x');
  execFileSync('mkfifo', [join(repo.dir, 'r/fifo')]);
});
afterAll(() => repo.cleanup());

const CASES: [string, string, RegExp][] = [
  ['a folder', 'r/folder', /^lepton: --report r\/folder: is a folder$/m],
  ['a FIFO', 'r/fifo', /^lepton: --report r\/fifo: is not a regular file$/m],
  ['a device', '/dev/full', /^lepton: --report \/dev\/full: is not a regular file$/m],
  [
    'a path through a file',
    'r/file.txt/x.md',
    /^lepton: --report r\/file\.txt\/x\.md: .* is not a folder$/m,
  ],
];

describe('a --report path that can never be written is refused before any work', () => {
  for (const command of [['record', '--push'], ['eval']]) {
    it.each(CASES)(
      `${command.join(' ')} --report %s: exit 2, no eval, no tag`,
      async (_k, path, message) => {
        rmSync(join(repo.dir, 'out'), { recursive: true, force: true });
        const r = await runCli(repo.dir, [...command, '--report', path]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stderr).not.toMatch(/internal error/);
        // The eval never ran, and nothing was tagged or pushed.
        expect(existsSync(join(repo.dir, 'out/m.json'))).toBe(false);
        expect(repo.git('tag', '-l')).toBe('');
        expect(repo.git('ls-remote', '--tags', 'origin')).toBe('');
      },
    );
  }

  it('control: a report in a folder that does not exist yet is written after the record', async () => {
    const r = await runCli(repo.dir, ['record', '--push', '--report', 'r/new/deeper/report.md']);
    expect(r.code).toBe(0);
    expect(repo.git('ls-remote', '--tags', 'origin')).toMatch(/refs\/tags\/demo@v0\.1\.0/);
    expect(readFileSync(join(repo.dir, 'r/new/deeper/report.md'), 'utf8')).toMatch(/demo/);
  });
});
