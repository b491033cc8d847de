import type { Command } from 'commander';
import { showText } from '../../core/report/show.js';
import { openApp, type CommandContext } from '../context.js';

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('show')
    .description('every version, newest first, and the stages each holds')
    .option('--json', 'print one JSON document on stdout')
    .addHelpText('after', '\nExit codes: 0 printed, 2 invalid manifest.')
    .action(async (opts: { json?: boolean }) => {
      const ctx = context();
      const [{ show }, app] = await Promise.all([import('../../app/show.js'), openApp(ctx)]);
      const result = await show(app);
      for (const s of result.skipped) app.log.warn(`${s.tag} is not a version: ${s.reason}`);
      if (opts.json) ctx.out.result(result);
      else
        ctx.out.print(
          showText(
            result,
            app.manifest.eval.thresholds.map((t) => t.metric),
          ),
        );
    });
}
