/**
 * Every command the README's CLI section and docs/ name: what the help and lazy-loading tests
 * expect the CLI to register (an oracle kept apart from src/cli/program.ts on purpose).
 */
export const COMMAND_NAMES = [
  'validate',
  'status',
  'eval',
  'record',
  'promote',
  'show',
  'diff',
  'history',
  'monitor',
  'export',
  'init',
  'pull',
  'site',
  'deploy',
  'rollback',
  'ls',
  'affected',
  'merge',
] as const;
