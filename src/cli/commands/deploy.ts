import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { EXIT_CODES } from '../../core/errors/index.js';
import { deployText } from '../../core/report/deploy.js';
import { openApp, type CommandContext } from '../context.js';

interface DeployFlags {
  readonly model?: string;
  readonly version?: string;
  readonly remote?: string;
  readonly json?: boolean;
}

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('deploy')
    .description("run the stage's deploy hook again for the version it holds (or --version)")
    .argument('<stage>', 'a stage of the manifest with a deploy hook')
    .option('--model <name>', "the model (must be the manifest's; a guard)")
    .option('--version <version>', 'a version that holds or has held the stage')
    .option('--remote <name>', 'the remote to fetch tags from in a shallow clone', 'origin')
    .option('--json', 'print one JSON document on stdout')
    .addHelpText('after', `\n${exitCodesHelp('deploy')}`)
    .action(async (stage: string, opts: DeployFlags) => {
      const ctx = context();
      const [{ deploy }, app] = await Promise.all([import('../work.js'), openApp(ctx)]);
      const result = await deploy(app, {
        stage,
        fetchHistory: true,
        ...(opts.model !== undefined && { model: opts.model }),
        ...(opts.version !== undefined && { version: opts.version }),
        ...(opts.remote !== undefined && { remote: opts.remote }),
      });
      ctx.out.print(deployText(result));
      if (opts.json) ctx.out.result(result);
      if (!result.ok) ctx.setExitCode(EXIT_CODES.eval);
    });
}
