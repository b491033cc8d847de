// The built action's `monitor` mode on a schedule, against a real Prometheus and the fake GitHub
// API: the verdict fails the step, and with `issue: true` one sticky issue per model and stage is
// opened, updated while the failure lasts, and closed when the monitor passes again.
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { monitorIssueMarker } from '../../src/core/report/monitor-issue.js';
import {
  startFakeGitHub,
  userIdentity,
  type FakeGitHub,
  type RecordedRequest,
} from '../helpers/fake-github.js';
import {
  startExporter,
  startPrometheus,
  type Exporter,
  type Prometheus,
} from '../helpers/prometheus.js';
import type { TestRepo } from '../helpers/repo.js';
import { addStage, addVersion, modelRepo } from '../registry/fixture.js';
import { cleanupRuns, runAction } from './run-action.js';

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
stages:
  staging: {}
  production:
    monitor:
      queries:
        accuracy: 'max(sentiment_live_accuracy{version="$version"})'
      thresholds:
        accuracy: { min: 0.88, max_drop: '3%' }
`;

const live = (accuracy: number) =>
  `# TYPE sentiment_live_accuracy gauge\nsentiment_live_accuracy{version="0.1.0"} ${accuracy}\n`;

const TOKEN = 'ghs_monitor_token';
let exporter: Exporter;
let prom: Prometheus;
let gh: FakeGitHub;
let repo: TestRepo;

beforeAll(async () => {
  exporter = await startExporter(live(0.92));
  prom = await startPrometheus({ live: exporter.url.replace('http://', '') });
  await prom.waitFor('sentiment_live_accuracy{version="0.1.0"}');
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'models', token: TOKEN, maxPerPage: 2 });
  repo = modelRepo(MANIFEST);
  await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.93 } });
  await addStage(repo, '0.1.0', 'production', 1);
}, 60_000);
afterAll(async () => {
  await prom?.stop();
  await exporter?.close();
  await gh?.close();
  repo?.cleanup();
  cleanupRuns();
});

/** Sets the live value and waits until Prometheus has scraped it. */
async function setLive(accuracy: number): Promise<void> {
  exporter.text = live(accuracy);
  await prom.waitFor(`sentiment_live_accuracy{version="0.1.0"} == ${accuracy}`);
}

const scheduled = (env: Record<string, string> = {}, inputs: Record<string, string> = {}) =>
  runAction({
    workspace: repo.dir,
    eventName: 'schedule',
    payload: { schedule: '17 * * * *' },
    apiUrl: gh.url,
    inputs: { token: TOKEN, issue: 'true', push: 'false', ...inputs },
    env: { LEPTON_PROMETHEUS_URL: prom.url, ...env },
  });

const writes = (since: number): string[] =>
  gh.requests
    .slice(since)
    .filter((r: RecordedRequest) => r.method !== 'GET' && r.path !== '/graphql')
    .map((r) => `${r.method} ${r.path}`);

const MARKER = monitorIssueMarker('sentiment', 'production');

describe('the action monitors on a schedule', () => {
  it('a healthy stage passes and opens no issue', async () => {
    const before = gh.requests.length;
    const r = await scheduled();
    expect(r.code).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(r.outputs.version).toBe('0.1.0');
    expect(r.summary).toContain('in `production`: healthy');
    expect(writes(before)).toEqual([]);
    expect(gh.issues()).toEqual([]);
  }, 60_000);

  it('a failing stage fails the step and opens one issue; a second failing run updates it', async () => {
    // A person's issue quoting the marker is never Lepton's to edit.
    gh.seedIssue('Quoting the bot', `${MARKER}\nsomeone pasted this`, userIdentity('octocat'));
    await setLive(0.85);
    const before = gh.requests.length;
    const r = await scheduled();
    expect(r.code).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(r.errors.join('\n')).toMatch(
      /monitor failed: production \(v0\.1\.0: accuracy min, accuracy max_drop\)/,
    );
    expect(writes(before)).toEqual(['POST /repos/octo-org/models/issues']);
    const mine = gh.issues().filter((i) => i.user.login === 'github-actions[bot]');
    expect(mine).toHaveLength(1);
    const issue = mine[0]!;
    expect(issue.title).toBe('Lepton monitor: sentiment in production is failing');
    expect(issue.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(issue.body).toMatch(/\| `accuracy` \| 0\.93 \| 0\.85 \|/);
    expect(issue.body).toContain('Run: https://github.com/octo-org/models/actions/runs/4242');

    await setLive(0.8);
    const again = gh.requests.length;
    const r2 = await scheduled();
    expect(r2.code).toBe(1);
    expect(writes(again)).toEqual([`PATCH /repos/octo-org/models/issues/${issue.number}`]);
    expect(gh.issues().filter((i) => i.user.login === 'github-actions[bot]')).toHaveLength(1);
    expect(issue.body).toMatch(/\| `accuracy` \| 0\.93 \| 0\.8 \|/);
    expect(gh.issues()[0]!.body).toBe(`${MARKER}\nsomeone pasted this`);
  }, 90_000);

  it('with fail-on-threshold false the failure warns, the issue is still kept', async () => {
    const r = await scheduled({}, { 'fail-on-threshold': 'false' });
    expect(r.code).toBe(0);
    expect(r.warnings.join('\n')).toMatch(/monitor failed: production/);
  }, 60_000);

  it('when the monitor passes again the issue is closed with a comment naming the run', async () => {
    await setLive(0.93);
    const issue = gh.issues().find((i) => i.user.login === 'github-actions[bot]')!;
    const before = gh.requests.length;
    const r = await scheduled();
    expect(r.code).toBe(0);
    expect(writes(before)).toEqual([
      `POST /repos/octo-org/models/issues/${issue.number}/comments`,
      `PATCH /repos/octo-org/models/issues/${issue.number}`,
    ]);
    expect(issue.state).toBe('closed');
    expect(issue.state_reason).toBe('completed');
    expect(gh.comments(issue.number).map((c) => c.body)).toEqual([
      expect.stringMatching(
        /^✅ The monitor passes again: `sentiment` v0\\\.1\\\.0 in `production` is healthy\.\n\nRun: https:\/\/github\.com\/octo-org\/models\/actions\/runs\/4242/,
      ),
    ]);
    // The person's issue is still open and untouched.
    expect(gh.issues()[0]!.state).toBe('open');
  }, 60_000);

  it('an unreachable Prometheus is exit 3 — never a pass — and the issue says it cannot judge', async () => {
    const before = gh.requests.length;
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((done) => closed.close(() => done()));
    const r = await scheduled({ LEPTON_PROMETHEUS_URL: `http://127.0.0.1:${port}` });
    expect(r.code).toBe(3);
    expect(r.errors.join('\n')).toMatch(
      /Prometheus at http:\/\/127\.0\.0\.1:\d+ cannot be reached: ECONNREFUSED/,
    );
    expect(writes(before)).toEqual(['POST /repos/octo-org/models/issues']);
    const opened = gh.issues().filter((i) => i.state === 'open' && i.user.login !== 'octocat');
    expect(opened).toHaveLength(1);
    expect(opened[0]!.body).toMatch(/the monitor cannot judge/);
    expect(opened[0]!.body).toMatch(/cannot be reached/);
  }, 60_000);

  it('command monitor with a stage without a monitor section is an invalid input naming it', async () => {
    const r = await scheduled({}, { command: 'monitor', stage: 'staging' });
    expect(r.code).toBe(2);
    expect(r.errors.join('\n')).toMatch(/stage "staging" has no monitor section/);
  }, 60_000);

  it('without issue: true no issue is read or written', async () => {
    await setLive(0.5);
    const before = gh.requests.length;
    const r = await scheduled({}, { issue: 'false' });
    expect(r.code).toBe(1);
    expect(gh.requests.slice(before)).toEqual([]);
  }, 60_000);
});
