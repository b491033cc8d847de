import { join } from 'node:path';
import type { Git } from './git.js';

/**
 * Every model manifest in the repository: the files named `lepton.yml` that git tracks or
 * would track (untracked and not ignored), as absolute paths sorted by their relative path.
 * Ignored copies (build output, `node_modules`) never count, nor does anything under `.github/`
 * (`.github/workflows/lepton.yml` is a workflow).
 *
 * @param git  git at the repository's top level
 */
export async function findManifests(git: Git): Promise<string[]> {
  const r = await git.run([
    'ls-files',
    '-z',
    '--cached',
    '--others',
    '--exclude-standard',
    '--',
    ':(glob)**/lepton.yml',
    // A GitHub workflow may well be called lepton.yml; nothing under .github/ is a model.
    ':(glob,exclude).github/**',
  ]);
  const rel = [...new Set(r.stdout.split('\0').filter(Boolean))].sort();
  return rel.map((p) => join(git.cwd, p));
}
