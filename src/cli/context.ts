import type { Writable } from 'node:stream';

/** What every command receives: where to work and where to write. Nothing is read from process globals below the entry. */
export interface CommandContext {
  /** Absolute directory the command works in (`--cwd`). */
  readonly cwd: string;
  /** Absolute path of the manifest (`--manifest`, relative to cwd). */
  readonly manifestPath: string;
  readonly env: Readonly<NodeJS.ProcessEnv>;
  readonly out: Output;
  /** A command that finishes without throwing but must not exit 0 (threshold failed: 1). */
  readonly setExitCode: (code: number) => void;
}

/**
 * Human text goes to stdout normally, and to stderr when `--json` owns stdout:
 * `--json` prints exactly one JSON document on stdout and nothing else there.
 */
export class Output {
  json = false;
  constructor(
    private readonly stdout: Writable,
    private readonly stderr: Writable,
  ) {}

  /** Report text meant to be read (tables, results). */
  print(text: string): void {
    (this.json ? this.stderr : this.stdout).write(text.endsWith('\n') ? text : text + '\n');
  }

  /** Progress, notes and errors: always stderr. */
  note(text: string): void {
    this.stderr.write(text.endsWith('\n') ? text : text + '\n');
  }

  /** The one JSON document of a `--json` run. */
  result(value: unknown): void {
    this.stdout.write(JSON.stringify(value, null, 2) + '\n');
  }

  /** The raw stderr stream (progress bars need isTTY). */
  get errStream(): Writable {
    return this.stderr;
  }
}
