import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fingerprintWithStats, type FingerprintOptions } from '../../src/io/files/index.js';
import { readSealedFile } from '../../src/io/files/sealed-file.js';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';
import { cachePath, readCacheFile, sections } from './cache-file.js';
import { load } from './helpers.js';

// Every cache is checked and opened safely (issue 22.4): whatever sits at the stat cache's
// path — damaged bytes, a FIFO, a link to /dev/zero, a huge file, a folder, a file where its
// folder should be — the answer is the cold one, nothing hangs or fails, and the cache is
// rebuilt where it can be.

const YML =
  'version: 1\nmodel: demo\ncomponents:\n  w:\n    paths: [w]\ndata:\n  d:\n    paths: [d/**]\n' +
  'eval:\n  command: "mkdir -p out && echo \'{\\"a\\": 1}\' > out/m.json"\n  metrics: out/m.json\n';
const MANIFEST = load(YML);
const FILES = {
  'lepton.yml': YML,
  '.gitignore': 'out/\n',
  'w/a.txt': 'alpha',
  'w/b.txt': 'bravo',
  'd/c.csv': 'x,y\n1,2\n',
  'd/e.csv': 'x,y\n3,4\n',
};
const ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

const options = (repo: TestRepo, cache = true): FingerprintOptions => ({
  modelDir: repo.dir,
  repoRoot: repo.dir,
  cacheDir: cache ? join(repo.dir, '.git/lepton') : null,
  env: ENV,
});
const run = (repo: TestRepo) => fingerprintWithStats(MANIFEST, options(repo));
const cold = async (repo: TestRepo) =>
  (await fingerprintWithStats(MANIFEST, options(repo, false))).fingerprint;

/** Whether a sealed stat cache that checks out is at `file` (as after a rebuild). */
const sound = (file: string) =>
  lstatSync(file).isFile() && readSealedFile(file, 'stat-cache', 1 << 30)?.section(1) != null;

/** Seeded, so that a failure names a case that can be run again. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Makes git's index look rewritten (as `git status` refreshing it would): git vouches for nothing. */
function touchIndex(repo: TestRepo): void {
  const index = join(repo.dir, '.git/index');
  const now = new Date();
  utimesSync(index, now, now);
}

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

/** A repository whose files are older than the racy margin, with a warm cache that answers. */
async function warmRepo(): Promise<{ repo: TestRepo; file: string; good: Buffer }> {
  const repo = makeRepo(FILES);
  repos.push(repo);
  await new Promise((r) => setTimeout(r, 2100));
  await run(repo);
  const warm = await run(repo);
  // The cache answers: without this, no test below could fail.
  expect(warm.stats.hashed).toBe(0);
  const file = cachePath(repo.dir);
  return { repo, file, good: readFileSync(file) };
}

describe('stat cache: damaged bytes', () => {
  let repo: TestRepo;
  let file: string;
  let good: Buffer;
  let right: Awaited<ReturnType<typeof cold>>;
  beforeAll(async () => {
    ({ repo, file, good } = await warmRepo());
    right = await cold(repo);
  }, 60_000);

  /** `good` with one byte changed at `at`. */
  const flipped = (bytes: Buffer, at: number, mask = 0x01) => {
    const b = Buffer.from(bytes);
    b[at] = (b[at] as number) ^ mask;
    return b;
  };

  it('one hex digit of a remembered part hash in the header: the cold answer (memo not trusted)', async () => {
    const c = readCacheFile(file);
    const memo = c.header.memo as { components: { hash: string }[] };
    const hex = (memo.components[0] as { hash: string }).hash.slice(7);
    const at = good.indexOf(hex) + 10;
    expect(at).toBeGreaterThan(10);
    const digit = good[at] === 0x30 ? 0x31 : 0x30; // another hex digit: still valid JSON and hex
    const bytes = Buffer.from(good);
    bytes[at] = digit;
    writeFileSync(file, bytes);
    const r = await run(repo);
    expect(r.fingerprint).toEqual(right);
    expect(r.stats).toEqual({ cached: 0, vouched: 0, hashed: 4 });
    expect(sound(file)).toBe(true);
  });

  /** Where, and whether the damage lies in the columns (section 1: not even read when the memo answers). */
  const regions: [string, () => number, boolean][] = [
    ['the magic', () => 0, false],
    ['the kind', () => 'lepton-cache/1 s'.length, false],
    ['a section length', () => 'lepton-cache/1 stat-cache '.length, false],
    ['the first line’s checksum', () => sections(good).lineEnd - 1, false],
    ['the header', () => sections(good).header[0] + 2, false],
    ['the stat column (a size)', () => sections(good).columns[0], true],
    ['the stat column (a record size)', () => sections(good).columns[0] + 5 * 8, true],
    ['a digest', () => sections(good).columns[0] + 4 * 6 * 8, true],
    ['the blob ids', () => sections(good).columns[0] + 4 * (6 * 8 + 32), true],
    ['the paths', () => sections(good).columns[1] - 1, true],
  ];

  // Git's index as the cache was written with first (the memo and git's word answer), then
  // rewritten (entries are looked up by their stat data): the index's ctime cannot be put back.
  it.each(regions)(
    'a flipped bit in %s: the cold answer (git’s index unchanged)',
    async (_, where, inColumns) => {
      writeFileSync(file, flipped(good, where()));
      const r = await run(repo);
      expect(r.fingerprint).toEqual(right);
      // Damaged columns the memo did not need are left for the run that needs them to find.
      expect(sound(file)).toBe(!inColumns);
    },
  );

  it('one flipped bit in a stored digest, after git’s index changed: the cold answer', async () => {
    const at = sections(good).columns[0] + 4 * 6 * 8; // the first entry's digest
    writeFileSync(file, flipped(good, at, 0x10));
    touchIndex(repo);
    const r = await run(repo);
    expect(r.fingerprint).toEqual(right);
    expect(r.stats.hashed).toBe(4);
    expect(sound(file)).toBe(true);
  });

  it.each(regions)(
    'a flipped bit in %s: the cold answer (git’s index changed)',
    async (_, where) => {
      writeFileSync(file, flipped(good, where()));
      const r = await run(repo);
      expect(r.fingerprint).toEqual(right);
      expect(sound(file)).toBe(true);
    },
  );

  it('random damage anywhere in a real cache file always gives the cold answer', async () => {
    const seed = Date.now();
    const random = prng(seed);
    const check = async (base: Buffer, phase: string, rounds: number) => {
      for (let round = 0; round < rounds; round++) {
        const bytes = Buffer.from(base);
        const changes = 1 + Math.floor(random() * 3);
        for (let k = 0; k < changes; k++) {
          const at = Math.floor(random() * bytes.length);
          bytes[at] = (bytes[at] as number) ^ (1 + Math.floor(random() * 255));
        }
        writeFileSync(file, bytes);
        const r = await run(repo);
        expect([seed, phase, round, r.fingerprint]).toEqual([seed, phase, round, right]);
      }
    };
    // Under the index the cache was written with: the parts memo and git's word answer.
    const fresh = await warmRepo();
    repo = fresh.repo;
    file = fresh.file;
    right = await cold(repo);
    await check(fresh.good, 'memo', 60);
    // Under another index: entries are looked up by stat data, digests served from the cache.
    touchIndex(repo);
    writeFileSync(file, fresh.good);
    await run(repo);
    const byStat = readFileSync(file);
    expect((await run(repo)).stats.hashed).toBe(0);
    await check(byStat, 'stat', 60);
  }, 180_000);
});

describe('stat cache: what sits at its path', () => {
  let repo: TestRepo;
  let file: string;
  let right: Awaited<ReturnType<typeof cold>>;
  beforeAll(async () => {
    ({ repo, file } = await warmRepo());
    right = await cold(repo);
  }, 60_000);

  const places: [string, (file: string) => void, boolean][] = [
    ['a FIFO', (f) => execFileSync('mkfifo', [f]), true],
    ['a symlink to /dev/zero', (f) => symlinkSync('/dev/zero', f), true],
    ['a symlink to a good cache elsewhere', (f) => symlinkSync(`${f}.elsewhere`, f), true],
    ['a 2 GiB (sparse) file', (f) => (writeFileSync(f, ''), truncateSync(f, 2 ** 31)), true],
    ['a folder', (f) => mkdirSync(join(f, 'x'), { recursive: true }), false],
  ];
  it.each(places)('%s: the cold answer, never hanging', async (_, plant, rebuilt) => {
    writeFileSync(`${file}.elsewhere`, readFileSync(file));
    rmSync(file, { recursive: true, force: true });
    plant(file);
    const r = await run(repo);
    expect(r.fingerprint).toEqual(right);
    expect(r.stats.hashed).toBe(4);
    expect(sound(file)).toBe(rebuilt);
    rmSync(file, { recursive: true, force: true });
    rmSync(`${file}.elsewhere`, { force: true });
    await run(repo);
  });

  it('`.git/lepton` a regular file: the cold answer, no cache, nothing thrown', async () => {
    const dir = join(repo.dir, '.git/lepton');
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(dir, 'not a folder');
    for (let i = 0; i < 2; i++) expect((await run(repo)).fingerprint).toEqual(right);
    expect(readFileSync(dir, 'utf8')).toBe('not a folder');
    rmSync(dir);
  });
});

describe('caches in the CLI', () => {
  interface Json {
    fingerprint: string;
  }
  let repo: TestRepo;
  let right: string;
  beforeAll(async () => {
    repo = makeRepo(FILES);
    repos.push(repo);
    right = (await cold(repo)).fingerprint;
  }, 60_000);

  it.each([
    ['status', ['status', '--json']],
    ['eval', ['eval', '--json']],
    ['record', ['record', '--json']],
  ])('`.git/lepton` a regular file: %s works as without a cache', async (_, args) => {
    const dir = join(repo.dir, '.git/lepton');
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(dir, '');
    const r = await runCli(repo.dir, args);
    expect([r.code, r.stderr]).toEqual([0, expect.not.stringContaining('internal error')]);
    expect((JSON.parse(r.stdout) as Json).fingerprint).toBe(right);
    rmSync(dir);
  });

  it.each([
    ['a FIFO', (f: string) => execFileSync('mkfifo', [f])],
    ['a symlink to /dev/zero', (f: string) => symlinkSync('/dev/zero', f)],
  ])('status and show return with %s as each cache file', async (_, plant) => {
    const dir = join(repo.dir, '.git/lepton');
    rmSync(dir, { recursive: true, force: true });
    expect((await runCli(repo.dir, ['status'])).code).toBe(0);
    expect((await runCli(repo.dir, ['show'])).code).toBe(0);
    const statFile = cachePath(repo.dir);
    const tagFile = join(dir, 'tags', 'demo.json');
    for (const f of [statFile, tagFile]) {
      rmSync(f);
      plant(f);
    }
    const status = await runCli(repo.dir, ['status', '--json']);
    expect(status.code).toBe(0);
    expect((JSON.parse(status.stdout) as Json).fingerprint).toBe(right);
    const show = await runCli(repo.dir, ['show', '--json']);
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ versions: [{ version: '0.1.0' }] });
    expect([lstatSync(statFile).isFile(), lstatSync(tagFile).isFile()]).toEqual([true, true]);
  });

  it('a read-only `.git/lepton` (run as another user): read, not written, never fatal', async () => {
    const asNobody = process.getuid?.() === 0;
    const dir = join(repo.dir, '.git/lepton');
    rmSync(dir, { recursive: true, force: true });
    expect((await runCli(repo.dir, ['status'])).code).toBe(0);
    const file = cachePath(repo.dir);
    const before = readFileSync(file);
    writeFileSync(file, 'damaged');
    if (!asNobody) chmodSync(dir, 0o555);
    else chmodSync(join(repo.dir, '..'), 0o755);
    try {
      const r = await runCli(
        repo.dir,
        ['status', '--json'],
        { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' },
        asNobody ? { uid: 65534 } : undefined,
      );
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect((JSON.parse(r.stdout) as Json).fingerprint).toBe(right);
      // Not rebuilt (it could not be), and nothing left beside it.
      expect(readFileSync(file, 'utf8')).toBe('damaged');
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(before.length).toBeGreaterThan(0);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
