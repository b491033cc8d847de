import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Root of this project (tests run from it). */
export const PROJECT = resolve(import.meta.dirname ?? '.', '../..');
export const CLI = join(PROJECT, 'dist/cli.js');

/** A fixed identity so tests never depend on the machine's git config. */
export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function tempDir(prefix = 'lepton-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
}

/** Writes files (path → content) under root, creating folders. */
export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [p, content] of Object.entries(files)) {
    const full = join(root, p);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

export interface TestRepo {
  /** The work tree. */
  readonly dir: string;
  /** A bare repository registered as `origin`. */
  readonly remote: string;
  git(...args: string[]): string;
  write(files: Record<string, string | Buffer>): void;
  /** Stage everything and commit. */
  commit(message?: string): string;
  cleanup(): void;
}

/** A real repository with a bare "remote" beside it, on branch main. */
export function makeRepo(files: Record<string, string | Buffer> = {}): TestRepo {
  const base = tempDir();
  const dir = join(base, 'work');
  const remote = join(base, 'remote.git');
  mkdirSync(dir);
  git(base, 'init', '-q', '--bare', '-b', 'main', remote);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'remote', 'add', 'origin', remote);
  const repo = handle(base, dir, remote);
  if (Object.keys(files).length) {
    repo.write(files);
    repo.commit('initial');
  }
  return repo;
}

/**
 * A copy of `template` built by git in two spawns instead of makeRepo's six: its history
 * cloned into a new bare "remote" and cloned again as the work tree (a fresh checkout and
 * index, as a new clone of a shared fixture would be). For tests that need many repositories
 * with the same committed files; the template itself is never changed.
 */
export function copyRepo(template: TestRepo): TestRepo {
  const base = tempDir();
  const dir = join(base, 'work');
  const remote = join(base, 'remote.git');
  git(base, 'clone', '-q', '--bare', '--local', template.dir, remote);
  git(base, 'clone', '-q', '--local', remote, dir);
  return handle(base, dir, remote);
}

/**
 * Another clone of `remote` (someone else's work tree on the same remote), in a folder of its
 * own: `cleanup` removes it, not the remote.
 */
export function cloneOf(remote: string): TestRepo {
  const base = tempDir();
  const dir = join(base, 'work');
  git(base, 'clone', '-q', remote, dir);
  return handle(base, dir, remote);
}

/** The TestRepo for a work tree `dir` inside `base` (removed by cleanup), pushing to `remote`. */
function handle(base: string, dir: string, remote: string): TestRepo {
  return {
    dir,
    remote,
    git: (...args) => git(dir, ...args),
    write: (f) => writeFiles(dir, f),
    commit: (message = 'change') => {
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '--allow-empty', '-m', message);
      return git(dir, 'rev-parse', 'HEAD').trim();
    },
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI as a user would: `node dist/cli.js ARGS` in `cwd`. */
export function runCli(
  cwd: string,
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  as?: RunAs,
): Promise<RunResult> {
  return runNode(CLI, args, cwd, env, as);
}

/**
 * As runCli, killed (SIGKILL) after `ms`: for a command that may hang, so a test fails with the
 * child's exit (code -1, signal) instead of jest's timeout with the child left running.
 */
export function runCliWithin(
  ms: number,
  cwd: string,
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Promise<RunResult> {
  return runNode(CLI, args, cwd, env, undefined, ms);
}

/** Another user to run as (root reads every file: an unreadable one needs someone else). */
export interface RunAs {
  readonly uid: number;
}

export function runNode(
  script: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
  as?: RunAs,
  timeoutMs?: number,
): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      ...(timeoutMs !== undefined && { timeout: timeoutMs, killSignal: 'SIGKILL' as const }),
      ...(as && { uid: as.uid, gid: as.uid }),
      env: { ...cleanEnv(), ...GIT_ENV, ...(as && { HOME: '/tmp' }), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

/** The test process's environment without anything that would make a child think it runs in Actions. */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      v === undefined ||
      k.startsWith('GITHUB_') ||
      k.startsWith('INPUT_') ||
      k.startsWith('RUNNER_')
    )
      continue;
    if (k === 'CI' || k === 'NODE_OPTIONS' || k === 'LEPTON_DEBUG') continue;
    env[k] = v;
  }
  return env;
}
