import { describe, expect, it } from '@jest/globals';
import { actionsLogger } from '../../src/action/logger.js';

/** Everything written to stdout while `work` runs. */
async function stdoutOf(work: () => Promise<void>): Promise<string> {
  const original = process.stdout.write.bind(process.stdout);
  let text = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  }) as typeof process.stdout.write;
  try {
    await work();
  } finally {
    process.stdout.write = original;
  }
  return text;
}

describe('the action logger', () => {
  it('holds warnings made while commands are off until they are on again', async () => {
    const log = actionsLogger();
    const out = await stdoutOf(() =>
      log.group('eval: x', async () => {
        log.output('partial line');
        log.warn('leftover processes were stopped');
      }),
    );
    const lines = out.split('\n');
    const token = /^::stop-commands::(.+)$/.exec(lines[1]!)![1]!;
    expect(lines).toEqual([
      '::group::eval: x',
      `::stop-commands::${token}`,
      'partial line',
      `::${token}::`,
      '::endgroup::',
      '::warning::leftover processes were stopped',
      '',
    ]);
  });

  it('resumes commands even when the work throws, and returns its value otherwise', async () => {
    const log = actionsLogger();
    let value = 0;
    const out = await stdoutOf(async () => {
      await expect(
        log.group('g', async () => {
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      value = await log.group('h', async () => 42);
      log.warn('after');
    });
    expect(value).toBe(42);
    expect(out.match(/^::[0-9a-f-]{36}::$/gm)).toHaveLength(2);
    expect(out.endsWith('::warning::after\n')).toBe(true);
  });
});
