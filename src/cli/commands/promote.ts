import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { EXIT_CODES } from '../../core/errors/index.js';
import { deployOk, deployText } from '../../core/report/deploy.js';
import { promoteText } from '../../core/report/promote.js';
import { openApp, type CommandContext } from '../context.js';

interface PromoteFlags {
  readonly push?: boolean;
  readonly remote?: string;
  readonly json?: boolean;
}

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('promote')
    .description("promote a version to a stage if the stage's thresholds pass")
    .argument('<version>', 'the version: 1.2.0, v1.2.0 or MODEL@v1.2.0')
    .argument('<stage>', 'a stage of the manifest')
    .option('--push', 'push the stage tag (git push --atomic), retrying if a concurrent run took N')
    .option('--remote <name>', 'the remote to push to', 'origin')
    .option('--json', 'print one JSON document on stdout')
    .addHelpText('after', `\n${exitCodesHelp('promote')}`)
    .action(async (version: string, stage: string, opts: PromoteFlags) => {
      const ctx = context();
      const [{ promoteAndDeploy, withdrawOnFailure: withdraw }, app] = await Promise.all([
        import('../work.js'),
        openApp(ctx),
      ]);
      const result = await promoteAndDeploy(
        app,
        {
          version,
          stage,
          fetchHistory: true,
          ...(opts.push && { push: true }),
          ...(opts.remote !== undefined && { remote: opts.remote }),
        },
        { withdraw },
      );
      ctx.out.print(promoteText(result, opts.remote ?? 'origin'));
      // The deploy hook's runs and any rollback (contract §7): a failed deploy exits 3.
      if (result.deploy) ctx.out.print(deployText(result.deploy));
      if (opts.json) ctx.out.result(result);
      if (result.refused.length) ctx.setExitCode(EXIT_CODES.threshold);
      // The registry failed once the stage tag was pushed (the deploy still ran): exit 4.
      if (result.storeError) {
        ctx.out.note(`lepton: ${result.storeError.message}`);
        for (const d of result.storeError.details) ctx.out.note(`  ${d}`);
        ctx.setExitCode(EXIT_CODES.git);
      }
      if (result.deploy && !deployOk(result.deploy)) ctx.setExitCode(EXIT_CODES.eval);
    });
}
