// The example Grafana dashboard's every query runs against a real Prometheus that scrapes
// `lepton export` and a live exporter: no query is a syntax error or silently empty, and the
// "live beside recorded" chart picks exactly the version the stage holds.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  startExporter,
  startPrometheus,
  type Exporter,
  type Prometheus,
} from '../helpers/prometheus.js';
import { PROJECT, runCli, type TestRepo } from '../helpers/repo.js';
import { addStage, addVersion, modelRepo } from '../registry/fixture.js';

interface Target {
  expr: string;
  refId: string;
}
interface Dashboard {
  panels: { id: number; title: string; targets: Target[] }[];
  templating: { list: { name: string; type: string; query: unknown; definition?: string }[] };
}
const dashboard = JSON.parse(
  readFileSync(join(PROJECT, 'examples/monitoring/grafana-dashboard.json'), 'utf8'),
) as Dashboard;

const VARS: Record<string, string> = {
  model: 'sentiment',
  stage: 'production',
  metric: 'accuracy',
  live_metric: 'sentiment_live_accuracy',
};
/** Grafana's interpolation of `$name` and `${name}` for the values a user would pick. */
const interpolate = (expr: string) =>
  expr.replace(/\$\{(\w+)\}|\$(\w+)/g, (_m, a: string | undefined, b: string | undefined) => {
    const v = VARS[(a ?? b)!];
    if (v === undefined) throw new Error(`unknown variable ${a ?? b} in ${expr}`);
    return v;
  });

let repo: TestRepo;
let registry: Exporter;
let live: Exporter;
let prom: Prometheus;

const query = async (q: string) => {
  const r = await fetch(`${prom.url}/api/v1/query?${new URLSearchParams({ query: q })}`);
  const body = (await r.json()) as {
    status: string;
    error?: string;
    data?: { result: { metric: Record<string, string>; value: [number, string] }[] };
  };
  if (body.status !== 'success') throw new Error(`${q}: ${body.error}`);
  return body.data!.result;
};

beforeAll(async () => {
  repo = modelRepo();
  await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.93 } });
  await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.95 } });
  await addStage(repo, '0.1.0', 'staging', 1);
  await addStage(repo, '0.2.0', 'production', 2);
  const r = await runCli(repo.dir, ['export', '--format', 'openmetrics']);
  expect(r.code).toBe(0);
  registry = await startExporter(r.stdout);
  live = await startExporter(
    '# TYPE sentiment_live_accuracy gauge\n' +
      'sentiment_live_accuracy{version="0.1.0"} 0.92\n' +
      'sentiment_live_accuracy{version="0.2.0"} 0.91\n',
  );
  prom = await startPrometheus({
    lepton: registry.url.replace('http://', ''),
    live: live.url.replace('http://', ''),
  });
  await prom.waitFor('lepton_stage_version_info');
  await prom.waitFor('sentiment_live_accuracy');
}, 60_000);
afterAll(async () => {
  await prom?.stop();
  await registry?.close();
  await live?.close();
  repo?.cleanup();
});

describe('examples/monitoring/grafana-dashboard.json', () => {
  const targets = dashboard.panels.flatMap((p) =>
    p.targets.map((t) => [`${p.title} (${t.refId})`, t.expr] as const),
  );

  it('has panels with queries', () => {
    expect(targets.length).toBeGreaterThanOrEqual(5);
  });

  it.each(targets)('%s answers with data', async (_title, expr) => {
    expect((await query(interpolate(expr))).length).toBeGreaterThan(0);
  });

  it('its variables list what lepton export writes', async () => {
    const found: Record<string, string[]> = {};
    for (const v of dashboard.templating.list.filter((x) => x.type === 'query')) {
      const m = /^label_values\((.+),\s*(\w+)\)$/.exec(v.definition ?? '');
      expect(m).not.toBeNull();
      const series = await query(interpolate(m![1]!));
      found[v.name] = [...new Set(series.map((s) => s.metric[m![2]!]!))].sort();
    }
    expect(found).toEqual({
      model: ['sentiment'],
      stage: ['production', 'staging'],
      metric: ['accuracy'],
    });
  });

  it('the live chart shows the live and the recorded value of the version the stage holds, and no other', async () => {
    const chart = dashboard.panels.find((p) => p.title.startsWith('Live'))!;
    const [a, b] = await Promise.all(chart.targets.map((t) => query(interpolate(t.expr))));
    expect(a!.map((s) => [s.metric.version, Number(s.value[1])])).toEqual([['0.2.0', 0.91]]);
    expect(b!.map((s) => [s.metric.version, Number(s.value[1])])).toEqual([['0.2.0', 0.95]]);
  });
});
