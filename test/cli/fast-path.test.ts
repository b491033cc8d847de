// A plain `lepton validate` runs without commander (src/cli/fast.ts, issue 23 item 4). It must
// read exactly the command lines commander reads one way, and answer them as the commander path
// does: same stdout, stderr and exit code, byte for byte. Anything else is commander's.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { demoManifest, inProcess } from '../helpers/in-process.js';
import { runFast } from '../../src/cli/fast.js';
import { fastCommandLine, printVersion } from '../../src/cli/fast-line.js';
import { runCommander } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/shell.js';
import { GIT_ENV, makeRepo, tempDir, writeFiles, type TestRepo } from '../helpers/repo.js';
import { COMMAND_NAMES } from '../helpers/commands.js';

describe('the command lines answered without commander', () => {
  const defaults = { manifest: 'lepton.yml', cwd: '.' };
  it.each([
    [['validate'], defaults],
    [['-C', 'sub', 'validate'], { ...defaults, cwd: 'sub' }],
    [['--cwd', 'sub', '-m', 'x.yml', 'validate'], { manifest: 'x.yml', cwd: 'sub' }],
    [['--cwd=sub', '--manifest=x.yml', 'validate'], { manifest: 'x.yml', cwd: 'sub' }],
    [['-Csub', '-mx.yml', 'validate'], { manifest: 'x.yml', cwd: 'sub' }],
    // A value that is the command's name is still the option's value.
    [['-m', 'validate', 'validate'], { ...defaults, manifest: 'validate' }],
  ])('%j → %j', (argv, globals) => {
    expect(fastCommandLine(argv)).toEqual({ command: 'validate', globals });
  });

  it.each([
    [[]],
    [['--help']],
    [['validate', '--help']],
    [['validate', '-h']],
    [['validate', '--json']],
    [['validate', 'extra']],
    [['--version', 'validate']],
    [['status']],
    [['valdate']],
    [['help', 'validate']],
    [['--', 'validate']],
    [['-C']],
    [['-C', 'validate']], // the directory "validate", then no command
    [['-C', '-x', 'validate']], // commander's reading of a value starting with "-" is commander's
    [['--cwd=', 'validate']],
    [['-C', 'a', '-C', 'b', 'validate']], // twice: commander's
    [['--cwdx', 'validate']],
    [['--manifestfile=x', 'validate']],
  ])('%j is commander’s', (argv) => {
    expect(fastCommandLine(argv)).toBeNull();
  });
});

/** stdout, stderr and the exit code of one in-process run. */
function run(
  how: (argv: readonly string[], io: CliIo) => Promise<number | null>,
  argv: readonly string[],
  cwd: string,
): Promise<{ stdout: string; stderr: string; code: number | null }> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...GIT_ENV };
  return inProcess(how, argv, { env, cwd });
}

const repos: TestRepo[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string>): string {
  const r = makeRepo(files);
  repos.push(r);
  return r.dir;
}

describe('lepton validate answers the same with and without commander', () => {
  const cases: Array<[string, () => string, string[]]> = [
    [
      'a valid manifest',
      () => repo({ 'lepton.yml': demoManifest('[src/**]'), 'src/a.py': 'x' }),
      [],
    ],
    [
      'a path that matches nothing (with a hint)',
      () => repo({ 'lepton.yml': demoManifest('[scr/**]'), 'src/a.py': 'x' }),
      [],
    ],
    [
      'a warning (the metrics file inside a component)',
      () => repo({ 'lepton.yml': demoManifest('[src/**, out/**]'), 'src/a.py': 'x' }),
      [],
    ],
    [
      'a manifest the schema refuses (placed issues, zod loaded)',
      () => repo({ 'lepton.yml': demoManifest('[src/**]', 'evall: 1\n'), 'src/a.py': 'x' }),
      [],
    ],
    ['YAML that does not parse', () => repo({ 'lepton.yml': 'model: [\n' }), []],
    ['no manifest', () => repo({ 'README.md': 'x' }), []],
    [
      'outside a git repository',
      () => {
        const d = tempDir();
        dirs.push(d);
        writeFiles(d, { 'lepton.yml': demoManifest('[src/**]'), 'src/a.py': 'x' });
        return d;
      },
      [],
    ],
    [
      'a model folder named by -C, its manifest by --manifest=',
      () => repo({ 'models/a/other.yml': demoManifest('[src/**]'), 'models/a/src/a.py': 'x' }),
      ['-C', 'models/a', '--manifest=other.yml'],
    ],
    [
      'a path above the model folder',
      () =>
        repo({
          'models/a/lepton.yml': demoManifest('[src/**, "../shared/**"]'),
          'models/a/src/a.py': 'x',
          'models/shared/s.py': 'y',
        }),
      ['-C', 'models/a'],
    ],
    [
      'a manifest named by -m from the top level',
      () => repo({ 'models/a/lepton.yml': demoManifest('[src/**]'), 'models/a/src/a.py': 'x' }),
      ['-mmodels/a/lepton.yml'],
    ],
  ];

  it.each(cases)('%s', async (_, setup, globals) => {
    const dir = setup();
    const argv = [...globals, 'validate'];
    const fast = await run(runFast, argv, dir);
    const commander = await run(runCommander, argv, dir);
    expect(fast.code).not.toBeNull();
    expect(fast).toEqual(commander);
  });
});

describe('--version without commander', () => {
  it.each([[['--version']], [['-V']]])('%j prints what commander prints', async (argv) => {
    const dir = tempDir();
    dirs.push(dir);
    const fast = await run(async (a, io) => printVersion(a, io), argv, dir);
    expect(fast.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(fast).toEqual(await run(runCommander, argv, dir));
  });

  it.each([[['--version', '--help']], [['-C', '.', '-V']], [['validate', '--version']], [['-v']]])(
    '%j is commander’s',
    (argv) => {
      expect(printVersion(argv, { stdout: new PassThrough() })).toBeNull();
    },
  );
});

describe('--help of a command loaded alone', () => {
  // `lepton CMD --help` registers CMD's module alone; `lepton help CMD` registers every command.
  it.each([...COMMAND_NAMES])(
    '%s --help is byte-identical to its `lepton help` (every command registered)',
    async (cmd) => {
      const dir = tempDir();
      dirs.push(dir);
      const alone = await run(runCommander, [cmd, '--help'], dir);
      const all = await run(runCommander, ['help', cmd], dir);
      expect(alone.code).toBe(0);
      expect(alone.stdout).toMatch(new RegExp(`^Usage: lepton ${cmd} `));
      expect(alone).toEqual(all);
    },
  );
});
