// Whether git may convert files at checkout, told once per run from a few files and without a
// git process (src/io/files/committed.ts): false only when nothing git reads can make it
// convert, so the common case hashes the work tree's bytes exactly as before.
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { conversionIn, conversionMayApply } from '../../src/io/files/committed.js';
import { countOf, gitLog } from '../helpers/git-log.js';
import { GIT_ENV, makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';

const repos: TestRepo[] = [];
const homes: string[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
  for (const h of homes.splice(0)) rmSync(h, { recursive: true, force: true });
});

interface Case {
  readonly name: string;
  /** Changes the repository (and the home folder) before the question. */
  readonly arrange?: (repo: TestRepo, home: string) => void;
  readonly env?: Record<string, string>;
  /** The folder listed, below the top level. */
  readonly sub?: string;
  readonly expected: boolean;
  /** conversionIn's answer: which files may be converted. */
  readonly where: 'none' | 'attributes' | 'any';
}

const CASES: Case[] = [
  { name: 'nothing configured', expected: false, where: 'none' },
  {
    name: 'core.autocrlf=false in the repository (its word still read: conservative)',
    arrange: (r) => r.git('config', 'core.autocrlf', 'false'),
    expected: true,
    where: 'any',
  },
  {
    name: 'core.autocrlf=true in the repository',
    arrange: (r) => r.git('config', 'core.autocrlf', 'true'),
    expected: true,
    where: 'any',
  },
  {
    name: 'core.eol=crlf alone (no attribute asks for it)',
    arrange: (r) => r.git('config', 'core.eol', 'crlf'),
    expected: false,
    where: 'none',
  },
  {
    name: 'a filter driver configured but no attribute using it',
    arrange: (r) => r.git('config', 'filter.up.clean', 'tr A-Z a-z'),
    expected: false,
    where: 'none',
  },
  {
    name: 'an include in the repository config',
    arrange: (r) => r.git('config', 'include.path', '/nowhere'),
    expected: true,
    where: 'any',
  },
  {
    name: 'a .gitattributes listed',
    arrange: (r) => r.write({ 'm/.gitattributes': '*.txt text\n' }),
    sub: 'm',
    expected: true,
    where: 'attributes',
  },
  {
    name: 'a .gitattributes and core.autocrlf=true',
    arrange: (r) => {
      r.write({ '.gitattributes': '*.bin -text\n' });
      r.git('config', 'core.autocrlf', 'true');
    },
    expected: true,
    where: 'any',
  },
  {
    name: 'a .gitattributes above the listed folder',
    arrange: (r) => r.write({ '.gitattributes': '*.txt text\n' }),
    sub: 'm',
    expected: true,
    where: 'attributes',
  },
  {
    name: "the repository's info/attributes",
    arrange: (r) => writeFileSync(join(r.dir, '.git', 'info', 'attributes'), '* text\n'),
    expected: true,
    where: 'attributes',
  },
  {
    name: "the user's attributes file",
    arrange: (_, home) => {
      mkdirSync(join(home, '.config', 'git'), { recursive: true });
      writeFileSync(join(home, '.config', 'git', 'attributes'), '* text\n');
    },
    expected: true,
    where: 'attributes',
  },
  {
    name: "core.autocrlf in the user's config",
    arrange: (_, home) => writeFileSync(join(home, 'gitconfig'), '[core]\n\tautocrlf = true\n'),
    env: { GIT_CONFIG_GLOBAL: 'HOME/gitconfig' },
    expected: true,
    where: 'any',
  },
  {
    name: 'git -c (GIT_CONFIG_PARAMETERS)',
    env: { GIT_CONFIG_PARAMETERS: "'core.autocrlf'='true'" },
    expected: true,
    where: 'any',
  },
  { name: 'GIT_CONFIG_COUNT', env: { GIT_CONFIG_COUNT: '1' }, expected: true, where: 'any' },
  {
    name: 'git not on PATH (its system config unknown)',
    env: { PATH: '/nonexistent', GIT_CONFIG_NOSYSTEM: '' },
    expected: true,
    where: 'any',
  },
];

describe('conversionMayApply, conversionIn', () => {
  it.each(CASES)('$name: $expected, $where', ({ arrange, env, sub, expected, where }) => {
    const repo = makeRepo({ 'm/a.txt': 'a\n', 'lepton.yml': 'x' });
    repos.push(repo);
    const home = tempDir('lepton-home-');
    homes.push(home);
    arrange?.(repo, home);
    const listedDir = sub ? join(repo.dir, sub) : repo.dir;
    const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
      cwd: listedDir,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    const extra = Object.fromEntries(
      Object.entries(env ?? {}).map(([k, v]) => [k, v.replace('HOME', home)]),
    );
    const scope = {
      repoRoot: repo.dir,
      listedDir,
      listed,
      gitDir: join(repo.dir, '.git'),
      env: {
        PATH: process.env.PATH ?? '',
        ...GIT_ENV,
        GIT_ATTR_NOSYSTEM: '1',
        HOME: home,
        ...extra,
      },
    };
    expect(conversionMayApply(scope)).toBe(process.platform === 'win32' ? true : expected);
    expect(conversionIn(scope)).toBe(process.platform === 'win32' ? 'any' : where);
  });
});

// What the gate costs where it says "may": a cold run asks git about the tracked files it reads
// once (check-attr), and asks for blob sizes only for files whose line endings may change. A
// repository whose attributes mark only LFS files (every Git LFS user has a .gitattributes)
// pays one check-attr, no cat-file --batch-check.
describe('what a cold run asks git under each answer', () => {
  const log = gitLog();
  afterAll(() => rmSync(log.bin, { recursive: true, force: true }));
  const MANIFEST =
    'version: 1\nmodel: m\ncomponents:\n  code:\n    paths: [src/**]\n' +
    'eval:\n  command: "true"\n  metrics: m.json\n';
  it.each([
    { name: 'no attributes, no autocrlf', attrs: null, autocrlf: false, checks: 0, sizes: 0 },
    {
      name: 'attributes marking only LFS files',
      attrs: '*.bin filter=lfs diff=lfs merge=lfs -text\n',
      autocrlf: false,
      checks: 1,
      sizes: 0,
    },
    {
      name: 'attributes marking text files',
      attrs: '*.txt text\n',
      autocrlf: false,
      checks: 1,
      sizes: 1,
    },
    { name: 'core.autocrlf=true', attrs: null, autocrlf: true, checks: 1, sizes: 1 },
  ])(
    '$name: $checks check-attr, $sizes cat-file --batch-check',
    async ({ attrs, autocrlf, checks, sizes }) => {
      const files: Record<string, string> = { 'lepton.yml': MANIFEST };
      for (let i = 0; i < 20; i++) files[`src/f${i}.txt`] = `line ${i}\n`;
      if (attrs) files['.gitattributes'] = attrs;
      const repo = makeRepo(files);
      repos.push(repo);
      if (autocrlf) repo.git('config', 'core.autocrlf', 'true');
      log.clear();
      const r = await runCli(repo.dir, ['status', '--json'], { ...log.env, HOME: repo.dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lines = log.lines();
      expect(countOf(lines, 'check-attr')).toBe(checks);
      expect(countOf(lines, 'cat-file --batch-check')).toBe(sizes);
    },
  );
});
