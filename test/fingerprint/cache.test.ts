import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLeptonError } from '../../src/core/errors/index.js';
import type { Manifest } from '../../src/core/manifest/index.js';
import {
  fingerprintWithStats,
  selectFiles,
  type FingerprintOptions,
} from '../../src/io/files/index.js';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import {
  cachePath,
  encodeCacheFile,
  readCacheFile,
  sealStatCache,
  sections,
  withoutMemo,
  writeCacheFile,
} from './cache-file.js';
import { sha, load } from './helpers.js';

const MANIFEST = load(
  'version: 1\nmodel: demo\ncomponents:\n  w:\n    paths: [w]\n  other:\n    paths: [o/**]\neval:\n  command: "true"\n  metrics: m.json\n',
);
const FILES = { 'w/a.txt': 'alpha', 'w/b.txt': 'bravo', 'o/c.txt': 'charlie', 'o/d.txt': 'delta' };

const options = (repo: TestRepo, cache = true): FingerprintOptions => ({
  modelDir: repo.dir,
  repoRoot: repo.dir,
  cacheDir: cache ? join(repo.dir, '.git/lepton') : null,
  env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
});
const run = (repo: TestRepo, cache = true) => fingerprintWithStats(MANIFEST, options(repo, cache));
const truth = async (repo: TestRepo) => (await run(repo, false)).fingerprint;
const cacheFile = (repo: TestRepo) => cachePath(repo.dir);

describe('stat cache', () => {
  const repos: Record<string, TestRepo> = {};
  beforeAll(async () => {
    for (const name of ['hit', 'change', 'racy', 'corrupt', 'old']) repos[name] = makeRepo(FILES);
    repos.untracked = makeRepo();
    repos.untracked.write(FILES);
    // Entries are trusted only for files older than the racy-git margin (2 s) at the time
    // the cache is written: let every file here age past it once.
    await new Promise((r) => setTimeout(r, 2100));
  }, 60_000);
  afterAll(() => Object.values(repos).forEach((r) => r.cleanup()));

  it.each([
    ['committed (git vouches, no lstat)', 'hit', 4],
    ['untracked (by stat data)', 'untracked', 0],
  ])('serves unchanged %s files without reading them', async (_, name, vouched) => {
    const repo = repos[name] as TestRepo;
    const cold = await run(repo);
    expect(cold.stats).toEqual({ cached: 0, vouched: 0, hashed: 4 });
    const warm = await run(repo);
    expect(warm.stats).toEqual({ cached: 4, vouched, hashed: 0 });
    expect(warm.fingerprint).toEqual(cold.fingerprint);

    // Proof that a hit does not read the file: a cached hash planted for w/a.txt is what comes out.
    const file = cacheFile(repo);
    const c = readCacheFile(file);
    const i = c.paths.indexOf('w/a.txt');
    expect(c.digests.toString('hex', i * 32, i * 32 + 32)).toBe(sha('alpha'));
    c.digests.fill(0xff, i * 32, i * 32 + 32);
    // Without the parts' hashes remembered whole, which a warm run would otherwise use.
    writeCacheFile(file, withoutMemo(c));
    const planted = await run(repo);
    expect(planted.stats).toEqual({ cached: 4, vouched, hashed: 0 });
    const expected =
      'lepton-part/1\n' +
      `["file","w/a.txt",5,"${'f'.repeat(64)}"]\n` +
      `["file","w/b.txt",5,"${sha('bravo')}"]\n`;
    expect(planted.fingerprint.components[0]?.hash).toBe('sha256:' + sha(expected));
  });

  it('catches a change that keeps size and mtime (by ctime), and a size change', async () => {
    const repo = repos.change as TestRepo;
    await run(repo);
    expect((await run(repo)).stats.cached).toBe(4);
    const path = join(repo.dir, 'w/a.txt');
    const stamp = join(repo.dir, '..', 'stamp');
    // touch -r copies timestamps to the nanosecond (utimes from JS would round them).
    execFileSync('touch', ['-r', path, stamp]);
    const before = statSync(path, { bigint: true });

    writeFileSync(path, 'ALPHA'); // same size
    execFileSync('touch', ['-r', stamp, path]);
    const same = statSync(path, { bigint: true });
    expect([same.size, same.mtimeNs]).toEqual([before.size, before.mtimeNs]);
    expect(same.ctimeNs).not.toBe(before.ctimeNs);
    const r1 = await run(repo);
    expect(r1.stats.hashed).toBe(1);
    expect(r1.fingerprint).toEqual(await truth(repo));
    expect(r1.fingerprint.components[0]?.hash).not.toBe(
      (await run(repo)).fingerprint.components[1]?.hash,
    );

    writeFileSync(path, 'ALPHA!');
    execFileSync('touch', ['-r', stamp, path]);
    const r2 = await run(repo);
    expect(r2.stats.hashed).toBeGreaterThanOrEqual(1);
    expect(r2.fingerprint).toEqual(await truth(repo));
    expect(r2.fingerprint.components[0]?.hash).not.toBe(r1.fingerprint.components[0]?.hash);
  });

  it('does not trust a file changed within the racy margin of the cache write', async () => {
    const repo = repos.racy as TestRepo;
    repo.write({ 'w/fresh.txt': 'just written' });
    expect((await run(repo)).stats).toEqual({ cached: 0, vouched: 0, hashed: 5 });
    // Unchanged since, but its timestamps are too close to when the cache was written to vouch for it.
    const again = await run(repo);
    expect(again.stats).toEqual({ cached: 4, vouched: 4, hashed: 1 });
    expect(again.fingerprint).toEqual(await truth(repo));
  });

  it('ignores a corrupt, truncated or foreign cache and rewrites it', async () => {
    const repo = repos.corrupt as TestRepo;
    const right = await truth(repo);
    await run(repo);
    const file = cacheFile(repo);
    const good = readFileSync(file);
    const c = readCacheFile(file);
    const withHeader = (h: Record<string, unknown>) =>
      encodeCacheFile({ ...c, header: { ...c.header, ...h } });
    const at = sections(good);
    const columns = good.subarray(...at.columns);

    const broken: [string, Buffer | string][] = [
      ['garbage', 'garbage'],
      ['truncated', good.subarray(0, good.length / 2)],
      ['empty', ''],
      ['only the first line', good.subarray(0, at.lineEnd + 1)],
      ['one byte more', Buffer.concat([good, Buffer.from('\0')])],
      [
        'a header that is not JSON',
        sealStatCache(Buffer.alloc(at.header[1] - at.header[0], 0x7b), [columns]),
      ],
      ['an older version', withHeader({ version: 3 })],
      ['a newer version', withHeader({ version: 99 })],
      ['another format', withHeader({ format: 'something-else' })],
      ['another encoding', withHeader({ encoding: 'lepton-part/0' })],
      ['a count too large', withHeader({ count: c.header.count + 1 })],
      ['a count too small', withHeader({ count: c.header.count - 1 })],
      ['a bad blob size', withHeader({ blobBytes: 7 })],
      ['a malformed index', withHeader({ index: [1, 2] })],
      // Found out only when the entries are read: without the memo, which a warm run takes first.
      [
        'a path too many',
        encodeCacheFile(withoutMemo({ ...c, paths: [...c.paths.slice(0, -1), 'x\0y'] })),
      ],
      ['a path longer than said', encodeCacheFile({ ...c, paths: [...c.paths, 'x'] }, true)],
      [
        'a malformed memo',
        withHeader({ memo: { key: 'k', files: 4, components: [{}], data: [] } }),
      ],
    ];
    for (const [what, bytes] of broken) {
      writeFileSync(file, bytes);
      const r = await run(repo);
      expect([what, r.stats]).toEqual([what, { cached: 0, vouched: 0, hashed: 4 }]);
      expect(r.fingerprint).toEqual(right);
      expect(readCacheFile(file).header).toMatchObject({ format: 'lepton-stat-cache', version: 7 });
    }

    // One malformed entry (a DVC record that is not there) is a miss; the others still count.
    const i = c.paths.indexOf('w/a.txt');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(c.stat[i * 6 + 5]).toBe(5); // the record's size
    const stat = new Float64Array(c.stat);
    stat[i * 6 + 5] = -1;
    writeCacheFile(file, withoutMemo({ ...c, stat }));
    const r = await run(repo);
    expect(r.stats).toEqual({ cached: 3, vouched: 3, hashed: 1 });
    expect(r.fingerprint).toEqual(right);
  });

  it('ignores and removes the JSON cache of earlier versions', async () => {
    const repo = repos.old as TestRepo;
    const right = await truth(repo);
    await run(repo);
    const file = cacheFile(repo);
    const old = file.replace(/\.bin$/, '.json');
    // What version 3 wrote, planted with a wrong digest: it must not be read.
    const v3 = {
      format: 'lepton-stat-cache',
      version: 3,
      encoding: 'lepton-part/1',
      startedMs: Date.now(),
      count: 1,
      paths: 'w/a.txt',
      stat: Buffer.from(new Float64Array([5, 0, 0, 0, 0, 5]).buffer).toString('base64'),
      digests: 'f'.repeat(64),
      dvc: {},
    };
    writeFileSync(old, JSON.stringify(v3));
    writeFileSync(file, 'garbage');
    const r = await run(repo);
    expect(r.stats).toEqual({ cached: 0, vouched: 0, hashed: 4 });
    expect(r.fingerprint).toEqual(right);
    expect(() => readFileSync(old)).toThrow(/ENOENT/);
  });
});

describe('selection from the library', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo(FILES);
  });
  afterAll(() => repo.cleanup());

  it("returns each part's files, sorted and relative to the model folder", async () => {
    const s = await selectFiles(MANIFEST, options(repo));
    expect(s.components.get('w')).toEqual(['w/a.txt', 'w/b.txt']);
    expect(s.components.get('other')).toEqual(['o/c.txt', 'o/d.txt']);
    expect(s.data.size).toBe(0);
  });

  const ABOVE_TOP =
    "climbs 1 folder above lepton.yml's folder, which is the repository's top level";
  it.each([
    ['../outside/**', ABOVE_TOP],
    ['/etc/passwd', "it is absolute, and paths are relative to lepton.yml's folder"],
    ['w/../../x', ABOVE_TOP],
  ])('refuses %s even from a manifest built in code, naming the key', async (path, why) => {
    const m: Manifest = { ...MANIFEST, components: [{ name: 'w', paths: [path] }] };
    const err = await selectFiles(m, options(repo)).catch((e: unknown) => e);
    expect(isLeptonError(err) && err.kind).toBe('invalid');
    expect((err as Error).message).toBe(
      `components.w.paths.0: path "${path}" leaves the repository: ${why.replace(/^climbs/, 'it climbs')}`,
    );
  });

  it('works outside git on every file under the folder, without a cache', async () => {
    const r = await fingerprintWithStats(MANIFEST, {
      modelDir: repo.dir,
      repoRoot: null,
      cacheDir: null,
    });
    // .git's own files are not under w/ or o/, so the answer matches the repository's.
    expect(r.fingerprint).toEqual(await truth(repo));
  });
});
