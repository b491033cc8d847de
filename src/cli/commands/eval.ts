import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { registerPending } from './pending.js';

export function register(program: Command, _context: () => CommandContext): void {
  registerPending(
    program,
    'eval',
    'run (or reuse) the eval and check thresholds against the baseline',
  );
}
