import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { registerPending } from './pending.js';

export function register(program: Command, _context: () => CommandContext): void {
  registerPending(program, 'record', 'eval, then tag a new version if the fingerprint is new');
}
