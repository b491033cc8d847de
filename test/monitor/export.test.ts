import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeLabelValue } from '../../src/core/monitor/openmetrics.js';
import { startExporter, startPrometheus } from '../helpers/prometheus.js';
import { GIT_ENV, runCli, type TestRepo } from '../helpers/repo.js';
import { addStage, addVersion, modelRepo } from '../registry/fixture.js';

let repo: TestRepo;
beforeAll(async () => {
  repo = modelRepo();
  // A second model in a subfolder, and a copy of a manifest git ignores (never counted).
  repo.write({
    'models/other/lepton.yml':
      'version: 1\nmodel: other\neval:\n  command: "true"\n  metrics: m.json\n',
    'node_modules/x/lepton.yml': 'not: a manifest\n',
    '.gitignore': 'out/\nnode_modules/\n',
  });
  repo.commit('second model');
  await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.93, 'odd"name\\\nx': 1 } });
  await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.95, f1_macro: 0.9 } });
  await addVersion(repo, '0.3.0', { metrics: { accuracy: 0.96 } });
  await addStage(repo, '0.1.0', 'staging', 1);
  execFileSync('git', ['tag', '-a', '-m', 'x', 'sentiment#production#2', 'sentiment@v0.2.0^{}'], {
    cwd: repo.dir,
    env: { ...process.env, ...GIT_ENV, GIT_COMMITTER_DATE: '2026-11-01T12:00:00Z' },
  });
}, 60_000);
afterAll(() => repo?.cleanup());

describe('lepton export --format openmetrics', () => {
  it('writes the latest version and every stage holder of every model, ending # EOF', async () => {
    const r = await runCli(repo.dir, ['export', '--format', 'openmetrics']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('# EOF');
    const series = lines.filter((l) => !l.startsWith('#'));
    const commit = (v: string) => repo.git('rev-list', '-n', '1', `sentiment@v${v}`).trim();
    expect(series).toEqual([
      `lepton_model_version_info{model="sentiment",version="0.1.0",commit="${commit('0.1.0')}"} 1`,
      `lepton_model_version_info{model="sentiment",version="0.2.0",commit="${commit('0.2.0')}"} 1`,
      `lepton_model_version_info{model="sentiment",version="0.3.0",commit="${commit('0.3.0')}"} 1`,
      'lepton_model_metric{model="sentiment",version="0.1.0",metric="accuracy"} 0.93',
      'lepton_model_metric{model="sentiment",version="0.1.0",metric="odd\\"name\\\\\\nx"} 1',
      'lepton_model_metric{model="sentiment",version="0.2.0",metric="accuracy"} 0.95',
      'lepton_model_metric{model="sentiment",version="0.2.0",metric="f1_macro"} 0.9',
      'lepton_model_metric{model="sentiment",version="0.3.0",metric="accuracy"} 0.96',
      'lepton_stage_version_info{model="sentiment",stage="production",version="0.2.0"} 1',
      'lepton_stage_version_info{model="sentiment",stage="staging",version="0.1.0"} 1',
      `lepton_stage_last_change_timestamp_seconds{model="sentiment",stage="production"} ${Date.parse('2026-11-01T12:00:00Z') / 1000}`,
      expect.stringMatching(
        /^lepton_stage_last_change_timestamp_seconds\{model="sentiment",stage="staging"\} \d+$/,
      ),
    ]);
    expect(lines.filter((l) => l.startsWith('# TYPE'))).toEqual([
      '# TYPE lepton_model_version_info gauge',
      '# TYPE lepton_model_metric gauge',
      '# TYPE lepton_stage_version_info gauge',
      '# TYPE lepton_stage_last_change_timestamp_seconds gauge',
    ]);
  });

  it('promtool check metrics accepts it', async () => {
    const r = await runCli(repo.dir, [
      'export',
      '--format',
      'openmetrics',
      '--out',
      'out/lepton.prom',
    ]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(repo.dir, 'out/lepton.prom'));
    const check = spawnSync('promtool', ['check', 'metrics'], { input: text });
    expect(`${check.stdout}${check.stderr}`).toBe('');
    expect(check.status).toBe(0);
  });

  it('Prometheus scrapes it: a query returns the stage holder as its version label', async () => {
    const r = await runCli(repo.dir, ['export', '--format', 'openmetrics']);
    const server = await startExporter(r.stdout);
    const prom = await startPrometheus({ lepton: server.url.replace('http://', '') });
    try {
      const q = 'lepton_stage_version_info{model="sentiment",stage="production"}';
      await prom.waitFor(q);
      const res = await fetch(`${prom.url}/api/v1/query?${new URLSearchParams({ query: q })}`);
      const body = (await res.json()) as { data: { result: { metric: Record<string, string> }[] } };
      expect(body.data.result.map((s) => s.metric.version)).toEqual(['0.2.0']);
    } finally {
      await prom.stop();
      await server.close();
    }
  }, 60_000);

  it('refuses an unknown format with exit 2', async () => {
    const r = await runCli(repo.dir, ['export', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format csv is not known/);
  });
});

it.each([
  ['plain', 'plain'],
  ['a"b', 'a\\"b'],
  ['a\\b', 'a\\\\b'],
  ['a\nb', 'a\\nb'],
])('escapeLabelValue(%j)', (value, expected) => {
  expect(escapeLabelValue(value)).toBe(expected);
});
