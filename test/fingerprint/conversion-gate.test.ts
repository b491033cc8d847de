// Whether git may convert files at checkout, told once per run from a few files and without a
// git process (src/io/files/committed.ts): false only when nothing git reads can make it
// convert, so the common case hashes the work tree's bytes exactly as before.
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { conversionMayApply } from '../../src/io/files/committed.js';
import { GIT_ENV, makeRepo, tempDir, type TestRepo } from '../helpers/repo.js';

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
}

const CASES: Case[] = [
  { name: 'nothing configured', expected: false },
  {
    name: 'core.autocrlf=false in the repository (its word still read: conservative)',
    arrange: (r) => r.git('config', 'core.autocrlf', 'false'),
    expected: true,
  },
  {
    name: 'core.autocrlf=true in the repository',
    arrange: (r) => r.git('config', 'core.autocrlf', 'true'),
    expected: true,
  },
  {
    name: 'core.eol=crlf alone (no attribute asks for it)',
    arrange: (r) => r.git('config', 'core.eol', 'crlf'),
    expected: false,
  },
  {
    name: 'a filter driver configured but no attribute using it',
    arrange: (r) => r.git('config', 'filter.up.clean', 'tr A-Z a-z'),
    expected: false,
  },
  {
    name: 'an include in the repository config',
    arrange: (r) => r.git('config', 'include.path', '/nowhere'),
    expected: true,
  },
  {
    name: 'a .gitattributes listed',
    arrange: (r) => r.write({ 'm/.gitattributes': '*.txt text\n' }),
    sub: 'm',
    expected: true,
  },
  {
    name: 'a .gitattributes above the listed folder',
    arrange: (r) => r.write({ '.gitattributes': '*.txt text\n' }),
    sub: 'm',
    expected: true,
  },
  {
    name: "the repository's info/attributes",
    arrange: (r) => writeFileSync(join(r.dir, '.git', 'info', 'attributes'), '* text\n'),
    expected: true,
  },
  {
    name: "the user's attributes file",
    arrange: (_, home) => {
      mkdirSync(join(home, '.config', 'git'), { recursive: true });
      writeFileSync(join(home, '.config', 'git', 'attributes'), '* text\n');
    },
    expected: true,
  },
  {
    name: "core.autocrlf in the user's config",
    arrange: (_, home) => writeFileSync(join(home, 'gitconfig'), '[core]\n\tautocrlf = true\n'),
    env: { GIT_CONFIG_GLOBAL: 'HOME/gitconfig' },
    expected: true,
  },
  {
    name: 'git -c (GIT_CONFIG_PARAMETERS)',
    env: { GIT_CONFIG_PARAMETERS: "'core.autocrlf'='true'" },
    expected: true,
  },
  { name: 'GIT_CONFIG_COUNT', env: { GIT_CONFIG_COUNT: '1' }, expected: true },
  {
    name: 'git not on PATH (its system config unknown)',
    env: { PATH: '/nonexistent', GIT_CONFIG_NOSYSTEM: '' },
    expected: true,
  },
];

describe('conversionMayApply', () => {
  it.each(CASES)('$name: $expected', ({ arrange, env, sub, expected }) => {
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
    const answer = conversionMayApply({
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
    });
    expect(answer).toBe(process.platform === 'win32' ? true : expected);
  });
});
