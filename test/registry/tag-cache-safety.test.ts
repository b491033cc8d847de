import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { readSealedFile, writeSealedFileSync } from '../../src/io/files/sealed-file.js';
import { overviewFile } from '../../src/io/registry/cache.js';
import { readOverviews, readRegistry } from '../../src/io/registry/index.js';
import { overviewOf } from '../../src/core/registry/build.js';
import { tagCacheFile } from '../../src/io/registry/cache.js';
import { thingsAtPath } from '../helpers/planted.js';
import { runCli, type TestRepo } from '../helpers/repo.js';
import { addStage, addVersion, gitOf, modelRepo } from './fixture.js';

// The tag cache, like the stat cache, is checked and opened safely (issue 22.4): damaged
// bytes, a FIFO, a link to /dev/zero, a huge file, a folder, a file where a folder should
// be — the registry read is the cold one, nothing hangs or throws, and the cache is rebuilt
// where it can be.
//
// The file holds three sections (cache.ts): the head (format, release, model, listing digest),
// the assembled registry a warm read returns whole, and the per-tag rows. Every kind of damage
// is made to each of them: believing a damaged registry section would forge records as surely
// as believing a damaged row.

let repo: TestRepo;
let file: string;
let good: Buffer;
let cold: Awaited<ReturnType<typeof readRegistry>>;
const read = () => readRegistry(gitOf(repo), 'sentiment');
const overviews = () => readOverviews(gitOf(repo), ['sentiment']);
const sound = () =>
  lstatSync(file).isFile() && readSealedFile(file, 'tag-cache', 1 << 30)?.section(0) != null;

const SECTIONS = ['head', 'registry', 'rows'] as const;
type Section = (typeof SECTIONS)[number];
/** Where each section's bytes are in a sealed file (after its first line). */
function bounds(bytes: Buffer): Record<Section, { start: number; end: number }> {
  const line = bytes.toString('latin1', 0, bytes.indexOf(0x0a));
  const lengths = line
    .split(' ')
    .slice(2, -1)
    .map((f) => Number(f.split(':')[0]));
  expect(lengths).toHaveLength(3);
  let at = line.length + 1;
  const out = {} as Record<Section, { start: number; end: number }>;
  SECTIONS.forEach((name, i) => {
    out[name] = { start: at, end: (at += lengths[i] as number) };
  });
  expect(at).toBe(bytes.length);
  return out;
}
/** The sections' bytes of a sealed file. */
const sectionsOf = (bytes: Buffer): Record<Section, Buffer> => {
  const b = bounds(bytes);
  return {
    head: bytes.subarray(b.head.start, b.head.end),
    registry: bytes.subarray(b.registry.start, b.registry.end),
    rows: bytes.subarray(b.rows.start, b.rows.end),
  };
};
/** Sections sealed again with valid checksums: damage the checksum cannot see. */
function reseal(parts: Record<Section, Buffer | string>, count = 3): void {
  const list = SECTIONS.slice(0, count).map((n) => [Buffer.from(parts[n])]);
  expect(writeSealedFileSync(file, 'tag-cache', list, 1 << 30)).toBe(true);
}

beforeAll(async () => {
  repo = modelRepo();
  await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.5 } });
  await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.59 } });
  await addStage(repo, '0.1.0', 'staging', 1);
  file = tagCacheFile(join(repo.dir, '.git'), 'sentiment');
  cold = await read();
  good = readFileSync(file);
  expect(await read()).toEqual(cold);
}, 60_000);
afterAll(() => repo.cleanup());

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('tag cache: damaged bytes', () => {
  it.each(['registry', 'rows'] as const)(
    'a metric edited in place to another valid value in the %s is not believed',
    async (section) => {
      const b = bounds(good)[section];
      const text = good.toString('latin1', 0, b.end);
      // Packed summaries hold the metric's value after its table index (format 7 on).
      const at = text.indexOf(',0.59]', b.start);
      expect(at).toBeGreaterThan(b.start);
      const bytes = Buffer.from(good);
      bytes.write(',0.99]', at, 'latin1');
      writeFileSync(file, bytes);
      const r = await read();
      expect(r).toEqual(cold);
      expect(r.versions[0]?.summary?.metrics.accuracy).toBe(0.59);
      expect(sound()).toBe(true);
      expect(readFileSync(file)).toEqual(good);
    },
  );

  it.each([
    ['the magic', () => 0],
    ['the kind', () => 'lepton-cache/1 t'.length],
    ['the section length', () => 'lepton-cache/1 tag-cache '.length],
    ['the first line’s checksum', () => good.indexOf(0x0a) - 1],
    ['the JSON', () => good.indexOf(0x0a) + 5],
    ['the last byte', () => good.length - 1],
    ...SECTIONS.flatMap((name) => [
      [`the ${name}’s first byte`, () => bounds(good)[name].start] as const,
      [
        `the middle of the ${name}`,
        () => (bounds(good)[name].start + bounds(good)[name].end) >> 1,
      ] as const,
      [`the ${name}’s last byte`, () => bounds(good)[name].end - 1] as const,
    ]),
  ])('a flipped bit in %s: the cold read, the cache rewritten', async (_, where) => {
    const bytes = Buffer.from(good);
    const at = where();
    bytes[at] = (bytes[at] as number) ^ 0x04;
    writeFileSync(file, bytes);
    expect(await read()).toEqual(cold);
    expect(readFileSync(file)).toEqual(good);
  });

  it('random damage anywhere in a real cache file always gives the cold read', async () => {
    const seed = Date.now();
    const random = prng(seed);
    for (let round = 0; round < 30; round++) {
      const bytes = Buffer.from(good);
      const changes = 1 + Math.floor(random() * 3);
      for (let k = 0; k < changes; k++) {
        const at = Math.floor(random() * bytes.length);
        bytes[at] = (bytes[at] as number) ^ (1 + Math.floor(random() * 255));
      }
      writeFileSync(file, bytes);
      expect([seed, round, await read()]).toEqual([seed, round, cold]);
    }
  }, 180_000);

  it.each(
    SECTIONS.flatMap((name): [string, () => number][] => [
      [`inside the ${name}`, () => (bounds(good)[name].start + bounds(good)[name].end) >> 1],
      [`just before the ${name}’s end`, () => bounds(good)[name].end - 1],
      [`at the ${name}’s start`, () => bounds(good)[name].start],
    ]),
  )('cut short %s: the cold read, the cache rewritten', async (_, where) => {
    writeFileSync(file, good.subarray(0, where()));
    expect(await read()).toEqual(cold);
    expect(readFileSync(file)).toEqual(good);
  });

  it('random damage to each section alone always gives the cold read', async () => {
    const seed = Date.now();
    const random = prng(seed);
    for (const name of SECTIONS) {
      const { start, end } = bounds(good)[name];
      for (let round = 0; round < 8; round++) {
        const bytes = Buffer.from(good);
        const at = start + Math.floor(random() * (end - start));
        bytes[at] = (bytes[at] as number) ^ (1 + Math.floor(random() * 255));
        writeFileSync(file, bytes);
        expect([seed, name, round, await read()]).toEqual([seed, name, round, cold]);
        expect(readFileSync(file)).toEqual(good);
      }
    }
  }, 180_000);
});

describe('tag cache: checksums that hold over the wrong content', () => {
  // Sealed again with valid checksums, as a file written by another release or format, or
  // for another model or listing, would be: the head must say no before any section is used.
  const head = () => JSON.parse(sectionsOf(good).head.toString()) as unknown[];
  // With the head edited, the registry beside it is one this code would not assemble from
  // these tags (a metric changed): believing the file at all would show it.
  const withHead = (edit: (h: unknown[]) => unknown) => () => {
    const parts = sectionsOf(good);
    const registry = parts.registry.toString().replace(',0.59]', ',0.99]');
    expect(registry).not.toBe(parts.registry.toString());
    reseal({ ...parts, registry, head: JSON.stringify(edit(head())) });
  };
  const withRegistry = (edit: (r: Record<string, unknown>) => unknown) => () => {
    const parts = sectionsOf(good);
    const registry = JSON.parse(parts.registry.toString()) as Record<string, unknown>;
    reseal({ ...parts, registry: JSON.stringify(edit(registry)) });
  };
  it.each([
    ['an older format number', withHead((h) => [h[0], 8, ...h.slice(2)])],
    ['a newer format number', withHead((h) => [h[0], 10, ...h.slice(2)])],
    ['another format name', withHead((h) => ['lepton-stat-cache', ...h.slice(1)])],
    ['another release of Lepton', withHead((h) => [h[0], h[1], '0.0.0-other', ...h.slice(3)])],
    ['another model', withHead((h) => [...h.slice(0, 3), 'other', h[4]])],
    ['the digest of another listing', withHead((h) => [...h.slice(0, 4), 'f'.repeat(64)])],
    ['no digest', withHead((h) => h.slice(0, 4))],
    ['the registry branch’s two-section head', withHead((h) => [h[0], 8, h[3], h[4]])],
    ['not JSON', () => reseal({ ...sectionsOf(good), head: '[' })],
    ['two sections only (no rows)', () => reseal({ ...sectionsOf(good) }, 2)],
    ['the registry of another model', withRegistry((r) => ({ ...r, model: 'other' }))],
    ['a registry that is not JSON', () => reseal({ ...sectionsOf(good), registry: '{"model"' })],
    [
      'a registry version of the wrong shape',
      withRegistry((r) => ({ ...r, versions: [[...(r.versions as unknown[][])[0]!, 'x']] })),
    ],
    [
      'a registry version summary of the wrong kind',
      withRegistry((r) => ({
        ...r,
        versions: (r.versions as unknown[][]).map((v) => [...v.slice(0, 6), [1, 0, '0.1.0']]),
      })),
    ],
    [
      'a stage holder that is no assignment of that stage',
      withRegistry((r) => ({ ...r, stages: { production: 0 } })),
    ],
    ['a stage holder past the events', withRegistry((r) => ({ ...r, stages: { staging: 9 } }))],
    ['a skipped tag of the wrong shape', withRegistry((r) => ({ ...r, skipped: [{ tag: 1 }] }))],
    ['rows that are not JSON', () => reseal({ ...sectionsOf(good), rows: '[[' })],
    [
      'rows of another model',
      () => {
        const parts = sectionsOf(good);
        reseal({ ...parts, rows: parts.rows.toString().replace('"sentiment"', '"other"') });
      },
    ],
    [
      'rows cut short',
      () => {
        const parts = sectionsOf(good);
        reseal({ ...parts, rows: parts.rows.subarray(0, parts.rows.length - 40) });
      },
    ],
  ])('%s: the cold read, the cache rewritten', async (_, plant) => {
    plant();
    const r = await read();
    expect(r).toEqual(cold);
    expect(r.versions.map((v) => v.summary?.metrics.accuracy)).toEqual([0.59, 0.5]);
    expect(r.stages.staging?.version).toBe('0.1.0');
    expect(readFileSync(file)).toEqual(good);
    // `ls` reads the overview file beside it, which stands alone (its own head and digest):
    // its answer is right, and the damaged cache is rebuilt by the next read that uses it.
    plant();
    expect(await overviews()).toEqual([overviewOf(cold)]);
    expect(await read()).toEqual(cold);
    expect(readFileSync(file)).toEqual(good);
  });
  it('control: the same forged registry under this file’s own head is believed (a checksum is no guard against a forger)', async () => {
    withHead((h) => h)();
    expect((await read()).versions[0]?.summary?.metrics.accuracy).toBe(0.99);
    rmSync(file);
    expect(await read()).toEqual(cold);
    expect(readFileSync(file)).toEqual(good);
  });
});

describe('the overview file beside the tag cache (what `ls` reads)', () => {
  let ovFile: string;
  let goodOv: Buffer;
  beforeAll(async () => {
    ovFile = overviewFile(file);
    goodOv = readFileSync(ovFile);
    expect(await overviews()).toEqual([overviewOf(cold)]);
  });
  const parts = () => {
    const line = goodOv.indexOf(0x0a) + 1;
    const [, , h, o] = goodOv.toString('latin1', 0, line - 1).split(' ');
    const hl = Number(h?.split(':')[0]);
    const ol = Number(o?.split(':')[0]);
    expect(line + hl + ol).toBe(goodOv.length);
    return {
      line,
      head: goodOv.toString('utf8', line, line + hl),
      overview: goodOv.toString('utf8', line + hl),
    };
  };
  /** Sealed again with valid checksums; the overview forged (0.59 → 0.99) where asked. */
  const resealed =
    (edit: (head: unknown[], overview: Record<string, unknown>) => [unknown, unknown]) => () => {
      const p = parts();
      const [h, o] = edit(
        JSON.parse(p.head) as unknown[],
        JSON.parse(p.overview) as Record<string, unknown>,
      );
      const sections = [h, o].map((x) => [Buffer.from(JSON.stringify(x))]);
      expect(writeSealedFileSync(ovFile, 'tag-overview', sections, 1 << 20)).toBe(true);
    };
  const forged = (o: Record<string, unknown>) =>
    JSON.parse(JSON.stringify(o).replace(',0.59]', ',0.99]')) as unknown;
  const flip = (where: () => number) => () => {
    const bytes = Buffer.from(goodOv);
    const at = where();
    bytes[at] = (bytes[at] as number) ^ 0x04;
    writeFileSync(ovFile, bytes);
  };
  it.each([
    ['a flipped bit in the magic', flip(() => 0)],
    ['a flipped bit in the head', flip(() => parts().line + 3)],
    ['a flipped bit in the overview', flip(() => goodOv.indexOf(',0.59]') + 3)],
    ['a flipped bit in the last byte', flip(() => goodOv.length - 1)],
    ['cut short in the head', () => writeFileSync(ovFile, goodOv.subarray(0, parts().line + 5))],
    ['cut short in the overview', () => writeFileSync(ovFile, goodOv.subarray(0, -5))],
    ['empty', () => writeFileSync(ovFile, '')],
    ['an older format number', resealed((h, o) => [[h[0], 8, ...h.slice(2)], forged(o)])],
    [
      'another release of Lepton',
      resealed((h, o) => [[h[0], h[1], '0.0.0-x', ...h.slice(3)], forged(o)]),
    ],
    [
      'another model in the head',
      resealed((h, o) => [[...h.slice(0, 3), 'other', h[4]], forged(o)]),
    ],
    [
      'the digest of another listing',
      resealed((h, o) => [[...h.slice(0, 4), 'f'.repeat(64)], forged(o)]),
    ],
    ['the overview of another model', resealed((h, o) => [h, { ...o, model: 'other' }])],
    ['a latest version of the wrong shape', resealed((h, o) => [h, { ...o, latest: [1] }])],
    [
      'a stage holder of the wrong shape',
      resealed((h, o) => [h, { ...o, stages: { staging: { version: 1, tag: 'x' } } }]),
    ],
    [
      'an overview that is not JSON',
      () => {
        const sections = [[Buffer.from(parts().head)], [Buffer.from('{')]];
        writeSealedFileSync(ovFile, 'tag-overview', sections, 1 << 20);
      },
    ],
    ['a FIFO', () => (rmSync(ovFile), execFileSync('mkfifo', [ovFile]))],
    ['a symlink to /dev/zero', () => (rmSync(ovFile), symlinkSync('/dev/zero', ovFile))],
  ])('%s: ls gives the cold read’s overview, and the file is rewritten', async (_, plant) => {
    plant();
    const [o] = await overviews();
    expect(o).toEqual(overviewOf(cold));
    expect(o?.latest?.summary?.metrics.accuracy).toBe(0.59);
    expect(o?.stages).toEqual({ staging: { version: '0.1.0', tag: 'sentiment@v0.1.0' } });
    expect(lstatSync(ovFile).isFile()).toBe(true);
    expect(readFileSync(ovFile)).toEqual(goodOv);
    expect(readFileSync(file)).toEqual(good);
  });

  it('control: the forged overview under its own head is believed (a checksum is no guard against a forger)', async () => {
    resealed((h, o) => [h, forged(o)])();
    expect((await overviews())[0]?.latest?.summary?.metrics.accuracy).toBe(0.99);
    rmSync(ovFile);
    expect(await overviews()).toEqual([overviewOf(cold)]);
    expect(readFileSync(ovFile)).toEqual(goodOv);
  });

  it('a stale overview from before a tag was added: not believed, rewritten', async () => {
    await addVersion(repo, '0.3.0', { metrics: { accuracy: 0.7 } });
    try {
      const [now] = await overviews();
      expect(now?.latest?.version).toBe('0.3.0');
      const current = readFileSync(ovFile);
      writeFileSync(ovFile, goodOv);
      const [again] = await overviews();
      expect(again?.latest?.summary?.metrics.accuracy).toBe(0.7);
      expect(readFileSync(ovFile)).toEqual(current);
    } finally {
      repo.git('tag', '-d', 'sentiment@v0.3.0');
      repo.git('reset', '-q', '--hard', 'HEAD~1');
    }
    expect(await overviews()).toEqual([overviewOf(cold)]);
    expect(readFileSync(ovFile)).toEqual(goodOv);
    expect(await read()).toEqual(cold);
    expect(readFileSync(file)).toEqual(good);
  });
});

describe('tag cache: a whole file from elsewhere', () => {
  it('another model’s file copied over this one: not believed, rebuilt', async () => {
    const other = tagCacheFile(join(repo.dir, '.git'), 'other');
    const head = repo.git('rev-parse', 'HEAD').trim();
    repo.git('tag', '-a', '-m', 'x', 'other@v9.9.9', head);
    try {
      const theirs = await readRegistry(gitOf(repo), 'other');
      expect(theirs.versions.map((v) => v.version)).toEqual(['9.9.9']);
      writeFileSync(file, readFileSync(other));
      expect(await read()).toEqual(cold);
      expect(readFileSync(file)).toEqual(good);
    } finally {
      repo.git('tag', '-d', 'other@v9.9.9');
      rmSync(other, { force: true });
    }
  });

  it('the file of another repository of the same model, other records on other tags: not believed', async () => {
    const elsewhere = modelRepo();
    try {
      await addVersion(elsewhere, '0.1.0', { metrics: { accuracy: 0.97 } });
      await addVersion(elsewhere, '0.2.0', { metrics: { accuracy: 0.99 } });
      await addStage(elsewhere, '0.2.0', 'staging', 1);
      const theirs = await readRegistry(gitOf(elsewhere), 'sentiment');
      expect(theirs.versions.map((v) => v.summary?.metrics.accuracy)).toEqual([0.99, 0.97]);
      writeFileSync(file, readFileSync(tagCacheFile(join(elsewhere.dir, '.git'), 'sentiment')));
      const r = await read();
      expect(r).toEqual(cold);
      expect(r.versions.map((v) => v.summary?.metrics.accuracy)).toEqual([0.59, 0.5]);
      expect(readFileSync(file)).toEqual(good);
    } finally {
      elsewhere.cleanup();
    }
  });

  it('this repository’s own file from before a tag was added (a slower run writing last): rebuilt', async () => {
    const before = readFileSync(file);
    await addStage(repo, '0.2.0', 'staging', 2);
    try {
      const now = await read();
      expect(now.stages.staging?.version).toBe('0.2.0');
      const current = readFileSync(file);
      writeFileSync(file, before); // the older run's file lands last
      const r = await read();
      expect(r).toEqual(now);
      expect(r.stages.staging?.version).toBe('0.2.0');
      expect(readFileSync(file)).toEqual(current);
    } finally {
      repo.git('tag', '-d', 'sentiment#staging#2');
    }
    expect(await read()).toEqual(cold);
    expect(readFileSync(file)).toEqual(good);
  });
});

describe('tag cache: what sits at its path', () => {
  it.each(thingsAtPath(() => good))(
    '%s: the cold read, never hanging',
    async (_, plant, rebuilt) => {
      rmSync(file, { recursive: true, force: true });
      plant(file);
      expect(await read()).toEqual(cold);
      expect(sound()).toBe(rebuilt);
      rmSync(file, { recursive: true, force: true });
      rmSync(`${file}.real`, { force: true });
      await read();
      expect(readFileSync(file)).toEqual(good);
    },
  );

  it.each([
    ['`.git/lepton`', join('.git', 'lepton')],
    ['`.git/lepton/tags`', join('.git', 'lepton', 'tags')],
  ])('%s a regular file: the cold read, nothing thrown, nothing written', async (_, rel) => {
    const path = join(repo.dir, rel);
    rmSync(join(repo.dir, '.git', 'lepton'), { recursive: true, force: true });
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, 'not a folder');
    for (let i = 0; i < 2; i++) expect(await read()).toEqual(cold);
    expect(readFileSync(path, 'utf8')).toBe('not a folder');
    rmSync(join(repo.dir, '.git', 'lepton'), { recursive: true, force: true });
    await read();
    expect(readFileSync(file)).toEqual(good);
  });

  it('a read-only cache folder (show run as another user): read, not written, never fatal', async () => {
    const asNobody = process.getuid?.() === 0;
    const dir = dirname(file);
    writeFileSync(file, 'damaged');
    if (!asNobody) chmodSync(dir, 0o555);
    else chmodSync(join(repo.dir, '..'), 0o755);
    try {
      const r = await runCli(
        repo.dir,
        ['show', '--json'],
        { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' },
        asNobody ? { uid: 65534 } : undefined,
      );
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(JSON.parse(r.stdout)).toMatchObject({
        versions: [{ version: '0.2.0' }, { version: '0.1.0' }],
      });
      expect(readFileSync(file, 'utf8')).toBe('damaged');
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
    }
    await read();
    expect(readFileSync(file)).toEqual(good);
  });
});
