import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, GIT_ENV, makeRepo, runCli, type RunResult, type TestRepo } from '../helpers/repo.js';
import { recordableManifest } from '../helpers/in-process.js';

/**
 * The folder a command works in is checked first (src/cli/shell.ts, checkWorkFolder). Found by a
 * new-user trial: `-C /nonexistent` said "cannot read manifest /nonexistent/lepton.yml", and in a
 * folder whose name is not UTF-8 every command failed with "internal error: ENOENT … lstat".
 */

const MANIFEST = recordableManifest();

let repo: TestRepo;
beforeAll(() => {
  repo = makeRepo({ 'lepton.yml': MANIFEST, 'src/a.txt': 'a\n', 'file.txt': 'x\n' });
});
afterAll(() => repo.cleanup());

/**
 * The built CLI run by a shell after `prepare` (shell words, no untrusted text): for a current
 * folder that Node's spawn cannot name (bytes that are not UTF-8) or that no longer exists.
 */
function runCliAfter(cwd: string, prepare: string, args: readonly string[]): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(
      'sh',
      ['-c', `${prepare} && exec "$0" "$@"`, process.execPath, CLI, ...args],
      { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...GIT_ENV } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

describe('-C names a folder that exists', () => {
  it.each([
    [
      'a missing folder',
      '/nonexistent-lepton-folder',
      /^lepton: -C \/nonexistent-lepton-folder: the folder \/nonexistent-lepton-folder does not exist$/m,
    ],
    ['a file', 'file.txt', /^lepton: -C file\.txt: .*\/file\.txt is not a folder$/m],
    [
      'a path through a file',
      'file.txt/x',
      /^lepton: -C file\.txt\/x: .*\/file\.txt\/x: a folder on its path is a file$/m,
    ],
  ])('%s: exit 2, says so, never "cannot read manifest"', async (_k, dir, message) => {
    for (const command of [['validate'], ['status'], ['init']]) {
      const r = await runCli(repo.dir, ['-C', dir, ...command]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/cannot read manifest|internal error/);
    }
  });
});

describe('a current folder Lepton cannot open', () => {
  it.each([
    [
      'whose name is not UTF-8',
      `mkdir -p "$(printf 'bad\\377name')" && cd "$(printf 'bad\\377name')"`,
      /^lepton: the current folder \(.*bad\uFFFDname\): its name is not valid UTF-8, so Lepton cannot open it\n {2}Node\.js reads folder names as UTF-8/m,
    ],
    [
      'that was removed',
      'mkdir -p gone && cd gone && rmdir ../gone',
      /^lepton: the current folder no longer exists \(removed or moved\)$/m,
    ],
  ])('%s: every command exits 2 and says so', async (_k, prepare, message) => {
    const base = join(repo.dir, '..', 'cwd-cases');
    mkdirSync(base, { recursive: true });
    for (const command of [['validate'], ['init'], ['status'], ['ls']]) {
      const r = await runCliAfter(base, prepare, command);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.code).toBe(2);
    }
  });

  it('an absolute -C still works from a removed current folder', async () => {
    const base = join(repo.dir, '..', 'cwd-cases');
    mkdirSync(base, { recursive: true });
    const r = await runCliAfter(base, 'mkdir -p gone2 && cd gone2 && rmdir ../gone2', [
      '-C',
      repo.dir,
      'validate',
    ]);
    expect(r.stderr).toMatch(/^lepton\.yml: OK — model "demo"/m);
    expect(r.code).toBe(0);
  });
});
