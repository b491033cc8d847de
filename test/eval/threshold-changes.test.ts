import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { git, makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';

const repos: TestRepo[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const manifest = (thresholds: string, production: string) => `version: 1
model: model-a
components:
  code: { paths: [eval.js, params.json] }
eval:
  command: node eval.js
  metrics: out/metrics.json
  thresholds:
    accuracy: ${thresholds}
stages:
  production:
    thresholds:
      accuracy: ${production}
`;

/**
 * The trial: main records v0.1.0 (accuracy 0.9, gated by min 0.8 and max_drop 0.05) and pushes
 * it; the pull request's branch sets the score to 0.5 and its own gate to min 0.1.
 */
async function trial(): Promise<TestRepo> {
  const repo = makeRepo({
    'lepton.yml': manifest('{ min: 0.8, max_drop: 0.05 }', '{ min: 0.85 }'),
    'eval.js': `const fs = require('node:fs');
const p = JSON.parse(fs.readFileSync('params.json', 'utf8'));
fs.mkdirSync('out', { recursive: true });
fs.writeFileSync('out/metrics.json', JSON.stringify({ accuracy: p.accuracy }));
`,
    'params.json': '{ "accuracy": 0.9 }\n',
    '.gitignore': 'out/\n',
  });
  repos.push(repo);
  repo.git('push', '-q', '-u', 'origin', 'main');
  const recorded = await runCli(repo.dir, ['record', '--push']);
  expect(recorded.code).toBe(0);
  repo.git('checkout', '-q', '-b', 'loosen');
  repo.write({
    'params.json': '{ "accuracy": 0.5 }\n',
    'lepton.yml': manifest('{ min: 0.1 }', '{ min: 0.9 }'),
  });
  repo.commit('accuracy 0.5, gate min 0.1');
  repo.git('push', '-q', 'origin', 'loosen');
  return repo;
}

describe('lepton eval when the pull request changed its own thresholds', () => {
  it('says the gate was loosened, per metric and stage, in the text, --report and --json', async () => {
    const repo = await trial();
    const report = join(repo.dir, 'report.md');
    const r = await runCli(repo.dir, ['eval', '--report', report]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      '✅ model-a: thresholds passed — ⚠️ with thresholds this change loosened · baseline v0.1.0',
    );
    expect(r.stdout).toContain(
      [
        'warning: thresholds loosened since v0.1.0 (its lepton.yml):',
        '  ! accuracy: min 0.8 → 0.1 (loosened), max_drop 0.05 → removed',
        '  stage production: accuracy: min 0.85 → 0.9 (tightened)',
      ].join('\n'),
    );
    const md = readFileSync(report, 'utf8');
    expect(md).toContain('with thresholds this change loosened');
    expect(md).toContain(
      '- ⚠️ `accuracy`: min 0\\.8 → 0\\.1 \\(loosened\\), max\\_drop 0\\.05 → removed\n- stage `production` · `accuracy`: min 0\\.85 → 0\\.9 \\(tightened\\)\n',
    );

    const json = await runCli(repo.dir, ['eval', '--json']);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { thresholdChanges: unknown }).thresholdChanges).toEqual([
      { metric: 'accuracy', bound: 'min', from: 0.8, to: 0.1, effect: 'loosened' },
      { metric: 'accuracy', bound: 'max_drop', from: 0.05, to: null, effect: 'removed' },
      {
        metric: 'accuracy',
        stage: 'production',
        bound: 'min',
        from: 0.85,
        to: 0.9,
        effect: 'tightened',
      },
    ]);
  });

  it('reads the baseline’s lepton.yml in a depth-1 tagless clone, after fetching what it needs', async () => {
    const repo = await trial();
    const base = tempDir('lepton-clone-');
    dirs.push(base);
    const dir = join(base, 'work');
    git(
      base,
      'clone',
      '-q',
      '--depth',
      '1',
      '--no-tags',
      '--branch',
      'loosen',
      `file://${repo.remote}`,
      dir,
    );
    const r = await runCli(dir, ['eval']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain('⚠️ with thresholds this change loosened');
    expect(r.stdout).toContain('  ! accuracy: min 0.8 → 0.1 (loosened), max_drop 0.05 → removed');
  });

  it('is a plain green when the thresholds are the baseline’s', async () => {
    const repo = await trial();
    repo.write({ 'lepton.yml': manifest('{ min: 0.8, max_drop: 0.05 }', '{ min: 0.85 }') });
    repo.write({ 'params.json': '{ "accuracy": 0.91 }\n' });
    repo.commit('thresholds as on main');
    const r = await runCli(repo.dir, ['eval', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')).toContain('✅ model-a: thresholds passed · baseline v0.1.0');
    expect((JSON.parse(r.stdout) as { thresholdChanges: unknown }).thresholdChanges).toEqual([]);
  });
});
