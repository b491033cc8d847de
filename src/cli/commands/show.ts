import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { registerPending } from './pending.js';

export function register(program: Command, _context: () => CommandContext): void {
  registerPending(program, 'show', 'every version, newest first, and the stages each holds');
}
