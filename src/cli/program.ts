import type { Command, Option as OptionClass } from 'commander';
import { EXIT_CODES } from '../core/errors/index.js';
import { VERSION } from '../version.js';
import { Output, type CommandContext } from './context.js';
import { fastCommandLine, printVersion } from './fast-line.js';
import { GLOBAL_OPTIONS, VERSION_OPTION, type GlobalValues } from './options.js';
import { commandContext, reportError, type CliIo } from './shell.js';

export type { CliIo } from './shell.js';

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

/** A global option whose value is the next word (`-C dir`, `--manifest x.yml`). */
const VALUED = (a: string) => GLOBAL_OPTIONS.some((o) => a === o.short || a === o.long);

/**
 * The command word of a command line (the first word that is not a global option or its value),
 * or null when there is none (`--help`, `--version`, nothing).
 */
export function commandWord(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    // After `--` commander's reading is its own business: register everything.
    if (a === '--') return null;
    // Any other option (`--cwd=dir`, `-mx.yml`, a flag) is one word.
    if (VALUED(a)) i++;
    else if (a.startsWith('-')) continue;
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

/**
 * `lepton status -C dir`: a global option after the command word. Global options come before
 * the command (enablePositionalOptions, below), so each command knows them only to refuse them
 * as a usage error (exit 2) that says where they go, instead of "unknown option". Hidden from
 * each command's --help; the program's --help lists them.
 */
function refuseGlobalsAfterCommand(program: Command, Option: typeof OptionClass): void {
  for (const command of program.commands) {
    for (const g of GLOBAL_OPTIONS) {
      if (command.options.some((o) => o.short === g.short || o.long === g.long)) continue;
      command.addOption(new Option(g.flags).hideHelp());
    }
    command.hook('preAction', (_c, action) => {
      for (const g of GLOBAL_OPTIONS) {
        if (action.getOptionValueSource(g.key) !== 'cli') continue;
        const value = action.getOptionValue(g.key) as string;
        action.error(
          `error: ${g.short}/${g.long} is an option of lepton, not of ${action.name()}: put it before the command (lepton ${g.long} ${shellWord(value)} ${action.name()} …)`,
          { exitCode: EXIT_CODES.invalid, code: 'lepton.globalOptionAfterCommand' },
        );
      }
    });
  }
}

/** A word as a POSIX shell reads it back: quoted unless plainly safe. */
const shellWord = (s: string): string =>
  /^[A-Za-z0-9_./:@=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Command words of git and GTO that Lepton names otherwise, and commander's edit distance does
 * not find: said after "unknown command" instead of its "(Did you mean …?)".
 */
const OTHER_TOOLS_WORDS: Readonly<Record<string, string>> = {
  log: 'Did you mean history? `lepton history` is the log of stage changes; `lepton show` lists the versions',
  register:
    'Did you mean record? `lepton record` evaluates and tags a version (what gto register tags)',
  assign:
    'Did you mean promote? `lepton promote VERSION STAGE` assigns a stage after its thresholds pass',
  unassign:
    'Did you mean rollback? `lepton rollback STAGE --reason TEXT` withdraws the version a stage holds',
};

/** Runs the CLI and returns its exit code; never calls process.exit, so tests and the demo can call it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // `lepton validate` and the like: the same work and output without loading commander.
  const fast =
    printVersion(argv, io) ??
    (fastCommandLine(argv) ? await (await import('./fast.js')).runFast(argv, io) : null);
  return fast ?? runCommander(argv, io);
}

/** runCli through commander, whatever the command line (test/cli/fast-path.test.ts compares). */
export async function runCommander(argv: readonly string[], io: CliIo): Promise<number> {
  const { Command, CommanderError, Option } = await import('commander');
  const out = new Output(io.stdout, io.stderr);
  let exitCode = 0;
  const program = new Command('lepton')
    .description('Model version control that lives in CI')
    .version(VERSION, VERSION_OPTION.flags);
  for (const o of GLOBAL_OPTIONS) program.option(o.flags, o.description, o.defaultValue);
  program
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

  const context = (): CommandContext =>
    commandContext(io, out, program.opts<GlobalValues>(), (code) => {
      exitCode = code;
    });
  // `--json` on any subcommand switches human output to stderr before the action runs.
  program.hook('preAction', (_p, action) => {
    out.json = Boolean(action.opts<{ json?: boolean }>().json);
  });

  // One after another: registration order is --help's order (and jest's ESM loader trips
  // over concurrent imports that share modules).
  for (const load of modulesFor(argv)) (await load()).register(program, context);
  refuseGlobalsAfterCommand(program, Option);
  // Set after the commands inherited `true` (a command's usage error shows its own help): a
  // line the program refuses (an unknown command, an unknown option before it) gets commander's
  // suggestion, if any, and a pointer to --help, not the help of all the commands.
  const word = commandWord(argv);
  const hint =
    word !== null && Object.hasOwn(OTHER_TOOLS_WORDS, word) ? OTHER_TOOLS_WORDS[word] : null;
  program.showHelpAfterError(
    `${hint ? `(${hint})\n` : ''}Run \`lepton --help\` to list the commands.`,
  );

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
