import { Command, CommanderError } from 'commander';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { EXIT_CODES, isLeptonError } from '../core/errors/index.js';
import { VERSION } from '../version.js';
import { Output, type CommandContext } from './context.js';

type Register = (program: Command, context: () => CommandContext) => void;

/**
 * Each command's module, loaded when the command runs (a module registers its command, or two):
 * `lepton validate` compiles validate's code and not the fifteen others'. The order is --help's.
 */
const MODULES: ReadonlyArray<readonly [readonly string[], () => Promise<{ register: Register }>]> =
  [
    [['validate'], () => import('./commands/validate.js')],
    [['status'], () => import('./commands/status.js')],
    [['eval'], () => import('./commands/eval.js')],
    [['record'], () => import('./commands/record.js')],
    [['promote'], () => import('./commands/promote.js')],
    [['show'], () => import('./commands/show.js')],
    [['diff'], () => import('./commands/diff.js')],
    [['history'], () => import('./commands/history.js')],
    [['monitor'], () => import('./commands/monitor.js')],
    [['export'], () => import('./commands/export.js')],
    [['init'], () => import('./commands/init.js')],
    [['pull'], () => import('./commands/pull.js')],
    [['site'], () => import('./commands/site.js')],
    [['deploy'], () => import('./commands/deploy.js')],
    [['rollback'], () => import('./commands/rollback.js')],
    [['ls', 'affected'], () => import('./commands/ls.js')],
    [['merge'], () => import('./commands/merge.js')],
  ];

/** The global options that take a value (`-C dir`, `--manifest=x.yml`, `-mx.yml`). */
const VALUED = /^(-m|--manifest|-C|--cwd)$/;
const VALUED_INLINE = /^(--manifest=|--cwd=|-m.|-C.)/;

/**
 * The command word of a command line (the first word that is not a global option or its value),
 * or null when there is none (`--help`, `--version`, nothing).
 */
export function commandWord(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    // After `--` commander's reading is its own business: register everything.
    if (a === '--') return null;
    if (VALUED.test(a)) i++;
    else if (VALUED_INLINE.test(a) || a.startsWith('-')) continue;
    else return a;
  }
  return null;
}

/**
 * The modules to load: the named command's alone; none for `--version` (commander answers it,
 * even after `--help`, before any command is looked at); else all (help, a typo to suggest against).
 */
function modulesFor(argv: readonly string[]): Array<() => Promise<{ register: Register }>> {
  const word = commandWord(argv);
  if (word === null && argv.some((a) => a === '-V' || a === '--version')) return [];
  const one = MODULES.find(([names]) => word !== null && names.includes(word));
  return one ? [one[1]] : MODULES.map(([, load]) => load);
}

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

  // One after another: registration order is --help's order (and jest's ESM loader trips
  // over concurrent imports that share modules).
  for (const load of modulesFor(argv)) (await load()).register(program, context);

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
