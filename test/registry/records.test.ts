// Issue 14 item 3: a registry read is plain data (each record's typed summary), and a whole
// record is read from git only where it is asked for, with `await readRecord(git, entry)`.
import { afterEach, describe, expect, it } from '@jest/globals';
import { changedParts } from '../../src/core/fingerprint/changed.js';
import { STAGE_SUMMARY_KEYS, VERSION_SUMMARY_KEYS } from '../../src/core/registry/summary.js';
import { Git } from '../../src/io/git.js';
import { readRecord, readRecords, readRegistry } from '../../src/io/registry/index.js';
import type { TestRepo } from '../helpers/repo.js';
import { addStage, addVersion, gitOf, modelRepo } from './fixture.js';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

/** A Git that fails on any call: reading from it shows that something asked git. */
const noGit = () => new Git('/nonexistent/lepton-no-git-here');

describe('a registry read is plain data', () => {
  it.each(['cold', 'warm'])(
    'holds summaries only, structured-cloneable (%s: no proxy, no record behind it)',
    async (mode) => {
      repo = modelRepo();
      await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.91 } });
      await addStage(repo, '0.1.0', 'staging', 1, { runUrl: 'https://ci.example/1' });
      const git = gitOf(repo);
      if (mode === 'warm') await readRegistry(git, 'sentiment');
      const registry = await readRegistry(git, 'sentiment');
      // A Proxy cannot be cloned (DataCloneError): the lazy records of before failed here.
      const copy = structuredClone(registry);
      expect(copy).toEqual(registry);
      const [v] = registry.versions;
      expect(Object.keys(v?.summary ?? {})).toEqual([...VERSION_SUMMARY_KEYS]);
      expect(v?.summary?.metrics).toEqual({ accuracy: 0.91 });
      const [e] = registry.events;
      expect(Object.keys(e?.summary ?? {})).toEqual([...STAGE_SUMMARY_KEYS]);
      expect(e?.summary).toMatchObject({ stage: 'staging', n: 1, runUrl: 'https://ci.example/1' });
      // What a pure function reads of an entry starts no process: the whole record is not there.
      expect(v && 'components' in (v.summary ?? {})).toBe(false);
      expect(v && 'record' in v).toBe(false);
    },
  );
});

describe('readRecord', () => {
  it('reads the whole version and stage records exactly as the tags hold them', async () => {
    repo = modelRepo();
    const first = await addVersion(repo, '0.1.0');
    const second = await addVersion(repo, '0.2.0', {
      metrics: { accuracy: 0.95, 'f1 ✓': 0.5 },
      artifact: { id: 7, url: 'https://ci.example/a/7' },
    });
    await addStage(repo, '0.1.0', 'staging', 1, { promotedBy: 'Ada <ada@example.com>' });
    const git = gitOf(repo);
    await readRegistry(git, 'sentiment'); // warm: the summaries come from the tag cache
    const registry = await readRegistry(git, 'sentiment');
    const [v2, v1] = registry.versions;
    expect(await readRecord(git, v2!)).toEqual(second);
    expect(await readRecord(git, v1!)).toEqual(first);
    const stage = await readRecord(git, registry.events[0]!);
    expect(stage).toMatchObject({ kind: 'stage', stage: 'staging', n: 1, checks: [] });
    expect(stage?.kind === 'stage' && stage.promotedBy).toBe('Ada <ada@example.com>');
    // The parts' hashes a pure function compares are in the whole record.
    expect(changedParts({ components: [], data: [] } as never, await readRecord(git, v2!))).toEqual(
      { components: ['classifier'], data: ['train'] },
    );
  });

  it('asks git nothing for a tag without a record (GTO registration, lightweight tag)', async () => {
    repo = modelRepo();
    repo.git(
      'tag',
      '-a',
      '-m',
      'Registering artifact sentiment version v0.1.0',
      'sentiment@v0.1.0',
    );
    repo.git('tag', 'sentiment@v0.2.0');
    const registry = await readRegistry(gitOf(repo), 'sentiment');
    expect(registry.versions.map((v) => [v.version, v.summary])).toEqual([
      ['0.2.0', null],
      ['0.1.0', null],
    ]);
    for (const v of registry.versions) expect(await readRecord(noGit(), v)).toBeNull();
  });

  it('reads many records with one git process, by tag name', async () => {
    repo = modelRepo();
    const records = [
      await addVersion(repo, '0.1.0'),
      await addVersion(repo, '0.2.0'),
      await addVersion(repo, '0.3.0'),
    ];
    await addStage(repo, '0.2.0', 'staging', 1);
    const git = gitOf(repo);
    const registry = await readRegistry(git, 'sentiment');
    const all = await readRecords(git, [...registry.versions, ...registry.events]);
    expect([...all.keys()].sort()).toEqual([
      'sentiment#staging#1',
      'sentiment@v0.1.0',
      'sentiment@v0.2.0',
      'sentiment@v0.3.0',
    ]);
    for (const r of records) expect(all.get(`sentiment@v${r.version}`)).toEqual(r);
  });

  it('refuses an entry whose object holds another record than its summary', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    await addVersion(repo, '0.2.0');
    const git = gitOf(repo);
    const [v2, v1] = (await readRegistry(git, 'sentiment')).versions;
    const forged = { ...v1!, object: v2!.object };
    await expect(readRecord(git, forged)).rejects.toMatchObject({
      kind: 'git',
      message: 'sentiment@v0.1.0 holds another record than the one read before',
    });
  });

  it('says so when the tag object is gone', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    const git = gitOf(repo);
    const [v] = (await readRegistry(git, 'sentiment')).versions;
    await expect(readRecord(git, { ...v!, object: 'f'.repeat(40) })).rejects.toMatchObject({
      kind: 'git',
    });
  });
});
