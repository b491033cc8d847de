import { Command, CommanderError } from 'commander';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { EXIT_CODES, isLeptonError } from '../core/errors/index.js';
import { VERSION } from '../version.js';
import { Output, type CommandContext } from './context.js';
import { register as validate } from './commands/validate.js';
import { register as status } from './commands/status.js';
import { register as evalCmd } from './commands/eval.js';
import { register as record } from './commands/record.js';
import { register as promote } from './commands/promote.js';
import { register as show } from './commands/show.js';
import { register as diff } from './commands/diff.js';
import { register as history } from './commands/history.js';
import { register as monitor } from './commands/monitor.js';
import { register as exportCmd } from './commands/export.js';
import { register as init } from './commands/init.js';
import { register as pull } from './commands/pull.js';
import { register as site } from './commands/site.js';
import { register as deploy } from './commands/deploy.js';
import { register as rollback } from './commands/rollback.js';
import { register as monorepo } from './commands/ls.js';
import { register as merge } from './commands/merge.js';

export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<NodeJS.ProcessEnv>;
  readonly cwd: string;
  /** Aborted on SIGINT/SIGTERM/SIGHUP (io/interrupts.ts): stops a running eval or hook. */
  readonly signal?: AbortSignal;
}

/** Runs the CLI and returns its exit code; never calls process.exit, so tests and the demo can call it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const out = new Output(io.stdout, io.stderr);
  let exitCode = 0;
  const program = new Command('lepton')
    .description('Model version control that lives in CI')
    .version(VERSION, '-V, --version')
    .option('-m, --manifest <file>', 'the manifest, relative to --cwd', 'lepton.yml')
    .option('-C, --cwd <dir>', 'work in this directory', '.')
    .showHelpAfterError()
    // Global options come before the command (as the contract writes them), so a command's own
    // options may reuse their names: `record --version X.Y.Z` is not `lepton --version`.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  program.addHelpText(
    'after',
    '\nExit codes: 0 ok, 1 a threshold failed or promotion refused, 2 invalid input, 3 eval failed, 4 git or remote failure.',
  );

  const context = (): CommandContext => {
    const g = program.opts<{ manifest: string; cwd: string }>();
    const cwd = resolve(io.cwd, g.cwd);
    return {
      cwd,
      manifestPath: resolve(cwd, g.manifest),
      env: io.env,
      ...(io.signal && { signal: io.signal }),
      out,
      setExitCode: (code) => {
        exitCode = code;
      },
    };
  };
  // `--json` on any subcommand switches human output to stderr before the action runs.
  program.hook('preAction', (_p, action) => {
    out.json = Boolean(action.opts<{ json?: boolean }>().json);
  });

  validate(program, context);
  status(program, context);
  evalCmd(program, context);
  record(program, context);
  promote(program, context);
  show(program, context);
  diff(program, context);
  history(program, context);
  monitor(program, context);
  exportCmd(program, context);
  init(program, context);
  pull(program, context);
  site(program, context);
  deploy(program, context);
  rollback(program, context);
  monorepo(program, context);
  merge(program, context);

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    // A command line commander refused never reached preAction: `--json` anywhere still asks for JSON.
    if (argv.includes('--json')) out.json = true;
    if (e instanceof CommanderError) {
      // --help and --version exit 0; anything commander rejects is a usage error.
      if (e.exitCode === 0) return 0;
      if (out.json) out.error('usage', EXIT_CODES.invalid, e.message.replace(/^error: /, ''));
      return EXIT_CODES.invalid;
    }
    return reportError(e, out, io.env);
  }
}

function reportError(e: unknown, out: Output, env: Readonly<NodeJS.ProcessEnv>): number {
  if (env.LEPTON_DEBUG === '1' && e instanceof Error) out.note(e.stack ?? String(e));
  if (isLeptonError(e)) {
    out.note(`lepton: ${e.message}`);
    for (const d of e.details) out.note(`  ${d}`);
    if (out.json) {
      const issues = (e as { issues?: unknown }).issues;
      out.error(e.kind, EXIT_CODES[e.kind], e.message, {
        details: e.details,
        ...(Array.isArray(issues) && { issues }),
      });
    }
    return EXIT_CODES[e.kind];
  }
  const message = e instanceof Error ? e.message : String(e);
  if (out.json) out.error('internal', EXIT_CODES.invalid, `internal error: ${message}`);
  out.note(`lepton: internal error: ${message}`);
  if (env.LEPTON_DEBUG !== '1') out.note('  (run with LEPTON_DEBUG=1 for the stack trace)');
  return EXIT_CODES.invalid;
}
