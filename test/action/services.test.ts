import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { expandArtifacts } from '../../src/io/services/artifact-files.js';
import { uploadModelArtifact } from '../../src/io/services/artifact.js';
import { actionsEvalCache } from '../../src/io/services/cache.js';
import { tempDir, writeFiles } from '../helpers/repo.js';

const dirs: string[] = [];
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('artifact paths', () => {
  it('expands globs, literal files and folders relative to the manifest, sorted and deduplicated', async () => {
    const repo = dir();
    const model = join(repo, 'models/m');
    writeFiles(model, {
      'out/model.bin': 'b',
      'out/extra/vocab.txt': 'v',
      'out/.hidden': 'h',
      'out/log.txt': 'l',
      'cfg.json': '{}',
    });
    const r = await expandArtifacts(
      ['out/**/*.txt', 'cfg.json', 'out/', 'nothing/*.bin'],
      model,
      repo,
    );
    expect(r.files).toEqual([
      'cfg.json',
      'out/.hidden',
      'out/extra/vocab.txt',
      'out/log.txt',
      'out/model.bin',
    ]);
    expect(r.unmatched).toEqual(['nothing/*.bin']);
    expect(r.outside).toEqual([]);
  });

  it('skips a symlink that resolves outside the repository', async () => {
    const repo = dir();
    const elsewhere = dir();
    writeFiles(elsewhere, { 'secret.txt': 's' });
    mkdirSync(join(repo, 'out'));
    symlinkSync(join(elsewhere, 'secret.txt'), join(repo, 'out/leak.txt'));
    writeFiles(repo, { 'out/ok.txt': 'ok' });
    const r = await expandArtifacts(['out/*.txt'], repo, repo);
    expect(r.files).toEqual(['out/ok.txt']);
    expect(r.outside).toEqual(['out/leak.txt']);
  });
});

describe('runner services absent (a local run)', () => {
  it('the eval cache warns once and behaves as empty', async () => {
    const warnings: string[] = [];
    const saved = { ...process.env };
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      const cache = actionsEvalCache({
        dir: dir(),
        warn: (m) => warnings.push(m),
        info: () => {},
        env: process.env,
      });
      expect(await cache.restore('k')).toBeNull();
      await cache.save('k', { accuracy: 0.9 });
      expect(await cache.restore('k')).toBeNull();
      expect(warnings).toEqual([
        'the Actions cache service is not available here: eval results are not cached',
      ]);
    } finally {
      process.env = saved;
    }
  });

  it('the artifact upload warns and returns null instead of failing the record', async () => {
    const warnings: string[] = [];
    const repo = dir();
    writeFiles(repo, { 'out/model.bin': 'b' });
    const r = await uploadModelArtifact({
      name: 'm-v0.1.0',
      patterns: ['out/model.bin'],
      modelDir: repo,
      repoRoot: repo,
      report: '# r',
      metrics: { a: 1 },
      env: {},
      warn: (m) => warnings.push(m),
      info: () => {},
    });
    expect(r).toBeNull();
    expect(warnings).toEqual([
      'the Actions artifact service is not available here: m-v0.1.0 is not uploaded',
    ]);
  });
});
