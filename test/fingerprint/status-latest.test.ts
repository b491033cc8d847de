import { afterEach, describe, expect, it } from '@jest/globals';
import { formatVersionMessage } from '../../src/core/registry/message.js';
import type { VersionRecord } from '../../src/core/registry/types.js';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';

const MANIFEST =
  'version: 1\nmodel: demo\ncomponents:\n  tok:\n    paths: [tok]\n  clf:\n    paths: [clf]\ndata:\n  train:\n    paths: [train.csv]\neval:\n  command: "true"\n  metrics: m.json\n';

interface StatusJson {
  fingerprint: string;
  components: Record<string, { hash: string }>;
  data: Record<string, { hash: string }>;
  latest: { version: string; tag: string } | null;
  changed: { components: string[]; data: string[] };
}

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

async function status(dir: string): Promise<StatusJson> {
  const r = await runCli(dir, ['status', '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as StatusJson;
}

/** A version tag as `lepton record` writes it, for the hashes given. */
function tagVersion(
  repo: TestRepo,
  version: string,
  s: StatusJson,
  hashes: Partial<VersionRecord> = {},
) {
  const record: VersionRecord = {
    kind: 'version',
    schema: 1,
    model: 'demo',
    version,
    commit: repo.git('rev-parse', 'HEAD').trim(),
    created: '2026-01-01T00:00:00.000Z',
    fingerprint: s.fingerprint,
    components: Object.fromEntries(Object.entries(s.components).map(([n, p]) => [n, p.hash])),
    data: Object.fromEntries(Object.entries(s.data).map(([n, p]) => [n, p.hash])),
    metrics: { accuracy: 0.9 },
    checks: [],
    passed: true,
    baseline: null,
    evalSettings: 'sha256:' + '0'.repeat(64),
    reused: false,
    runUrl: null,
    artifact: null,
    ...hashes,
  };
  repo.git('tag', '-a', `demo@v${version}`, '-m', formatVersionMessage(record));
}

describe('lepton status against the latest recorded version', () => {
  it('names the latest version and exactly the parts that changed since', async () => {
    const repo = makeRepo({
      'tok/v.txt': 'a',
      'clf/m.py': 'w=1',
      'train.csv': 'x\n1\n',
      'lepton.yml': MANIFEST,
    });
    repos.push(repo);
    const first = await status(repo.dir);
    tagVersion(repo, '0.1.0', first);

    const same = await status(repo.dir);
    expect(same.latest).toEqual({ version: '0.1.0', tag: 'demo@v0.1.0' });
    expect(same.changed).toEqual({ components: [], data: [] });
    const human = await runCli(repo.dir, ['status']);
    expect(human.stdout).toContain('unchanged since demo@v0.1.0');

    repo.write({ 'clf/m.py': 'w=2' });
    repo.commit('retrain');
    const after = await status(repo.dir);
    expect(after.changed).toEqual({ components: ['clf'], data: [] });
    const text = (await runCli(repo.dir, ['status'])).stdout;
    expect(text).toContain('1 part changed since demo@v0.1.0');
    expect(text).toMatch(/\n {2}clf +sha256:[0-9a-f]{12} {2}1 file {2}changed\n/);
    expect(text).toMatch(/\n {2}tok +sha256:[0-9a-f]{12} {2}1 file\n/);

    // The highest version counts, and parts only it knows of are listed as removed.
    tagVersion(repo, '0.2.0', after, {
      data: { train: after.data.train?.hash as string, old: 'sha256:x' },
    });
    const latest = await status(repo.dir);
    expect(latest.latest).toEqual({ version: '0.2.0', tag: 'demo@v0.2.0' });
    expect(latest.changed).toEqual({ components: [], data: ['old'] });
    expect((await runCli(repo.dir, ['status'])).stdout).toMatch(/\n {2}old +\(removed\)\n/);
  });

  it('treats every part as changed when the latest tag carries no record (a GTO tag)', async () => {
    const repo = makeRepo({
      'tok/v.txt': 'a',
      'clf/m.py': 'w=1',
      'train.csv': 'x\n',
      'lepton.yml': MANIFEST,
    });
    repos.push(repo);
    repo.git('tag', '-a', 'demo@v1.0.0', '-m', 'Registering artifact demo version v1.0.0');
    const s = await status(repo.dir);
    expect(s.latest).toEqual({ version: '1.0.0', tag: 'demo@v1.0.0' });
    expect(s.changed).toEqual({ components: ['tok', 'clf'], data: ['train'] });
  });
});
