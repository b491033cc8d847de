import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { registerPending } from './pending.js';

export function register(program: Command, _context: () => CommandContext): void {
  registerPending(
    program,
    'status',
    'hashes of components and data; what changed against the latest version',
  );
}
