// A repository with two models, versions, stages and hostile strings, for the site tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addStage, addVersion, gitOf, modelRepo } from '../registry/fixture.js';
import { check } from '../registry/records.js';
import type { TestRepo } from '../helpers/repo.js';
import { buildSite, type SiteResult } from '../../src/app/site.js';

export const OTHER = `version: 1
model: other
components:
  net:
    paths: [net/**]
eval:
  command: node eval.mjs
  metrics: out/metrics.json
  thresholds:
    loss: { max: 0.5 }
`;

/** A model that has no version yet. */
export const EMPTY = OTHER.replace('model: other', 'model: nlp-2');

export const HOSTILE = '<img src=x onerror="alert(1)">';

export interface SiteFixture {
  readonly repo: TestRepo;
  readonly out: string;
  readonly result: SiteResult;
}

/** sentiment: 4 versions (one failed, one with a hostile metric), staging and production; other: 2 versions; nlp-2: none. */
export async function siteFixture(): Promise<SiteFixture> {
  const repo = modelRepo();
  repo.write({
    'models/other/lepton.yml': OTHER,
    'models/other/net/w.txt': 'w',
    'models/zz/lepton.yml': EMPTY,
  });
  repo.commit('other model');
  const accuracy = [0.91, 0.935, 0.89, 0.95];
  const versions = ['0.1.0', '0.2.0', '0.3.0', '0.4.0'];
  for (const [i, version] of versions.entries()) {
    const prev = versions[i - 1];
    await addVersion(repo, version, {
      metrics: {
        accuracy: accuracy[i] ?? 0,
        f1_macro: 0.9 + i / 100,
        ...(i === 1 && { [HOSTILE]: 1 }),
      },
      passed: i !== 2,
      checks: [check({ actual: accuracy[i] ?? 0, passed: i !== 2 })],
      baseline: prev ? { version: prev, tag: `sentiment@v${prev}` } : null,
      runUrl: i === 2 ? 'javascript:alert(1)' : `https://github.com/o/r/actions/runs/${100 + i}`,
      artifact: {
        id: 500 + i,
        url: `https://github.com/o/r/actions/runs/${100 + i}/artifacts/${500 + i}`,
      },
    });
  }
  await addStage(repo, '0.2.0', 'staging', 1);
  await addStage(repo, '0.2.0', 'production', 2);
  await addStage(repo, '0.4.0', 'staging', 3);
  for (const version of ['1.0.0', '1.1.0']) {
    await addVersion(repo, version, {
      model: 'other',
      metrics: { loss: version === '1.0.0' ? 0.4 : 0.3 },
    });
  }
  const out = join(mkdtempSync(join(tmpdir(), 'lepton-site-')), 'site');
  const result = await buildSite(gitOf(repo), out, { repoUrl: 'https://github.com/o/r' });
  return { repo, out, result };
}
