// Hand-built records for tests that need versions before (or without) a real eval.
import type { Check } from '../../src/core/gate/types.js';
import type { StageRecord, VersionRecord } from '../../src/core/registry/types.js';

export function versionRecord(over: Partial<VersionRecord> = {}): VersionRecord {
  return {
    kind: 'version',
    schema: 1,
    model: 'sentiment',
    version: '0.1.0',
    commit: 'c'.repeat(40),
    created: '2026-01-02T03:04:05.000Z',
    fingerprint: 'sha256:' + 'f'.repeat(64),
    components: { classifier: 'sha256:' + '1'.repeat(64) },
    data: { train: 'sha256:' + '2'.repeat(64) },
    metrics: { accuracy: 0.931, f1_macro: 0.902 },
    checks: [check()],
    passed: true,
    baseline: null,
    evalSettings: 'sha256:' + '3'.repeat(64),
    reused: false,
    runUrl: null,
    artifact: null,
    ...over,
  };
}

export function stageRecord(over: Partial<StageRecord> = {}): StageRecord {
  return {
    kind: 'stage',
    schema: 1,
    model: 'sentiment',
    version: '0.1.0',
    stage: 'staging',
    n: 1,
    created: '2026-01-02T03:04:05.000Z',
    checks: [],
    promotedBy: 'Test <t@example.com>',
    runUrl: null,
    ...over,
  };
}

export function check(over: Partial<Check> = {}): Check {
  return {
    metric: 'accuracy',
    rule: 'min',
    bound: 0.9,
    baseline: null,
    actual: 0.931,
    passed: true,
    level: 'error',
    reason: null,
    ...over,
  };
}
