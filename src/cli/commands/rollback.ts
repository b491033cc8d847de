import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { EXIT_CODES } from '../../core/errors/index.js';
import { rollbackText } from '../../core/report/rollback.js';
import { openApp, type CommandContext } from '../context.js';

interface RollbackFlags {
  readonly model?: string;
  readonly reason: string;
  readonly push?: boolean;
  readonly remote?: string;
  readonly allowEmpty?: boolean;
  readonly json?: boolean;
}

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('rollback')
    .description(
      "withdraw the version a stage holds (GTO's unassignment MODEL#STAGE!#N): the stage falls back to the version assigned before it",
    )
    .argument('<stage>', 'the stage to roll back')
    .requiredOption(
      '--reason <text>',
      '(required) why (recorded in the tag, shown by lepton history)',
    )
    .option('--model <name>', "the model (must be the manifest's; a guard)")
    .option('--allow-empty', 'withdraw even the only version the stage holds (it is left empty)')
    .option('--push', 'push the tag (git push --atomic), retrying if a concurrent run took N')
    .option('--remote <name>', 'the remote to push to', 'origin')
    .option('--json', 'print one JSON document on stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  lepton rollback production --reason "p99 latency doubled" --push' +
        `\n${exitCodesHelp('rollback')}`,
    )
    .action(async (stage: string, opts: RollbackFlags) => {
      const ctx = context();
      const [{ rollback, deployAfterRollback }, app] = await Promise.all([
        import('../work.js'),
        openApp(ctx),
      ]);
      const deploy = deployAfterRollback(app, stage);
      const result = await rollback(app, {
        ...(deploy && { deploy }),
        stage,
        reason: opts.reason,
        fetchHistory: true,
        ...(opts.model !== undefined && { model: opts.model }),
        ...(opts.allowEmpty && { allowEmpty: true }),
        allowEmptyHint: 'pass --allow-empty to withdraw it anyway (the stage then holds nothing)',
        ...(opts.push && { push: true }),
        ...(opts.remote !== undefined && { remote: opts.remote }),
      });
      if (opts.json) ctx.out.result(result);
      else ctx.out.print(rollbackText(result));
      if (opts.json && result.storeError) {
        ctx.out.note(`lepton: ${result.storeError.message}`);
        for (const d of result.storeError.details) ctx.out.note(`  ${d}`);
      }
      // The registry failed once the git tag was made (the fallback was deployed all the same):
      // exit 4, unless the hook failed for the version it fell back to (contract §7: exit 3).
      if (result.storeError) ctx.setExitCode(EXIT_CODES.git);
      if (result.deployed === false) ctx.setExitCode(EXIT_CODES.eval);
    });
}
