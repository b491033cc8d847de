import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './repo.js';

/**
 * A `git` on PATH that writes each command line it is given to a log, one per line, then runs
 * the real git: what a Lepton process spawns (git's own children use git's exec path and do not
 * pass through it).
 */
export interface GitLog {
  /** Put first on a child's PATH. */
  readonly bin: string;
  /** The environment that makes a child (or Git, which spawns with its env's PATH) use it. */
  readonly env: { readonly PATH: string; readonly LEPTON_TEST_GIT_LOG: string };
  /** The command lines logged so far (arguments joined by spaces). */
  lines(): string[];
  /** Forget what was logged. */
  clear(): void;
}

export function gitLog(): GitLog {
  const bin = tempDir('lepton-git-log-');
  const log = join(bin, 'log');
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(
    join(bin, 'git'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> "$LEPTON_TEST_GIT_LOG"\nexec '${real}' "$@"\n`,
  );
  chmodSync(join(bin, 'git'), 0o755);
  writeFileSync(log, '');
  return {
    bin,
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, LEPTON_TEST_GIT_LOG: log },
    lines: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
    clear: () => writeFileSync(log, ''),
  };
}

/** How many logged lines start with `prefix`. */
export const countOf = (lines: readonly string[], prefix: string): number =>
  lines.filter((l) => l.startsWith(prefix)).length;
