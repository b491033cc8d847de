import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readOverviews,
  readRecord,
  readRegistries,
  readRegistry,
} from '../../src/io/registry/index.js';
import { overviewOf } from '../../src/core/registry/build.js';
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
    expect(after.versions[0]?.summary?.metrics).toEqual({ accuracy: 0.97 });
    expect(after.versions[2]?.summary).toBeNull();
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
    const [v2, v1] = warm.versions;
    expect(await readRecord(git, v2!)).toEqual(second);
    expect((await readRecord(git, v1!))?.checks).toEqual(first.checks);
  });

  it('ignores a corrupt or foreign cache and rewrites it', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    const git = gitOf(repo);
    const good = await readRegistry(git, 'sentiment');
    const file = cacheOf(repo);
    for (const junk of [
      '[["lepton-tag-cache",7,"sentiment",[],[]],["sentiment@v0.1.0"',
      '{"format":"other","version":1,"model":"sentiment","tags":[]}',
      readFileSync(file, 'utf8').replace('",true,', '","yes",'), // checksum fails too
      '\u0000\u0001',
    ]) {
      writeFileSync(file, junk);
      expect(await readRegistry(git, 'sentiment')).toEqual(good);
    }
    expect(readFileSync(file, 'utf8')).toContain('",true,');
    // The registry kept beside the rows is rewritten with them (its version's tag, by default
    // name, is packed as 0; its object id is kept).
    expect(readFileSync(file, 'utf8')).toContain(`["0.1.0",0,"${good.versions[0]?.object}"`);
  });

  it.each([
    ['a summary edited', (t: string) => t.replace('0.931', '0.999')],
    ['another model named', (t: string) => t.replace('"model":"sentiment"', '"model":"other"')],
    ['cut short', (t: string) => t.slice(0, t.length - 10)],
  ])('believes no kept registry with %s, and reads the tags again', async (_what, edit) => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    const git = gitOf(repo);
    const good = await readRegistry(git, 'sentiment');
    const file = cacheOf(repo);
    const text = readFileSync(file, 'latin1');
    expect(edit(text)).not.toBe(text);
    writeFileSync(file, edit(text), 'latin1');
    const again = await readRegistry(git, 'sentiment');
    expect(again).toEqual(good);
    expect(again.versions[0]?.summary?.metrics.accuracy).toBe(0.931);
  });

  it('keeps the registry while the listing is the same, and reads it again when one tag changes', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    await addStage(repo, '0.1.0', 'staging', 1);
    const git = gitOf(repo);
    const cold = await readRegistry(git, 'sentiment');
    const warm = await readRegistry(git, 'sentiment');
    expect(warm).toEqual(cold);
    // The holder is one of the events, as in an assembled registry.
    expect(warm.stages.staging).toBe(warm.events[0]);
    // A stage tag added: the listing differs, so the kept registry is not the answer.
    await addStage(repo, '0.1.0', 'production', 2);
    const after = await readRegistry(git, 'sentiment');
    expect(Object.keys(after.stages).sort()).toEqual(['production', 'staging']);
    expect(after.events.map((e) => e.n)).toEqual([2, 1]);
  });

  it('reads many models from one listing exactly as one by one', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    await addStage(repo, '0.1.0', 'staging', 1);
    const head = repo.git('rev-parse', 'HEAD').trim();
    repo.git('tag', 'other@v1.0.0', head);
    repo.git('tag', 'dir=nested@v2.0.0', head);
    repo.git('tag', 'release-1', head);
    // Names that sort between a model's `#` and `@` tags, a stage name with a `/` (which the
    // model's own patterns do not match), and a name that is a prefix of another.
    repo.git('tag', 'sentiment-x@v3.0.0', head);
    repo.git('tag', 'sentiment#team/prod#7', head);
    repo.git('tag', 'sent@v4.0.0', head);
    repo.git('tag', '-a', '-m', 'x', 'other#staging#1', head);
    const git = gitOf(repo);
    const models = ['sentiment', 'other', 'dir:nested', 'none', 'sentiment-x', 'sent'];
    const one = [];
    for (const m of models) one.push(await readRegistry(git, m));
    const many = await readRegistries(git, models);
    expect(many).toEqual(one);
    expect(many.map((r) => r.versions.map((v) => v.tag))).toEqual([
      ['sentiment@v0.1.0'],
      ['other@v1.0.0'],
      ['dir=nested@v2.0.0'],
      [],
      ['sentiment-x@v3.0.0'],
      ['sent@v4.0.0'],
    ]);
    expect(Object.keys(many[0]!.stages)).toEqual(['staging']);
    expect(Object.keys(many[1]!.stages)).toEqual(['staging']);
    expect(await readOverviews(git, models)).toEqual(one.map(overviewOf));
    // Warm, the kept registries and overviews answer the same.
    expect(await readRegistries(git, models)).toEqual(one);
    expect(await readOverviews(git, models)).toEqual(one.map(overviewOf));
    // Cold as well: no cache at all.
    repo.git('tag', 'other@v1.1.0', head + '~1');
    (await import('node:fs')).rmSync(join(repo.dir, '.git', 'lepton'), { recursive: true });
    const cold = await readRegistries(git, models);
    expect(cold[1]?.versions.map((v) => v.version)).toEqual(['1.1.0', '1.0.0']);
    expect(cold[0]).toEqual(one[0]);
  });

  it('believes no edited cache, and no cache entry for a tag made again', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.5 } });
    const git = gitOf(repo);
    await readRegistry(git, 'sentiment');
    const file = cacheOf(repo);
    expect(readFileSync(file, 'utf8')).toContain(',0.5]');
    writeFileSync(file, readFileSync(file, 'utf8').replace(',0.5]', ',0.99]'));
    expect((await readRegistry(git, 'sentiment')).versions[0]?.summary?.metrics.accuracy).toBe(0.5);
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
    expect(again.versions[0]?.summary?.metrics.accuracy).toBe(0.7);
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

describe('the tag cache (format 7: packed rows)', () => {
  it('gives back exactly what a cold read gives, for every kind of tag and record', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.9, f1: 0.8 } });
    // Metric names no other version has, one that an assignment would not make an own key,
    // other eval settings: none of them may be lost or shared wrongly by the packed rows.
    await addVersion(repo, '0.2.0', {
      metrics: JSON.parse('{"__proto__": 1, "constructor": 2, "x ✓": -0.5}') as never,
      evalSettings: 'sha256:' + '9'.repeat(64),
      passed: false,
    });
    await addVersion(repo, '0.3.0', { metrics: {} });
    // A record of another model, one naming another commit: both skipped, with their reasons.
    repo.git(
      'tag',
      '-a',
      '-m',
      formatVersionMessage(
        versionRecord({
          model: 'other',
          version: '0.4.0',
          commit: repo.git('rev-parse', 'HEAD').trim(),
        }),
      ),
      'sentiment@v0.4.0',
    );
    await addVersion(repo, '0.5.0', { commit: 'e'.repeat(40) });
    await addStage(repo, '0.1.0', 'staging', 1);
    await addStage(repo, '0.2.0', 'staging', 2, { runUrl: 'https://ci.example/2', stage: 'prod' });
    repo.git('tag', '-a', '-m', 'Registering artifact', 'sentiment@v0.6.0');
    repo.git('tag', 'sentiment@v0.7.0');
    repo.git('tag', '-a', '-m', 'x', 'sentiment@v0.8.0', 'HEAD^{tree}');
    repo.git('tag', '-a', '-m', 'x', 'sentiment#staging!#3', 'HEAD');
    repo.git('tag', '-a', '-m', 'x', 'sentiment@deprecated#4', 'HEAD');
    const git = gitOf(repo);
    const cold = await readRegistry(git, 'sentiment');
    const warm = await readRegistry(git, 'sentiment');
    expect(warm).toEqual(cold);
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
    const v2 = warm.versions.find((v) => v.version === '0.2.0');
    expect(Object.getOwnPropertyNames(v2?.summary?.metrics)).toEqual([
      '__proto__',
      'constructor',
      'x ✓',
    ]);
    expect(Object.getPrototypeOf(v2?.summary?.metrics)).toBe(Object.prototype);
    expect(warm.skipped.map((s) => s.tag).sort()).toEqual([
      'sentiment@v0.4.0',
      'sentiment@v0.5.0',
      'sentiment@v0.8.0',
    ]);
    expect(warm.events.find((e) => e.n === 2)?.summary).toBeNull(); // its record names prod
    expect(warm.deprecated).toBe(true);
  });
});
