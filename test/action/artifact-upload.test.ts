import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { uploadModelArtifact } from '../../src/io/services/artifact.js';
import { tempDir, writeFiles } from '../helpers/repo.js';
import { startFakeResults } from './fake-results.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Names of the entries in a zip's central directory. */
function zipEntries(zip: Buffer): string[] {
  const names: string[] = [];
  for (
    let i = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    i >= 0;
    i = zip.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), i + 4)
  ) {
    const len = zip.readUInt16LE(i + 28);
    names.push(zip.subarray(i + 46, i + 46 + len).toString('utf8'));
  }
  return names.sort();
}

describe('uploading the model artifact to the results service', () => {
  it('uploads report, metrics and the artifact files as MODEL-vX.Y.Z and returns its id and run URL', async () => {
    const results = await startFakeResults();
    const saved = { ...process.env };
    const repo = tempDir();
    dirs.push(repo);
    writeFiles(repo, {
      'models/m/out/model.json': '{"w":[1]}',
      'models/m/out/vocab.txt': 'a\nb\n',
    });
    process.env.ACTIONS_RESULTS_URL = results.url;
    process.env.ACTIONS_RUNTIME_TOKEN = results.runtimeToken;
    process.env.GITHUB_SERVER_URL = 'https://github.com';
    try {
      const info: string[] = [];
      const warnings: string[] = [];
      const r = await uploadModelArtifact({
        name: 'm-v0.2.0',
        patterns: ['out/**'],
        modelDir: `${repo}/models/m`,
        repoRoot: repo,
        report: '# report',
        metrics: { accuracy: 0.9 },
        env: { ...process.env, GITHUB_REPOSITORY: 'octo-org/models', GITHUB_RUN_ID: '77' },
        warn: (m) => warnings.push(m),
        info: (m) => info.push(m),
      });
      expect(warnings).toEqual([]);
      expect(r).toEqual({
        name: 'm-v0.2.0',
        id: 9001,
        url: 'https://github.com/octo-org/models/actions/runs/77/artifacts/9001',
        files: 2,
      });
      expect(results.artifacts).toHaveLength(1);
      expect(results.artifacts[0]!.name).toBe('m-v0.2.0');
      expect(zipEntries(results.artifacts[0]!.zip)).toEqual([
        'files/out/model.json',
        'files/out/vocab.txt',
        'metrics.json',
        'report.md',
      ]);
    } finally {
      process.env = saved;
      await results.close();
    }
  });
});
