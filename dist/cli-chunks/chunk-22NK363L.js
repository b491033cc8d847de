import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  checkedOutputFile
} from "./chunk-EJEFKAN4.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";

// src/cli/context.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
var Output = class _Output {
  constructor(stdout, stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }
  stdout;
  stderr;
  json = false;
  /** Report text meant to be read (tables, results). */
  print(text) {
    (this.json ? this.stderr : this.stdout).write(text.endsWith("\n") ? text : text + "\n");
  }
  /** Progress, notes and errors: always stderr. */
  note(text) {
    this.stderr.write(text.endsWith("\n") ? text : text + "\n");
  }
  wroteDocument = false;
  /** The one JSON document of a `--json` run. */
  result(value) {
    this.resultRendered(_Output.renderResult(value));
  }
  /**
   * Names `renderResult`'s form, for outputs kept rendered (`show`'s memo): change it with
   * any change to what `renderResult` makes of a value.
   */
  static RESULT_FORMAT = "json-indent-2";
  /** The text `result` writes for `value`: one JSON document, indented by 2, and a newline. */
  static renderResult(value) {
    return JSON.stringify(value, null, 2) + "\n";
  }
  /** The one JSON document of a `--json` run, as `renderResult` rendered it (maybe in an earlier run). */
  resultRendered(rendered) {
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
  error(kind, code, message, extra = {}) {
    if (this.wroteDocument) return;
    this.result({ error: { kind, code, message, ...extra } });
  }
  /** The raw stderr stream (progress bars need isTTY). */
  get errStream() {
    return this.stderr;
  }
};
var isTTY = (stream) => Boolean(stream.isTTY);
async function openApp(ctx, options = {}) {
  const { openProject, streamLogger } = await import("./context-2Y34FKBG.js");
  const err = ctx.out.errStream;
  return openProject({
    manifestPath: ctx.manifestPath,
    manifestName: manifestName(ctx),
    env: ctx.env,
    log: streamLogger(err),
    isTTY: isTTY(err),
    ...ctx.signal && { signal: ctx.signal },
    ...options.git && { git: options.git }
  });
}
var manifestName = (ctx) => relative(ctx.cwd, ctx.manifestPath) || ctx.manifestPath;
var reportFile = (ctx, path) => checkedOutputFile(ctx.cwd, "--report", path);
async function writeReport(file, markdown) {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, markdown);
  } catch (e) {
    const code = e.code ?? String(e);
    throw new LeptonError("invalid", `could not write the report to ${file} (${code})`, [
      "the command itself finished: its result is printed above"
    ]);
  }
}

export {
  Output,
  isTTY,
  openApp,
  manifestName,
  reportFile,
  writeReport
};
