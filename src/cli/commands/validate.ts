import type { Command } from 'commander';
import { relative } from 'node:path';
import { openApp, type CommandContext } from '../context.js';

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('validate')
    .description(
      'check the manifest, and its paths against the working tree: every problem at once, with file:line:column and key path',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 valid, 2 invalid (each problem at file:line:column, with its key path and a hint).',
    )
    .action(async () => {
      const ctx = context();
      const name = relative(ctx.cwd, ctx.manifestPath) || ctx.manifestPath;
      // Only what validate runs (not the whole work chunk: registry, eval, site, store).
      const [{ loadManifest, ManifestInvalidError }, { checkTree }, { formatIssue }] =
        await Promise.all([
          import('../../io/manifest-file.js'),
          import('../../app/validate.js'),
          import('../../core/manifest/format.js'),
        ]);
      const m = await loadManifest(ctx.manifestPath, name);
      const tree = await checkTree(await openApp(ctx), name);
      for (const w of tree.warnings) ctx.out.note(`warning: ${formatIssue(w)}`);
      if (tree.errors.length) throw new ManifestInvalidError(name, tree.errors);
      const counts = `${m.components.length} component(s), ${m.data.length} data set(s), ${m.eval.thresholds.length} threshold(s), ${m.stages.length} stage(s)`;
      const where = tree.checked
        ? ''
        : ' (paths not checked against files: not in a git work tree)';
      ctx.out.note(`${name}: OK — model "${m.model}", ${counts}${where}`);
    });
}
