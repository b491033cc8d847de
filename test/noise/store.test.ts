import { afterEach, expect, it } from '@jest/globals';
import { Git } from '../../src/io/git.js';
import {
  readSamplesBlob,
  samplesRef,
  writeSamplesBlob,
  writeSamplesRef,
} from '../../src/io/noise/store.js';
import { parseSamples } from '../../src/core/noise/samples.js';
import { GIT_ENV, git, makeRepo, tempDir, type TestRepo } from '../helpers/repo.js';
import { join } from 'node:path';

let repo: TestRepo;
afterEach(() => repo?.cleanup());

it('stores samples as a blob under refs/lepton/samples, pushes it, and a clone fetches it by its ref', async () => {
  repo = makeRepo({ 'a.txt': 'a' });
  const g = new Git(repo.dir, { ...process.env, ...GIT_ENV });
  const samples = parseSamples('s.csv', 'id,correct,loss\na,1,0.25\nb,0,1.5\n');
  const blob = await writeSamplesBlob(g, samples);
  expect(repo.git('cat-file', '-t', blob).trim()).toBe('blob');
  expect(await writeSamplesRef(g, 'm', '1.0.0', blob)).toBe(true);
  const other0 = await writeSamplesBlob(g, parseSamples('s.csv', 'id,correct\na,0\n'));
  // Never moved: a second write leaves the first blob in place.
  expect(await writeSamplesRef(g, 'm', '1.0.0', other0)).toBe(false);
  expect(repo.git('rev-parse', samplesRef('m', '1.0.0')).trim()).toBe(blob);
  repo.git('push', 'origin', samplesRef('m', '1.0.0'));

  const other = join(tempDir(), 'clone');
  git(repo.dir, 'clone', '-q', '--no-local', repo.remote, other); // no shared object store
  const g2 = new Git(other, { ...process.env, ...GIT_ENV });
  expect(await readSamplesBlob(g2, blob)).toBeNull();
  const back = await readSamplesBlob(g2, blob, { remote: 'origin', ref: samplesRef('m', '1.0.0') });
  expect(back?.ids).toEqual(['a', 'b']);
  expect(Array.from(back?.columns.loss ?? [])).toEqual([0.25, 1.5]);
  expect(
    await readSamplesBlob(g2, 'f'.repeat(40), { remote: 'origin', ref: samplesRef('m', '9.9.9') }),
  ).toBeNull();
});
