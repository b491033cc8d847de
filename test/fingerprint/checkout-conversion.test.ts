// A version is the committed content: under checkout conversion (core.autocrlf, `text`/`eol`
// attributes, `ident`, filters, working-tree-encoding, LFS) the work tree's bytes are not the
// blobs', yet the work tree's fingerprint must be its commit's (what the trust check reads,
// io/registry/verify.ts) and the same on every checkout of that commit (docs/line-endings.md).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintModel, fingerprintWithStats } from '../../src/io/files/index.js';
import { Git } from '../../src/io/git.js';
import { fingerprintAtCommit } from '../../src/io/registry/verify.js';
import {
  GIT_ENV,
  cloneOf,
  git,
  makeRepo,
  runCli,
  tempDir,
  type TestRepo,
} from '../helpers/repo.js';
import { load, requireLfs } from './helpers.js';

const MANIFEST = `version: 1
model: foo
components:
  code:
    paths: [src/**]
eval:
  command: node eval.mjs
  metrics: out/m.json
stages:
  staging: {}
`;
const EVAL = `import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('out', { recursive: true });
writeFileSync('out/m.json', JSON.stringify({ accuracy: 0.9 }));
`;
const BASE = {
  'lepton.yml': MANIFEST,
  'eval.mjs': EVAL,
  '.gitignore': 'out/\n',
  'src/a.txt': 'a\nb\n',
  'src/b.bin': Buffer.from([0, 1, 2, 13, 10, 255, 0, 10]),
};
const ENV = { ...process.env, ...GIT_ENV };

/** Deletes files from the work tree and checks them out again (with the repo's settings). */
function checkoutAgain(repo: TestRepo, ...paths: string[]): void {
  for (const p of paths) rmSync(join(repo.dir, p));
  repo.git('checkout', '--', ...paths);
}

function workingTreeEncodingWorks(): boolean {
  const dir = tempDir('lepton-wte-');
  try {
    git(dir, 'init', '-q');
    execFileSync(
      'sh',
      ['-c', 'printf "*.txt text working-tree-encoding=UTF-16\\n" > .gitattributes'],
      {
        cwd: dir,
      },
    );
    execFileSync('sh', ['-c', 'printf "\\377\\376h\\000\\n\\000" > u.txt'], { cwd: dir });
    git(dir, 'add', '.');
    return git(dir, 'cat-file', '-p', ':u.txt') === 'h\n';
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Setup {
  readonly name: string;
  /** A repository whose checkout is converted, committed, with a clean work tree. */
  build(): TestRepo;
  /** A file whose bytes in the work tree are not its blob's (none for the control). */
  readonly converted: string | null;
  readonly skip?: () => string | null;
  /** A clone without this repository's config checks the blobs out as they are. */
  readonly plainClone?: boolean;
}

const utf16 = (text: string) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

const SETUPS: Setup[] = [
  { name: 'no conversion (control)', converted: null, build: () => makeRepo(BASE) },
  {
    name: 'core.autocrlf=true, CRLF checkout',
    plainClone: true,
    converted: 'src/a.txt',
    build: () => {
      const repo = makeRepo(BASE);
      repo.git('config', 'core.autocrlf', 'true');
      checkoutAgain(repo, 'src/a.txt', 'src/b.bin', 'lepton.yml');
      return repo;
    },
  },
  {
    name: 'core.autocrlf=input, a CRLF file committed as LF',
    plainClone: true,
    converted: 'src/c.txt',
    build: () => {
      const repo = makeRepo(BASE);
      repo.git('config', 'core.autocrlf', 'input');
      repo.write({ 'src/c.txt': 'x\r\ny\r\n' });
      repo.commit('crlf');
      return repo;
    },
  },
  {
    name: '.gitattributes * text eol=crlf',
    converted: 'src/a.txt',
    build: () => {
      const { 'src/b.bin': _, ...text } = BASE;
      const repo = makeRepo({ ...text, '.gitattributes': '* text eol=crlf\n' });
      checkoutAgain(repo, 'src/a.txt');
      return repo;
    },
  },
  {
    name: '.gitattributes eol=lf on a CRLF file',
    converted: 'src/c.txt',
    build: () =>
      makeRepo({ ...BASE, '.gitattributes': '*.txt text eol=lf\n', 'src/c.txt': 'x\r\ny\r\n' }),
  },
  // Attributes without core.autocrlf in any config: only the files whose attributes ask for
  // conversion are checked (committed.ts, conversionIn 'attributes'); each of these asks in
  // another way, so a rule that missed one would fingerprint the CRLF bytes.
  {
    name: '.gitattributes * text, with core.eol=crlf',
    converted: 'src/a.txt',
    build: () => {
      const { 'src/b.bin': _, ...text } = BASE;
      const repo = makeRepo({ ...text, '.gitattributes': '* text\n' });
      repo.git('config', 'core.eol', 'crlf');
      checkoutAgain(repo, 'src/a.txt');
      return repo;
    },
  },
  {
    name: '.gitattributes * text=auto eol=crlf',
    converted: 'src/a.txt',
    build: () => {
      const repo = makeRepo({ ...BASE, '.gitattributes': '* text=auto eol=crlf\n' });
      checkoutAgain(repo, 'src/a.txt');
      return repo;
    },
  },
  {
    name: 'a macro attribute ([attr]crlfy text eol=crlf)',
    converted: 'src/a.txt',
    build: () => {
      const repo = makeRepo({
        ...BASE,
        '.gitattributes': '[attr]crlfy text eol=crlf\n*.txt crlfy\n',
      });
      checkoutAgain(repo, 'src/a.txt');
      return repo;
    },
  },
  {
    name: 'the old crlf attribute, with core.eol=crlf',
    converted: 'src/a.txt',
    build: () => {
      const repo = makeRepo({ ...BASE, '.gitattributes': '*.txt crlf\n' });
      repo.git('config', 'core.eol', 'crlf');
      checkoutAgain(repo, 'src/a.txt');
      return repo;
    },
  },
  {
    name: 'eol=crlf alone in info/attributes (no .gitattributes)',
    converted: 'src/a.txt',
    build: () => {
      const repo = makeRepo(BASE);
      writeFileSync(join(repo.dir, '.git', 'info', 'attributes'), '*.txt eol=crlf\n');
      checkoutAgain(repo, 'src/a.txt');
      return repo;
    },
  },
  {
    name: 'core.autocrlf=true beside -text files (binary: never converted)',
    plainClone: true,
    converted: 'src/a.txt',
    build: () => {
      const repo = makeRepo({
        ...BASE,
        '.gitattributes': '*.bin -text\n',
        'src/c.bin': 'x\r\ny\n',
      });
      repo.git('config', 'core.autocrlf', 'true');
      checkoutAgain(repo, 'src/a.txt', 'src/b.bin', 'src/c.bin', 'lepton.yml');
      return repo;
    },
  },
  {
    name: 'ident ($Id$ expanded)',
    converted: 'src/id.txt',
    build: () => {
      const repo = makeRepo({
        ...BASE,
        '.gitattributes': 'src/*.txt ident\n',
        'src/id.txt': '$Id$\nbody\n',
      });
      checkoutAgain(repo, 'src/id.txt');
      return repo;
    },
  },
  {
    name: 'a clean/smudge filter that keeps the size (tr)',
    plainClone: true,
    converted: 'src/a.txt',
    build: () => {
      const repo = makeRepo();
      repo.git('config', 'filter.up.clean', 'tr A-Z a-z');
      repo.git('config', 'filter.up.smudge', 'tr a-z A-Z');
      repo.write({ ...BASE, '.gitattributes': 'src/*.txt filter=up\n' });
      repo.commit('filtered');
      checkoutAgain(repo, 'src/a.txt');
      return repo;
    },
  },
  {
    name: 'working-tree-encoding=UTF-16',
    converted: 'src/u.txt',
    skip: () => (workingTreeEncodingWorks() ? null : 'git here has no working-tree-encoding'),
    build: () =>
      makeRepo({
        ...BASE,
        '.gitattributes': 'src/u.txt text working-tree-encoding=UTF-16\n',
        'src/u.txt': utf16('héllo\nworld\n'),
      }),
  },
  {
    name: 'Git LFS (smudged content, pointer blobs)',
    plainClone: true,
    converted: 'src/w.bin',
    build: () => {
      requireLfs();
      const repo = makeRepo();
      repo.git('lfs', 'install', '--local');
      repo.git('lfs', 'track', 'src/*.bin');
      repo.write({ ...BASE, 'src/w.bin': Buffer.alloc(5000, 3) });
      repo.commit('lfs');
      return repo;
    },
  },
];

const manifest = load(MANIFEST);

async function fingerprintOf(dir: string, cacheDir: string | null) {
  return fingerprintWithStats(manifest, { modelDir: dir, repoRoot: dir, cacheDir, env: ENV });
}

async function atCommit(repo: TestRepo): Promise<string> {
  const r = await fingerprintAtCommit(new Git(repo.dir, ENV), 'HEAD', manifest, '', null);
  if (!r.ok) throw new Error(r.problem);
  return r.fingerprint;
}

const blobOf = (repo: TestRepo, path: string): Buffer =>
  execFileSync('git', ['cat-file', 'blob', `HEAD:${path}`], { cwd: repo.dir, env: ENV });

describe.each(SETUPS)('$name', (setup) => {
  let repo: TestRepo;
  let clone: TestRepo | null = null;
  const skipped = setup.skip?.() ?? null;
  const test = skipped ? it.skip : it;

  beforeAll(() => {
    if (!skipped) repo = setup.build();
  });
  afterAll(() => {
    repo?.cleanup();
    clone?.cleanup();
  });

  test('the setup converts: a file differs from its blob while git calls it unmodified', () => {
    expect(repo.git('status', '--porcelain')).toBe('');
    if (setup.converted === null) return;
    const disk = readFileSync(join(repo.dir, setup.converted));
    expect(disk.equals(blobOf(repo, setup.converted))).toBe(false);
  });

  test("the work tree's fingerprint is its commit's: no cache, a cold cache, a warm one", async () => {
    const commit = await atCommit(repo);
    expect(
      (
        await fingerprintModel(manifest, {
          modelDir: repo.dir,
          repoRoot: repo.dir,
          cacheDir: null,
          env: ENV,
        })
      ).fingerprint,
    ).toBe(commit);
    const cacheDir = join(repo.dir, '.git', 'lepton');
    const cold = await fingerprintOf(repo.dir, cacheDir);
    expect(cold.fingerprint.fingerprint).toBe(commit);
    // Git now calls them modified (their stat data changed), their content the same.
    const past = new Date(Date.now() - 10_000);
    for (const f of repo.git('ls-files', '-z').split('\0').filter(Boolean)) {
      execFileSync('touch', ['-d', past.toISOString(), join(repo.dir, f)]);
    }
    expect(repo.git('diff-files', '--name-only')).not.toBe('');
    expect((await fingerprintOf(repo.dir, cacheDir)).fingerprint.fingerprint).toBe(commit);
    // Git's word again (as `git status` refreshes the index), once the files and the index are
    // old enough for the cache to keep them (its racy margin is 2 s): records from the cache,
    // then without an lstat.
    repo.git('update-index', '-q', '--refresh');
    await new Promise((r) => setTimeout(r, 2100));
    const again = await fingerprintOf(repo.dir, cacheDir);
    expect(again.fingerprint.fingerprint).toBe(commit);
    const warm = await fingerprintOf(repo.dir, cacheDir);
    expect(warm.fingerprint.fingerprint).toBe(commit);
    expect(warm.stats.vouched).toBeGreaterThan(0);
    expect(warm.stats.hashed).toBe(0);
  });

  test('record, record again (unchanged, trusted), promote', async () => {
    const first = await runCli(repo.dir, ['record', '--no-baseline']);
    expect(first.stderr).not.toContain('not trusted');
    expect(first.code).toBe(0);
    const again = await runCli(repo.dir, ['record']);
    expect(again.stderr).not.toContain('not trusted');
    expect(again.stdout).toContain('Unchanged: foo@v0.1.0 already records this fingerprint');
    expect(again.code).toBe(0);
    const promoted = await runCli(repo.dir, ['promote', '0.1.0', 'staging']);
    expect(promoted.stderr).not.toContain('not trusted');
    expect(promoted.code).toBe(0);
    expect(repo.git('tag', '--list', 'foo#staging#*').trim()).toBe('foo#staging#1');
  });

  test('a plain LF clone of the same commit fingerprints the same: status unchanged', async () => {
    repo.git('push', '-q', 'origin', 'main', '--tags');
    clone = cloneOf(repo.remote);
    if (setup.plainClone) {
      // Checked out with no conversion (nor LFS filter): the blob's bytes as they are.
      const disk = readFileSync(join(clone.dir, setup.converted as string));
      expect(disk.equals(blobOf(clone, setup.converted as string))).toBe(true);
    }
    const mine = JSON.parse((await runCli(repo.dir, ['status', '--json'])).stdout);
    const r = await runCli(clone.dir, ['status', '--json']);
    expect(r.code).toBe(0);
    const theirs = JSON.parse(r.stdout);
    expect(theirs.fingerprint).toBe(mine.fingerprint);
    expect(theirs.fingerprint).toBe(await atCommit(repo));
    expect(theirs.latest).toMatchObject({ version: '0.1.0' });
    expect(theirs.changed).toEqual({ components: [], data: [] });
  });

  test('a converted file edited in the work tree still counts as changed', async () => {
    const path = setup.converted ?? 'src/a.txt';
    const before = readFileSync(join(repo.dir, path));
    repo.write({ [path]: Buffer.concat([before, Buffer.from('more\n')]) });
    const r = await runCli(repo.dir, ['status', '--json']);
    const status = JSON.parse(r.stdout);
    expect(status.changed).toEqual({ components: ['code'], data: [] });
    const cached = await fingerprintOf(repo.dir, join(repo.dir, '.git', 'lepton'));
    expect(cached.fingerprint.fingerprint).toBe(status.fingerprint);
    repo.write({ [path]: before });
  });
});

describe('a record the stat cache kept before the file was committed', () => {
  let repo: TestRepo | null = null;
  afterAll(() => repo?.cleanup());

  it.each([
    ['untracked', false],
    ['edited', true],
  ])(
    'is not served once the file is committed converted (%s, then `git add`, core.autocrlf=input)',
    async (_, tracked) => {
      repo?.cleanup();
      repo = makeRepo(tracked ? { ...BASE, 'src/c.txt': 'old\n' } : BASE);
      repo.git('config', 'core.autocrlf', 'input');
      repo.write({ 'src/c.txt': 'x\r\ny\r\n' });
      // Old enough for the cache to keep its record by its stat data (racy margin: 2 s).
      await new Promise((r) => setTimeout(r, 2100));
      const cacheDir = join(repo.dir, '.git', 'lepton');
      await fingerprintOf(repo.dir, cacheDir);
      // `git add` keeps the file's stat data and stores it as LF.
      repo.commit('crlf committed');
      expect(blobOf(repo, 'src/c.txt').toString()).toBe('x\ny\n');
      const after = await fingerprintOf(repo.dir, cacheDir);
      expect(after.stats.cached).toBeGreaterThan(0);
      expect(after.fingerprint.fingerprint).toBe(await atCommit(repo));
      // Kept as amended: the next run under this index says the same.
      expect((await fingerprintOf(repo.dir, cacheDir)).fingerprint.fingerprint).toBe(
        await atCommit(repo),
      );
    },
  );
});
