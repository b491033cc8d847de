import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { makeRepo, runCliWithin, type TestRepo } from '../helpers/repo.js';
import { recordableManifest } from '../helpers/in-process.js';

/**
 * Files a user names are read only when they are regular files of bounded size
 * (src/io/input-file.ts; @e2e: runs the built CLI). Found by a new-user trial: `lepton -m
 * /dev/zero validate` and a FIFO manifest never returned, and a binary file named as the manifest
 * printed kilobytes of raw bytes in its YAML errors.
 */

const MANIFEST = recordableManifest();

/** Long enough for a command that answers, far below a hang. */
const WITHIN = 20_000;

/** Bytes no text editor writes: every byte value, in a fixed pseudo-random order. */
function binary(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x >>> 16;
  }
  return b;
}

let repo: TestRepo;
let socket: Server;
beforeAll(async () => {
  repo = makeRepo({ 'lepton.yml': MANIFEST, 'src/a.txt': 'a\n', '.gitignore': 'out/\nx/\n' });
  mkdirSync(join(repo.dir, 'x/folder'), { recursive: true });
  execFileSync('mkfifo', [join(repo.dir, 'x/fifo.yml')]);
  writeFileSync(join(repo.dir, 'x/random.bin'), binary(6000));
  // A manifest over 1 MiB: valid YAML, padded with a comment.
  writeFileSync(join(repo.dir, 'x/big.yml'), MANIFEST + '#' + 'x'.repeat(1024 * 1024) + '\n');
  symlinkSync(join(repo.dir, 'lepton.yml'), join(repo.dir, 'link.yml'));
  socket = createServer();
  await new Promise<void>((done) => socket.listen(join(repo.dir, 'x/sock.yml'), done));
});
afterAll(async () => {
  await new Promise((done) => socket.close(done));
  repo.cleanup();
});

const REFUSED: [string, string, RegExp][] = [
  [
    'a device',
    '/dev/zero',
    /^lepton: cannot read manifest \/dev\/zero: is a device, not a regular file$/m,
  ],
  [
    'a FIFO',
    'x/fifo.yml',
    /^lepton: cannot read manifest .*x\/fifo\.yml: is a FIFO \(named pipe\), not a regular file$/m,
  ],
  ['a folder', 'x/folder', /^lepton: cannot read manifest .*x\/folder: is a folder, not a file$/m],
  [
    'a socket',
    'x/sock.yml',
    /^lepton: cannot read manifest .*x\/sock\.yml: is a socket, not a regular file$/m,
  ],
  [
    'over 1 MiB',
    'x/big.yml',
    /^lepton: cannot read manifest .*x\/big\.yml: is 1\.0 MiB, over the 1 MiB Lepton reads\n {2}a manifest is a few KiB/m,
  ],
];

describe('a manifest that is not a regular file of at most 1 MiB is refused, never waited on', () => {
  // validate runs without commander (cli/fast.ts), status through it: both read the manifest.
  for (const command of ['validate', 'status']) {
    it.each(REFUSED)(`${command} -m %s: exit 2, says why`, async (_k, path, message) => {
      const r = await runCliWithin(WITHIN, repo.dir, ['-m', path, command]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/internal error/);
    });
  }

  it('a symlink to a manifest is still read through', async () => {
    const r = await runCliWithin(WITHIN, repo.dir, ['-m', 'link.yml', 'validate']);
    expect(r.stderr).toMatch(/^link\.yml: OK — model "demo"/);
    expect(r.code).toBe(0);
  });
});

describe('YAML errors quote a binary manifest printably and briefly', () => {
  it('validate -m random.bin: exit 2, file:line:column kept, no raw control byte, no long line', async () => {
    const r = await runCliWithin(WITHIN, repo.dir, ['-m', 'x/random.bin', 'validate']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^lepton: x\/random\.bin: \d+ problems?$/);
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^ {2}x\/random\.bin:\d+:\d+: /);
      expect(line.length).toBeLessThan(1000);
    }
    // Nothing but printable text and the line breaks between issues.
    // eslint-disable-next-line no-control-regex
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stderr.length).toBeLessThan(6000);
  });
});

describe('shard files that are not regular files are refused, never waited on', () => {
  it.each([
    [
      'a FIFO',
      'x/fifo.yml',
      /^lepton: x\/fifo\.yml: is a FIFO \(named pipe\), not a regular file$/m,
    ],
    ['a device', '/dev/zero', /^lepton: \/dev\/zero: is a device, not a regular file$/m],
  ])('merge %s: exit 2 (bad input), says why', async (_k, path, message) => {
    const r = await runCliWithin(WITHIN, repo.dir, ['merge', path]);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
  });
});
