// New-user trial, items 3-5: command lines the CLI cannot honour are usage errors (exit 2) that
// say what to type instead; none is silently ignored.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_NAMES } from '../helpers/commands.js';
import { runCli, type TestRepo } from '../helpers/repo.js';
import { evalRepo } from '../registry/eval-fixture.js';

const repos: TestRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
});

/** One repository for the whole file: nothing below may change it (each case checks). */
const shared = (() => {
  let made: TestRepo | null = null;
  return () => {
    if (!made) {
      made = evalRepo('0.95');
      repos.push(made);
    }
    return made;
  };
})();

describe('eval --out without --shard (item 3)', () => {
  it.each([
    [['eval', '--out', 'x.json']],
    [['eval', '--out=x.json', '--force']],
    [['eval', '--report', 'r.md', '--out', 'x.json']],
  ])('%j: exit 2, says --out is for --shard, runs nothing', async (args) => {
    const repo = shared();
    const r = await runCli(repo.dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --out is for --shard /);
    expect(existsSync(join(repo.dir, 'x.json'))).toBe(false);
    expect(existsSync(join(repo.dir, 'r.md'))).toBe(false);
    // The eval never ran (it writes out/metrics.json).
    expect(existsSync(join(repo.dir, 'out'))).toBe(false);
  });

  it('--json: one JSON document, a usage error', async () => {
    const r = await runCli(shared().dir, ['eval', '--out', 'x.json', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      error: {
        kind: 'usage',
        code: 2,
        message:
          '--out is for --shard (where the shard result is written); the Markdown report is --report',
      },
    });
  });
});

describe('a global option after the command (item 4)', () => {
  it.each([
    [['status', '-C', 'sub'], '-C/--cwd', 'lepton --cwd sub status …'],
    [['status', '--cwd=sub'], '-C/--cwd', 'lepton --cwd sub status …'],
    [['ls', '--manifest', 'x/*.yml'], '-m/--manifest', "lepton --manifest 'x/*.yml' ls …"],
    [['validate', '-m', 'other.yml'], '-m/--manifest', 'lepton --manifest other.yml validate …'],
    [['eval', '--force', '-Cmodels/a b'], '-C/--cwd', "lepton --cwd 'models/a b' eval …"],
  ])('%j: exit 2, says to put %s before the command', async (args, flag, example) => {
    const repo = shared();
    const r = await runCli(repo.dir, args);
    expect(r.code).toBe(2);
    const command = args[0] as string;
    expect(r.stderr.split('\n')[0]).toBe(
      `error: ${flag} is an option of lepton, not of ${command}: put it before the command (${example})`,
    );
    expect(existsSync(join(repo.dir, 'out'))).toBe(false);
  });

  it('--json: a usage error as one JSON document; the form it names works', async () => {
    const repo = shared();
    const r = await runCli(repo.dir, ['ls', '--json', '--manifest', 'lepton.yml']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ kind: 'usage', code: 2 });
    const ok = await runCli(repo.dir, ['--manifest', 'lepton.yml', 'ls', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).models).toHaveLength(1);
  });

  it('each --help shows a global option it mentions in front of the command, and lists none', async () => {
    const repo = shared();
    const wrong: string[] = [];
    for (const cmd of COMMAND_NAMES) {
      const h = (await runCli(repo.dir, [cmd, '--help'])).stdout.replace(/\s+/g, ' ');
      for (const m of h.matchAll(/(\S+ )?(--manifest|--cwd|-C|-m)\b/g)) {
        if (m[1] !== 'lepton ' && m[1] !== '`lepton ') wrong.push(`${cmd}: ${m[0]}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('an unknown command (item 5)', () => {
  const HELP = 'Run `lepton --help` to list the commands.';
  it.each([
    [
      ['log'],
      '(Did you mean history? `lepton history` is the log of stage changes; `lepton show` lists the versions)',
    ],
    [['stat'], '(Did you mean status?)'],
    [['-C', '.', 'recrod', '--push'], '(Did you mean record?)'],
    [
      ['assign', '1.0.0', 'prod'],
      '(Did you mean promote? `lepton promote VERSION STAGE` assigns a stage after its thresholds pass)',
    ],
    [['frobnicate'], null],
  ])('%j: the error, a suggestion, a pointer to --help; not the whole help', async (args, hint) => {
    const r = await runCli(shared().dir, args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const word = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-C') as string;
    expect(r.stderr).toBe(
      [`error: unknown command '${word}'`, ...(hint ? [hint] : []), HELP, ''].join('\n'),
    );
  });

  it('--json: one JSON document, a usage error', async () => {
    const r = await runCli(shared().dir, ['log', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      error: { kind: 'usage', code: 2, message: "unknown command 'log'" },
    });
  });

  it("a command's own usage error still shows that command's help", async () => {
    const r = await runCli(shared().dir, ['status', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: unknown option '--bogus'\n\nUsage: lepton status [options]");
  });
});
