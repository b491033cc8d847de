// Cold hashing by the main thread with helper threads (src/io/files/pool.ts, hash.ts): what a
// helper hashes must equal what the main thread would, and whatever it cannot do (a file gone
// or turned into a folder since its lstat, a possible LFS pointer) is left to the main thread,
// which says what is wrong with the same messages as before. Files that change between lstat
// and read are hashed as read and not remembered.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { LeptonError } from '../../src/core/errors/index.js';
import type { FileRecord } from '../../src/core/fingerprint/encoding.js';
import { hashTargets, statTargets } from '../../src/io/files/hash.js';
import { HashTeam, Outcome, Standby, type Helper } from '../../src/io/files/pool.js';
import { availableParallelism } from 'node:os';
import { StatCache } from '../../src/io/files/stat-cache.js';
import { tempDir } from '../helpers/repo.js';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const KiB = 1024;
const MiB = 1024 * KiB;

/** Deterministic bytes of `size`, distinct per seed. */
function bytes(size: number, seed: string): Buffer {
  const out = Buffer.alloc(size);
  for (let off = 0, i = 0; off < size; off += 32, i++) {
    createHash('sha256').update(`${seed}:${i}`).digest().copy(out, off);
  }
  return out;
}

const LFS_POINTER =
  'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'b'.repeat(64) + '\nsize 99\n';

/** A helper for a team: started by the team itself, or beforehand and waiting (Standby). */
const HOW = [
  ['started by the team', (): number => 1],
  [
    'started beforehand (Standby)',
    (): Helper[] => {
      const standby = new Standby(1);
      standby.start();
      return standby.take();
    },
  ],
] as const;

describe.each(HOW)('a helper thread alone (%s): outcomes and digests', (_how, helpers) => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    // [label, content written (null: none), size given as lstat's, outcome, length]
    ['empty', '', 0, Outcome.Hashed, 0],
    ['one byte', 'x', 1, Outcome.Hashed, 1],
    [
      '64 KiB + 1 (past the first buffer)',
      bytes(64 * KiB + 1, 'a'),
      64 * KiB + 1,
      Outcome.Hashed,
      64 * KiB + 1,
    ],
    ['1 MiB - 1 (read whole)', bytes(MiB - 1, 'b'), MiB - 1, Outcome.Hashed, MiB - 1],
    [
      '2 MiB + 3 (read in chunks)',
      bytes(2 * MiB + 3, 'c'),
      2 * MiB + 3,
      Outcome.Hashed,
      2 * MiB + 3,
    ],
    ['grown since its lstat', bytes(5000, 'd'), 100, Outcome.Hashed, 5000],
    ['shrunk since its lstat', bytes(100, 'e'), 5000, Outcome.Hashed, 100],
    ['grown past 1 MiB since its lstat', bytes(MiB + 7, 'f'), 10, Outcome.Hashed, MiB + 7],
    ['a possible LFS pointer', LFS_POINTER, LFS_POINTER.length, Outcome.Left, 0],
    ["'v' but 1024 bytes: never a pointer", 'v'.repeat(1024), 1024, Outcome.Hashed, 1024],
    ['gone since its lstat', null, 10, Outcome.Left, 0],
    ['a folder since its lstat', 'folder', 10, Outcome.Left, 0],
  ] as const)('%s', async (label, content, size, outcome, length) => {
    const path = join(dir, label.replace(/\W+/g, '-'));
    if (content === 'folder') mkdirSync(path);
    else if (content !== null) writeFileSync(path, content);
    const team = new HashTeam([{ path, size }], helpers());
    // The main thread claims nothing: the helper does every job.
    await team.finish(false);
    expect(team.outcome(0)).toBe(outcome);
    if (outcome === Outcome.Hashed) {
      expect(team.length(0)).toBe(length);
      expect(team.hex(0)).toBe(sha(readFileSync(path)));
    }
  });

  it('many files across batches, largest first, each at its own place', async () => {
    const sizes = Array.from({ length: 300 }, (_, i) => (i * 7919) % 20000);
    const jobs = sizes.map((size, i) => {
      const path = join(dir, `many-${i}`);
      writeFileSync(path, bytes(size, `many-${i}`));
      return { path, size };
    });
    const team = new HashTeam(jobs, helpers());
    await team.finish(false);
    expect(team.order.map((j) => jobs[j]?.size)).toEqual([...sizes].sort((a, b) => b - a));
    const got = team.order.map((j, k) => [j, team.outcome(k), team.hex(k)]);
    const want = team.order.map((j) => [
      j,
      Outcome.Hashed,
      sha(bytes(sizes[j] as number, `many-${j}`)),
    ]);
    expect(got).toEqual(want);
  });

  it('the main thread and a helper share the batches: each job done once', async () => {
    const jobs = Array.from({ length: 2000 }, (_, i) => {
      const path = join(dir, `shared-${i}`);
      writeFileSync(path, `file ${i}\n`.repeat(20));
      return { path, size: `file ${i}\n`.length * 20 };
    });
    const team = new HashTeam(jobs, helpers());
    let mine = 0;
    for (let b; (b = team.claim()) !== null;) mine += b[1] - b[0];
    await team.finish();
    const outcomes = jobs.map((_, k) => team.outcome(k));
    // What the main thread claimed is its own; the helper hashed the rest (or never started).
    expect(outcomes.filter((o) => o === Outcome.Mine)).toHaveLength(mine);
    expect(outcomes.every((o) => o === Outcome.Mine || o === Outcome.Hashed)).toBe(true);
    team.order.forEach((j, k) => {
      if (outcomes[k] === Outcome.Hashed)
        expect(team.hex(k)).toBe(sha(readFileSync(jobs[j]!.path)));
    });
  });
});

describe.each([
  ['started by hashTargets', false],
  ['started early, by statTargets (Standby)', true],
])(
  'hashTargets with helpers %s (64 MiB to read starts them): files changing after lstat',
  (_how, early) => {
    const FILES = 4000;
    let dir: string;
    let cacheDir: string;
    let rels: string[];
    beforeAll(async () => {
      dir = tempDir();
      cacheDir = join(dir, '.cache');
      rels = [];
      for (let i = 0; i < FILES; i++) {
        const rel = `d${i % 40}/f${String(i).padStart(5, '0')}.bin`;
        if (i < 40) mkdirSync(join(dir, `d${i}`));
        writeFileSync(join(dir, rel), bytes(100 + ((i * 7919) % 8000), rel));
        rels.push(rel);
      }
      writeFileSync(join(dir, 'lfs.bin'), LFS_POINTER);
      writeFileSync(
        join(dir, 'x.dvc'),
        'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  size: 7\n  path: x\n',
      );
      // A sparse file: 64 MiB to read (what starts helper threads) at no cost to write.
      writeFileSync(join(dir, 'huge.bin'), '');
      truncateSync(join(dir, 'huge.bin'), 64 * MiB);
      rels.push('lfs.bin', 'x.dvc', 'huge.bin');
      rels.sort();
      // Older than the stat cache's racy margin (2 s), so what a run remembers is trusted next time.
      await new Promise((r) => setTimeout(r, 2100));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** lstat every file, let `change` act, then hash them all cold. */
    async function run(change: () => void) {
      const standby = early ? new Standby(1) : null;
      const targets = statTargets(rels, dir, dir, standby);
      change();
      rmSync(cacheDir, { recursive: true, force: true });
      mkdirSync(cacheDir);
      const cache = StatCache.open(cacheDir, 'm', Date.now());
      const records = new Map<string, FileRecord>();
      try {
        await hashTargets(targets, cache, records, new Map(), undefined, standby);
      } finally {
        await standby?.dismiss();
      }
      return { targets, cache, records };
    }

    it('hashes every file as read, pointers and .dvc files classified as before', async () => {
      const { records } = await run(() => undefined);
      expect(records.size).toBe(rels.length);
      expect(records.get('lfs.bin')).toEqual({ kind: 'file', size: 99, sha256: 'b'.repeat(64) });
      expect(records.get('x.dvc')).toEqual({
        kind: 'dvc',
        outs: [
          {
            md5: '0123456789abcdef0123456789abcdef',
            size: 7,
            path: 'x',
            hashName: null,
            nfiles: null,
          },
        ],
      });
      expect(records.get('huge.bin')).toEqual({
        kind: 'file',
        size: 64 * MiB,
        sha256: sha(Buffer.alloc(64 * MiB)),
      });
      for (const rel of rels.slice(0, 50).concat(rels.slice(-50))) {
        if (rel === 'lfs.bin' || rel === 'x.dvc' || rel === 'huge.bin') continue;
        const b = readFileSync(join(dir, rel));
        expect(records.get(rel)).toEqual({ kind: 'file', size: b.length, sha256: sha(b) });
      }
    });

    it('a file that grew after its lstat: hashed as read, not remembered', async () => {
      const rel = rels[1234] as string;
      const other = rels[1235] as string;
      const { targets, cache, records } = await run(() => appendFileSync(join(dir, rel), 'more'));
      const b = readFileSync(join(dir, rel));
      expect(records.get(rel)).toEqual({ kind: 'file', size: b.length, sha256: sha(b) });
      cache.save();
      // Remembered with the stat data of its lstat, the new content would be served for the old
      // file: the next run must not find it under that key (a file read as it was lstat'ed is).
      const again = StatCache.open(cacheDir, 'm', Date.now());
      const keyOf = (r: string) => targets.find((t) => t.rel === r)!.key;
      expect(again.lookup(rel, keyOf(rel))).toBeUndefined();
      expect(again.lookup(other, keyOf(other))).toEqual(records.get(other));
    });

    it.each([
      [
        'gone after its lstat',
        (p: string) => rmSync(p),
        (rel: string) => `${rel}: cannot read it (ENOENT: no such file)`,
      ],
      [
        'a folder after its lstat',
        (p: string) => {
          rmSync(p);
          mkdirSync(p);
        },
        (rel: string) => `${rel}: cannot read it (EISDIR: is a folder)`,
      ],
    ])('a file %s: the same error as from the main thread', async (_label, change, message) => {
      const rel = rels[2345] as string;
      const path = join(dir, rel);
      const before = readFileSync(path);
      try {
        const error = await run(() => change(path)).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(LeptonError);
        expect((error as LeptonError).kind).toBe('invalid');
        expect((error as LeptonError).message).toBe(message(rel));
      } finally {
        rmSync(path, { recursive: true, force: true });
        writeFileSync(path, before);
      }
    });

    it('two files gone: one error naming both, sorted', async () => {
      const gone = [rels[3000] as string, rels[10] as string];
      const saved = gone.map((rel) => readFileSync(join(dir, rel)));
      try {
        const error = await run(() => gone.forEach((rel) => rmSync(join(dir, rel)))).then(
          () => null,
          (e: unknown) => e as LeptonError,
        );
        expect(error?.message).toBe('2 files cannot be read');
        expect(error?.details).toEqual(
          [...gone].sort().map((rel) => `${rel}: cannot read it (ENOENT: no such file)`),
        );
      } finally {
        gone.forEach((rel, i) => writeFileSync(join(dir, rel), saved[i] as Buffer));
      }
    });
  },
);

describe("Standby: helper threads started while the files are stat'ed", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, name), name.repeat(1000));
    // Sparse: the sizes lstat reports, at no cost to write.
    for (const [name, size] of [
      ['just-under', 64 * MiB - 3001],
      ['exactly', 64 * MiB - 3000],
    ] as const) {
      writeFileSync(join(dir, name), '');
      truncateSync(join(dir, name), size);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    // [files stat'ed, helpers started]
    [['a', 'b', 'c'], 0],
    [['a', 'b', 'c', 'just-under'], 0],
    // 3 × 1000 bytes + 64 MiB − 3000: the threshold reached exactly.
    [['a', 'b', 'c', 'exactly'], 1],
    [['exactly', 'just-under'], 1],
  ] as const)('statTargets(%j) starts %d', async (rels, started) => {
    const standby = new Standby(1);
    statTargets(rels, dir, dir, standby);
    const helpers = standby.take();
    expect(helpers).toHaveLength(started);
    helpers.forEach((h) => h.stop());
    await Promise.all(helpers.map((h) => h.done));
  });

  it("starts once, however much more is stat'ed", async () => {
    const standby = new Standby(2);
    statTargets(['exactly', 'just-under', 'exactly'], dir, dir, standby);
    const first = standby.take();
    expect(first).toHaveLength(2);
    statTargets(['exactly', 'just-under'], dir, dir, standby);
    expect(standby.take()).toHaveLength(0);
    first.forEach((h) => h.stop());
    await Promise.all(first.map((h) => h.done));
  });

  it('dismiss ends helpers that were never given work (it would wait for ever otherwise)', async () => {
    const standby = new Standby(availableParallelism());
    standby.start();
    await standby.dismiss();
    expect(standby.take()).toEqual([]);
  });

  it('a helper given work after its thread failed: the main thread does its jobs', async () => {
    const path = join(dir, 'a');
    const standby = new Standby(1);
    standby.start();
    const [helper] = standby.take();
    helper!.stop();
    await helper!.done;
    const team = new HashTeam([{ path, size: 1000 }], [helper!]);
    await team.finish();
    expect(team.outcome(0)).toBe(Outcome.Open);
  });
});
