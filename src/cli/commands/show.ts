import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { showText } from '../../core/report/show.js';
import { openApp, Output, type CommandContext } from '../context.js';

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('show')
    .description('every version, newest first, and the stages each holds')
    .option('--json', 'print one JSON document on stdout')
    .addHelpText('after', `\n${exitCodesHelp('show')}`)
    .action(async (opts: { json?: boolean }) => {
      const ctx = context();
      const [{ show, showRendered }, app] = await Promise.all([
        import('../../app/show.js'),
        openApp(ctx),
      ]);
      const warn = (skipped: readonly { tag: string; reason: string }[]) => {
        for (const s of skipped) app.log.warn(`${s.tag} is not a version: ${s.reason}`);
      };
      if (opts.json) {
        // The JSON document depends on nothing but the result: kept rendered between runs
        // while the tags and the manifest's stages stay as they were (app/show.ts).
        const { bytes, skipped } = await showRendered(app, {
          format: Output.RESULT_FORMAT,
          render: (result) => Output.renderResult(result),
        });
        warn(skipped);
        ctx.out.resultRendered(bytes);
        return;
      }
      const result = await show(app);
      warn(result.skipped);
      ctx.out.print(
        showText(
          result,
          app.manifest.eval.thresholds.map((t) => t.metric),
        ),
      );
    });
}
