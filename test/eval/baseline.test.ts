import { afterEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { evalSettingsWithFiles } from '../../src/core/fingerprint/eval-files.js';
import { evalSettingsHash } from '../../src/core/metrics/index.js';
import { formatVersionMessage } from '../../src/core/registry/message.js';
import type { VersionRecord } from '../../src/core/registry/types.js';
import { loadManifest } from '../../src/io/manifest-file.js';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';
import type { evalJson as toEvalJson } from '../../src/app/eval.js';

/** The contract's `eval --json` document, as the CLI prints it. */
type EvalJson = ReturnType<typeof toEvalJson>;

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const MANIFEST = (env = '1') =>
  [
    'version: 1',
    'model: demo',
    'components:',
    '  code:',
    '    paths: [src/**]',
    'eval:',
    // ran.txt proves the eval ran; the metrics come from metrics.src so tests can change them.
    '  command: "mkdir -p out && date > ran.txt && cp metrics.src out/metrics.json"',
    '  metrics: out/metrics.json',
    '  env:',
    `    SETTING: "${env}"`,
    '  thresholds:',
    '    accuracy: { min: 0.5, max_drop: 0.01 }',
    '    latency: { max_rise: "10%" }',
    '',
  ].join('\n');

function project(metrics: string): TestRepo {
  const repo = makeRepo({
    'lepton.yml': MANIFEST(),
    'src/model.txt': 'weights v1\n',
    'metrics.src': metrics,
    '.gitignore': 'out/\nran.txt\n',
  });
  repos.push(repo);
  return repo;
}

async function current(repo: TestRepo) {
  const status = JSON.parse((await runCli(repo.dir, ['status', '--json'])).stdout) as {
    fingerprint: string;
    components: Record<string, { hash: string }>;
    eval?: { hash: string; files: number };
  };
  const manifest = await loadManifest(join(repo.dir, 'lepton.yml'));
  // The command's own input (metrics.src) is an eval file: its hash is in the settings.
  const files = status.eval && { name: 'eval', ...status.eval };
  return {
    fingerprint: status.fingerprint,
    components: { code: status.components.code?.hash ?? '' },
    evalSettings: evalSettingsWithFiles(evalSettingsHash(manifest.eval), files),
  };
}

/** A version tag on HEAD in the registry's own message format. */
function tagVersion(repo: TestRepo, version: string, fields: Partial<VersionRecord>): void {
  const record: VersionRecord = {
    kind: 'version',
    schema: 1,
    model: 'demo',
    version,
    commit: repo.git('rev-parse', 'HEAD').trim(),
    created: '2026-01-01T00:00:00.000Z',
    // One content per version, as record writes them (one fingerprint twice is a copied record).
    fingerprint: `sha256:${createHash('sha256').update(version).digest('hex')}`,
    components: { code: `sha256:${'1'.repeat(64)}` },
    data: {},
    metrics: {},
    checks: [],
    passed: true,
    baseline: null,
    evalSettings: 'sha256:unknown',
    reused: false,
    runUrl: null,
    artifact: null,
    ...fields,
  };
  repo.git('tag', '-a', `demo@v${version}`, '-m', formatVersionMessage(record));
}

async function evalJson(repo: TestRepo, args: string[] = []) {
  const r = await runCli(repo.dir, ['eval', '--json', ...args]);
  if (r.code !== 0 && r.code !== 1) throw new Error(`eval exited ${r.code}: ${r.stderr}`);
  return { code: r.code, stderr: r.stderr, json: JSON.parse(r.stdout) as EvalJson };
}

const ran = (repo: TestRepo) => existsSync(join(repo.dir, 'ran.txt'));

describe('relative checks against the baseline', () => {
  it('compare with the newest version reachable from HEAD (absolute and percent bounds)', async () => {
    const repo = project('{"accuracy": 0.93, "latency": 45}');
    tagVersion(repo, '0.1.0', { metrics: { accuracy: 0.9, latency: 10 } });
    repo.write({ 'src/model.txt': 'weights v2\n' });
    repo.commit('v2');
    tagVersion(repo, '0.2.0', { metrics: { accuracy: 0.935, latency: 40 } });

    const { code, json, stderr } = await evalJson(repo);
    expect(code).toBe(1);
    expect(json.baseline).toEqual({ version: '0.2.0', tag: 'demo@v0.2.0' });
    expect(json.reused).toBe(false);
    // The tagged record's evalSettings ('sha256:unknown') are not this eval's.
    expect(json.changed).toEqual({ components: ['code'], data: [], eval: true });
    expect(json.checks.map((c) => [c.metric, c.rule, c.baseline, c.passed, c.reason])).toEqual([
      ['accuracy', 'min', 0.935, true, null],
      ['accuracy', 'max_drop', 0.935, true, null],
      [
        'latency',
        'max_rise',
        40,
        false,
        'rose 5 from the baseline 40, more than the allowed 10% (4)',
      ],
    ]);
    // The human report (stderr under --json) names the baseline in the table.
    expect(stderr).toMatch(/^metric\s+baseline \(v0\.2\.0\)\s+this\s+change/m);
    expect(stderr).toMatch(/^latency\s+40\s+45\s+\+5 \(\+12\.5%\)\s+rise ≤ 10%\s+FAIL$/m);
  });

  it('--baseline picks a version, or the newest version reachable from a revision', async () => {
    const repo = project('{"accuracy": 0.9, "latency": 40}');
    tagVersion(repo, '0.1.0', { metrics: { accuracy: 0.95, latency: 40 } });
    repo.write({ 'src/model.txt': 'weights v2\n' });
    repo.commit('v2');
    tagVersion(repo, '0.2.0', { metrics: { accuracy: 0.905, latency: 40 } });

    expect((await evalJson(repo)).json).toMatchObject({
      passed: true,
      baseline: { version: '0.2.0' },
    });
    for (const ref of ['0.1.0', 'v0.1.0', 'demo@v0.1.0', 'HEAD~1']) {
      const { code, json } = await evalJson(repo, ['--baseline', ref]);
      expect(code).toBe(1);
      expect(json.baseline).toEqual({ version: '0.1.0', tag: 'demo@v0.1.0' });
      expect(json.checks[1]?.reason).toBe(
        'dropped 0.05 from the baseline 0.95, more than the allowed 0.01',
      );
    }
    const bad = await runCli(repo.dir, ['eval', '--baseline', 'no-such-ref']);
    expect(bad.code).toBe(2);
  });

  it('gives the eval the baseline version in LEPTON_BASELINE_VERSION', async () => {
    const repo = project('{"accuracy": 0.9, "latency": 1}');
    repo.write({
      'lepton.yml': MANIFEST().replace('date > ran.txt', 'echo $LEPTON_BASELINE_VERSION > ran.txt'),
    });
    repo.commit('print baseline');
    // A baseline carries recorded metrics (CONTRACT §2b); a record without any is passed over.
    tagVersion(repo, '1.2.3', { metrics: { accuracy: 0.9 } });
    await evalJson(repo);
    expect(readFileSync(join(repo.dir, 'ran.txt'), 'utf8')).toBe('1.2.3\n');
  });

  it('a version tag without a record (made by GTO) is never the baseline: named as skipped, relative checks say "no baseline"', async () => {
    const repo = project('{"accuracy": 0.9, "latency": 1}');
    repo.git('tag', '-a', 'demo@v0.1.0', '-m', 'Registering artifact demo version v0.1.0');
    const { code, json } = await evalJson(repo);
    expect(code).toBe(0);
    // CONTRACT §2b (issue 13.1): it used to be the baseline, with no values to compare.
    expect(json.baseline).toBeNull();
    expect(json.skipped).toEqual([
      {
        tag: 'demo@v0.1.0',
        reason: 'no Lepton record (a GTO registration or a hand-made tag)',
      },
    ]);
    expect(json.checks[1]).toMatchObject({ passed: true, reason: 'no baseline' });
  });
});

describe('reuse', () => {
  it('reuses the baseline’s metrics when fingerprint and eval settings are unchanged; --force runs anyway', async () => {
    const repo = project('{"accuracy": 0.2, "latency": 1}');
    const now = await current(repo);
    tagVersion(repo, '0.3.0', { ...now, metrics: { accuracy: 0.97, latency: 12 } });

    const r = await runCli(repo.dir, ['eval', '--report', 'r.md']);
    expect(r.code).toBe(0);
    expect(ran(repo)).toBe(false);
    expect(r.stdout).toContain('metrics reused from v0.3.0');
    expect(readFileSync(join(repo.dir, 'r.md'), 'utf8')).toContain('Metrics reused from v0.3.0');
    const { json } = await evalJson(repo);
    expect(json).toMatchObject({ reused: true, metrics: { accuracy: 0.97, latency: 12 } });
    expect(json.changed).toEqual({ components: [], data: [] });
    expect(ran(repo)).toBe(false);

    const forced = await evalJson(repo, ['--force']);
    expect(ran(repo)).toBe(true);
    expect(forced.code).toBe(1);
    expect(forced.json).toMatchObject({ reused: false, metrics: { accuracy: 0.2, latency: 1 } });
  });

  it('runs the eval when the eval settings changed, though the content did not', async () => {
    const repo = project('{"accuracy": 0.96, "latency": 12}');
    const now = await current(repo);
    tagVersion(repo, '0.3.0', { ...now, metrics: { accuracy: 0.97, latency: 12 } });
    repo.write({ 'lepton.yml': MANIFEST('2') });
    const { json } = await evalJson(repo);
    expect(json.reused).toBe(false);
    expect(ran(repo)).toBe(true);
  });

  it('runs the eval when the content changed', async () => {
    const repo = project('{"accuracy": 0.96, "latency": 12}');
    const now = await current(repo);
    tagVersion(repo, '0.3.0', { ...now, metrics: { accuracy: 0.97, latency: 12 } });
    repo.write({ 'src/model.txt': 'weights v2\n' });
    rmSync(join(repo.dir, 'ran.txt'), { force: true });
    const { json } = await evalJson(repo);
    expect(json).toMatchObject({ reused: false, changed: { components: ['code'], data: [] } });
    expect(ran(repo)).toBe(true);
  });
});
