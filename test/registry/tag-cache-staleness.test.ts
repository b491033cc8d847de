import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatUnassignMessage, formatVersionMessage } from '../../src/core/registry/message.js';
import type { Registry } from '../../src/core/registry/types.js';
import { tagCacheFile } from '../../src/io/registry/cache.js';
import { readOverviews, readRegistries, readRegistry } from '../../src/io/registry/index.js';
import { overviewOf } from '../../src/core/registry/build.js';
import { createTag } from '../../src/io/registry/write.js';
import { cloneOf as cloneRepo, type TestRepo } from '../helpers/repo.js';
import { addStage, addVersion, gitOf, IDENTITY, modelRepo } from './fixture.js';
import { versionRecord } from './records.js';

// The tag cache keeps the assembled registry, believed while the model's tag listing (names and
// object ids) hashes as it did when it was written. Every way the tags change under a warm
// cache — on the remote and fetched, or by a run in this very process — must give exactly the
// registry a fresh clone with no cache reads.

let repo: TestRepo;
let other: TestRepo;
const extra: TestRepo[] = [];

/** Another clone of `remote`, where someone else records and promotes. */
function cloneOf(remote: string): TestRepo {
  const r = cloneRepo(remote);
  extra.push(r);
  return r;
}

/** The registry a fresh clone of the remote reads, with no cache at all. */
async function fromFreshClone(): Promise<Registry> {
  return readRegistry(gitOf(cloneOf(repo.remote)), 'sentiment');
}

const read = () => readRegistry(gitOf(repo), 'sentiment');
const file = () => tagCacheFile(join(repo.dir, '.git'), 'sentiment');
const accuracies = (r: Registry) =>
  r.versions.map((v) => [v.version, v.summary?.metrics.accuracy ?? null]);
const holders = (r: Registry) =>
  Object.fromEntries(Object.entries(r.stages).map(([s, e]) => [s, e?.version ?? null]));

beforeEach(async () => {
  repo = modelRepo();
  await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.5 } });
  await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.59 } });
  await addStage(repo, '0.1.0', 'staging', 1);
  repo.git('push', '-q', 'origin', 'main', '--tags');
  other = cloneOf(repo.remote);
  // Warm: the cache written, then believed.
  const cold = await read();
  expect(await read()).toEqual(cold);
  expect(accuracies(cold)).toEqual([
    ['0.2.0', 0.59],
    ['0.1.0', 0.5],
  ]);
}, 60_000);
afterEach(() => {
  repo.cleanup();
  for (const r of extra.splice(0)) r.cleanup();
});

describe('a warm cache after the tags change on the remote and are fetched', () => {
  it.each([
    [
      'a version tag added',
      async () => {
        await addVersion(other, '0.3.0', { metrics: { accuracy: 0.7 } });
        other.git('push', '-q', 'origin', 'main', 'sentiment@v0.3.0');
        repo.git('fetch', '-q', 'origin', '--tags');
      },
      [
        ['0.3.0', 0.7],
        ['0.2.0', 0.59],
        ['0.1.0', 0.5],
      ],
      { staging: '0.1.0' },
    ],
    [
      'a version tag deleted',
      async () => {
        other.git('push', '-q', 'origin', ':refs/tags/sentiment@v0.2.0');
        repo.git('fetch', '-q', '--prune', '--prune-tags', 'origin');
      },
      [['0.1.0', 0.5]],
      { staging: '0.1.0' },
    ],
    [
      'a version tag re-made with another record (same name, same commit)',
      async () => {
        const commit = other.git('rev-list', '-n', '1', 'sentiment@v0.2.0').trim();
        other.git('tag', '-d', 'sentiment@v0.2.0');
        const record = versionRecord({ version: '0.2.0', commit, metrics: { accuracy: 0.95 } });
        await createTag(gitOf(other), {
          name: 'sentiment@v0.2.0',
          commit,
          message: formatVersionMessage(record),
          identity: IDENTITY,
        });
        other.git('push', '-q', '-f', 'origin', 'sentiment@v0.2.0');
        repo.git('fetch', '-q', '--force', 'origin', '--tags');
      },
      [
        ['0.2.0', 0.95],
        ['0.1.0', 0.5],
      ],
      { staging: '0.1.0' },
    ],
    [
      'a stage assigned',
      async () => {
        await addStage(other, '0.2.0', 'staging', 2);
        other.git('push', '-q', 'origin', 'sentiment#staging#2');
        repo.git('fetch', '-q', 'origin', '--tags');
      },
      [
        ['0.2.0', 0.59],
        ['0.1.0', 0.5],
      ],
      { staging: '0.2.0' },
    ],
    [
      'a stage tag re-pointed at another version',
      async () => {
        other.git('tag', '-d', 'sentiment#staging#1');
        await addStage(other, '0.2.0', 'staging', 1);
        other.git('push', '-q', '-f', 'origin', 'sentiment#staging#1');
        repo.git('fetch', '-q', '--force', 'origin', '--tags');
      },
      [
        ['0.2.0', 0.59],
        ['0.1.0', 0.5],
      ],
      { staging: '0.2.0' },
    ],
    [
      'a stage tag deleted',
      async () => {
        other.git('push', '-q', 'origin', ':refs/tags/sentiment#staging#1');
        repo.git('fetch', '-q', '--prune', '--prune-tags', 'origin');
      },
      [
        ['0.2.0', 0.59],
        ['0.1.0', 0.5],
      ],
      {},
    ],
  ])(
    '%s: the fresh clone’s registry, and the cache rewritten',
    async (_, change, versions, stages) => {
      const before = readFileSync(file());
      await change();
      const [overview] = await readOverviews(gitOf(repo), ['sentiment']);
      const warm = await read();
      const fresh = await fromFreshClone();
      expect(overview).toEqual(overviewOf(fresh));
      expect(warm).toEqual(fresh);
      expect(accuracies(warm)).toEqual(versions);
      expect(holders(warm)).toEqual(stages);
      expect(readFileSync(file())).not.toEqual(before);
      // And believed once rewritten: the same registry again.
      expect(await read()).toEqual(warm);
    },
    60_000,
  );

  it('a version re-made with another record reads the new record', async () => {
    const tagged = repo.git('rev-list', '-n', '1', 'sentiment@v0.2.0').trim();
    other.git('tag', '-d', 'sentiment@v0.2.0');
    other.git('tag', '-a', '-m', 'Registering artifact', 'sentiment@v0.2.0', tagged);
    other.git('push', '-q', '-f', 'origin', 'sentiment@v0.2.0');
    repo.git('fetch', '-q', '--force', 'origin', '--tags');
    const warm = await read();
    expect(warm).toEqual(await fromFreshClone());
    // GTO's registration has no record: the version stays, its record is gone.
    expect(accuracies(warm)).toEqual([
      ['0.2.0', null],
      ['0.1.0', 0.5],
    ]);
  });
});

describe('a warm cache after this process changes the tags', () => {
  it.each([
    [
      'a version recorded',
      () => addVersion(repo, '0.3.0', { metrics: { accuracy: 0.7 } }),
      (r: Registry) => expect(accuracies(r)[0]).toEqual(['0.3.0', 0.7]),
    ],
    [
      'a version promoted',
      () => addStage(repo, '0.2.0', 'production', 2),
      (r: Registry) => expect(holders(r)).toEqual({ staging: '0.1.0', production: '0.2.0' }),
    ],
    [
      'a stage rolled back (an unassignment with a Lepton record)',
      async () => {
        const commit = repo.git('rev-list', '-n', '1', 'sentiment@v0.1.0').trim();
        await createTag(gitOf(repo), {
          name: 'sentiment#staging!#2',
          commit,
          message: formatUnassignMessage({
            kind: 'unassign',
            schema: 1,
            model: 'sentiment',
            stage: 'staging',
            version: '0.1.0',
            n: 2,
            from: { version: '0.1.0', tag: 'sentiment@v0.1.0' },
            to: null,
            reason: 'error rate',
            by: 'ci',
            at: '2026-02-01T00:00:00.000Z',
            runUrl: null,
            exitCode: 1,
          }),
          identity: IDENTITY,
        });
      },
      (r: Registry) => {
        expect(holders(r)).toEqual({ staging: null });
        expect(r.events[0]?.summary).toMatchObject({ kind: 'unassign', exitCode: 1 });
      },
    ],
    [
      'a tag this run made deleted again (the remote refused it)',
      async () => {
        await addVersion(repo, '0.3.0');
        await read();
        repo.git('tag', '-d', 'sentiment@v0.3.0');
      },
      (r: Registry) => expect(r.versions.map((v) => v.version)).toEqual(['0.2.0', '0.1.0']),
    ],
    [
      'a tag of no GTO form added (its name still listed)',
      async () => {
        repo.git('tag', 'sentiment@foo');
      },
      (r: Registry) => expect(r.versions.map((v) => v.version)).toEqual(['0.2.0', '0.1.0']),
    ],
  ])('%s: read again at once, as a cold read gives it', async (_, change, check) => {
    const git = gitOf(repo);
    await change();
    const [overview] = await readOverviews(git, ['sentiment']);
    const warm = await readRegistry(git, 'sentiment');
    const [many] = await readRegistries(git, ['sentiment']);
    rmSync(join(repo.dir, '.git', 'lepton'), { recursive: true });
    const cold = await readRegistry(git, 'sentiment');
    expect(warm).toEqual(cold);
    expect(many).toEqual(cold);
    expect(overview).toEqual(overviewOf(cold));
    check(warm);
  });
});
