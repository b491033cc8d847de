import { describe, expect, it } from '@jest/globals';
import type { EvalSpec } from '../../src/core/manifest/types.js';
import { evalSettingsHash } from '../../src/core/metrics/index.js';

const base: EvalSpec = {
  command: 'python eval.py',
  workdir: '.',
  metrics: ['out/a.json', 'out/b.csv'],
  timeoutMs: 60_000,
  env: { SEED: '42', MODE: 'fast' },
  thresholds: [{ metric: 'accuracy', min: 0.9, level: 'error' }],
};

describe('evalSettingsHash', () => {
  it('is a sha256 that ignores env key order and thresholds', () => {
    const h = evalSettingsHash(base);
    expect(h).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(evalSettingsHash({ ...base, env: { MODE: 'fast', SEED: '42' } })).toBe(h);
    expect(evalSettingsHash({ ...base, thresholds: [] })).toBe(h);
  });

  it.each<[string, Partial<EvalSpec>]>([
    ['command', { command: 'python eval.py --fast' }],
    ['workdir', { workdir: 'model' }],
    ['env value', { env: { SEED: '43', MODE: 'fast' } }],
    ['env key', { env: { SEED: '42' } }],
    ['metrics paths', { metrics: ['out/a.json'] }],
    ['metrics order', { metrics: ['out/b.csv', 'out/a.json'] }],
    ['timeout', { timeoutMs: 120_000 }],
    ['no timeout', { timeoutMs: null }],
  ])('changes with the %s', (_what, change) => {
    expect(evalSettingsHash({ ...base, ...change })).not.toBe(evalSettingsHash(base));
  });

  it('cannot be fooled by moving text between fields', () => {
    expect(evalSettingsHash({ ...base, command: 'a', workdir: 'b' })).not.toBe(
      evalSettingsHash({ ...base, command: 'ab', workdir: '' }),
    );
  });
});
