// A model repository for registry tests: tags are made with Lepton's own tag writer and
// hand-built records, so show/diff/promote are tested without depending on the eval.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifest } from '../../src/core/manifest/validate.js';
import { fingerprintModel } from '../../src/io/files/index.js';
import { Git } from '../../src/io/git.js';
import { createTag } from '../../src/io/registry/write.js';
import { formatStageMessage, formatVersionMessage } from '../../src/core/registry/message.js';
import { stageTag, versionTag } from '../../src/core/registry/names.js';
import type { StageRecord, VersionRecord } from '../../src/core/registry/types.js';
import { GIT_ENV, makeRepo, type TestRepo } from '../helpers/repo.js';
import { stageRecord, versionRecord } from './records.js';

export const MANIFEST = `version: 1
model: sentiment
components:
  classifier:
    paths: [src/**]
data:
  train:
    paths: [data/**]
eval:
  command: node eval.mjs
  metrics: out/metrics.json
  thresholds:
    accuracy: { min: 0.9 }
    f1_macro: { max_drop: 0.02 }
stages:
  staging: {}
  production:
    after: staging
    thresholds:
      accuracy: { min: 0.93 }
`;

export const IDENTITY = {
  name: 'Test Author',
  email: 'author@example.com',
  source: 'git',
} as const;

export function modelRepo(manifest = MANIFEST): TestRepo {
  return makeRepo({
    'lepton.yml': manifest,
    'src/model.txt': 'v1',
    'data/train.csv': 'a,b\n1,2\n',
    '.gitignore': 'out/\n',
  });
}

export const gitOf = (repo: TestRepo) => new Git(repo.dir, { ...process.env, ...GIT_ENV });

/** The work tree's fingerprint, computed as `lepton status` does (a record must match its commit). */
export async function workTreeFingerprint(repo: TestRepo): Promise<string> {
  const parsed = validateManifest(readFileSync(join(repo.dir, 'lepton.yml'), 'utf8'));
  if (!parsed.ok) throw new Error('fixture manifest invalid');
  const fp = await fingerprintModel(parsed.manifest, {
    modelDir: repo.dir,
    repoRoot: repo.dir,
    cacheDir: null,
    env: { ...process.env, ...GIT_ENV },
  });
  return fp.fingerprint;
}

/** Commits a change and tags it as a version with the given record fields. */
export async function addVersion(
  repo: TestRepo,
  version: string,
  over: Partial<VersionRecord> = {},
): Promise<VersionRecord> {
  repo.write({ 'src/model.txt': `model ${version}` });
  const commit = repo.commit(`model ${version}`);
  const fingerprint = await workTreeFingerprint(repo);
  const record = versionRecord({ version, commit, fingerprint, ...over });
  await createTag(gitOf(repo), {
    name: versionTag(record.model, version),
    commit,
    message: formatVersionMessage(record),
    identity: IDENTITY,
  });
  return record;
}

export async function addStage(
  repo: TestRepo,
  version: string,
  stage: string,
  n: number,
  over: Partial<StageRecord> = {},
): Promise<string> {
  const commit = repo.git('rev-list', '-n', '1', `sentiment@v${version}`).trim();
  const name = stageTag('sentiment', stage, n);
  await createTag(gitOf(repo), {
    name,
    commit,
    message: formatStageMessage(stageRecord({ version, stage, n, ...over })),
    identity: IDENTITY,
  });
  return name;
}
