// `lepton COMMAND --help` explains each command to a new user (trial, item 4): it exits 0,
// lists the command's exit codes, and marks the options it cannot run without.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { runCli, tempDir } from '../helpers/repo.js';
import { COMMAND_NAMES } from '../helpers/commands.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The commands `lepton --help` lists, but `help` itself. */
async function commands(): Promise<string[]> {
  const r = await runCli(dir, ['--help']);
  expect(r.code).toBe(0);
  const section = r.stdout.split('\nCommands:\n')[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z]+)\b/gm)]
    .map((m) => m[1] as string)
    .filter((c) => c !== 'help');
}

describe('--help on every command', () => {
  it('lists every command, each with its exit codes', async () => {
    const all = await commands();
    // Those the README's CLI section and docs/ name: none missing from the listing.
    expect(all).toEqual(expect.arrayContaining([...COMMAND_NAMES]));
    const missing: string[] = [];
    for (const cmd of all) {
      const h = await runCli(dir, [cmd, '--help']);
      expect({ cmd, code: h.code }).toEqual({ cmd, code: 0 });
      expect(h.stdout).toContain(`Usage: lepton ${cmd} `);
      if (!/\nExit codes: 0 /.test(h.stdout)) missing.push(cmd);
    }
    expect(missing).toEqual([]);
  });

  it.each([
    ['rollback', '--reason <text>'],
    ['site', '--out <dir>'],
  ])('%s marks %s as required', async (cmd, option) => {
    const h = await runCli(dir, [cmd, '--help']);
    expect(h.stdout).toMatch(new RegExp(`\\n {2}${option.replace(/[<>]/g, '.')} +\\(required\\) `));
  });
});
