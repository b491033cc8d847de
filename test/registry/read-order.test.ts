import { afterEach, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPreparedTags, readRegistry } from '../../src/io/registry/index.js';
import { formatVersionMessage } from '../../src/core/registry/message.js';
import type { TestRepo } from '../helpers/repo.js';
import { gitOf, modelRepo } from './fixture.js';
import { versionRecord } from './records.js';

// A cold read asks two `git cat-file` processes for every other tag and takes each tag as its
// process's output arrives. What it makes of them must not depend on which process was faster:
// every tag is taken in its listing's place (for-each-ref's order, by name).

let repo: TestRepo;
afterEach(() => repo?.cleanup());

const listing = (r: TestRepo) =>
  r
    .git(
      'for-each-ref',
      '--format=%(refname:strip=2)',
      'refs/tags/sentiment@*',
      'refs/tags/sentiment#*',
    )
    .split('\n')
    .filter(Boolean);
const dropCache = (r: TestRepo) =>
  rmSync(join(r.dir, '.git', 'lepton'), { recursive: true, force: true });

/** An annotated tag on HEAD with this message (from a file: it may be megabytes). */
function tag(r: TestRepo, name: string, message: string): void {
  const file = join(r.dir, '.git', 'tag-message');
  writeFileSync(file, message);
  r.git('tag', '-a', '-F', file, name, 'HEAD');
}

describe('a cold read takes the tags in listing order', () => {
  it('gives the tags in for-each-ref order however the two readers’ output interleaves', async () => {
    repo = modelRepo();
    const commit = repo.git('rev-parse', 'HEAD').trim();
    // Enough records (~2.5 kB each) that each reader's output comes in several chunks.
    for (let i = 0; i < 150; i++) {
      const version = `0.${i}.0`;
      tag(repo, `sentiment@v${version}`, formatVersionMessage(versionRecord({ version, commit })));
    }
    tag(repo, 'sentiment#staging#1', 'by hand');
    tag(repo, 'sentiment@foo', 'no GTO tag');
    const names = listing(repo);
    expect(names).toHaveLength(152);
    dropCache(repo);
    const cold = await readPreparedTags(gitOf(repo), 'sentiment');
    expect(cold.map((p) => p.raw.name)).toEqual(names.filter((n) => n !== 'sentiment@foo'));
    // From the cache, the same tags in the same order.
    const warm = await readPreparedTags(gitOf(repo), 'sentiment');
    expect(warm).toEqual(cold);
  });

  // Two tags of one version that rank the same (annotated, no record, both with GTO's `#N`):
  // the first in the listing is the version's, cold or warm. The `#1` tag comes after a
  // megabytes-long tag in its reader's output, so its reader is the slower one.
  it.each([1, 2, 3])(
    'picks the same tag of two of equal rank every time (cold read %i)',
    async () => {
      repo = modelRepo();
      tag(repo, 'sentiment@v0.0.0', 'first');
      tag(repo, 'sentiment@v0.0.1', `long\n\n${'x'.repeat(60)}\n`.repeat(60_000));
      tag(repo, 'sentiment@v0.0.2', 'third');
      tag(repo, 'sentiment@v0.1.0#1', 'one of two');
      tag(repo, 'sentiment@v0.1.0#2', 'two of two');
      expect(listing(repo)).toEqual([
        'sentiment@v0.0.0',
        'sentiment@v0.0.1',
        'sentiment@v0.0.2',
        'sentiment@v0.1.0#1',
        'sentiment@v0.1.0#2',
      ]);
      dropCache(repo);
      const cold = await readRegistry(gitOf(repo), 'sentiment');
      expect(cold.versions.find((v) => v.version === '0.1.0')?.tag).toBe('sentiment@v0.1.0#1');
      expect(await readRegistry(gitOf(repo), 'sentiment')).toEqual(cold);
    },
  );
});
