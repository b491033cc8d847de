// Races with real processes: a bare origin holding versions, clones that run the built CLI at
// once, and a `git` wrapper on PATH that holds one push until the test releases it.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Git } from '../../src/io/git.js';
import { readRegistry } from '../../src/io/registry/index.js';
import { parseTagName } from '../../src/core/registry/names.js';
import { GIT_ENV, git, makeRepo, tempDir, type TestRepo } from '../helpers/repo.js';
import { EVAL_SCRIPT } from './eval-fixture.js';
import { addVersion } from './fixture.js';

/** Two stages without `after:`, so any passing version may go to either at any time. */
export const RACE_MANIFEST = `version: 1
model: sentiment
components:
  classifier:
    paths: [src/**]
data:
  train:
    paths: [data/**]
eval:
  command: node eval.mjs
  metrics: out/metrics.json
  thresholds:
    accuracy: { min: 0.9 }
stages:
  staging: {}
  canary: {}
`;

export interface RaceOrigin {
  readonly repo: TestRepo;
  readonly remote: string;
  /** A fresh clone of the origin, with hooks off. */
  clone(name: string): string;
  /** The stage tags on the remote: name → N. */
  stageTags(): Map<string, number>;
  /** Who holds each stage on the remote, by Lepton's reading of its tags. */
  holders(): Promise<Record<string, string | null>>;
  cleanup(): void;
}

/** An origin with `versions` versions (0.1.0, 0.2.0, …) recorded with passing records, pushed. */
export async function raceOrigin(versions: number): Promise<RaceOrigin> {
  const repo = makeRepo({
    'lepton.yml': RACE_MANIFEST,
    'eval.mjs': EVAL_SCRIPT,
    'src/acc.txt': '0.95',
    'data/train.csv': 'text,label\nhi,1\n',
    '.gitignore': 'out/\n',
  });
  for (let i = 1; i <= versions; i++) {
    await addVersion(repo, `0.${i}.0`, { metrics: { accuracy: 0.95, f1_macro: 0.9 } });
  }
  repo.git('push', '-q', 'origin', 'main', '--tags');
  const clones = tempDir('lepton-race-clones-');
  const remoteGit = (...a: string[]) => git(repo.remote, ...a);
  return {
    repo,
    remote: repo.remote,
    clone(name) {
      const dir = join(clones, name);
      git(clones, 'clone', '-q', repo.remote, name);
      git(dir, 'config', 'core.hooksPath', '/dev/null');
      return dir;
    },
    stageTags() {
      const names = remoteGit(
        'for-each-ref',
        '--format=%(refname:strip=2)',
        'refs/tags/sentiment#*',
      )
        .split('\n')
        .filter(Boolean);
      return new Map(names.map((n) => [n, parseTagName(n)?.n ?? -1]));
    },
    async holders() {
      const registry = await readRegistry(
        new Git(repo.remote, { ...process.env, ...GIT_ENV }),
        'sentiment',
      );
      return Object.fromEntries(
        Object.entries(registry.stages).map(([s, e]) => [s, e?.version ?? null]),
      );
    },
    cleanup() {
      repo.cleanup();
      rmSync(clones, { recursive: true, force: true });
    },
  };
}

/**
 * A `git` wrapper that holds the first `git push` of any process given `HOLD_DIR` (it writes
 * `waiting` there) until `release` appears (at most a minute), then runs the real git.
 */
export interface PushHold {
  /** The environment for the process whose push is held. */
  readonly env: Record<string, string>;
  /** Resolves once the held process is at its push (its decision made). */
  waiting(): Promise<void>;
  release(): void;
  cleanup(): void;
}

export function holdFirstPush(): PushHold {
  const base = tempDir('lepton-hold-');
  const bin = join(base, 'bin');
  const hold = join(base, 'hold');
  mkdirSync(bin);
  mkdirSync(hold);
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(
    join(bin, 'git'),
    `#!/bin/sh
if [ "$1" = push ] && [ -n "$HOLD_DIR" ] && mkdir "$HOLD_DIR/held" 2>/dev/null; then
  : > "$HOLD_DIR/waiting"
  i=0
  while [ ! -e "$HOLD_DIR/release" ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done
fi
exec '${realGit}' "$@"
`,
  );
  chmodSync(join(bin, 'git'), 0o755);
  return {
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOLD_DIR: hold },
    async waiting() {
      for (let i = 0; i < 1200 && !existsSync(join(hold, 'waiting')); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      if (!existsSync(join(hold, 'waiting'))) throw new Error('the held push never started');
    },
    release: () => writeFileSync(join(hold, 'release'), ''),
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}
