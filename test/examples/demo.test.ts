import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT, runNode } from '../helpers/repo.js';

/** `npm run demo` is the first thing a newcomer runs: CI proves every narrated step holds. */
describe('npm run demo', () => {
  it('walks the whole lifecycle, every step as narrated, and cleans up with --cleanup', async () => {
    const r = await runNode(join(PROJECT, 'scripts/demo.mjs'), ['--cleanup'], PROJECT);
    const transcript = r.stdout + r.stderr;
    expect({ code: r.code, failure: r.stderr }).toEqual({ code: 0, failure: '' });
    expect(transcript).toContain('Every step behaved as narrated.');
    expect(transcript).toMatch(/17\/17/);
    expect(transcript).toContain('the hook deployed v0.2.0: it serves production');
    expect(transcript).toContain('v0.2.0 serves production again (redeployed in place of v0.3.0)');
    if (existsSync('/usr/bin/docker-registry')) {
      expect(transcript).toContain("the pulled out/model.json is v0.2.0's, byte for byte");
    }
    expect(transcript).toContain('The comment on pull request #1:');
    const work = /first commit: (\S+)/.exec(transcript)?.[1];
    expect(work).toBeDefined();
    expect(existsSync(work!)).toBe(false);
  }, 300_000);
});
