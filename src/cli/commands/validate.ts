import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import type { CommandContext } from '../context.js';

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('validate')
    .description(
      'check the manifest, and its paths against the working tree: every problem at once, with file:line:column and key path',
    )
    .addHelpText('after', `\n${exitCodesHelp('validate')}`)
    // What the command runs is its own module (also cli/fast.ts's, without commander).
    .action(async () => (await import('./validate-run.js')).validate(context()));
}
