import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import type { Writable } from 'node:stream';
import type { AppContext } from '../app/context.js';
import { LeptonError } from '../core/errors/index.js';
import type { Git } from '../io/git.js';
import { checkedOutputFile } from './output-file.js';

/** What every command receives: where to work and where to write. Nothing is read from process globals below the entry. */
export interface CommandContext {
  /** Absolute directory the command works in (`--cwd`). */
  readonly cwd: string;
  /** Absolute path of the manifest (`--manifest`, relative to cwd). */
  readonly manifestPath: string;
  readonly env: Readonly<NodeJS.ProcessEnv>;
  /** The shell's interrupt (`AppContext.signal`). */
  readonly signal?: AbortSignal;
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

  private wroteDocument = false;

  /** The one JSON document of a `--json` run. */
  result(value: unknown): void {
    this.resultRendered(Output.renderResult(value));
  }

  /**
   * Names `renderResult`'s form, for outputs kept rendered (`show`'s memo): change it with
   * any change to what `renderResult` makes of a value.
   */
  static readonly RESULT_FORMAT = 'json-indent-2';

  /** The text `result` writes for `value`: one JSON document, indented by 2, and a newline. */
  static renderResult(value: unknown): string {
    return JSON.stringify(value, null, 2) + '\n';
  }

  /** The one JSON document of a `--json` run, as `renderResult` rendered it (maybe in an earlier run). */
  resultRendered(rendered: string | Uint8Array): void {
    this.wroteDocument = true;
    this.stdout.write(rendered);
  }

  /**
   * The one JSON document of a `--json` run that failed (contract §4):
   * `{error: {kind, code, message, details}}`, plus `issues` (each with file,
   * line, column, path, message, hint) when the manifest is invalid. `kind` is
   * the error's kind, `usage` for a command line commander refused, `internal`
   * for a bug; `code` is the exit code.
   */
  error(kind: string, code: number, message: string, extra: Record<string, unknown> = {}): void {
    // A failure after the result was printed (a push after the report) is on stderr only:
    // stdout never holds two documents.
    if (this.wroteDocument) return;
    this.result({ error: { kind, code, message, ...extra } });
  }

  /** The raw stderr stream (progress bars need isTTY). */
  get errStream(): Writable {
    return this.stderr;
  }
}

/** Whether a stream is a terminal (progress lines only make sense on one). */
export const isTTY = (stream: Writable): boolean => Boolean((stream as { isTTY?: boolean }).isTTY);

/**
 * The project every command works on: the manifest (named relative to --cwd in
 * errors), with Lepton's progress and the eval's own output on stderr whatever
 * --json says. `options.git`: Git at the manifest's folder, whose answers are reused.
 */
export async function openApp(
  ctx: CommandContext,
  options: { readonly git?: Git } = {},
): Promise<AppContext> {
  // Loaded here, not at start: the manifest's parser and schema are most of the bundle.
  const { openProject, streamLogger } = await import('../app/context.js');
  const err = ctx.out.errStream;
  return openProject({
    manifestPath: ctx.manifestPath,
    manifestName: manifestName(ctx),
    env: ctx.env,
    log: streamLogger(err),
    isTTY: isTTY(err),
    ...(ctx.signal && { signal: ctx.signal }),
    ...(options.git && { git: options.git }),
  });
}

/** The manifest as errors name it: relative to --cwd. */
export const manifestName = (ctx: CommandContext): string =>
  relative(ctx.cwd, ctx.manifestPath) || ctx.manifestPath;

/**
 * `--report FILE`, checked before the command does any work (output-file.ts): a report that
 * could never be written must not be found out after an eval ran, or a tag was made and pushed.
 *
 * @returns the report's absolute path (relative paths are relative to --cwd)
 * @throws LeptonError `invalid` (exit 2) when the path names a folder or anything else that is
 *   not a regular file, when a folder on its way is a file, or when the nearest folder there is
 *   not writable
 */
export const reportFile = (ctx: CommandContext, path: string): string =>
  checkedOutputFile(ctx.cwd, '--report', path);

/**
 * Writes the Markdown report to a file `reportFile` checked. Called once the command's result is
 * printed: a report that fails now (a full disk) costs only the report.
 *
 * @throws LeptonError `invalid` (exit 2) naming the file and the system's error code
 */
export async function writeReport(file: string, markdown: string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, markdown);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new LeptonError('invalid', `could not write the report to ${file} (${code})`, [
      'the command itself finished: its result is printed above',
    ]);
  }
}
