import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openProject } from '../../src/app/context.js';
import { showRendered, type ShowRenderer } from '../../src/app/show.js';
import { Output } from '../../src/cli/context.js';
import { readSealedFile, writeSealedFileSync } from '../../src/io/files/sealed-file.js';
import { showMemoFile } from '../../src/io/registry/show-memo.js';
import { VERSION } from '../../src/version.js';
import { thingsAtPath } from '../helpers/planted.js';
import { GIT_ENV, runCli, type TestRepo } from '../helpers/repo.js';
import { addStage, addVersion, MANIFEST, modelRepo } from './fixture.js';

// `show --json` keeps its last rendered output (io/registry/show-memo.ts), printed again while
// the model's tag listing, the manifest's stage names, the output's format and the release are
// those it was rendered under. Damage must never be believed, and every change of an input must
// give exactly what a cold read (no cache, no memo) prints.

const JSON_OUT: ShowRenderer = {
  format: Output.RESULT_FORMAT,
  render: (r) => Output.renderResult(r),
};
const env = { ...process.env, ...GIT_ENV };

let repo: TestRepo;
const memoFile = () => showMemoFile(join(repo.dir, '.git'), 'sentiment');
const leptonDir = () => join(repo.dir, '.git', 'lepton');

/** What `show --json` prints here, and the tags it warns about. */
async function shown(renderer = JSON_OUT): Promise<{ text: string; skipped: unknown }> {
  const app = await openProject({
    manifestPath: join(repo.dir, 'lepton.yml'),
    env,
    log: { info: () => {}, warn: () => {}, output: () => {}, group: (_, work) => work() },
  });
  const { bytes, skipped } = await showRendered(app, renderer);
  return { text: bytes.toString('utf8'), skipped };
}

/** What a cold read prints (no tag cache, no memo), the caches left as they were. */
async function coldRead(renderer = JSON_OUT): Promise<{ text: string; skipped: unknown }> {
  const aside = `${leptonDir()}-aside`;
  const had = existsSync(leptonDir());
  if (had) renameSync(leptonDir(), aside);
  try {
    return await shown(renderer);
  } finally {
    rmSync(leptonDir(), { recursive: true, force: true });
    if (had) renameSync(aside, leptonDir());
  }
}

/** The memo as this code wrote it: head, skipped tags, output. */
function partsOf(bytes: Buffer): { head: string; skipped: string; output: Buffer } {
  const line = bytes.indexOf(0x0a) + 1;
  const lengths = bytes
    .toString('latin1', 0, line - 1)
    .split(' ')
    .slice(2, -1)
    .map((f) => Number(f.split(':')[0]));
  expect(lengths).toHaveLength(3);
  const [h, s] = lengths as [number, number, number];
  return {
    head: bytes.toString('utf8', line, line + h),
    skipped: bytes.toString('utf8', line + h, line + h + s),
    output: bytes.subarray(line + h + s),
  };
}
function reseal(head: unknown, skipped: unknown, output: string | Buffer, count = 3): void {
  const sections = [JSON.stringify(head), JSON.stringify(skipped), output]
    .slice(0, count)
    .map((x) => [Buffer.from(x)]);
  expect(writeSealedFileSync(memoFile(), 'show-memo', sections, 1 << 30)).toBe(true);
}
/** The memo's output with one value changed (as a forger, or a stale memo, would have it). */
const FORGED = (output: Buffer) =>
  output.toString('utf8').replace('"accuracy": 0.59', '"accuracy": 0.99');

describe('show’s memo: damage is never believed', () => {
  let cold: { text: string; skipped: unknown };
  let good: Buffer;
  beforeAll(async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.5 } });
    await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.59 } });
    await addStage(repo, '0.1.0', 'staging', 1);
    repo.git('tag', '-a', '-m', 'not a version', 'sentiment@v6.0.0', 'HEAD^{tree}');
    cold = await shown();
    expect(cold.text).toContain('"accuracy": 0.59');
    expect(cold.skipped).toEqual([
      { tag: 'sentiment@v6.0.0', reason: expect.stringMatching(/points at a tree/) },
    ]);
    // A cold read keeps no memo; the next read (the tag cache answered) keeps one.
    expect(existsSync(memoFile())).toBe(false);
    expect(await shown()).toEqual(cold);
    good = readFileSync(memoFile());
    expect(partsOf(good).output.toString('utf8')).toBe(cold.text);
    expect(await shown()).toEqual(cold);
  }, 60_000);
  afterAll(() => repo.cleanup());

  const sections = () => {
    const line = good.indexOf(0x0a) + 1;
    const p = partsOf(good);
    const h = Buffer.byteLength(p.head);
    const s = Buffer.byteLength(p.skipped);
    return {
      head: { start: line, end: line + h },
      skipped: { start: line + h, end: line + h + s },
      output: { start: line + h + s, end: good.length },
    };
  };
  const SECTIONS = ['head', 'skipped', 'output'] as const;

  it.each([
    ['the magic', () => 0],
    ['the kind', () => 'lepton-cache/1 s'.length],
    ['a section’s length', () => 'lepton-cache/1 show-memo '.length],
    ['the first line’s checksum', () => good.indexOf(0x0a) - 1],
    ...SECTIONS.flatMap((name) => [
      [`the ${name}’s first byte`, () => sections()[name].start] as const,
      [
        `the middle of the ${name}`,
        () => (sections()[name].start + sections()[name].end) >> 1,
      ] as const,
      [`the ${name}’s last byte`, () => sections()[name].end - 1] as const,
    ]),
    ['the value forged', () => good.indexOf('"accuracy": 0.59') + 15],
  ])('a flipped bit in %s: the cold read’s output, the memo rewritten', async (_, where) => {
    const bytes = Buffer.from(good);
    const at = where();
    bytes[at] = (bytes[at] as number) ^ 0x04;
    writeFileSync(memoFile(), bytes);
    expect(await shown()).toEqual(cold);
    expect(readFileSync(memoFile())).toEqual(good);
  });

  it.each(
    SECTIONS.flatMap((name): [string, () => number][] => [
      [`inside the ${name}`, () => (sections()[name].start + sections()[name].end) >> 1],
      [`just before the ${name}’s end`, () => sections()[name].end - 1],
      [`at the ${name}’s start`, () => sections()[name].start],
    ]).concat([['to nothing', () => 0]]),
  )('cut short %s: the cold read’s output, the memo rewritten', async (_, where) => {
    writeFileSync(memoFile(), good.subarray(0, where()));
    expect(await shown()).toEqual(cold);
    expect(readFileSync(memoFile())).toEqual(good);
  });

  it('random damage anywhere: always the cold read’s output', async () => {
    const seed = Date.now();
    let s = seed >>> 0;
    const random = () => {
      s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
      return s / 4294967296;
    };
    for (let round = 0; round < 24; round++) {
      const bytes = Buffer.from(good);
      for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
        const at = Math.floor(random() * bytes.length);
        bytes[at] = (bytes[at] as number) ^ (1 + Math.floor(random() * 255));
      }
      writeFileSync(memoFile(), bytes);
      expect([seed, round, await shown()]).toEqual([seed, round, cold]);
    }
    expect(readFileSync(memoFile())).toEqual(good);
  }, 120_000);

  // Sealed again with valid checksums over a forged output: the head must refuse it.
  const head = () => JSON.parse(partsOf(good).head) as unknown[];
  const skippedOf = () => JSON.parse(partsOf(good).skipped) as unknown;
  const withHead = (edit: (h: unknown[]) => unknown) => () =>
    reseal(edit(head()), skippedOf(), FORGED(partsOf(good).output));
  it.each([
    ['another format name', withHead((h) => ['lepton-tag-cache', ...h.slice(1)])],
    ['an older memo format', withHead((h) => [h[0], 0, ...h.slice(2)])],
    ['a newer memo format', withHead((h) => [h[0], 2, ...h.slice(2)])],
    ['another release of Lepton', withHead((h) => [h[0], h[1], '0.0.0-other', ...h.slice(3)])],
    ['another model', withHead((h) => [...h.slice(0, 3), 'other', ...h.slice(4)])],
    [
      'the digest of another listing',
      withHead((h) => [...h.slice(0, 4), 'f'.repeat(64), ...h.slice(5)]),
    ],
    ['another output format', withHead((h) => [...h.slice(0, 5), 'json-indent-4', h[6]])],
    ['other stages', withHead((h) => [...h.slice(0, 6), ['staging']])],
    ['the stages in another order', withHead((h) => [...h.slice(0, 6), ['production', 'staging']])],
    ['no stages', withHead((h) => h.slice(0, 6))],
    [
      'the head spaced otherwise',
      () => {
        const h = JSON.stringify(head(), null, 1);
        writeSealedFileSync(
          memoFile(),
          'show-memo',
          [
            [Buffer.from(h)],
            [Buffer.from(partsOf(good).skipped)],
            [Buffer.from(FORGED(partsOf(good).output))],
          ],
          1 << 30,
        );
      },
    ],
    [
      'a head that is not JSON',
      () =>
        writeSealedFileSync(
          memoFile(),
          'show-memo',
          [[Buffer.from('[')], [Buffer.from('[]')], [Buffer.from('x')]],
          1 << 30,
        ),
    ],
    ['two sections only', () => reseal(head(), skippedOf(), '', 2)],
    [
      'skipped tags that are not JSON',
      () => {
        writeSealedFileSync(
          memoFile(),
          'show-memo',
          [[Buffer.from(partsOf(good).head)], [Buffer.from('[{')], [partsOf(good).output]],
          1 << 30,
        );
      },
    ],
    [
      'skipped tags of the wrong shape',
      () => reseal(head(), [{ tag: 1, reason: 'x' }], partsOf(good).output),
    ],
    [
      'skipped tags with another key',
      () => reseal(head(), [{ tag: 'a', reason: 'b', extra: 1 }], partsOf(good).output),
    ],
    [
      'skipped tags not a list',
      () => reseal(head(), { tag: 'a', reason: 'b' }, partsOf(good).output),
    ],
    [
      'the show memo kind of another cache',
      () => {
        const p = partsOf(good);
        writeSealedFileSync(
          memoFile(),
          'tag-cache',
          [[Buffer.from(p.head)], [Buffer.from(p.skipped)], [Buffer.from(FORGED(p.output))]],
          1 << 30,
        );
      },
    ],
  ])('%s: not believed, the cold read’s output, the memo rewritten', async (_, plant) => {
    plant();
    const r = await shown();
    expect(r).toEqual(cold);
    expect(readFileSync(memoFile())).toEqual(good);
  });

  it('control: the forged output under the memo’s own head is believed (a checksum is no guard against a forger)', async () => {
    withHead((h) => h)();
    expect((await shown()).text).toContain('"accuracy": 0.99');
    reseal(head(), [], partsOf(good).output);
    expect((await shown()).skipped).toEqual([]);
    rmSync(memoFile());
    expect(await shown()).toEqual(cold);
    expect(readFileSync(memoFile())).toEqual(good);
  });

  it.each(thingsAtPath(() => good))(
    '%s at its path: the cold read’s output, never hanging',
    async (_, plant, rewritten) => {
      rmSync(memoFile(), { recursive: true, force: true });
      plant(memoFile());
      expect(await shown()).toEqual(cold);
      expect(lstatSync(memoFile()).isFile()).toBe(rewritten);
      rmSync(memoFile(), { recursive: true, force: true });
      rmSync(`${memoFile()}.real`, { force: true });
      expect(await shown()).toEqual(cold);
      expect(readFileSync(memoFile())).toEqual(good);
    },
  );

  it('another model’s memo copied over this one: not believed', async () => {
    const other = showMemoFile(join(repo.dir, '.git'), 'other');
    const p = partsOf(good);
    const h = JSON.parse(p.head) as unknown[];
    writeSealedFileSync(
      other,
      'show-memo',
      [
        [Buffer.from(JSON.stringify([...h.slice(0, 3), 'other', ...h.slice(4)]))],
        [Buffer.from(p.skipped)],
        [Buffer.from(FORGED(p.output))],
      ],
      1 << 30,
    );
    writeFileSync(memoFile(), readFileSync(other));
    rmSync(other);
    expect(await shown()).toEqual(cold);
    expect(readFileSync(memoFile())).toEqual(good);
  });

  it('the memo of another repository of the same model, other records on other tags: not believed', async () => {
    const elsewhere = modelRepo();
    try {
      await addVersion(elsewhere, '0.1.0', { metrics: { accuracy: 0.97 } });
      await addVersion(elsewhere, '0.2.0', { metrics: { accuracy: 0.99 } });
      const here = repo;
      repo = elsewhere;
      await shown();
      await shown();
      const theirs = readFileSync(memoFile());
      repo = here;
      expect(partsOf(theirs).output.toString()).toContain('0.99');
      writeFileSync(memoFile(), theirs);
      expect(await shown()).toEqual(cold);
      expect(readFileSync(memoFile())).toEqual(good);
    } finally {
      elsewhere.cleanup();
    }
  });

  it('the release is in the head', () => {
    expect(head()[2]).toBe(VERSION);
    expect(readSealedFile(memoFile(), 'show-memo', 1 << 30)?.count).toBe(3);
  });
});

describe('show’s memo: every input changed gives a fresh cold read’s output', () => {
  // Before each change the memo is forged under its own head and shown to be believed, so each
  // case shows that the change itself (a new key) is what turns the memo away.
  beforeEach(async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.5 } });
    await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.59 } });
    await addStage(repo, '0.1.0', 'staging', 1);
    const cold = await shown();
    expect(await shown()).toEqual(cold);
    const p = partsOf(readFileSync(memoFile()));
    reseal(JSON.parse(p.head), JSON.parse(p.skipped), FORGED(p.output));
    expect((await shown()).text).toContain('"accuracy": 0.99');
  }, 60_000);
  afterEach(() => repo.cleanup());

  it.each([
    ['a version tag added', () => addVersion(repo, '0.3.0', { metrics: { accuracy: 0.7 } })],
    ['a version tag deleted', () => void repo.git('tag', '-d', 'sentiment@v0.1.0')],
    [
      'a version tag re-made with another record',
      async () => {
        repo.git('tag', '-d', 'sentiment@v0.2.0');
        repo.git('reset', '-q', '--hard', 'HEAD~1');
        await addVersion(repo, '0.2.0', { metrics: { accuracy: 0.61 } });
      },
    ],
    ['a stage assigned', () => addStage(repo, '0.2.0', 'production', 2)],
    ['a stage tag deleted', () => void repo.git('tag', '-d', 'sentiment#staging#1')],
    [
      'a tag that is no version added',
      () => void repo.git('tag', '-a', '-m', 'x', 'sentiment@v7.0.0', 'HEAD^{tree}'),
    ],
    [
      'the manifest’s stages edited',
      () =>
        writeFileSync(
          join(repo.dir, 'lepton.yml'),
          MANIFEST.replace('stages:\n  staging: {}\n', 'stages:\n  staging: {}\n  canary: {}\n'),
        ),
    ],
    [
      'the manifest’s stages reordered',
      () =>
        writeFileSync(
          join(repo.dir, 'lepton.yml'),
          MANIFEST.replace(
            'stages:\n  staging: {}\n  production:\n    after: staging\n    thresholds:\n      accuracy: { min: 0.93 }\n',
            'stages:\n  production:\n    thresholds:\n      accuracy: { min: 0.93 }\n  staging: {}\n',
          ),
        ),
    ],
  ])('%s', async (_, change) => {
    const before = readFileSync(join(repo.dir, 'lepton.yml'), 'utf8');
    await change();
    if (_.startsWith('the manifest'))
      expect(readFileSync(join(repo.dir, 'lepton.yml'), 'utf8')).not.toBe(before);
    const fresh = await coldRead();
    expect(fresh.text).not.toContain('"accuracy": 0.99');
    expect(await shown()).toEqual(fresh);
    // …and the next read, from the memo now kept under the new key, again.
    expect(await shown()).toEqual(fresh);
    expect(partsOf(readFileSync(memoFile())).output.toString()).toBe(fresh.text);
  });

  it('another output format: its own rendering, not the memo’s', async () => {
    const other: ShowRenderer = { format: 'json-compact', render: (r) => JSON.stringify(r) };
    const fresh = await coldRead(other);
    expect(await shown(other)).toEqual(fresh);
    expect(JSON.parse(fresh.text)).toEqual(JSON.parse((await coldRead()).text));
  });
});

describe('show --json through the CLI', () => {
  it('prints the same bytes and warnings cold, warm and from the memo; text output too', async () => {
    repo = modelRepo();
    try {
      await addVersion(repo, '0.1.0', { metrics: { accuracy: 0.5 } });
      await addStage(repo, '0.1.0', 'staging', 1);
      repo.git('tag', '-a', '-m', 'x', 'sentiment@v6.0.0', 'HEAD^{tree}');
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await runCli(repo.dir, ['show', '--json']));
      expect(existsSync(memoFile())).toBe(true);
      const [first] = runs;
      expect(first?.code).toBe(0);
      expect(first?.stderr).toMatch(
        /^warning: sentiment@v6\.0\.0 is not a version: it points at a tree/,
      );
      for (const r of runs)
        expect([r.code, r.stdout, r.stderr]).toEqual([0, first?.stdout, first?.stderr]);
      expect(JSON.parse(first?.stdout ?? '')).toMatchObject({
        versions: [{ version: '0.1.0', stages: ['staging'] }],
      });
      const text = await runCli(repo.dir, ['show']);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain('0.1.0');
      expect(text.stderr).toBe(first?.stderr);
    } finally {
      repo.cleanup();
    }
  }, 60_000);
});
