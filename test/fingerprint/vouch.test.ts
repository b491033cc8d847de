import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintWithStats, type FingerprintOptions } from '../../src/io/files/index.js';
import { copyRepo, makeRepo, type TestRepo } from '../helpers/repo.js';
import { blobOf, cachePath, readCacheFile, writeCacheFile } from './cache-file.js';
import { sha, load, requireLfs } from './helpers.js';

// Git's index vouches for unchanged tracked files: a warm run serves them without an lstat.
// Every answer here is checked against a run without any cache.

const MANIFEST = load(
  'version: 1\nmodel: demo\ncomponents:\n  w:\n    paths: [w]\n  other:\n    paths: [o/**]\neval:\n  command: "true"\n  metrics: m.json\n',
);
const FILES = {
  'w/a.txt': 'alpha\n',
  'w/b.txt': 'bravo\n',
  'o/c.txt': 'charlie\n',
  'o/d.txt': 'delta\n',
};

const options = (repo: TestRepo, cache = true, modelDir = repo.dir): FingerprintOptions => ({
  modelDir,
  repoRoot: repo.dir,
  cacheDir: cache ? join(repo.dir, '.git/lepton') : null,
  env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
});
const run = (repo: TestRepo, m = MANIFEST, modelDir = repo.dir) =>
  fingerprintWithStats(m, options(repo, true, modelDir));
const truth = async (repo: TestRepo, m = MANIFEST, modelDir = repo.dir) =>
  (await fingerprintWithStats(m, options(repo, false, modelDir))).fingerprint;
/** Entries are kept with blob ids only for files and an index older than the racy margin (2 s). */
const settle = () => new Promise((r) => setTimeout(r, 2100));
/** A same-size edit with the timestamps put back to the nanosecond (touch -r; utimes would round). */
function sneakyEdit(repo: TestRepo, path: string, content: string) {
  const file = join(repo.dir, path);
  const stamp = join(repo.dir, '..', 'stamp');
  execFileSync('touch', ['-r', file, stamp]);
  writeFileSync(file, content);
  execFileSync('touch', ['-r', stamp, file]);
}

describe('git vouches for unchanged tracked files', () => {
  const repos: Record<string, TestRepo> = {};
  const big = Buffer.alloc(3 << 20, 7);
  beforeAll(async () => {
    const template = makeRepo(FILES);
    repos.template = template;
    for (const name of [
      'warm',
      'sneaky',
      'added',
      'slow',
      'fresh',
      'deleted',
      'coldEdit',
      'deferred',
    ]) {
      repos[name] = copyRepo(template);
    }
    // Differs from the index, and is old enough (after settle below) to be kept with a blob id.
    for (const name of ['coldEdit', 'deferred'])
      writeFileSync(join((repos[name] as TestRepo).dir, 'w/a.txt'), 'alpha, edited\n');

    const crlf = makeRepo();
    crlf.git('config', 'core.autocrlf', 'true');
    crlf.write(FILES);
    crlf.commit('LF in the work tree and in git');
    repos.crlf = crlf;

    const slow = repos.slow as TestRepo;
    symlinkSync('../w/b.txt', join(slow.dir, 'o/link.txt'));
    slow.commit('a tracked symlink');
    slow.git('update-index', '--assume-unchanged', 'w/a.txt');

    const sub = makeRepo({
      ...Object.fromEntries(Object.entries(FILES).map(([p, c]) => [`m/${p}`, c])),
      'top.txt': 'outside the model\n',
    });
    repos.sub = sub;

    // `.ci/run` installs git-lfs when the machine lacks it; a missing one is a setup error, not a pass.
    requireLfs();
    const lfs = makeRepo();
    lfs.git('lfs', 'install', '--local');
    lfs.git('lfs', 'track', 'w/*.bin');
    lfs.write({ ...FILES, 'w/big.bin': big });
    lfs.commit('weights in LFS');
    repos.lfs = lfs;

    // Settings under which git alone would miss a same-size edit: Lepton overrides them.
    const sneaky = repos.sneaky as TestRepo;
    sneaky.git('config', 'core.trustctime', 'false');
    sneaky.git('config', 'core.checkStat', 'minimal');
    // Git compares the content of files as recent as its index (to the second): make the index
    // newer, so that only the stat data can tell the edit.
    await new Promise((r) => setTimeout(r, 1100));
    sneaky.write({ 'z.txt': 'in no part\n' });
    sneaky.git('add', 'z.txt');

    await settle();
  }, 30_000);
  afterAll(() => Object.values(repos).forEach((r) => r.cleanup()));

  it('serves every committed file on a warm run, with the answer of a cold one', async () => {
    const repo = repos.warm as TestRepo;
    const cold = await run(repo);
    expect(cold.stats).toEqual({ cached: 0, vouched: 0, hashed: 4 });
    const warm = await run(repo);
    expect(warm.stats).toEqual({ cached: 4, vouched: 4, hashed: 0 });
    expect(warm.fingerprint).toEqual(cold.fingerprint);
    expect(warm.fingerprint).toEqual(await truth(repo));
    // The blob id kept is the one git's index holds.
    const c = readCacheFile(cachePath(repo.dir));
    expect(blobOf(c, 'w/a.txt')).toBe(repo.git('rev-parse', 'HEAD:w/a.txt').trim());
  });

  /**
   * A cold run of a repository whose w/a.txt differs from the index, waiting for its cache
   * (`saved`) however it was written: git's blob ids are kept for every file but that one.
   */
  async function coldThenWarm(repo: TestRepo, deferSave: boolean) {
    const cold = await fingerprintWithStats(MANIFEST, { ...options(repo), deferSave });
    expect(cold.stats).toEqual({ cached: 0, vouched: 0, hashed: 4 });
    expect(cold.fingerprint).toEqual(await truth(repo));
    await cold.saved;
    const c = readCacheFile(cachePath(repo.dir));
    expect(Object.keys(FILES).map((p) => blobOf(c, p))).toEqual([
      null,
      repo.git('rev-parse', 'HEAD:w/b.txt').trim(),
      repo.git('rev-parse', 'HEAD:o/c.txt').trim(),
      repo.git('rev-parse', 'HEAD:o/d.txt').trim(),
    ]);
    const warm = await run(repo);
    expect(warm.stats).toEqual({ cached: 4, vouched: 3, hashed: 0 });
    expect(warm.fingerprint).toEqual(cold.fingerprint);
  }

  it("a cold run takes git's word after reading the files: no blob id for a file that differs", () =>
    coldThenWarm(repos.coldEdit as TestRepo, false));

  it('deferSave: the answer before the cache, and once `saved` settles the same cache', () =>
    coldThenWarm(repos.deferred as TestRepo, true));

  it('catches a same-size edit with its mtime put back, whatever core.trustctime says', async () => {
    const repo = repos.sneaky as TestRepo;
    await run(repo);
    const before = await run(repo);
    expect(before.stats.vouched).toBe(4);
    sneakyEdit(repo, 'w/a.txt', 'ALPHA\n');
    const after = await run(repo);
    expect(after.stats).toEqual({ cached: 3, vouched: 3, hashed: 1 });
    expect(after.fingerprint).toEqual(await truth(repo));
    expect(after.fingerprint.components[0]?.hash).not.toBe(before.fingerprint.components[0]?.hash);
  });

  it('hashes a `git add`ed edit again (a new blob in a new index)', async () => {
    const repo = repos.added as TestRepo;
    await run(repo);
    const before = await run(repo);
    repo.write({ 'w/a.txt': 'alpha, edited\n' });
    repo.git('add', 'w/a.txt');
    const after = await run(repo);
    expect(after.stats.hashed).toBe(1);
    expect(after.fingerprint).toEqual(await truth(repo));
    expect(after.fingerprint.components[0]?.hash).not.toBe(before.fingerprint.components[0]?.hash);
  });

  it('looks again at a `git add`ed line-ending change that keeps the blob (core.autocrlf)', async () => {
    const repo = repos.crlf as TestRepo;
    await run(repo);
    const before = await run(repo);
    expect(before.stats.vouched).toBe(4);
    const blob = repo.git('rev-parse', ':w/a.txt').trim();
    repo.write({ 'w/a.txt': 'alpha\r\n' });
    repo.git('add', 'w/a.txt');
    // What makes this case: git now vouches for the file, with the same blob, yet its bytes changed.
    expect(repo.git('rev-parse', ':w/a.txt').trim()).toBe(blob);
    expect(repo.git('diff-files', '--name-only')).toBe('');
    const after = await run(repo);
    expect(after.fingerprint).toEqual(await truth(repo));
    // Not served from the cache on git's word (a new index): read again, and counted as its
    // committed content, which did not change (docs/line-endings.md).
    expect(after.stats.vouched).toBeLessThan(4);
    expect(after.fingerprint).toEqual(before.fingerprint);
  });

  it('looks at assume-unchanged files and tracked symlinks itself, and sees them change', async () => {
    const repo = repos.slow as TestRepo;
    await run(repo);
    const before = await run(repo);
    // w/a.txt (assume-unchanged) and o/link.txt (a symlink) are stat'ed, the other three are not.
    expect(before.stats).toEqual({ cached: 5, vouched: 3, hashed: 0 });
    expect(readCacheFile(cachePath(repo.dir)).header.memo).toBeNull();
    repo.write({ 'w/a.txt': 'alpha, unseen by git\n' });
    expect(repo.git('diff-files', '--name-only')).toBe('');
    sneakyEdit(repo, 'w/b.txt', 'BRAVO\n'); // the symlink's target: the link itself is unchanged
    const after = await run(repo);
    expect(after.fingerprint).toEqual(await truth(repo));
    expect(after.fingerprint.components.map((p) => p.hash)).not.toContain(
      before.fingerprint.components[0]?.hash,
    );
    expect(after.fingerprint.components.map((p) => p.hash)).not.toContain(
      before.fingerprint.components[1]?.hash,
    );
  });

  it('keeps no blob id under an index or for a file younger than the racy margin', async () => {
    const repo = repos.fresh as TestRepo;
    await run(repo);
    expect((await run(repo)).stats.vouched).toBe(4);
    repo.write({ 'w/a.txt': 'alpha, just now\n' });
    repo.commit('an edit a moment ago');
    const first = await run(repo);
    expect(first.fingerprint).toEqual(await truth(repo));
    const c = readCacheFile(cachePath(repo.dir));
    expect(c.header.index).toBeNull();
    expect(Object.keys(FILES).map((p) => blobOf(c, p))).toEqual([null, null, null, null]);
    expect((await run(repo)).stats.vouched).toBe(0);

    await settle();
    await run(repo); // keeps blob ids now that the index and the files are old enough
    const later = await run(repo);
    expect(later.stats).toEqual({ cached: 4, vouched: 4, hashed: 0 });
    expect(later.fingerprint).toEqual(first.fingerprint);
  });

  it('drops a tracked file deleted from the work tree', async () => {
    const repo = repos.deleted as TestRepo;
    await run(repo);
    await run(repo);
    rmSync(join(repo.dir, 'o/d.txt'));
    const r = await run(repo);
    expect(r.fingerprint.components.find((p) => p.name === 'other')?.files).toBe(1);
    expect(r.fingerprint).toEqual(await truth(repo));
  });

  it('works for a model in a subfolder of the repository', async () => {
    const repo = repos.sub as TestRepo;
    const dir = join(repo.dir, 'm');
    await run(repo, MANIFEST, dir);
    const before = await run(repo, MANIFEST, dir);
    expect(before.stats).toEqual({ cached: 4, vouched: 4, hashed: 0 });
    sneakyEdit(repo, 'm/o/c.txt', 'CHARLIE\n');
    const after = await run(repo, MANIFEST, dir);
    expect(after.stats).toEqual({ cached: 3, vouched: 3, hashed: 1 });
    expect(after.fingerprint).toEqual(await truth(repo, MANIFEST, dir));
    expect(after.fingerprint).not.toEqual(before.fingerprint);
  });

  it('gives an LFS file checked out as content the pointer’s record, warm as cold', async () => {
    const repo = repos.lfs as TestRepo;
    expect(repo.git('cat-file', '-p', 'HEAD:w/big.bin')).toContain(`oid sha256:${sha(big)}`);
    const cold = await run(repo);
    const warm = await run(repo);
    expect(warm.stats).toEqual({ cached: 5, vouched: 5, hashed: 0 });
    expect(warm.fingerprint).toEqual(cold.fingerprint);
    const text =
      'lepton-part/1\n' +
      `["file","w/a.txt",6,"${sha('alpha\n')}"]\n` +
      `["file","w/b.txt",6,"${sha('bravo\n')}"]\n` +
      `["file","w/big.bin",${big.length},"${sha(big)}"]\n`;
    expect(warm.fingerprint.components[0]?.hash).toBe('sha256:' + sha(text));
  });
});

describe("the parts' hashes remembered whole", () => {
  const repos: Record<string, TestRepo> = {};
  const PLANTED = 'sha256:' + 'f'.repeat(64);
  beforeAll(async () => {
    const names = ['used', 'edit', 'new', 'elsewhere', 'index', 'manifest'];
    const template = makeRepo({ ...FILES, 'top.txt': 'in no part\n', 'top2.txt': 'nor this\n' });
    repos.template = template;
    for (const name of [...names, 'untracked', 'modified', 'assumed']) {
      repos[name] = copyRepo(template);
    }
    repos.untracked?.write({ 'o/e.txt': 'echo\n' });
    repos.modified?.write({ 'w/b.txt': 'BRAVO\n' });
    repos.assumed?.git('update-index', '--assume-unchanged', 'w/a.txt');
    await settle();
  }, 30_000);
  afterAll(() => Object.values(repos).forEach((r) => r.cleanup()));

  /** Two runs (the second keeps the memo), then a wrong hash planted in the memo for part w. */
  async function plant(repo: TestRepo) {
    await run(repo);
    await run(repo);
    const file = cachePath(repo.dir);
    const c = readCacheFile(file);
    const memo = c.header.memo as { components: { name: string; hash: string }[] };
    expect(memo.components.map((p) => p.name)).toEqual(['w', 'other']);
    (memo.components[0] as { hash: string }).hash = PLANTED;
    writeCacheFile(file, c);
  }

  it('answers a warm run from them, looking at no file', async () => {
    const repo = repos.used as TestRepo;
    const right = await truth(repo);
    await plant(repo);
    const r = await run(repo);
    expect(r.stats).toEqual({ cached: 4, vouched: 4, hashed: 0 });
    expect(r.fingerprint.components[0]?.hash).toBe(PLANTED);
    expect(r.fingerprint.components[1]).toEqual(right.components[1]);
  });

  it('still answers from them when only a file in no part changed', async () => {
    const repo = repos.elsewhere as TestRepo;
    await plant(repo);
    sneakyEdit(repo, 'top.txt', 'IN NO PART\n');
    sneakyEdit(repo, 'top2.txt', 'NOR THIS\n');
    expect(repo.git('diff-files', '--name-only').trim().split('\n')).toEqual([
      'top.txt',
      'top2.txt',
    ]);
    expect((await run(repo)).fingerprint.components[0]?.hash).toBe(PLANTED);
  });

  it('are not used once a selected file differs from the index', async () => {
    const repo = repos.edit as TestRepo;
    await plant(repo);
    sneakyEdit(repo, 'o/c.txt', 'CHARLIE\n');
    const r = await run(repo);
    expect(r.fingerprint).toEqual(await truth(repo));
    expect(r.fingerprint.components[0]?.hash).not.toBe(PLANTED);
  });

  it('are not used once an untracked file comes or goes', async () => {
    const repo = repos.new as TestRepo;
    await plant(repo);
    repo.write({ 'z.txt': 'untracked, in no part\n' });
    const r = await run(repo);
    expect(r.fingerprint).toEqual(await truth(repo));
    expect(r.fingerprint.components[0]?.hash).not.toBe(PLANTED);
  });

  it('are not used once the index file is written again', async () => {
    const repo = repos.index as TestRepo;
    await plant(repo);
    execFileSync('touch', [join(repo.dir, '.git/index')]);
    const r = await run(repo);
    expect(r.fingerprint).toEqual(await truth(repo));
    expect(r.fingerprint.components[0]?.hash).not.toBe(PLANTED);
  });

  it('are not used for other parts', async () => {
    const repo = repos.manifest as TestRepo;
    await plant(repo);
    const other = load(
      'version: 1\nmodel: demo\ncomponents:\n  w:\n    paths: [w/a.txt, w/b.txt]\n  other:\n    paths: [o/**]\neval:\n  command: "true"\n  metrics: m.json\n',
    );
    const r = await run(repo, other);
    expect(r.fingerprint).toEqual(await truth(repo, other));
    expect(r.fingerprint.components[0]?.hash).not.toBe(PLANTED);
  });

  it.each([
    ['an untracked file', 'untracked', 'o/e.txt', 5],
    ['a file that differs from the index', 'modified', 'w/b.txt', 4],
    ['an assume-unchanged file', 'assumed', 'w/a.txt', 4],
  ])(
    'are kept with the stat data of %s in a part, and not used once it changes',
    async (_, name, path, files) => {
      const repo = repos[name] as TestRepo;
      await plant(repo);
      const used = await run(repo);
      expect(used.stats).toEqual({ cached: files, vouched: files - 1, hashed: 0 });
      expect(used.fingerprint.components[0]?.hash).toBe(PLANTED);
      const memo = readCacheFile(cachePath(repo.dir)).header.memo as { others: unknown[][] };
      expect(memo.others.map((o) => o[0])).toEqual([path]);

      const size = readFileSync(join(repo.dir, path)).length;
      sneakyEdit(repo, path, 'X'.repeat(size)); // same size, mtime put back: only ctime tells
      const r = await run(repo);
      expect(r.fingerprint).toEqual(await truth(repo));
      expect(r.fingerprint.components[0]?.hash).not.toBe(PLANTED);
    },
  );
});
