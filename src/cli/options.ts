/**
 * The program's own flags, defined once: program.ts gives them to commander, and fast.ts reads
 * the command lines it answers without commander by the same definitions.
 */
export interface GlobalOption {
  /** commander's flags string. */
  readonly flags: string;
  readonly short: string;
  readonly long: string;
  /** The key of `program.opts()`. */
  readonly key: 'manifest' | 'cwd';
  readonly description: string;
  readonly defaultValue: string;
}

/** The program's version flags (commander prints the version and exits 0). */
export const VERSION_OPTION = { flags: '-V, --version', short: '-V', long: '--version' } as const;

/** The global options that take a value; each comes before the command word. */
export const GLOBAL_OPTIONS: readonly GlobalOption[] = [
  {
    flags: '-m, --manifest <file>',
    short: '-m',
    long: '--manifest',
    key: 'manifest',
    description: 'the manifest, relative to --cwd',
    defaultValue: 'lepton.yml',
  },
  {
    flags: '-C, --cwd <dir>',
    short: '-C',
    long: '--cwd',
    key: 'cwd',
    description: 'work in this directory',
    defaultValue: '.',
  },
];

/** The global options' values, as `program.opts()` holds them. */
export type GlobalValues = Record<GlobalOption['key'], string>;

/** The defaults of every global option. */
export const globalDefaults = (): GlobalValues =>
  Object.fromEntries(GLOBAL_OPTIONS.map((o) => [o.key, o.defaultValue])) as GlobalValues;
