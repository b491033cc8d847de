import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  formatStageMessage,
  formatVersionMessage,
  parseRecord,
  versionSummary,
} from '../../src/core/registry/message.js';
import { check, stageRecord, versionRecord } from './records.js';

describe('record ⇄ tag message', () => {
  it('starts with the summary line the contract shows, then metrics, checks, then the record', () => {
    const r = versionRecord({
      version: '1.3.0',
      checks: [
        check({ metric: 'accuracy', bound: 0.9, actual: 0.931 }),
        check({ metric: 'f1_macro', rule: 'max_drop', bound: 0.01, baseline: 0.9, actual: 0.902 }),
      ],
    });
    const msg = formatVersionMessage(r);
    const lines = msg.split('\n');
    expect(lines[0]).toBe('sentiment v1.3.0: accuracy 0.931, f1_macro 0.902 — thresholds passed');
    expect(lines[1]).toBe('');
    expect(msg).toContain('Metrics:\n  accuracy  0.931\n  f1_macro  0.902');
    expect(msg).toMatch(
      /Checks:\n {2}pass {2}accuracy ≥ 0\.9: 0\.931\n {2}pass {2}f1_macro drop ≤ 0\.01: 0\.902, baseline 0\.9/,
    );
    expect(msg.trimEnd().endsWith('```')).toBe(true);
    expect(parseRecord(msg)).toEqual(r);
  });

  it('says which thresholds failed in the summary', () => {
    const r = versionRecord({
      passed: false,
      checks: [
        check({
          metric: 'accuracy',
          passed: false,
          actual: 0.5,
          reason: '0.5 is below the minimum 0.9',
        }),
        check({ metric: 'coverage', passed: false, level: 'warn', actual: 0.1 }),
      ],
    });
    expect(versionSummary(r)).toBe(
      'sentiment v0.1.0: accuracy 0.931, f1_macro 0.902 — thresholds FAILED: accuracy min (1 warning)',
    );
  });

  it('reads a stage record back', () => {
    const r = stageRecord({ stage: 'production', n: 7, checks: [check()] });
    const msg = formatStageMessage(r);
    expect(msg.split('\n')[0]).toBe('sentiment v0.1.0 → production: thresholds passed');
    expect(parseRecord(msg)).toEqual(r);
  });

  it('keeps keys it does not know (a later Lepton may add some)', () => {
    const r = { ...versionRecord(), futureField: { x: 1 } };
    expect(parseRecord(formatVersionMessage(r))).toEqual(r);
  });

  it('gives null, never an exception, for messages without a (valid) record', () => {
    for (const m of [
      '',
      'Registering artifact sentiment version v0.0.1',
      '```json\n{not json\n```',
      '```json\n{"kind":"version"}\n```',
      '```json\n[1,2]\n```',
      '```json\nnull\n```',
      '```json\n{"kind":"version"',
      'text\n```json',
    ]) {
      expect(parseRecord(m)).toBeNull();
    }
  });

  it('survives hostile metric names in the human part (fences, newlines, backticks)', () => {
    const name = fc.string({
      unit: fc.constantFrom('`', '\n', 'j', 's', 'o', 'n', '{', '}', '"', '\\', ' ', '#', 'é'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(
        fc.dictionary(name, fc.double({ noNaN: true, noDefaultInfinity: true })),
        (metrics) => {
          const r = versionRecord({
            metrics,
            checks: Object.keys(metrics).map((metric) => check({ metric })),
          });
          const msg = formatVersionMessage(r);
          // One summary line, whatever the names hold.
          expect(msg.indexOf('\n')).toBe(versionSummary(r).length);
          expect(parseRecord(msg)).toEqual(JSON.parse(JSON.stringify(r)));
        },
      ),
    );
  });
});
