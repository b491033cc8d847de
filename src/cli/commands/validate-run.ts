import { dirname, relative } from 'node:path';
import { startListing, type StartedListing } from '../../io/files/list.js';
import { Git } from '../../io/git.js';
import { MANIFEST_MAX_BYTES, readInputText } from '../../io/input-file.js';
import { openApp, type CommandContext } from '../context.js';

/**
 * `lepton validate`'s work: what commander's action runs, and what cli/fast.ts runs for a plain
 * `lepton validate` without loading commander. Writes the warnings and the OK line to stderr.
 * @throws ManifestInvalidError (LeptonError `invalid`, exit 2) listing every problem
 */
export async function validate(ctx: CommandContext): Promise<void> {
  const name = relative(ctx.cwd, ctx.manifestPath) || ctx.manifestPath;
  const git = new Git(dirname(ctx.manifestPath), ctx.env);
  // git lists the model's folder on the other core while the YAML parser loads and runs.
  const listing = listingUnlessClimbing(git, ctx.manifestPath);
  const { checkTree, formatIssue, ManifestInvalidError } = await import('./validate-work.js');
  // openApp reads and checks the manifest (once), with the git that found the repository.
  const app = await openApp(ctx, { git });
  const m = app.manifest;
  const tree = await checkTree(app, name, { listing: await listing });
  for (const w of tree.warnings) ctx.out.note(`warning: ${formatIssue(w)}`);
  if (tree.errors.length) throw new ManifestInvalidError(name, tree.errors);
  const counts = `${m.components.length} component(s), ${m.data.length} data set(s), ${m.eval.thresholds.length} threshold(s), ${m.stages.length} stage(s)`;
  const where = tree.checked ? '' : ' (paths not checked against files: not in a git work tree)';
  ctx.out.note(`${name}: OK — model "${m.model}", ${counts}${where}`);
}

/**
 * The model folder's `git ls-files`, started before the manifest is parsed: the listing
 * checkTree runs, when it lists that folder (listTree compares the folders, so a wrong guess
 * costs a git process, never a wrong answer). Only inside a work tree, and only when no line
 * has `..` before a `#` (a comment such as `$schema=../schema.json` may): a path climbing above
 * the folder lists another one. Null otherwise (checkTree lists as usual).
 */
async function listingUnlessClimbing(
  git: Git,
  manifestPath: string,
): Promise<StartedListing | null> {
  const [top, text] = await Promise.all([
    git.topLevel().catch(() => null),
    // Read as openApp reads it: never waiting on a FIFO, never more than a manifest's bound.
    readInputText(manifestPath, MANIFEST_MAX_BYTES).catch(() => null),
  ]);
  if (top === null || text === null || climbs(text)) return null;
  // An invalid manifest never awaits it: its failure is then nobody's (startListing catches).
  return startListing(git);
}

/** Whether a `..` appears outside what looks like a comment (a `#` and what follows it). */
const climbs = (text: string): boolean =>
  text.split('\n').some((line) => line.replace(/#.*/, '').includes('..'));
