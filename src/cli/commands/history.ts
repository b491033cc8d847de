import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { heldAtText, historyText } from '../../core/report/history.js';
import { openApp, type CommandContext } from '../context.js';

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('history')
    .argument('[stage]', 'only this stage')
    .description(
      'the audit trail of stage changes, newest first: who put which version where, when, why, from which run',
    )
    .option('--at <time>', 'instead: which version held each stage at this ISO 8601 time')
    .option('--json', 'print one JSON document on stdout')
    .addHelpText(
      'after',
      `\nExamples:\n  lepton history\n  lepton history production --json\n  lepton history --at 2026-11-01T12:00:00Z\n${exitCodesHelp('history')}`,
    )
    .action(async (stage: string | undefined, opts: { at?: string; json?: boolean }) => {
      const ctx = context();
      const [{ history }, app] = await Promise.all([import('../work.js'), openApp(ctx)]);
      const result = await history(app, {
        ...(stage !== undefined && { stage }),
        ...(opts.at !== undefined && { at: opts.at }),
      });
      if (opts.json) ctx.out.result(result);
      else if ('events' in result) ctx.out.print(historyText(result.model, result.events));
      else ctx.out.print(heldAtText(result.model, result.at, result.stages));
    });
}
