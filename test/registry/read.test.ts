import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRegistry } from '../../src/io/registry/index.js';
import { tagCacheFile } from '../../src/io/registry/cache.js';
import { formatVersionMessage } from '../../src/core/registry/message.js';
import type { TestRepo } from '../helpers/repo.js';
import { addStage, addVersion, gitOf, modelRepo } from './fixture.js';
import { versionRecord } from './records.js';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

const cacheOf = (r: TestRepo) => tagCacheFile(join(r.dir, '.git'), 'sentiment');

describe('reading the registry', () => {
  it('reads the same registry cold, warm, and after tags change', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.95 } });
    await addStage(repo, '0.1.0', 'staging', 1);
    const git = gitOf(repo);
    const cold = await readRegistry(git, 'sentiment');
    expect(existsSync(cacheOf(repo))).toBe(true);
    const warm = await readRegistry(git, 'sentiment');
    expect(warm).toEqual(cold);
    expect(cold.versions.map((v) => v.version)).toEqual(['0.2.0', '0.1.0']);

    // A new tag, and a tag deleted and made again with another record: both read afresh.
    await addVersion(repo, '0.3.0', { metrics: { accuracy: 0.97 } });
    repo.git('tag', '-d', 'sentiment@v0.1.0');
    repo.git('tag', '-a', '-F', '-', 'sentiment@v0.1.0', 'HEAD~2');
    const after = await readRegistry(git, 'sentiment');
    expect(after.versions.map((v) => v.version)).toEqual(['0.3.0', '0.2.0', '0.1.0']);
    expect(after.versions[0]?.record?.metrics).toEqual({ accuracy: 0.97 });
    expect(after.versions[2]?.record).toBeNull();
  });

  it('gives whole records from a warm cache exactly as the tags hold them', async () => {
    repo = modelRepo();
    const first = await addVersion(repo, '0.1.0');
    const second = await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.95, 'f1 ✓': 0.5 } });
    const git = gitOf(repo);
    await readRegistry(git, 'sentiment');
    const warm = await readRegistry(git, 'sentiment');
    // The cache keeps summaries only: the checks and the rest come from the tag object.
    expect(readFileSync(cacheOf(repo), 'utf8')).not.toContain('"checks"');
    expect(JSON.parse(JSON.stringify(warm.versions[0]?.record))).toEqual(second);
    expect(warm.versions[1]?.record?.checks).toEqual(first.checks);
  });

  it('ignores a corrupt or foreign cache and rewrites it', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    const git = gitOf(repo);
    const good = await readRegistry(git, 'sentiment');
    const file = cacheOf(repo);
    for (const junk of [
      '{"format":"lepton-tag-cache","version":1,"model":"sentiment","tags":[',
      '{"format":"other","version":1,"model":"sentiment","tags":[]}',
      readFileSync(file, 'utf8').replace('"passed":true', '"passed":"yes"'),
      '\u0000\u0001',
    ]) {
      writeFileSync(file, junk);
      expect(await readRegistry(git, 'sentiment')).toEqual(good);
    }
    expect(readFileSync(file, 'utf8')).toContain('"passed":true');
  });

  it('believes no edited cache, and no cache entry for a tag made again', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.5 } });
    const git = gitOf(repo);
    await readRegistry(git, 'sentiment');
    const file = cacheOf(repo);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"accuracy":0.5', '"accuracy":0.99'));
    expect((await readRegistry(git, 'sentiment')).versions[0]?.record?.metrics.accuracy).toBe(0.5);
    repo.git('tag', '-d', 'sentiment@v0.1.0');
    repo.git(
      'tag',
      '-a',
      '-m',
      formatVersionMessage(
        versionRecord({
          metrics: { accuracy: 0.7 },
          commit: repo.git('rev-parse', 'HEAD').trim(),
        }),
      ),
      'sentiment@v0.1.0',
    );
    const again = await readRegistry(git, 'sentiment');
    expect(again.versions[0]?.record?.metrics.accuracy).toBe(0.7);
  });

  it('reads nothing again while the tags stay the same (names that are no GTO tag included)', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    repo.git('tag', 'sentiment@foo');
    repo.git('tag', '-a', '-m', 'x', 'sentiment#-odd');
    const git = gitOf(repo);
    const cold = await readRegistry(git, 'sentiment');
    const file = cacheOf(repo);
    const written = statSync(file).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    expect(await readRegistry(git, 'sentiment')).toEqual(cold);
    expect(statSync(file).mtimeMs).toBe(written);
  });

  it('reads nothing outside a repository, without failing', async () => {
    const { Git } = await import('../../src/io/git.js');
    const { tempDir } = await import('../helpers/repo.js');
    const dir = tempDir();
    try {
      expect((await readRegistry(new Git(dir), 'sentiment')).versions).toEqual([]);
    } finally {
      (await import('node:fs')).rmSync(dir, { recursive: true, force: true });
    }
  });
});
