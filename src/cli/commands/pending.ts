import type { Command } from 'commander';
import { LeptonError } from '../../core/errors/index.js';

/** Commands whose issue has not landed yet: listed honestly, refusing with exit 2. */
export function registerPending(program: Command, name: string, description: string): void {
  program
    .command(name)
    .description(`${description} (not implemented yet)`)
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new LeptonError('invalid', `lepton ${name}: not implemented yet`);
    });
}
