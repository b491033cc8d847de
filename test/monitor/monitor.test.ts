import { afterAll, beforeAll, describe, expect, it, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { substitute } from '../../src/core/monitor/promql.js';
import { queryValue } from '../../src/io/prometheus/query.js';
import {
  startExporter,
  startPrometheus,
  type Exporter,
  type Prometheus,
} from '../helpers/prometheus.js';
import { runCli, type TestRepo } from '../helpers/repo.js';
import { addStage, addVersion, modelRepo } from '../registry/fixture.js';

const MANIFEST = `version: 1
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
stages:
  staging: {}
  production:
    monitor:
      queries:
        accuracy: 'avg(sentiment_live_accuracy{version="$version", stage=~".*"})'
        latency_p95_ms: max(sentiment_latency_p95_ms{version=$version})
      thresholds:
        accuracy: { min: 0.88, max_drop: '3%' }
        latency_p95_ms: { max: 60 }
`;

const LIVE = (latency020 = 45) => `# TYPE sentiment_live_accuracy gauge
sentiment_live_accuracy{version="0.1.0"} 0.92
sentiment_live_accuracy{version="0.2.0"} 0.91
sentiment_live_accuracy{version="0.3.0"} 0.8
# TYPE sentiment_latency_p95_ms gauge
sentiment_latency_p95_ms{version="0.1.0"} 40
sentiment_latency_p95_ms{version="0.2.0"} ${latency020}
sentiment_latency_p95_ms{version="0.3.0"} 41
`;

let exporter: Exporter;
let prom: Prometheus;
let repo: TestRepo;

beforeAll(async () => {
  exporter = await startExporter(LIVE());
  prom = await startPrometheus({ live: exporter.url.replace('http://', '') });
  await prom.waitFor('sentiment_latency_p95_ms{version="0.2.0"}');
  repo = modelRepo(MANIFEST);
  await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.93 } });
  await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.95 } });
  await addVersion(repo, '0.3.0', { metrics: { accuracy: 0.81 } });
}, 60_000);
afterAll(async () => {
  await prom?.stop();
  await exporter?.close();
  repo?.cleanup();
});

const monitor = async (...args: string[]) => {
  const r = await runCli(repo.dir, ['monitor', 'production', ...args], {
    LEPTON_PROMETHEUS_URL: prom.url,
  });
  return { ...r, json: args.includes('--json') && r.stdout ? JSON.parse(r.stdout) : null };
};
const checkLines = (json: {
  checks: {
    metric: string;
    rule: string;
    passed: boolean;
    actual: number;
    baseline: number | null;
  }[];
}) =>
  json.checks.map(
    (c) => `${c.metric} ${c.rule} ${c.passed ? 'pass' : 'FAIL'} ${c.actual} ${c.baseline}`,
  );

describe('lepton monitor against a real Prometheus', () => {
  it('a healthy version passes: live values beside its recorded eval', async () => {
    await addStage(repo, '0.1.0', 'production', 1);
    const r = await monitor('--json');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({
      model: 'sentiment',
      stage: 'production',
      version: '0.1.0',
      passed: true,
      metrics: { accuracy: 0.92, latency_p95_ms: 40 },
      rolledBack: false,
    });
    expect(checkLines(r.json)).toEqual([
      'accuracy min pass 0.92 0.93',
      'accuracy max_drop pass 0.92 0.93',
      'latency_p95_ms max pass 40 null',
    ]);
  });

  it('max_drop against the recorded eval fails at the right bound (3% of 0.95 is 0.0285; it dropped 0.04)', async () => {
    await addStage(repo, '0.2.0', 'production', 2);
    const r = await monitor('--json', '--report', 'out/monitor.md');
    expect(r.code).toBe(1);
    expect(r.json.version).toBe('0.2.0');
    expect(checkLines(r.json)).toEqual([
      'accuracy min pass 0.91 0.95',
      'accuracy max_drop FAIL 0.91 0.95',
      'latency_p95_ms max pass 45 null',
    ]);
    const drop = r.json.checks[1];
    expect(drop.reason).toBe(
      'dropped 0.04 from the baseline 0.95, more than the allowed 3% (0.0285)',
    );
    const md = readFileSync(join(repo.dir, 'out/monitor.md'), 'utf8');
    expect(md).toMatch(/^### ❌ `sentiment` v0\\\.2\\\.0 in `production`: FAILING/);
    expect(md).toContain('| metric | recorded eval | live | change | threshold | result |');
    expect(md).toMatch(/\| `accuracy` \| 0\.95 \| 0\.91 \| .* \| ❌ \|/);
    const text = await monitor();
    expect(text.stdout).toMatch(/sentiment v0\.2\.0 in production: FAILING/);
    expect(text.stdout).toMatch(/FAIL {2}accuracy drop ≤ 3%: 0\.91, baseline 0\.95/);
  });

  it('a degraded version fails its absolute bounds with the live numbers', async () => {
    await addStage(repo, '0.3.0', 'production', 3);
    const r = await monitor('--json');
    expect(r.code).toBe(1);
    expect(checkLines(r.json)).toEqual([
      'accuracy min FAIL 0.8 0.81',
      'accuracy max_drop pass 0.8 0.81',
      'latency_p95_ms max pass 41 null',
    ]);
  });

  it('a query with no series is exit 3 with the reason, never a pass', async () => {
    await addStage(repo, '0.1.0', 'production', 4);
    exporter.text = LIVE().replace(/^sentiment_latency_p95_ms\{version="0\.1\.0"\}.*$/m, '');
    await new Promise((r) => setTimeout(r, 2500)); // two scrapes: the series goes stale
    const r = await monitor('--json');
    exporter.text = LIVE();
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot judge: 1 query has no value/);
    expect(r.stderr).toMatch(/latency_p95_ms: the query returned no series \(no data\)/);
  });

  test.each([
    ['0.1.0"} or vector(1) or x{a="', 'a double-quoted string'],
    ["0.1.0'} or vector(1) or x{a='", 'a single-quoted string'],
    ['0.1.0\\"} or vector(1)', 'a backslash before the quote'],
  ])('a hostile version %j cannot inject PromQL (inside %s)', async (version) => {
    for (const template of [
      'count(sentiment_live_accuracy{version="$version"})',
      "count(sentiment_live_accuracy{version='$version'})",
      'count(sentiment_live_accuracy{version=$version})',
    ]) {
      const query = substitute(template, { model: 'm', version, stage: 's' });
      // Injected, `or vector(1)` would answer 1; escaped, the version matches no series.
      expect(await queryValue({ url: prom.url }, query)).toEqual({
        ok: false,
        reason: 'the query returned no series (no data)',
      });
    }
    const honest = substitute('count(sentiment_live_accuracy{version="$version"})', {
      model: 'm',
      version: '0.1.0',
      stage: 's',
    });
    expect(await queryValue({ url: prom.url }, honest)).toEqual({ ok: true, value: 1 });
  });

  it("a query error is exit 3 with Prometheus's message", async () => {
    const r = await runCli(repo.dir, ['monitor', 'production'], {
      LEPTON_PROMETHEUS_URL: prom.url.replace(/\/?$/, '/nope'),
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Prometheus at http:\/\/127\.0\.0\.1:\d+\/nope answered HTTP 404/);
  });

  it('a stopped Prometheus is exit 3, never a pass', async () => {
    const url = prom.url;
    await prom.stop();
    const r = await runCli(repo.dir, ['monitor', 'production', '--json'], {
      LEPTON_PROMETHEUS_URL: url,
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /Prometheus at http:\/\/127\.0\.0\.1:\d+ cannot be reached: ECONNREFUSED/,
    );
  });
});

describe('substitute (pure)', () => {
  const vars = { model: 'sentiment', version: '1.2.0', stage: 'production' };
  test.each([
    ['m{version="$version"}', 'm{version="1.2.0"}'],
    ['m{version=$version, model=$model}', 'm{version="1.2.0", model="sentiment"}'],
    ["m{stage='$stage'}", "m{stage='production'}"],
    ['m{v=`$version`}', 'm{v=`1.2.0`}'],
    ['m{a="\\"$version"}', 'm{a="\\"1.2.0"}'],
    ['m{a="$versions"}', 'm{a="$versions"}'],
    ['m{a="$$stage"}', 'm{a="$production"}'],
  ])('%s → %s', (template, expected) => {
    expect(substitute(template, vars)).toBe(expected);
  });
  test.each([
    [{ version: 'a"b' }, 'm{v="$version"}', 'm{v="a\\"b"}'],
    [{ version: "a'b\\" }, "m{v='$version'}", "m{v='a\\'b\\\\'}"],
    [{ version: 'a\nb' }, 'm{v=$version}', 'm{v="a\\nb"}'],
  ])('escapes %j in %s', (over, template, expected) => {
    expect(substitute(template, { ...vars, ...over })).toBe(expected);
  });
  test.each([
    ['m{v="$version}', /a " string is never closed/],
    ['m{v=`$version`}', /holds a backtick/],
  ])('refuses %s', (template, message) => {
    expect(() => substitute(template, { ...vars, version: 'x`y' }, 'q')).toThrow(message);
  });
});
