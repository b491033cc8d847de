import { describe, expect, it } from '@jest/globals';
import { showRegistry } from '../../src/app/show.js';
import type { Registry, VersionEntry } from '../../src/core/registry/types.js';

// `show --json` prints showRegistry's rows as they are built: the keys' order is the output's.
// Rows are built without spreads (thousands per read); the optional keys keep their place.

const entry = (version: string, over: Partial<VersionEntry> = {}): VersionEntry => ({
  version,
  tag: `sentiment@v${version}`,
  object: 'a'.repeat(40),
  commit: 'c'.repeat(40),
  date: '2026-01-01T00:00:00.000Z',
  summary: null,
  ...over,
});

const summary = {
  kind: 'version',
  model: 'sentiment',
  version: '1.0.0',
  commit: 'c'.repeat(40),
  created: '2026-01-02T00:00:00.000Z',
  fingerprint: 'sha256:' + 'f'.repeat(64),
  metrics: { accuracy: 0.9 },
  passed: false,
  evalSettings: 'sha256:' + '3'.repeat(64),
} as const;

describe('show’s rows', () => {
  it.each([
    [
      'a recorded version',
      entry('1.0.0', { summary }),
      `{"version":"1.0.0","tag":"sentiment@v1.0.0","commit":"${'c'.repeat(40)}","created":"2026-01-02T00:00:00.000Z","passed":false,"metrics":{"accuracy":0.9},"stages":["production"],"fingerprint":"sha256:${'f'.repeat(64)}","recorded":true}`,
    ],
    [
      'a tag without a record',
      entry('0.9.0'),
      `{"version":"0.9.0","tag":"sentiment@v0.9.0","commit":"${'c'.repeat(40)}","created":"2026-01-01T00:00:00.000Z","passed":null,"metrics":{},"stages":[],"fingerprint":null,"recorded":false}`,
    ],
    [
      'a lightweight tag',
      entry('0.8.0', { lightweight: true }),
      `{"version":"0.8.0","tag":"sentiment@v0.8.0","commit":"${'c'.repeat(40)}","created":"2026-01-01T00:00:00.000Z","passed":null,"metrics":{},"stages":[],"fingerprint":null,"recorded":false,"lightweight":true}`,
    ],
    [
      'a deregistered lightweight tag',
      entry('0.7.0', { lightweight: true, deregistered: true }),
      `{"version":"0.7.0","tag":"sentiment@v0.7.0","commit":"${'c'.repeat(40)}","created":"2026-01-01T00:00:00.000Z","passed":null,"metrics":{},"stages":[],"fingerprint":null,"recorded":false,"deregistered":true,"lightweight":true}`,
    ],
  ])('%s', (_, v, json) => {
    const holder = {
      action: 'assign',
      stage: 'production',
      n: 1,
      tag: 'sentiment#production#1',
      object: 'b'.repeat(40),
      version: '1.0.0',
      target: '1.0.0',
      commit: 'c'.repeat(40),
      date: '',
      summary: null,
    } as const;
    const registry: Registry = {
      model: 'sentiment',
      versions: [v],
      stages: { production: holder },
      events: [holder],
      maxN: 1,
      skipped: [],
    };
    const shown = showRegistry(registry, [{ name: 'production' }, { name: 'staging' }]);
    expect(JSON.stringify(shown.versions[0])).toBe(json);
  });
});
