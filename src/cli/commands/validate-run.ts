import { relative } from 'node:path';
import { checkTree } from '../../app/validate.js';
import { formatIssue } from '../../core/manifest/format.js';
import { ManifestInvalidError } from '../../io/manifest-file.js';
import { openApp, type CommandContext } from '../context.js';

/**
 * `lepton validate`'s work: what commander's action runs, and what cli/fast.ts runs for a plain
 * `lepton validate` without loading commander. Writes the warnings and the OK line to stderr.
 * @throws ManifestInvalidError (LeptonError `invalid`, exit 2) listing every problem
 */
export async function validate(ctx: CommandContext): Promise<void> {
  const name = relative(ctx.cwd, ctx.manifestPath) || ctx.manifestPath;
  // openApp reads and checks the manifest (once) while git says where the repository is.
  const app = await openApp(ctx);
  const m = app.manifest;
  const tree = await checkTree(app, name);
  for (const w of tree.warnings) ctx.out.note(`warning: ${formatIssue(w)}`);
  if (tree.errors.length) throw new ManifestInvalidError(name, tree.errors);
  const counts = `${m.components.length} component(s), ${m.data.length} data set(s), ${m.eval.thresholds.length} threshold(s), ${m.stages.length} stage(s)`;
  const where = tree.checked ? '' : ' (paths not checked against files: not in a git work tree)';
  ctx.out.note(`${name}: OK — model "${m.model}", ${counts}${where}`);
}
