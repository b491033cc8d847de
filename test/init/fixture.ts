import { cpSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadManifest } from '../../src/io/manifest-file.js';
import { selectFiles } from '../../src/io/files/index.js';
import { makeRepo, PROJECT, runCli, type RunResult, type TestRepo } from '../helpers/repo.js';

export const FIXTURES = join(PROJECT, 'test/init/fixtures');

/**
 * A fixture copied into a fresh repository and committed. Fixtures keep their git files as
 * `dot-gitignore` / `dot-gitattributes` so that they do not act on this repository; the copy
 * gets the real names.
 */
export function fixtureRepo(name: string): TestRepo {
  const repo = makeRepo();
  cpSync(join(FIXTURES, name), repo.dir, { recursive: true });
  undot(repo.dir);
  repo.commit(`the ${name} project`);
  return repo;
}

function undot(dir: string): void {
  for (const e of readdirSync(dir)) {
    const full = join(dir, e);
    if (statSync(full).isDirectory()) undot(full);
    else if (e.startsWith('dot-')) renameSync(full, join(dir, `.${e.slice(4)}`));
  }
}

/** `lepton -C folder ARGS` in the repository. */
export function lepton(repo: TestRepo, folder: string, ...args: string[]): Promise<RunResult> {
  return runCli(repo.dir, ['-C', folder, ...args]);
}

/** The files each part of the folder's lepton.yml selects, as `status` hashes them. */
export async function selectedFiles(
  repo: TestRepo,
  folder = '.',
): Promise<{ components: Record<string, string[]>; data: Record<string, string[]> }> {
  const modelDir = join(repo.dir, folder);
  const manifest = await loadManifest(join(modelDir, 'lepton.yml'));
  const s = await selectFiles(manifest, { modelDir, repoRoot: repo.dir, cacheDir: null });
  const plain = (m: ReadonlyMap<string, readonly string[]>) =>
    Object.fromEntries([...m].map(([k, v]) => [k, [...v]]));
  return { components: plain(s.components), data: plain(s.data) };
}
