import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makeRepo, PROJECT, runCli, type RunResult, type TestRepo } from '../helpers/repo.js';

/** examples/monorepo committed on main and pushed to a bare origin (origin/HEAD set). */
export interface Monorepo extends TestRepo {
  lepton(...args: string[]): Promise<RunResult>;
  /** `lepton ARGS --json`, parsed; fails the test when stdout is not one JSON document. */
  json<T = Json>(...args: string[]): Promise<{ code: number; json: T; stderr: string }>;
  append(path: string, text: string): void;
  /** Replaces text in a file of the repository. */
  edit(path: string, from: string | RegExp, to: string): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export function monorepo(): Monorepo {
  const repo = makeRepo();
  const source = join(PROJECT, 'examples', 'monorepo');
  cpSync(source, repo.dir, {
    recursive: true,
    filter: (src) => !/(^|[\\/])out$/.test(relative(source, src)),
  });
  repo.commit('add the monorepo example');
  repo.git('push', '-q', '-u', 'origin', 'main');
  repo.git('remote', 'set-head', 'origin', 'main');
  const lepton = (...args: string[]) => runCli(repo.dir, args);
  return {
    ...repo,
    lepton,
    json: async (...args) => {
      const r = await lepton(...args, '--json');
      try {
        return { code: r.code, json: JSON.parse(r.stdout), stderr: r.stderr };
      } catch {
        throw new Error(
          `lepton ${args.join(' ')} --json: exit ${r.code}\n${r.stdout}\n${r.stderr}`,
        );
      }
    },
    append: (path, text) => appendFileSync(join(repo.dir, path), text),
    edit: (path, from, to) => {
      const file = join(repo.dir, path);
      const before = readFileSync(file, 'utf8');
      const after = before.replace(from, to);
      if (after === before) throw new Error(`${path}: nothing to replace`);
      writeFileSync(file, after);
    },
  };
}
