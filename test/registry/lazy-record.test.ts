import { describe, expect, it } from '@jest/globals';
import { lazyRecord, summaryOf } from '../../src/io/registry/lazy-record.js';
import { versionRecord } from './records.js';

/** A lazy record of `full` and how many times it had to be loaded. */
function counted(full: object) {
  const calls = { n: 0 };
  const record = lazyRecord(summaryOf(full as never), () => {
    calls.n++;
    return structuredClone(full);
  });
  return { record: record as unknown as Record<string, unknown>, calls };
}

describe('a lazy record', () => {
  const full = { ...versionRecord(), extra: { kept: true } };

  it('answers the summary keys without loading the record', () => {
    const { record, calls } = counted(full);
    expect([record.kind, record.version, record.passed, record.fingerprint]).toEqual([
      full.kind,
      full.version,
      full.passed,
      full.fingerprint,
    ]);
    expect(record.metrics).toEqual(full.metrics);
    expect(calls.n).toBe(0);
  });

  it('loads the whole record once for anything else, and is then exactly that record', () => {
    const { record, calls } = counted(full);
    expect(record.checks).toEqual(full.checks);
    expect(JSON.stringify(record)).toBe(JSON.stringify(full));
    expect(Object.keys(record)).toEqual(Object.keys(full));
    expect({ ...record }).toEqual(full);
    expect('extra' in record).toBe(true);
    expect(calls.n).toBe(1);
  });

  it('sends writes to the whole record and stops answering from a summary that may be stale', () => {
    const { record, calls } = counted(full);
    record.passed = false;
    expect(record.passed).toBe(false);
    delete record.extra;
    expect('extra' in record).toBe(false);
    expect(calls.n).toBe(1);
  });
});
