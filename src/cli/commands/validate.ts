import type { Command } from 'commander';
import { relative } from 'node:path';
import type { CommandContext } from '../context.js';

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('validate')
    .description('check the manifest: every problem at once, with file:line:column and key path')
    .action(async () => {
      const ctx = context();
      const name = relative(ctx.cwd, ctx.manifestPath) || ctx.manifestPath;
      const { loadManifest } = await import('../work.js');
      const m = await loadManifest(ctx.manifestPath, name);
      const counts = `${m.components.length} component(s), ${m.data.length} data set(s), ${m.eval.thresholds.length} threshold(s), ${m.stages.length} stage(s)`;
      ctx.out.note(`${name}: OK — model "${m.model}", ${counts}`);
    });
}
