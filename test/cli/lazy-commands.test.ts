// The CLI loads only the module of the command it runs (src/cli/program.ts): which one is read
// from the command line the way commander reads it, and anything else loads every command, so
// help, suggestions and usage errors are what they were.
import { describe, expect, it } from '@jest/globals';
import { commandWord, runCli } from '../../src/cli/program.js';
import { COMMAND_NAMES } from '../helpers/commands.js';
import { inProcess } from '../helpers/in-process.js';

describe('the command word of a command line', () => {
  it.each([
    [['validate'], 'validate'],
    [['-C', 'sub', '-m', 'x.yml', 'record', '--push'], 'record'],
    [['--cwd=sub', '--manifest', 'validate', 'status'], 'status'],
    [['-Csub', '-mvalidate.yml', 'affected', '--base', 'main'], 'affected'],
    [['--version'], null],
    [['-h'], null],
    [[], null],
    [['--', 'validate'], null],
    [['valdate'], 'valdate'],
  ])('%j → %j', (argv, word) => {
    expect(commandWord(argv)).toBe(word);
  });
});

/** stdout, stderr and the exit code of one in-process run. */
async function cli(argv: string[]): Promise<{ out: string; err: string; code: number }> {
  const r = await inProcess(runCli, argv, { env: {}, cwd: process.cwd() });
  return { out: r.stdout, err: r.stderr, code: r.code };
}

const ALL: readonly string[] = COMMAND_NAMES;

describe('commands load on demand', () => {
  it('--help lists every command, in the order they were always listed', async () => {
    const { out, code } = await cli(['--help']);
    expect(code).toBe(0);
    const listed = [...out.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]);
    expect(listed).toEqual([...ALL, 'help']);
  });

  // As commander always answered them: the version, even after --help.
  it.each([['--version'], ['-C', '.', '-V'], ['--version', '--help'], ['-h', '-V']])(
    '%j prints the version alone',
    async (...argv) => {
      const { out, code } = await cli(argv);
      expect(code).toBe(0);
      expect(out).toMatch(/^\d+\.\d+\.\d+\n$/);
    },
  );

  it('a misspelt command is still refused with a suggestion from all commands', async () => {
    const { err, code } = await cli(['-C', '.', 'afected']);
    expect(code).toBe(2);
    expect(err).toContain("error: unknown command 'afected'");
    expect(err).toContain('(Did you mean affected?)');
  });

  it('a command that shares its module with another still gets its own options', async () => {
    const { out, code } = await cli(['affected', '--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: lepton affected/m);
  });
});
