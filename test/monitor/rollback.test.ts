import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { parseRecord } from '../../src/core/registry/message.js';
import {
  startExporter,
  startPrometheus,
  type Exporter,
  type Prometheus,
} from '../helpers/prometheus.js';
import { git, runCli, type TestRepo } from '../helpers/repo.js';
import { addStage, addVersion, modelRepo } from '../registry/fixture.js';

// Issue 18: a failed monitor rolls the stage back (`--rollback` or `monitor.rollback: true`).

const MANIFEST = (rollback: boolean) => `version: 1
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
stages:
  production:
    monitor:
      queries:
        accuracy: avg(sentiment_live_accuracy{version=$version})
      thresholds:
        accuracy: { min: 0.88 }
      rollback: ${rollback}
`;

const LIVE = `# TYPE sentiment_live_accuracy gauge
sentiment_live_accuracy{version="0.1.0"} 0.92
sentiment_live_accuracy{version="0.2.0"} 0.8
`;

let exporter: Exporter;
let prom: Prometheus;
let repo: TestRepo;

beforeAll(async () => {
  exporter = await startExporter(LIVE);
  prom = await startPrometheus({ live: exporter.url.replace('http://', '') });
  await prom.waitFor('sentiment_live_accuracy{version="0.2.0"}');
}, 60_000);
afterAll(async () => {
  await prom?.stop();
  await exporter?.close();
});
afterEach(() => repo?.cleanup());

/** 0.1.0 (healthy live) and 0.2.0 (degraded live), promoted to production in this order. */
async function production(rollbackKey: boolean, versions = ['0.1.0', '0.2.0']): Promise<void> {
  repo = modelRepo(MANIFEST(rollbackKey));
  for (const v of ['0.1.0', '0.2.0']) await addVersion(repo, v, { metrics: { accuracy: 0.93 } });
  for (const [i, v] of versions.entries()) await addStage(repo, v, 'production', i + 1);
  repo.git('push', '-q', 'origin', 'main', '--tags');
}

const monitor = async (...args: string[]) => {
  const r = await runCli(repo.dir, ['monitor', 'production', ...args], {
    LEPTON_PROMETHEUS_URL: prom.url,
  });
  return { ...r, json: args.includes('--json') && r.stdout ? JSON.parse(r.stdout) : null };
};
const remoteUnassigns = () =>
  git(repo.remote, 'tag', '--list', 'sentiment#production!*').split('\n').filter(Boolean);

describe('monitor --rollback against a real Prometheus', () => {
  it('a failing version is withdrawn (tag pushed, reason names the failed check); the next run passes on the previous version', async () => {
    await production(false);
    const r = await monitor('--rollback', '--push', '--json');
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({
      version: '0.2.0',
      passed: false,
      rolledBack: true,
      rollback: {
        from: { version: '0.2.0', tag: 'sentiment#production#2' },
        to: { version: '0.1.0', tag: 'sentiment#production#1' },
        tag: 'sentiment#production!#3',
        pushed: true,
        reason: 'monitor failed: accuracy ≥ 0.88: 0.8 (0.8 is below the minimum 0.88)',
      },
    });
    expect(remoteUnassigns()).toEqual(['sentiment#production!#3']);
    const record = parseRecord(
      git(repo.remote, 'tag', '--list', '--format=%(contents)', 'sentiment#production!#3'),
    );
    expect(record).toMatchObject({
      kind: 'unassign',
      version: '0.2.0',
      reason: 'monitor failed: accuracy ≥ 0.88: 0.8 (0.8 is below the minimum 0.88)',
    });

    const again = await monitor('--rollback', '--push', '--json');
    expect(again.code).toBe(0);
    expect(again.json).toMatchObject({ version: '0.1.0', passed: true, rolledBack: false });
    expect(remoteUnassigns()).toEqual(['sentiment#production!#3']);
  });

  it('monitor.rollback: true in the manifest rolls back without the flag; text shows both reports', async () => {
    await production(true);
    const r = await monitor();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/sentiment v0\.2\.0 in production: FAILING/);
    expect(r.stdout).toMatch(/rolled back: v0\.2\.0 withdrawn from production/);
    expect(r.stdout).toMatch(
      /sentiment: v0\.2\.0 withdrawn from production; production now holds v0\.1\.0/,
    );
    // Without --push the tag is local only.
    expect(repo.git('tag', '--list', 'sentiment#production!*').trim()).toBe(
      'sentiment#production!#3',
    );
    expect(remoteUnassigns()).toEqual([]);
  });

  it('without --rollback (and rollback: false) a failing monitor writes nothing', async () => {
    await production(false);
    const r = await monitor('--json');
    expect(r.code).toBe(1);
    expect(r.json.rolledBack).toBe(false);
    expect(r.json.rollback).toBeUndefined();
    expect(repo.git('tag', '--list', 'sentiment#production!*')).toBe('');
  });

  it('the only version failing: the rollback is refused with a warning, the monitor still fails (exit 1), no tag', async () => {
    await production(true, ['0.2.0']);
    const r = await monitor('--json');
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ version: '0.2.0', passed: false, rolledBack: false });
    expect(r.json.rollback).toBeNull();
    expect(r.stderr).toContain(
      'production cannot be rolled back: v0.2.0 is the only version production holds',
    );
    expect(repo.git('tag', '--list', 'sentiment#production!*')).toBe('');
  });

  it('a healthy version is not rolled back', async () => {
    await production(true, ['0.2.0', '0.1.0']);
    const r = await monitor('--rollback', '--json');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ version: '0.1.0', passed: true, rolledBack: false });
    expect(repo.git('tag', '--list', 'sentiment#production!*')).toBe('');
  });
});
