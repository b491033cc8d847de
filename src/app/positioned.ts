import { isLeptonError } from '../core/errors/index.js';
import { ManifestInvalidError } from '../io/manifest-file.js';
import type { AppContext } from './context.js';
import { checkTree } from './validate.js';

/**
 * Runs a use case that hashes the model (`status`, `eval`, `record`) and, when it fails on the
 * manifest's paths (a glob that matches no file, a path leaving the repository), reports that
 * as `lepton validate` does: each issue at `file:line:column` with its key path and hint,
 * instead of the hashing layer's bare "component "code": path "x/**" matches no file".
 * The tree is checked only after an `invalid` failure, so a good run pays nothing.
 * @param file  the manifest as errors name it (relative to --cwd)
 * @throws ManifestInvalidError when the working-tree check finds errors; otherwise the
 *   original error, unchanged
 */
export async function withManifestPositions<T>(
  app: AppContext,
  file: string,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!isLeptonError(e) || e.kind !== 'invalid' || e instanceof ManifestInvalidError) throw e;
    let errors;
    try {
      ({ errors } = await checkTree(app, file));
    } catch {
      throw e; // the check itself failing says nothing better than the original error
    }
    if (errors.length) throw new ManifestInvalidError(file, errors);
    throw e;
  }
}
