import { describe, expect, it } from '@jest/globals';
import { validateManifest } from '../../src/core/manifest/validate.js';

const manifest = (deployLines: string[]) =>
  [
    'version: 1',
    'model: sentiment',
    'eval:',
    '  command: node eval.js',
    '  metrics: out/m.json',
    'stages:',
    '  production:',
    '    deploy:',
    ...deployLines.map((l) => `      ${l}`),
    '',
  ].join('\n');

describe('stages.NAME.deploy in the manifest', () => {
  it('fills the defaults: the stage name as environment, rollback on failure, no time limit', () => {
    const r = validateManifest(manifest(['command: ./deploy.sh']));
    expect(r.ok && r.manifest.stages[0]!.deploy).toEqual({
      command: './deploy.sh',
      timeoutMs: null,
      environment: 'production',
      url: null,
      rollbackOnFailure: true,
    });
  });

  it('reads every key', () => {
    const r = validateManifest(
      manifest([
        'command: ./deploy.sh',
        'timeout: 15m',
        'environment: prod-eu',
        'url: https://models.example.com/sentiment',
        'rollback_on_failure: false',
      ]),
    );
    expect(r.ok && r.manifest.stages[0]!.deploy).toEqual({
      command: './deploy.sh',
      timeoutMs: 900_000,
      environment: 'prod-eu',
      url: 'https://models.example.com/sentiment',
      rollbackOnFailure: false,
    });
  });

  it.each([
    [['command: ./d.sh', 'timeout: 10'], 'stages.production.deploy.timeout', /write 10s or 10m/],
    [
      ['command: ./d.sh', 'timeout: 0s'],
      'stages.production.deploy.timeout',
      /stop the deploy at once/,
    ],
    [
      ['command: ./d.sh', 'url: models.example.com'],
      'stages.production.deploy.url',
      /http\(s\):\/\/ URL/,
    ],
    [
      ['command: ./d.sh', 'environment: ""'],
      'stages.production.deploy.environment',
      /environment name/,
    ],
    [
      ['command: ./d.sh', 'rollback_on_failure: yes please'],
      'stages.production.deploy.rollback_on_failure',
      /expected true or false/,
    ],
    [['timeout: 1m'], 'stages.production.deploy', /missing required key "command"/],
    [
      ['command: ./d.sh', 'rollback_on_falure: false'],
      'stages.production.deploy.rollback_on_falure',
      /rollback_on_failure/,
    ],
  ])('%j → an error at %s', (lines, path, message) => {
    const r = validateManifest(manifest(lines));
    expect(r.ok).toBe(false);
    const issue = !r.ok ? r.issues.find((i) => i.path === path) : undefined;
    expect(issue).toBeDefined();
    expect(`${issue!.message} ${issue!.hint ?? ''}`).toMatch(message);
    expect(issue!.line).toBeGreaterThan(8);
  });
});
