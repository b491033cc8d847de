import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { parseRecord } from '../../src/core/registry/message.js';
import { git, runCli, tempDir, type RunResult } from '../helpers/repo.js';
import { evalRepo, versionTags } from './eval-fixture.js';
import { rmSync, writeFileSync } from 'node:fs';
import type { TestRepo } from '../helpers/repo.js';

// Real processes racing to one bare remote: every run must end with its own record on the
// remote under its own name, or report the run that recorded the same content first.
let origin: TestRepo;
let clones: string;
beforeAll(() => {
  origin = evalRepo();
  origin.git('push', '-q', 'origin', 'main');
  clones = tempDir('lepton-clones-');
});
afterAll(() => {
  origin?.cleanup();
  rmSync(clones, { recursive: true, force: true });
});

function cloneWith(name: string, accuracy: string): string {
  const dir = join(clones, name);
  git(clones, 'clone', '-q', origin.remote, name);
  git(dir, 'config', 'core.hooksPath', '/dev/null');
  writeFileSync(join(dir, 'src/acc.txt'), accuracy);
  git(dir, 'commit', '-q', '-am', `model ${name}`);
  return dir;
}

const remote = (...a: string[]) => git(origin.remote, ...a);
const remoteRecord = (tag: string) =>
  parseRecord(remote('for-each-ref', '--format=%(contents)', `refs/tags/${tag}`));

describe('concurrent lepton record --push', () => {
  it('8 runs with 8 fingerprints → 8 distinct tags on the remote, none lost', async () => {
    const dirs = Array.from({ length: 8 }, (_, i) => cloneWith(`c${i}`, `0.9${i}1`));
    const runs: RunResult[] = await Promise.all(
      dirs.map((d) => runCli(d, ['record', '--push', '--json'])),
    );
    for (const r of runs)
      expect({ code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ code: 0, stderr: '' });
    const outs = runs.map((r) => JSON.parse(r.stdout));
    expect(outs.every((o) => o.created === true && o.pushed === true)).toBe(true);
    const tags = versionTags(remote);
    expect(tags).toHaveLength(8);
    expect(new Set(outs.map((o) => o.tag))).toEqual(new Set(tags));
    // Each tag carries the fingerprint of the run that reported it.
    for (const o of outs)
      expect(remoteRecord(o.tag)).toMatchObject({ fingerprint: o.fingerprint, version: o.version });
    expect(new Set(outs.map((o) => o.fingerprint)).size).toBe(8);
    // The races really happened: runs found their first choice taken and decided again.
    expect(
      runs.filter((r) => r.stderr.includes('first (a concurrent run)')).length,
    ).toBeGreaterThan(0);
  }, 180_000);

  it('2 runs with the same fingerprint → one tag; the other run reports it', async () => {
    const before = versionTags(remote);
    const dirs = [cloneWith('same-a', '0.977'), cloneWith('same-b', '0.977')];
    const runs = await Promise.all(dirs.map((d) => runCli(d, ['record', '--push', '--json'])));
    for (const r of runs)
      expect({ code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ code: 0, stderr: '' });
    const outs = runs.map((r) => JSON.parse(r.stdout));
    const after = versionTags(remote);
    expect(after).toHaveLength(before.length + 1);
    expect(outs[0].tag).toBe(outs[1].tag);
    expect(outs.map((o) => o.created).sort()).toEqual([false, true]);
    expect(remoteRecord(outs[0].tag)).toMatchObject({ fingerprint: outs[0].fingerprint });
    // The run that lost removed only its own tag: its clone now has the winner's.
    for (const d of dirs) {
      expect(git(d, 'rev-parse', outs[0].tag).trim()).toBe(remote('rev-parse', outs[0].tag).trim());
    }
  }, 120_000);
});
