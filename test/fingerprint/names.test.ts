// Every file name git can hold is hashed (CONTRACT §2, issue 13 item 7): real files with odd
// names in a real repository, `lepton status` before and after editing each, the exact hashes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareUtf8 } from '../../src/core/fingerprint/encoding.js';
import { decodeName, nameBytes } from '../../src/core/fingerprint/names.js';
import type { Manifest } from '../../src/core/manifest/types.js';
import { fingerprintModel } from '../../src/io/files/index.js';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';
import { sha } from './helpers.js';

/** A file name as bytes, and how the canonical encoding writes it (a JSON string). */
interface Case {
  readonly label: string;
  readonly name: Buffer;
  readonly json: string;
}

const utf8 = (label: string, name: string): Case => ({
  label,
  name: Buffer.from(name),
  json: JSON.stringify(name),
});

const CASES: Case[] = [
  utf8('a newline', 'two\nlines.csv'),
  utf8('a newline first', '\nleading.csv'),
  utf8('a tab', 'tab\there.csv'),
  utf8('a carriage return', 'cr\rhere.csv'),
  utf8('double and single quotes', `say "hi" it's.csv`),
  utf8('spaces', '  spaced  out .csv'),
  utf8('a leading dash', '-rf.csv'),
  utf8('a backslash', 'back\\slash.csv'),
  utf8('non-ASCII', 'café-naïve.csv'),
  utf8('a character above U+FFFF', '😀.csv'),
  utf8('a real U+FFFD', '\uFFFD.csv'),
  utf8('a glob character', '[x]*?.csv'),
  // Not UTF-8: each stray byte is written as the escape \udcXX (names.ts).
  { label: 'Latin-1 bytes', name: Buffer.from('caf\xe9.csv', 'latin1'), json: '"caf\\udce9.csv"' },
  {
    label: 'a lone continuation byte and 0xff',
    name: Buffer.from([0x80, 0x2e, 0xff]),
    json: '"\\udc80.\\udcff"',
  },
  {
    label: 'an overlong slash (C0 AF)',
    name: Buffer.from([0x61, 0xc0, 0xaf, 0x62]),
    json: '"a\\udcc0\\udcafb"',
  },
  {
    label: 'a UTF-16 surrogate encoded in UTF-8 (ED A0 80)',
    name: Buffer.from([0xed, 0xa0, 0x80]),
    json: '"\\udced\\udca0\\udc80"',
  },
  {
    label: 'a truncated sequence',
    name: Buffer.from([0x78, 0xe2, 0x82]),
    json: '"x\\udce2\\udc82"',
  },
];

const part = (i: number) => `n${i}`;
/** A folder of its own per case, so each case is one part with one file. */
const folder = (i: number) => `c${i}`;

function manifestText(): string {
  const parts = CASES.map((_, i) => `  ${part(i)}:\n    paths: ["${folder(i)}/**"]\n`).join('');
  return `version: 1\nmodel: names\ndata:\n${parts}eval:\n  command: "true"\n  metrics: m.json\n`;
}

function writeCase(dir: string, i: number, content: string): void {
  const c = CASES[i] as Case;
  const path = Buffer.concat([Buffer.from(join(dir, folder(i)) + '/'), c.name]);
  writeFileSync(path, content);
}

/** The documented part hash of one file: `lepton-part/1\n["file",PATH,SIZE,SHA]\n`. */
function expected(i: number, content: string): string {
  const c = CASES[i] as Case;
  const path = c.json.replace(/^"/, `"${folder(i)}/`);
  const text = `lepton-part/1\n["file",${path},${Buffer.byteLength(content)},"${sha(content)}"]\n`;
  return 'sha256:' + sha(text);
}

interface StatusJson {
  data: Record<string, { hash: string; files: number }>;
}

describe('file names: every name git can hold is hashed', () => {
  let repo: TestRepo;
  let before: StatusJson;
  let after: StatusJson;

  beforeAll(async () => {
    repo = makeRepo({ 'lepton.yml': manifestText() });
    CASES.forEach((_, i) => {
      mkdirSync(join(repo.dir, folder(i)));
      writeCase(repo.dir, i, `v1 of ${i}\n`);
    });
    repo.commit('odd names');
    const r1 = await runCli(repo.dir, ['status', '--json']);
    if (r1.code !== 0) throw new Error(r1.stderr);
    before = JSON.parse(r1.stdout) as StatusJson;
    CASES.forEach((_, i) => writeCase(repo.dir, i, `v2 of case ${i}\n`));
    const r2 = await runCli(repo.dir, ['status', '--json']);
    if (r2.code !== 0) throw new Error(r2.stderr);
    after = JSON.parse(r2.stdout) as StatusJson;
  }, 60_000);
  afterAll(() => repo.cleanup());

  it('git holds every one of these names, byte for byte', () => {
    const listed = repo.git('ls-files', '-z');
    expect(listed.split('\0').filter((n) => n.startsWith('c')).length).toBe(CASES.length);
  });

  it.each(CASES.map((c, i) => [c.label, i] as const))(
    'a name with %s: hashed, and editing the file changes the hash exactly',
    (_, i) => {
      expect(before.data[part(i)]).toEqual({ hash: expected(i, `v1 of ${i}\n`), files: 1 });
      expect(after.data[part(i)]).toEqual({ hash: expected(i, `v2 of case ${i}\n`), files: 1 });
    },
  );
});

describe('name encoding', () => {
  it.each(CASES.map((c) => [c.label, c] as const))(
    'a name with %s comes back byte for byte',
    (_, c) => {
      expect(nameBytes(decodeName(c.name)).equals(c.name)).toBe(true);
      expect(JSON.stringify(decodeName(c.name))).toBe(c.json);
    },
  );

  it('orders names as git does: by their bytes', () => {
    const names = CASES.map((c) => c.name);
    const byBytes = [...names].sort(Buffer.compare).map((b) => decodeName(b));
    const byCompare = names.map((b) => decodeName(b)).sort(compareUtf8);
    expect(byCompare).toEqual(byBytes);
  });

  it('keeps the fingerprint of ordinary names what it was before this encoding (golden, from 9830fc9)', async () => {
    const repo = makeRepo({
      'd/plain.txt': 'a',
      'd/café.txt': 'b',
      'd/😀.txt': 'c',
      'd/with space.txt': 'd',
      'd/-dash.txt': 'e',
      [`d/q"uote'.txt`]: 'f',
      'd/ﬀ.txt': 'g',
      'd/\uFFFD.txt': 'h',
      'd/tab\there.txt': 'i',
    });
    try {
      repo.git('add', '-A');
      const manifest: Manifest = {
        version: 1,
        model: 'm',
        description: null,
        components: [{ name: 'c', paths: ['d'] }],
        data: [{ name: 'x', paths: ['d/*.txt'] }],
        eval: {
          command: 'true',
          workdir: '.',
          metrics: ['m.json'],
          timeoutMs: null,
          env: {},
          thresholds: [],
        },
        artifacts: [],
        store: null,
        stages: [],
        versioning: { first: '0.1.0', bump: { components: 'minor', data: 'patch' } },
      };
      const fp = await fingerprintModel(manifest, {
        modelDir: repo.dir,
        repoRoot: repo.dir,
        cacheDir: null,
      });
      const hash = 'sha256:69a35564551dadda34358d73e8422fb99b2f029148eaf35d3e6202986a7194e6';
      expect(fp.fingerprint).toBe(
        'sha256:a385030d17b4dd85fb8dc83fe196e3deaa49763d91aae0de80a91d3fc2bec0b2',
      );
      expect(fp.components).toEqual([{ name: 'c', hash, files: 9 }]);
      expect(fp.data).toEqual([{ name: 'x', hash, files: 9 }]);
    } finally {
      repo.cleanup();
    }
  });
});

// `status --files` prints names as git prints them (quote.c's C quoting), `--json` exactly.
describe('status --files: names as git quotes them, and exactly in --json', () => {
  // Names git's default quoting escapes byte by byte, as Lepton does: C1 controls, bidi
  // overrides (they could restyle or reorder the terminal), ESC and DEL.
  const EXTRA: Case[] = [
    utf8('a C1 control (U+0085)', 'nel\u0085.csv'),
    utf8('a bidi override (U+202E)', 'a\u202Eb.csv'),
    utf8('ESC', 'esc\x1b[31mred.csv'),
    utf8('DEL', 'del\x7f.csv'),
  ];
  // Readable UTF-8 stays as it is (git's core.quotePath=false); every other case is quoted as
  // git's default (core.quotePath=true) quotes it: C escapes, and octal for bytes not UTF-8.
  const READABLE = new Set(['non-ASCII', 'a character above U+FFFF', 'a real U+FFFD']);
  const all = [...CASES, ...EXTRA].map((c) => ({
    ...c,
    path: Buffer.concat([Buffer.from('q/'), c.name]),
  }));
  // Both listings are in byte order (git's, and status's: names.ts compareUtf8).
  const sorted = [...all].sort((a, b) => Buffer.compare(a.path, b.path));
  let repo: TestRepo;
  let text: string[];
  let json: string[];
  let gitLines: Record<'true' | 'false', string[]>;

  beforeAll(async () => {
    repo = makeRepo({
      'lepton.yml':
        'version: 1\nmodel: names\ncomponents:\n  all:\n    paths: [q/**]\neval:\n  command: "true"\n  metrics: m.json\n',
    });
    mkdirSync(join(repo.dir, 'q'));
    all.forEach((c) => writeFileSync(Buffer.concat([Buffer.from(repo.dir + '/'), c.path]), 'x'));
    repo.commit('odd names');
    const t = await runCli(repo.dir, ['status', '--files']);
    if (t.code !== 0) throw new Error(t.stderr);
    text = t.stdout
      .split('\n')
      .filter((l) => l.startsWith('      '))
      .map((l) => l.slice(6));
    const j = await runCli(repo.dir, ['status', '--files', '--json']);
    if (j.code !== 0) throw new Error(j.stderr);
    json = (JSON.parse(j.stdout) as { files: { components: { all: string[] } } }).files.components
      .all;
    const lines = (v: string) =>
      repo.git('-c', `core.quotePath=${v}`, 'ls-files', 'q').split('\n').filter(Boolean);
    gitLines = { true: lines('true'), false: lines('false') };
  }, 60_000);
  afterAll(() => repo.cleanup());

  it('lists every name once, on one line each', () => {
    expect(text).toHaveLength(all.length);
    expect(gitLines.true).toHaveLength(all.length);
  });

  it.each(sorted.map((c, i) => [c.label, i] as const))(
    'a name with %s prints as git prints it; --json gives its bytes back',
    (_, i) => {
      const c = sorted[i]!;
      expect(text[i]).toBe(gitLines[READABLE.has(c.label) ? 'false' : 'true'][i]);
      expect(nameBytes(json[i]!).equals(c.path)).toBe(true);
      expect(JSON.stringify(json[i])).toBe(c.json.replace(/^"/, '"q/'));
    },
  );
});

// A symlink's target is followed by its bytes: read as a string, a target name that is not
// UTF-8 came back with U+FFFD in it and named another file (a real `�.csv`), so editing the
// real target left the fingerprint as it was (found at stop 9).
describe('symlinks to names that are not UTF-8', () => {
  const TARGETS: [string, Buffer][] = [
    ['0xff', Buffer.from([0xff, 0x2e, 0x63, 0x73, 0x76])],
    ['Latin-1', Buffer.from('caf\xe9.csv', 'latin1')],
    ['a truncated sequence', Buffer.from([0x78, 0xe2, 0x82, 0x2e, 0x63])],
  ];
  it.each(TARGETS)('a link to %s follows that file, not its U+FFFD look-alike', async (_, name) => {
    const manifest =
      'version: 1\nmodel: m\ndata:\n  d:\n    paths: [link.csv]\neval:\n  command: "true"\n  metrics: m.json\n';
    const repo = makeRepo({ 'lepton.yml': manifest });
    try {
      const target = Buffer.concat([Buffer.from(`${repo.dir}/`), name]);
      // What a string round trip makes of the name: a real file of that (UTF-8) name.
      const lookAlike = join(repo.dir, name.toString('utf8'));
      writeFileSync(target, 'A\n');
      writeFileSync(lookAlike, 'B\n');
      symlinkSync(name, join(repo.dir, 'link.csv'));
      repo.commit('a link');
      const hashOf = async (): Promise<string> => {
        const r = await runCli(repo.dir, ['status', '--json']);
        if (r.code !== 0) throw new Error(r.stderr);
        return (JSON.parse(r.stdout) as StatusJson).data.d?.hash ?? '';
      };
      const first = await hashOf();
      // The documented part hash: the link's name, its target's size and content.
      const partHash = (content: string) =>
        'sha256:' + sha(`lepton-part/1\n["file","link.csv",${content.length},"${sha(content)}"]\n`);
      expect(first).toBe(partHash('A\n'));
      writeFileSync(lookAlike, 'C\n');
      expect(await hashOf()).toBe(first); // not its file
      writeFileSync(target, 'D\n');
      expect(await hashOf()).toBe(partHash('D\n')); // its file
      writeFileSync(target, 'A\n');
      expect(await hashOf()).toBe(first);
    } finally {
      repo.cleanup();
    }
  });
});
