import type { Writable } from 'node:stream';
import { VERSION } from '../version.js';
import { GLOBAL_OPTIONS, VERSION_OPTION, globalDefaults, type GlobalValues } from './options.js';

/**
 * `lepton --version` (or `-V`) alone: the version on stdout, as commander prints it, without
 * loading commander. Any other line with the flag is commander's.
 * @returns 0 when it printed the version, else null
 */
export function printVersion(
  argv: readonly string[],
  io: { readonly stdout: Writable },
): number | null {
  if (argv.length !== 1 || (argv[0] !== VERSION_OPTION.short && argv[0] !== VERSION_OPTION.long))
    return null;
  io.stdout.write(`${VERSION}\n`);
  return 0;
}

/**
 * The command lines Lepton answers without commander (a fifth of `lepton validate`'s start-up):
 * only the global options (each at most once, as `-C dir`, `-Cdir`, `--cwd dir` or
 * `--cwd=dir`; a value never starting with `-`), then a command that takes no options or
 * arguments (`validate`), and nothing after it. These are the lines commander reads one way
 * only; anything else (`--help`, `--json`, an option commander would refuse, a typo) is
 * commander's, so help, errors and suggestions are exactly commander's
 * (test/cli/fast-path.test.ts runs each line both ways).
 * @returns the command word and the global options' values, or null: commander's to read
 */
export function fastCommandLine(
  argv: readonly string[],
): { readonly command: 'validate'; readonly globals: GlobalValues } | null {
  const globals = globalDefaults();
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === 'validate') return i === argv.length - 1 ? { command: a, globals } : null;
    const o = GLOBAL_OPTIONS.find(
      (g) => a === g.short || a === g.long || a.startsWith(g.short) || a.startsWith(`${g.long}=`),
    );
    if (!o || seen.has(o.key)) return null;
    seen.add(o.key);
    const value =
      a === o.short || a === o.long
        ? argv[++i]
        : a.startsWith(`${o.long}=`)
          ? a.slice(o.long.length + 1)
          : a.slice(o.short.length);
    if (value === undefined || value === '' || value.startsWith('-')) return null;
    globals[o.key] = value;
  }
  return null;
}
