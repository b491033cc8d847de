import { afterEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, runCli, type RunResult } from '../helpers/repo.js';
import { versionTags } from './eval-fixture.js';
import { holdFirstPush, raceOrigin, type PushHold, type RaceOrigin } from './race-fixture.js';

// N, GTO's per-model event counter, must be unique on the remote under any concurrency, and a
// promotion reported as made must hold its stage. Real processes, a bare origin, and a `git`
// wrapper on PATH that holds one push while others land.

let origin: RaceOrigin | undefined;
let hold: PushHold | undefined;
afterEach(() => {
  hold?.release();
  hold?.cleanup();
  hold = undefined;
  origin?.cleanup();
  origin = undefined;
});

const json = (r: RunResult) => (r.stdout ? JSON.parse(r.stdout) : null);
const ok = (r: RunResult) => ({ code: r.code, stderr: r.code ? r.stderr : '' });
const COUNTER = 'refs/lepton/events/sentiment/head';

describe('a promotion whose push is held while others land', () => {
  it.each([
    {
      name: 'another stage took its N, then its own stage moved on: it lands above both and holds the stage',
      meanwhile: [
        ['0.2.0', 'staging'],
        ['0.2.0', 'canary'],
      ],
      held: { promoted: true, already: false, tag: 'sentiment#canary#3' },
      tags: { 'sentiment#staging#1': 1, 'sentiment#canary#2': 2, 'sentiment#canary#3': 3 },
      holders: { staging: '0.2.0', canary: '0.1.0' },
    },
    {
      name: 'its own stage took its N for another version: it lands above it and holds the stage',
      meanwhile: [['0.2.0', 'canary']],
      held: { promoted: true, already: false, tag: 'sentiment#canary#2' },
      tags: { 'sentiment#canary#1': 1, 'sentiment#canary#2': 2 },
      holders: { canary: '0.1.0' },
    },
    {
      name: 'another run promoted the same version meanwhile: it reports that, not a promotion',
      meanwhile: [['0.1.0', 'canary']],
      held: { promoted: false, already: true, tag: 'sentiment#canary#1' },
      tags: { 'sentiment#canary#1': 1 },
      holders: { canary: '0.1.0' },
    },
  ])(
    '$name',
    async ({ meanwhile, held, tags, holders }) => {
      origin = await raceOrigin(2);
      const o = origin;
      hold = holdFirstPush();
      const slow = o.clone('slow');
      const fast = meanwhile.map((_, i) => o.clone(`fast${i}`));
      // The held run decides N from the remote as it is now, then waits at its push.
      const held$ = runCli(slow, ['promote', '0.1.0', 'canary', '--push', '--json'], hold.env);
      await hold.waiting();
      for (const [i, [version, stage]] of meanwhile.entries()) {
        const r = await runCli(fast[i] as string, [
          'promote',
          version as string,
          stage as string,
          '--push',
          '--json',
        ]);
        expect(ok(r)).toEqual({ code: 0, stderr: '' });
        expect(json(r)).toMatchObject({ promoted: true });
      }
      hold.release();
      const late = await held$;
      expect(ok(late)).toEqual({ code: 0, stderr: '' });
      expect(json(late)).toMatchObject({ version: '0.1.0', stage: 'canary', ...held });
      expect(Object.fromEntries(o.stageTags())).toEqual(tags);
      expect(await o.holders()).toEqual(holders);
      // The counter holds the newest event's tag object.
      const newest = Object.keys(tags).at(-1) as string;
      expect(git(o.remote, 'rev-parse', COUNTER).trim()).toBe(
        git(o.remote, 'rev-parse', `refs/tags/${newest}`).trim(),
      );
      // The held run removed only the tag it made and lost; its clone now mirrors the remote.
      expect(git(slow, 'tag', '-l', 'sentiment#*').split('\n').filter(Boolean).sort()).toEqual(
        Object.keys(tags).sort(),
      );
    },
    120_000,
  );
});

describe('an unpushed stage tag made earlier in a clone', () => {
  it('is pushed by promote --push while it is the newest event, and refused once the remote has newer ones', async () => {
    origin = await raceOrigin(2);
    const a = origin.clone('a');
    const b = origin.clone('b');
    // a: promoted locally, pushed later, still the newest event: it goes with the counter.
    expect((await runCli(a, ['promote', '0.1.0', 'canary'])).code).toBe(0);
    // b promotes locally before a pushes (a local promote fetches the remote's events first, so
    // it sees only what was pushed): its staging#1 will tie with canary#1.
    expect((await runCli(b, ['promote', '0.2.0', 'staging'])).code).toBe(0);
    const later = await runCli(a, ['promote', '0.1.0', 'canary', '--push', '--json']);
    expect(ok(later)).toEqual({ code: 0, stderr: '' });
    expect(json(later)).toMatchObject({ already: true, pushed: true, tag: 'sentiment#canary#1' });
    expect(git(origin.remote, 'rev-parse', COUNTER).trim()).toBe(
      git(origin.remote, 'rev-parse', 'refs/tags/sentiment#canary#1').trim(),
    );

    const stale = await runCli(b, ['promote', '0.2.0', 'staging', '--push', '--json']);
    expect(stale.code).toBe(4);
    expect(stale.stderr).toContain(
      'sentiment#staging#1 exists only in this repository, and origin has newer events of sentiment (up to N 1)',
    );
    expect(stale.stderr).toContain("git tag -d 'sentiment#staging#1'");
    expect(Object.fromEntries(origin.stageTags())).toEqual({ 'sentiment#canary#1': 1 });
    // Lepton left b's tag alone (not made by that run); once the user removes it, N moves on.
    expect(git(b, 'tag', '-l', 'sentiment#staging#1').trim()).toBe('sentiment#staging#1');
    git(b, 'tag', '-d', 'sentiment#staging#1');
    const again = await runCli(b, ['promote', '0.2.0', 'staging', '--push', '--json']);
    expect(ok(again)).toEqual({ code: 0, stderr: '' });
    expect(json(again)).toMatchObject({ promoted: true, tag: 'sentiment#staging#2' });
  }, 120_000);
});

// All 20 runs share this machine's CPUs, so a decision takes far longer than on 24 runners:
// their retry budget is raised to match.
describe('4 record --push, 8 promote to staging and 8 promote to canary at once', () => {
  it('every run exits 0; the 16 stage events have 16 distinct N; nothing is lost', async () => {
    origin = await raceOrigin(8);
    const o = origin;
    const versions = Array.from({ length: 8 }, (_, i) => `0.${i + 1}.0`);
    const recorders = versions.slice(0, 4).map((_, i) => {
      const dir = o.clone(`rec${i}`);
      writeFileSync(join(dir, 'src/acc.txt'), `0.9${i}3`);
      git(dir, 'commit', '-q', '-am', `model ${i}`);
      return dir;
    });
    const promotions = ['staging', 'canary'].flatMap((stage) =>
      versions.map((v) => ({ stage, version: v, dir: o.clone(`${stage}-${v}`) })),
    );
    const [records, promoted] = await Promise.all([
      Promise.all(
        recorders.map((d) =>
          runCli(d, ['record', '--push', '--json'], { LEPTON_PUSH_BUDGET: '10m' }),
        ),
      ),
      Promise.all(
        promotions.map((p) =>
          runCli(p.dir, ['promote', p.version, p.stage, '--push', '--json'], {
            LEPTON_PUSH_BUDGET: '10m',
          }),
        ),
      ),
    ]);
    for (const r of [...records, ...promoted]) expect(ok(r)).toEqual({ code: 0, stderr: '' });

    // Records: 4 new versions, each under its own name with its own fingerprint.
    const recorded = records.map(json);
    expect(new Set(recorded.map((r) => r.tag)).size).toBe(4);
    expect(versionTags((...a) => git(o.remote, ...a))).toHaveLength(12);

    // Promotions: each made its own event; N is unique on the remote, 1…16.
    const made = promoted.map(json);
    expect(made.every((p) => p.promoted === true && p.pushed === true)).toBe(true);
    const tags = o.stageTags();
    expect(tags.size).toBe(16);
    expect([...tags.values()].sort((x, y) => x - y)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    expect(new Set(made.map((p) => p.tag))).toEqual(new Set(tags.keys()));
    // Each stage is held by the version of its highest-N event, and every run said which it made.
    const newest = (stage: string) =>
      made
        .filter((p) => p.stage === stage)
        .sort((x, y) => (tags.get(y.tag) ?? 0) - (tags.get(x.tag) ?? 0))[0].version;
    expect(await o.holders()).toEqual({ staging: newest('staging'), canary: newest('canary') });
    // The counter is not a tag (GTO lists refs/tags only) and holds the N=16 event.
    const n16 = [...tags].find(([, n]) => n === 16)?.[0];
    expect(git(o.remote, 'rev-parse', COUNTER).trim()).toBe(
      git(o.remote, 'rev-parse', `refs/tags/${n16}`).trim(),
    );
    expect(git(o.remote, 'for-each-ref', 'refs/tags/*lepton*').trim()).toBe('');
  }, 900_000);
});
