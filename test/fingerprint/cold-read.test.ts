// The cold read path (issue 23 item 3) must give byte-identical fingerprints to the one before
// it: real trees with every kind of file the path treats apart (sizes at each read boundary,
// empty files, LFS pointers and look-alikes, .dvc files, symlinks, executable bits, unicode and
// non-UTF-8 names, nested ignores, untracked files), hashed cold (no stat cache), then warm
// (from the cache it wrote), then cold again. The expected values are literals computed by the
// code before the change (commit 33e0caf), and a plain reference hasher (each file read whole
// with readFileSync, encoded with core/fingerprint/encoding.ts) must agree with them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parseDvcFile, isDvcFile } from '../../src/core/fingerprint/dvc.js';
import { modelFingerprint, partHash, type FileEntry } from '../../src/core/fingerprint/encoding.js';
import { mayBeLfsPointer, parseLfsPointer } from '../../src/core/fingerprint/lfs.js';
import { fsPath } from '../../src/core/fingerprint/names.js';
import type { Fingerprint } from '../../src/core/fingerprint/types.js';
import { fingerprintWithStats, selectFiles } from '../../src/io/files/index.js';
import { makeRepo, tempDir, type TestRepo } from '../helpers/repo.js';
import { load } from './helpers.js';

/** Deterministic bytes: SHA-256 of a counter stream, seeded by `seed`. */
function bytes(size: number, seed: string): Buffer {
  const out = Buffer.alloc(size);
  for (let off = 0, i = 0; off < size; off += 32, i++) {
    createHash('sha256').update(`${seed}:${i}`).digest().copy(out, off);
  }
  return out;
}

const KiB = 1024;
const MiB = 1024 * KiB;
const LFS_OID = 'a'.repeat(64);
const LFS_POINTER = `version https://git-lfs.github.com/spec/v1\noid sha256:${LFS_OID}\nsize 12345\n`;
const DVC = 'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  size: 77\n  path: big.csv\n';

/** Files by path (POSIX, under the repository); sizes sit on each side of every read boundary. */
function trickyFiles(): Record<string, Buffer | string> {
  const files: Record<string, Buffer | string> = {
    'data/empty.bin': '',
    'data/one.txt': 'x',
    'data/lfs/model.bin': LFS_POINTER,
    // Starts like a pointer but is not one: hashed as bytes.
    'data/lfs/not-pointer.txt': 'version 1.2.3\nnot a pointer\n',
    // A pointer padded to 1024 bytes: git-lfs never reads that size as a pointer.
    'data/lfs/too-big.bin': LFS_POINTER + ' '.repeat(1024 - LFS_POINTER.length),
    'data/big.csv.dvc': DVC,
    'data/ünïcødé/😀.txt': 'emoji\n',
    'data/cafe\u0301.txt': 'NFD\n',
    'data/caf\u00e9.txt': 'NFC\n',
    'data/run.sh': '#!/bin/sh\necho hi\n',
    'data/.gitignore': '*.tmp\n',
    'data/sub/.gitignore': '!keep.tmp\n',
    'data/sub/keep.tmp': 'kept by the nested !rule\n',
    'data/a.tmp': 'ignored\n',
    'model/weights.bin': bytes(3 * MiB + 17, 'weights'),
  };
  for (const size of [
    1023,
    1024,
    1025,
    4095,
    4096,
    4097,
    64 * KiB - 1,
    64 * KiB,
    64 * KiB + 1,
    MiB - 1,
    MiB,
    MiB + 1,
  ]) {
    files[`data/sizes/${size}.bin`] = bytes(size, `size-${size}`);
  }
  return files;
}

const MANIFEST = `version: 1
model: tricky
components:
  weights:
    paths: [model/**]
  script:
    paths: [data/run.sh, data/link-to-run.sh]
data:
  tree:
    paths: [data]
eval:
  command: "true"
  metrics: m.json
`;

/** Writes the tricky tree under `dir`: the files, a non-UTF-8 name, the modes and the links. */
function writeTree(dir: string): void {
  for (const [path, content] of Object.entries(trickyFiles())) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  writeFileSync(Buffer.from(join(dir, 'data/latin1-caf\xe9.txt'), 'latin1'), 'latin-1 name\n');
  chmodSync(join(dir, 'data/run.sh'), 0o755);
  symlinkSync('run.sh', join(dir, 'data/link-to-run.sh'));
  symlinkSync('link-to-run.sh', join(dir, 'data/link-to-link.sh'));
  symlinkSync('../ünïcødé/😀.txt', join(dir, 'data/sizes/link-up.txt'));
  writeFileSync(join(dir, 'lepton.yml'), MANIFEST);
}

/** The fingerprint as the plain reference computes it: each selected file read whole. */
async function reference(dir: string, repoRoot: string | null): Promise<Fingerprint> {
  const manifest = load(MANIFEST);
  const selection = await selectFiles(manifest, { modelDir: dir, repoRoot, cacheDir: null });
  const entries = (files: readonly string[]): FileEntry[] =>
    files.map((path) => {
      const b = readFileSync(fsPath(join(dir, path)));
      if (isDvcFile(path)) {
        const dvc = parseDvcFile(b.toString('utf8'));
        if (!dvc.ok) throw new Error(dvc.reason);
        return { path, record: { kind: 'dvc', outs: dvc.outs } };
      }
      const pointer = mayBeLfsPointer(b.length, b.toString('latin1', 0, 8))
        ? parseLfsPointer(b.toString('utf8'))
        : null;
      const sha256 = createHash('sha256').update(b).digest('hex');
      return {
        path,
        record: pointer
          ? { kind: 'file', size: pointer.size, sha256: pointer.oid }
          : { kind: 'file', size: b.length, sha256 },
      };
    });
  const part = (m: ReadonlyMap<string, readonly string[]>) =>
    [...m].map(([name, files]) => ({
      name,
      hash: partHash(entries(files)),
      files: files.length,
    }));
  const components = part(selection.components);
  const data = part(selection.data);
  return { fingerprint: modelFingerprint(components, data), components, data };
}

/** The values the code before the change computed for these trees. */
const EXPECTED = {
  git: {
    fingerprint: 'sha256:d20f9a8e83b08d559d4d83639852c310fecabeb71920de95a2d80f4d9e9cec09',
    weights: 'sha256:102591265e6d2a07a892552364c472a66aaa7f4324bedaf03799da96498c5db0',
    script: 'sha256:d0082618f2f445bb9f666e653d46d64bf63d2cb495dffb210afabaaae85e76c1',
    tree: 'sha256:54ef6ccb37204c0b34c77dd7ae395bfd63c3af8504dab89c356f8a4400cccbd0',
    treeFiles: 31,
  },
  plain: {
    fingerprint: 'sha256:793c21bec6ce08fc51915be9106f96315d283f716395c93094634246c1b42a7b',
    weights: 'sha256:102591265e6d2a07a892552364c472a66aaa7f4324bedaf03799da96498c5db0',
    script: 'sha256:d0082618f2f445bb9f666e653d46d64bf63d2cb495dffb210afabaaae85e76c1',
    // The walk counts what git would ignore (data/a.tmp) and never sees the untracked two.
    tree: 'sha256:fb68f4bc381d8c8c06ce7734a84c5e23a6c30f84f9803ae2011d28e6521b8ac9',
    treeFiles: 30,
  },
};

describe('cold read path: byte-identical fingerprints on tricky trees', () => {
  let repo: TestRepo;
  let plain: string;

  beforeAll(async () => {
    repo = makeRepo();
    writeTree(repo.dir);
    // Tracked: everything git adds; then untracked files on top (listed, not ignored).
    repo.commit('tricky');
    writeFileSync(join(repo.dir, 'data/untracked.txt'), 'not added\n');
    writeFileSync(join(repo.dir, 'data/sizes/untracked-1025.bin'), bytes(1025, 'untracked'));
    plain = tempDir();
    writeTree(plain);
    // Older than the stat cache's racy margin (2 s), so the warm run may trust what it kept.
    await new Promise((r) => setTimeout(r, 2100));
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(plain, { recursive: true, force: true });
  });

  it('the tree has what it claims: links, an executable, a non-UTF-8 name', () => {
    expect(readlinkSync(join(repo.dir, 'data/link-to-link.sh'))).toBe('link-to-run.sh');
    expect(repo.git('ls-files', '-s', 'data/run.sh')).toMatch(/^100755 /);
    expect(repo.git('ls-files', '-s', 'data/link-to-run.sh')).toMatch(/^120000 /);
    expect(repo.git('ls-files', 'data/')).toContain('"data/latin1-caf\\351.txt"');
  });

  const cases = [
    { label: 'in a git work tree', key: 'git' as const, root: () => repo.dir, git: true },
    {
      label: 'outside git (a walk of the folder)',
      key: 'plain' as const,
      root: () => plain,
      git: false,
    },
  ];

  it.each(cases)(
    '$label: cold, warm and cold again equal the old values',
    async ({ key, root, git }) => {
      const dir = root();
      const cacheDir = join(dir, git ? '.git/lepton' : '.lepton-cache');
      const options = { modelDir: dir, repoRoot: git ? dir : null, cacheDir };
      const manifest = load(MANIFEST);
      rmSync(cacheDir, { recursive: true, force: true });
      const cold = await fingerprintWithStats(manifest, options);
      const warm = await fingerprintWithStats(manifest, options);
      rmSync(cacheDir, { recursive: true, force: true });
      const again = await fingerprintWithStats(manifest, { ...options, cacheDir: null });
      const want = EXPECTED[key];
      const got = (f: Fingerprint) => ({
        fingerprint: f.fingerprint,
        weights: f.components.find((p) => p.name === 'weights')?.hash,
        script: f.components.find((p) => p.name === 'script')?.hash,
        tree: f.data[0]?.hash,
        treeFiles: f.data[0]?.files,
      });
      expect(got(cold.fingerprint)).toEqual(want);
      // Every distinct file (the tree's, and model/weights.bin: the script's two are in the tree)
      // but the non-UTF-8 name, which the cache never keeps and so never counts.
      expect(cold.stats.hashed).toBe(want.treeFiles);
      expect(cold.stats.cached).toBe(0);
      expect(warm.fingerprint).toEqual(cold.fingerprint);
      expect(warm.stats.hashed).toBe(0);
      expect(again.fingerprint).toEqual(cold.fingerprint);
      expect(cold.fingerprint).toEqual(await reference(dir, git ? dir : null));
    },
  );
});

describe('cold read path: more than 64 MiB to stream (the worker threads) beside small files', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo({ 'lepton.yml': MANIFEST, 'data/run.sh': '#!/bin/sh\n' });
    symlinkSync('run.sh', join(repo.dir, 'data/link-to-run.sh'));
    const block = bytes(MiB, 'block');
    // Untracked (git lists it; adding 64 MiB would only slow the test).
    const huge = Buffer.concat(Array.from({ length: 64 }, () => block).concat([Buffer.from('!')]));
    huge.writeUInt32LE(0xdeadbeef, 5 * MiB);
    mkdirSync(join(repo.dir, 'model'));
    writeFileSync(join(repo.dir, 'model/huge.bin'), huge);
    for (const size of [0, 1, 1023, 1024, 1025, 4096, 64 * KiB + 1, 2 * MiB + 3]) {
      writeFileSync(join(repo.dir, `model/s-${size}.bin`), bytes(size, `m-${size}`));
    }
  });
  afterAll(() => repo.cleanup());

  it('hashes each file as the code before the change did', async () => {
    const dir = repo.dir;
    const f = await fingerprintWithStats(load(MANIFEST), {
      modelDir: dir,
      repoRoot: dir,
      cacheDir: null,
    });
    expect(f.fingerprint.components[0]).toEqual({
      name: 'weights',
      hash: 'sha256:469ae386c7485cbcc3b3ef0f68df5b71f5231866e454c7730d474c31aea3cd0e',
      files: 9,
    });
    expect(f.fingerprint).toEqual(await reference(dir, dir));
  });
});
