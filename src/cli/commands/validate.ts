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
      const [{ ManifestInvalidError }, { checkTree }, { formatIssue }] = await Promise.all([
        import('../../io/manifest-file.js'),
        import('../../app/validate.js'),
        import('../../core/manifest/format.js'),
      ]);
      // openApp reads and checks the manifest (once) while git says where the repository is.
      const app = await openApp(ctx);
      const m = app.manifest;
      const tree = await checkTree(app, name);
      for (const w of tree.warnings) ctx.out.note(`warning: ${formatIssue(w)}`);
      if (tree.errors.length) throw new ManifestInvalidError(name, tree.errors);
      const counts = `${m.components.length} component(s), ${m.data.length} data set(s), ${m.eval.thresholds.length} threshold(s), ${m.stages.length} stage(s)`;
      const where = tree.checked
        ? ''
        : ' (paths not checked against files: not in a git work tree)';
      ctx.out.note(`${name}: OK — model "${m.model}", ${counts}${where}`);
    });
}
