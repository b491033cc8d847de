import { relative, sep } from 'node:path';
import type { AppContext } from '../app/context.js';

/** The manifest as annotations name it: relative to the repository's top level, `/`-separated. */
export const manifestNameOf = (ctx: AppContext): string =>
  relative(ctx.repoRoot ?? ctx.modelDir, ctx.manifestPath)
    .split(sep)
    .join('/');

/**
 * Runs a use case that hashes the model (eval, record) and, when it fails on the manifest's
 * paths (a glob matching no file, a path leaving the repository), throws the positioned
 * ManifestInvalidError `lepton validate` would, so the run annotates `file:line:column` and
 * the report lists each issue with its key path, as the CLI prints them (app/positioned.ts).
 * The check and its code load only after such a failure: a good run pays nothing.
 */
export async function placed<T>(ctx: AppContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const { withManifestPositions } = await import('../app/positioned.js');
    return withManifestPositions(ctx, manifestNameOf(ctx), () => Promise.reject(e));
  }
}
