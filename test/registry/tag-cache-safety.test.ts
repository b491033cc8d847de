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
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { readSealedFile } from '../../src/io/files/sealed-file.js';
import { readRegistry } from '../../src/io/registry/index.js';
import { tagCacheFile } from '../../src/io/registry/cache.js';
import { runCli, type TestRepo } from '../helpers/repo.js';
import { addStage, addVersion, gitOf, modelRepo } from './fixture.js';

// The tag cache, like the stat cache, is checked and opened safely (issue 22.4): damaged
// bytes, a FIFO, a link to /dev/zero, a huge file, a folder, a file where a folder should
// be — the registry read is the cold one, nothing hangs or throws, and the cache is rebuilt
// where it can be.

let repo: TestRepo;
let file: string;
let good: Buffer;
let cold: Awaited<ReturnType<typeof readRegistry>>;
const read = () => readRegistry(gitOf(repo), 'sentiment');
const sound = () =>
  lstatSync(file).isFile() && readSealedFile(file, 'tag-cache', 1 << 30)?.section(0) != null;

beforeAll(async () => {
  repo = modelRepo();
  await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.5 } });
  await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.59 } });
  await addStage(repo, '0.1.0', 'staging', 1);
  file = tagCacheFile(join(repo.dir, '.git'), 'sentiment');
  cold = await read();
  good = readFileSync(file);
  expect(await read()).toEqual(cold);
}, 60_000);
afterAll(() => repo.cleanup());

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

describe('tag cache: damaged bytes', () => {
  it('a metric edited in place to another valid value is not believed', async () => {
    const text = good.toString('latin1');
    // Packed rows hold the metric's value after its table index (format 7).
    const at = text.indexOf(',0.59]');
    expect(at).toBeGreaterThan(0);
    const bytes = Buffer.from(good);
    bytes.write(',0.99]', at, 'latin1');
    writeFileSync(file, bytes);
    const r = await read();
    expect(r).toEqual(cold);
    expect(r.versions[0]?.summary?.metrics.accuracy).toBe(0.59);
    expect(sound()).toBe(true);
    expect(readFileSync(file)).toEqual(good);
  });

  it.each([
    ['the magic', () => 0],
    ['the kind', () => 'lepton-cache/1 t'.length],
    ['the section length', () => 'lepton-cache/1 tag-cache '.length],
    ['the first line’s checksum', () => good.indexOf(0x0a) - 1],
    ['the JSON', () => good.indexOf(0x0a) + 5],
    ['the last byte', () => good.length - 1],
  ])('a flipped bit in %s: the cold read, the cache rewritten', async (_, where) => {
    const bytes = Buffer.from(good);
    const at = where();
    bytes[at] = (bytes[at] as number) ^ 0x04;
    writeFileSync(file, bytes);
    expect(await read()).toEqual(cold);
    expect(readFileSync(file)).toEqual(good);
  });

  it('random damage anywhere in a real cache file always gives the cold read', async () => {
    const seed = Date.now();
    const random = prng(seed);
    for (let round = 0; round < 30; round++) {
      const bytes = Buffer.from(good);
      const changes = 1 + Math.floor(random() * 3);
      for (let k = 0; k < changes; k++) {
        const at = Math.floor(random() * bytes.length);
        bytes[at] = (bytes[at] as number) ^ (1 + Math.floor(random() * 255));
      }
      writeFileSync(file, bytes);
      expect([seed, round, await read()]).toEqual([seed, round, cold]);
    }
  }, 180_000);
});

describe('tag cache: what sits at its path', () => {
  it.each([
    ['a FIFO', (f: string) => execFileSync('mkfifo', [f]), true],
    ['a symlink to /dev/zero', (f: string) => symlinkSync('/dev/zero', f), true],
    [
      'a symlink to a good cache elsewhere',
      (f: string) => (writeFileSync(`${f}.real`, good), symlinkSync(`${f}.real`, f)),
      true,
    ],
    [
      'a 1 GiB (sparse) file',
      (f: string) => (writeFileSync(f, ''), truncateSync(f, 2 ** 30)),
      true,
    ],
    ['a folder', (f: string) => mkdirSync(join(f, 'x'), { recursive: true }), false],
  ])('%s: the cold read, never hanging', async (_, plant, rebuilt) => {
    rmSync(file, { recursive: true, force: true });
    plant(file);
    expect(await read()).toEqual(cold);
    expect(sound()).toBe(rebuilt);
    rmSync(file, { recursive: true, force: true });
    rmSync(`${file}.real`, { force: true });
    await read();
    expect(readFileSync(file)).toEqual(good);
  });

  it.each([
    ['`.git/lepton`', join('.git', 'lepton')],
    ['`.git/lepton/tags`', join('.git', 'lepton', 'tags')],
  ])('%s a regular file: the cold read, nothing thrown, nothing written', async (_, rel) => {
    const path = join(repo.dir, rel);
    rmSync(join(repo.dir, '.git', 'lepton'), { recursive: true, force: true });
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, 'not a folder');
    for (let i = 0; i < 2; i++) expect(await read()).toEqual(cold);
    expect(readFileSync(path, 'utf8')).toBe('not a folder');
    rmSync(join(repo.dir, '.git', 'lepton'), { recursive: true, force: true });
    await read();
    expect(readFileSync(file)).toEqual(good);
  });

  it('a read-only cache folder (show run as another user): read, not written, never fatal', async () => {
    const asNobody = process.getuid?.() === 0;
    const dir = dirname(file);
    writeFileSync(file, 'damaged');
    if (!asNobody) chmodSync(dir, 0o555);
    else chmodSync(join(repo.dir, '..'), 0o755);
    try {
      const r = await runCli(
        repo.dir,
        ['show', '--json'],
        { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' },
        asNobody ? { uid: 65534 } : undefined,
      );
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(JSON.parse(r.stdout)).toMatchObject({
        versions: [{ version: '0.2.0' }, { version: '0.1.0' }],
      });
      expect(readFileSync(file, 'utf8')).toBe('damaged');
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
    }
    await read();
    expect(readFileSync(file)).toEqual(good);
  });
});
