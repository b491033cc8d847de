import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { registerPending } from './pending.js';

export function register(program: Command, _context: () => CommandContext): void {
  registerPending(
    program,
    'promote',
    "promote a version to a stage if the stage's thresholds pass",
  );
}
