import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { CLI, GIT_ENV, makeRepo, runCli, type TestRepo } from '../helpers/repo.js';
import { recordableManifest } from '../helpers/in-process.js';

/**
 * What the CLI does when it cannot write its output (src/cli/output-guard.ts). A reader that
 * closes its end of the pipe (`lepton show --json | head -1`) made Node throw an unhandled
 * EPIPE with a stack trace, exit 1, wherever the command was; a full disk (`> /dev/full`) did
 * the same, or (validate) lost the output and exited 0. Now a closed pipe ends the output only
 * (the command finishes, its own exit code), and any other failure to write is said on stderr
 * and exits 74 (sysexits' EX_IOERR) unless the command failed anyway.
 */

/** How a stream of the child is given: read to the end, a pipe closed before the child writes, /dev/full. */
type Sink = 'read' | 'closed' | 'full';

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(
  args: readonly string[],
  cwd: string,
  sinks: { stdout: Sink; stderr: Sink },
  script = CLI,
): Promise<Run> {
  const full: number[] = [];
  const stdio = (s: Sink) => {
    if (s !== 'full') return 'pipe' as const;
    const fd = openSync('/dev/full', 'w');
    full.push(fd);
    return fd;
  };
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...GIT_ENV },
      stdio: ['ignore', stdio(sinks.stdout), stdio(sinks.stderr)],
    });
    for (const fd of full) closeSync(fd);
    const text = { stdout: '', stderr: '' };
    for (const name of ['stdout', 'stderr'] as const) {
      const stream = child[name];
      if (stream === null) continue;
      // Closed before the child can have written: Node takes ~50 ms to start a script.
      if (sinks[name] === 'closed') stream.destroy();
      else stream.on('data', (b: Buffer) => (text[name] += b.toString()));
    }
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, ...text }));
  });
}

const MANIFEST = recordableManifest('{"acc": 0.9}', ['stages:', '  production: {}']);

let repo: TestRepo;
beforeAll(async () => {
  repo = makeRepo({ 'lepton.yml': MANIFEST, 'src/a.txt': 'a\n', '.gitignore': 'out/\n' });
  // A first version, so that show and status have something to print.
  const r = await runCli(repo.dir, ['record', '--push']);
  expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
});
afterAll(() => repo.cleanup());

describe('the setup', () => {
  it('control: a Node script writing to a pipe closed this way dies of an unhandled EPIPE', async () => {
    const r = await run(
      ['setTimeout(() => { process.stdout.write("x\\n"); setTimeout(() => {}, 100); }, 200)'],
      repo.dir,
      { stdout: 'closed', stderr: 'read' },
      '-e', // `node -e CODE`: run() puts its script before the arguments
    );
    expect([r.code, r.stderr]).toEqual([
      1,
      expect.stringMatching(/Unhandled 'error' event[\s\S]*EPIPE/),
    ]);
  });
});

describe('a reader that closes its end of the pipe ends the output, not the command', () => {
  const cases: [string, string[], { stdout: Sink; stderr: Sink }, number][] = [
    ['show --json, stdout closed', ['show', '--json'], { stdout: 'closed', stderr: 'read' }, 0],
    ['show, text, stdout closed', ['show'], { stdout: 'closed', stderr: 'read' }, 0],
    ['status --json, stdout closed', ['status', '--json'], { stdout: 'closed', stderr: 'read' }, 0],
    ['--help, stdout closed', ['--help'], { stdout: 'closed', stderr: 'read' }, 0],
    ['--version, stdout closed', ['--version'], { stdout: 'closed', stderr: 'read' }, 0],
    ['validate (fast path), stderr closed', ['validate'], { stdout: 'read', stderr: 'closed' }, 0],
    ['an unknown command, stderr closed', ['nosuch'], { stdout: 'read', stderr: 'closed' }, 2],
    [
      'a missing manifest, --json, both closed',
      ['-m', 'missing.yml', 'status', '--json'],
      { stdout: 'closed', stderr: 'closed' },
      2,
    ],
  ];
  it.each(cases)(
    '%s: the command’s own exit code, no stack trace',
    async (_name, args, sinks, code) => {
      const r = await run(args, repo.dir, sinks);
      expect([r.code, r.signal]).toEqual([code, null]);
      expect(r.stderr).not.toMatch(/EPIPE|Unhandled|node:events|at .*\(/);
      expect(r.stdout).not.toMatch(/EPIPE|Unhandled/);
    },
  );

  it('record with both outputs closed still tags and pushes, and exits 0', async () => {
    repo.write({ 'src/a.txt': 'b\n' });
    repo.commit('change');
    const r = await run(['record', '--push'], repo.dir, { stdout: 'closed', stderr: 'closed' });
    expect([r.code, r.signal]).toEqual([0, null]);
    expect(repo.git('tag', '-l', 'demo@*').trim().split('\n')).toEqual([
      'demo@v0.1.0',
      'demo@v0.2.0',
    ]);
    expect(repo.git('ls-remote', '--tags', 'origin', 'demo@v0.2.0')).toMatch(
      /refs\/tags\/demo@v0\.2\.0/,
    );
  });
});

describe('any other failure to write is said, and the run does not exit 0', () => {
  it('show --json > /dev/full: exit 74, stderr names stdout and ENOSPC', async () => {
    const r = await run(['show', '--json'], repo.dir, { stdout: 'full', stderr: 'read' });
    expect(r.code).toBe(74);
    expect(r.stderr).toBe('lepton: could not write to stdout (ENOSPC): its output is incomplete\n');
  });

  it('show, text, > /dev/full: exit 74', async () => {
    const r = await run(['show'], repo.dir, { stdout: 'full', stderr: 'read' });
    expect(r.code).toBe(74);
    expect(r.stderr).toMatch(/could not write to stdout \(ENOSPC\)/);
  });

  it('validate 2> /dev/full (its OK line is on stderr): exit 74', async () => {
    const r = await run(['validate'], repo.dir, { stdout: 'read', stderr: 'full' });
    expect([r.code, r.stdout]).toEqual([74, '']);
  });

  it("a failure of the command's own keeps its code: status of a missing manifest, --json > /dev/full", async () => {
    const r = await run(['-m', 'missing.yml', 'status', '--json'], repo.dir, {
      stdout: 'full',
      stderr: 'read',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lepton: .*missing\.yml/m);
    expect(r.stderr).toMatch(/could not write to stdout \(ENOSPC\)/);
  });

  it('control: the same commands with readable outputs exit 0 and print', async () => {
    const r = await run(['show', '--json'], repo.dir, { stdout: 'read', stderr: 'read' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ model: 'demo' });
  });
});
