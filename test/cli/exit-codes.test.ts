// New-user trial, item 2: each command's exit codes are said in one table
// (src/cli/exit-codes.ts); its --help prints that line and the README's CLI section lists it,
// and the codes the table promises are the ones the command exits with.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_EXIT_CODES, exitCodesText } from '../../src/cli/exit-codes.js';
import { COMMAND_NAMES } from '../helpers/commands.js';
import { PROJECT, runCli, tempDir, type TestRepo } from '../helpers/repo.js';
import { evalRepo } from '../registry/eval-fixture.js';

const dir = tempDir();
const repos: TestRepo[] = [];
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const r of repos) r.cleanup();
});

/** The README's table of each command's exit codes: command → its cell, as written. */
function readmeTable(): Map<string, string> {
  const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
  const section = readme.split("\nEach command's exit codes, as its `--help` lists them")[1] ?? '';
  const rows = new Map<string, string>();
  for (const line of section.split('\n\n')[1]?.split('\n') ?? []) {
    const m = /^\| `([a-z]+)` +\| (.*?) +\|$/.exec(line);
    if (m) rows.set(m[1] as string, m[2] as string);
  }
  return rows;
}

describe('exit codes: one table, said alike by --help and the README', () => {
  const readme = readmeTable();

  it('the table, the README and the CLI name the same commands', () => {
    expect(Object.keys(COMMAND_EXIT_CODES).sort()).toEqual([...COMMAND_NAMES].sort());
    expect([...readme.keys()].sort()).toEqual([...COMMAND_NAMES].sort());
  });

  it.each(COMMAND_NAMES.map((c) => [c]))('%s --help says what the README says', async (cmd) => {
    const h = await runCli(dir, [cmd, '--help']);
    expect(h.code).toBe(0);
    const line = h.stdout.split('\n').filter((l) => l.startsWith('Exit codes: '));
    expect(line).toEqual([`Exit codes: ${readme.get(cmd)}.`]);
    expect(readme.get(cmd)).toBe(exitCodesText(cmd));
    // Every command refuses a command line it cannot read with 2: each says so.
    expect(COMMAND_EXIT_CODES[cmd].map(([code]) => code)).toContain(2);
  });
});

/** A model with a staging stage that has no monitor section (the trial's repository). */
const recorded = (() => {
  let made: Promise<TestRepo> | null = null;
  return () =>
    (made ??= (async () => {
      const repo = evalRepo('0.95');
      repos.push(repo);
      expect((await runCli(repo.dir, ['record'])).code).toBe(0);
      return repo;
    })());
})();

const CASES: readonly [string, string[], number, RegExp][] = [
  ['monitor, a stage with no monitor section', ['monitor', 'staging'], 2, /no monitor section/],
  ['merge, a file that is not there', ['merge', 'x.json'], 2, /x\.json: no such file/],
  [
    'record --from-shards, a file that is not there',
    ['record', '--from-shards', 'x.json'],
    2,
    /x\.json: no such file/,
  ],
  [
    'merge, a file that cannot be read (a path through a file)',
    ['merge', 'lepton.yml/x.json'],
    2,
    /lepton\.yml\/x\.json: a folder on its path is a file/,
  ],
];

describe('the codes the table names are the codes the commands exit with', () => {
  it.each(CASES)('%s: exit %i', async (_, args, code, message) => {
    const repo = await recorded();
    const r = await runCli(repo.dir, [...args, '--json']);
    expect(r.code).toBe(code);
    expect(JSON.parse(r.stdout).error).toMatchObject({
      code,
      message: expect.stringMatching(message),
    });
    const command = args[0] as keyof typeof COMMAND_EXIT_CODES;
    expect(COMMAND_EXIT_CODES[command].map(([c]) => c)).toContain(code);
  });
});
