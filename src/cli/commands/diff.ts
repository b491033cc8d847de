import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { renderDiffText } from '../../core/report/diff.js';
import { openApp, type CommandContext } from '../context.js';

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('diff')
    .description('metric diff between two versions (B: the latest)')
    .argument('<a>', 'a version (1.2.0, v1.2.0 or MODEL@v1.2.0) or a git revision')
    .argument('[b]', 'the other version; default: the latest')
    .option('--json', 'print one JSON document on stdout')
    .addHelpText('after', `\n${exitCodesHelp('diff')}`)
    .action(async (a: string, b: string | undefined, opts: { json?: boolean }) => {
      const ctx = context();
      const [{ diff }, app] = await Promise.all([import('../work.js'), openApp(ctx)]);
      const result = await diff(app, a, b);
      if (opts.json) ctx.out.result(result);
      else ctx.out.print(renderDiffText({ a: result.a, b: result.b, rows: result.metrics }));
    });
}
