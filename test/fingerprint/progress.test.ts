import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ProgressMeter, type Progress } from '../../src/io/files/progress.js';

describe('hashing progress', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('stays quiet for the first second, then reports at most every 100 ms, then closes', () => {
    const seen: Progress[] = [];
    const meter = new ProgressMeter(10, 1000, (p) => seen.push(p));
    meter.add(1, 100);
    jest.advanceTimersByTime(900);
    meter.add(1, 100);
    expect(seen).toEqual([]);

    jest.advanceTimersByTime(200);
    meter.add(1, 100);
    expect(seen).toEqual([{ files: 3, totalFiles: 10, bytes: 300, totalBytes: 1000 }]);
    jest.advanceTimersByTime(50);
    meter.add(1, 100); // too soon after the last report
    jest.advanceTimersByTime(60);
    meter.add(1, 100);
    expect(seen.map((p) => p.files)).toEqual([3, 5]);

    meter.finish();
    expect(seen.at(-1)).toEqual({ files: 10, totalFiles: 10, bytes: 1000, totalBytes: 1000 });
  });

  it('says nothing at all when hashing ends within the second', () => {
    const seen: Progress[] = [];
    const meter = new ProgressMeter(2, 10, (p) => seen.push(p));
    meter.add(2, 10);
    jest.advanceTimersByTime(500);
    meter.finish();
    expect(seen).toEqual([]);
  });
});
