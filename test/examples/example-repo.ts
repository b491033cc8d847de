import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makeRepo, PROJECT, runCli, type RunResult, type TestRepo } from '../helpers/repo.js';

/** A repository whose first commit holds an example in a subfolder, pushed to its bare origin. */
export interface ExampleRepo extends TestRepo {
  /** The example's folder inside the repository (where lepton.yml is). */
  readonly modelDir: string;
  /** `lepton -C <model folder> ARGS`, run from the repository root. */
  lepton(...args: string[]): Promise<RunResult>;
  /** `lepton ... --json`: the exit code and the one JSON document it printed. */
  leptonJson<T = Json>(...args: string[]): Promise<{ code: number; json: T; stderr: string }>;
  /** Merges keys into the example's config/model.json. */
  editConfig(change: Record<string, unknown>): void;
  /** The example's out/metrics.json, nested keys flattened as Lepton reads them. */
  metricsFile(): Record<string, number>;
  remoteTags(): string[];
}

// The CLI's JSON is checked field by field in the tests; `any` keeps those reads short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export function exampleRepo(example: string, folder: string): ExampleRepo {
  const source = join(PROJECT, 'examples', example);
  const repo = makeRepo();
  const modelDir = join(repo.dir, folder);
  cpSync(source, modelDir, {
    recursive: true,
    filter: (src) => !/(^|[\\/])(out|node_modules|__pycache__)$/.test(relative(source, src)),
  });
  // ES modules ignore NODE_PATH; the example's .gitignore keeps this link out of every hash.
  symlinkSync(join(PROJECT, 'node_modules'), join(modelDir, 'node_modules'));
  repo.commit(`add ${example}`);
  repo.git('push', '-q', '-u', 'origin', 'main');

  const lepton = (...args: string[]) => runCli(repo.dir, ['-C', folder, ...args]);
  return {
    ...repo,
    modelDir,
    lepton,
    leptonJson: async (...args) => {
      const r = await lepton(...args, '--json');
      let json: Json;
      try {
        json = JSON.parse(r.stdout);
      } catch {
        throw new Error(
          `lepton ${args.join(' ')} --json: exit ${r.code}, stdout is not JSON:\n${r.stdout}\n${r.stderr}`,
        );
      }
      return { code: r.code, json, stderr: r.stderr };
    },
    editConfig: (change) => {
      const file = join(modelDir, 'config/model.json');
      const config = { ...JSON.parse(readFileSync(file, 'utf8')), ...change };
      writeFileSync(file, JSON.stringify(config, null, 2) + '\n');
    },
    metricsFile: () =>
      flatten(JSON.parse(readFileSync(join(modelDir, 'out/metrics.json'), 'utf8'))),
    remoteTags: () =>
      repo
        .git('ls-remote', '--tags', 'origin')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split('\t')[1]!.replace(/^refs\/tags\//, ''))
        .filter((t) => !t.endsWith('^{}')),
  };
}

function flatten(
  value: Json,
  prefix = '',
  into: Record<string, number> = {},
): Record<string, number> {
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') flatten(v, key, into);
    else into[key] = v as number;
  }
  return into;
}

/** The check a report holds for `metric` and `rule` (and `bound`, when a stage adds a second one). */
export function checkOf(checks: Json[], metric: string, rule: string, bound?: number): Json {
  const found = checks.find(
    (c) => c.metric === metric && c.rule === rule && (bound === undefined || c.bound === bound),
  );
  if (!found) throw new Error(`no ${rule} check for ${metric} in ${JSON.stringify(checks)}`);
  return found;
}
