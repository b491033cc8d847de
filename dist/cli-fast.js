import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  startListing
} from "./cli-fast-chunks/chunk-D4H6TGPC.js";
import {
  EXIT_CODES,
  Git,
  LeptonError,
  MANIFEST_MAX_BYTES,
  isLeptonError,
  readInputText
} from "./cli-fast-chunks/chunk-NXCQMJ5Y.js";
import {
  plainText
} from "./cli-fast-chunks/chunk-3JZDCLPI.js";

// src/cli/commands/validate-run.ts
import { dirname as dirname2, relative as relative2 } from "node:path";

// src/cli/context.ts
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
  const { openProject, streamLogger } = await import("./cli-fast-chunks/context-YYTEQYDF.js");
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

// src/cli/commands/validate-run.ts
async function validate(ctx) {
  const name = relative2(ctx.cwd, ctx.manifestPath) || ctx.manifestPath;
  const git = new Git(dirname2(ctx.manifestPath), ctx.env);
  const listing = listingUnlessClimbing(git, ctx.manifestPath);
  const { checkTree, formatIssue, ManifestInvalidError } = await import("./cli-fast-chunks/validate-work-SOPLSTZS.js");
  const app = await openApp(ctx, { git });
  const m = app.manifest;
  const tree = await checkTree(app, name, { listing: await listing });
  for (const w of tree.warnings) ctx.out.note(`warning: ${formatIssue(w)}`);
  if (tree.errors.length) throw new ManifestInvalidError(name, tree.errors);
  const counts = `${m.components.length} component(s), ${m.data.length} data set(s), ${m.eval.thresholds.length} threshold(s), ${m.stages.length} stage(s)`;
  const where = tree.checked ? "" : " (paths not checked against files: not in a git work tree)";
  ctx.out.note(`${name}: OK \u2014 model "${m.model}", ${counts}${where}`);
}
async function listingUnlessClimbing(git, manifestPath) {
  const [top, text] = await Promise.all([
    git.topLevel().catch(() => null),
    // Read as openApp reads it: never waiting on a FIFO, never more than a manifest's bound.
    readInputText(manifestPath, MANIFEST_MAX_BYTES).catch(() => null)
  ]);
  if (top === null || text === null || climbs(text)) return null;
  return startListing(git);
}
var climbs = (text) => text.split("\n").some((line) => line.replace(/#.*/, "").includes(".."));

// src/cli/options.ts
var GLOBAL_OPTIONS = [
  {
    flags: "-m, --manifest <file>",
    short: "-m",
    long: "--manifest",
    key: "manifest",
    description: "the manifest, relative to --cwd",
    defaultValue: "lepton.yml"
  },
  {
    flags: "-C, --cwd <dir>",
    short: "-C",
    long: "--cwd",
    key: "cwd",
    description: "work in this directory",
    defaultValue: "."
  }
];
var globalDefaults = () => Object.fromEntries(GLOBAL_OPTIONS.map((o) => [o.key, o.defaultValue]));

// src/cli/fast-line.ts
function fastCommandLine(argv) {
  const globals = globalDefaults();
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "validate") return i === argv.length - 1 ? { command: a, globals } : null;
    const o = GLOBAL_OPTIONS.find(
      (g) => a === g.short || a === g.long || a.startsWith(g.short) || a.startsWith(`${g.long}=`)
    );
    if (!o || seen.has(o.key)) return null;
    seen.add(o.key);
    const value = a === o.short || a === o.long ? argv[++i] : a.startsWith(`${o.long}=`) ? a.slice(o.long.length + 1) : a.slice(o.short.length);
    if (value === void 0 || value === "" || value.startsWith("-")) return null;
    globals[o.key] = value;
  }
  return null;
}

// src/cli/shell.ts
import { statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
function commandContext(io, out, globals, setExitCode) {
  const cwd = isAbsolute(globals.cwd) ? resolve(globals.cwd) : resolve(currentFolder(io), globals.cwd);
  checkWorkFolder(cwd, globals.cwd);
  return {
    cwd,
    manifestPath: resolve(cwd, globals.manifest),
    env: io.env,
    ...io.signal && { signal: io.signal },
    out,
    setExitCode
  };
}
function currentFolder(io) {
  try {
    return io.cwd;
  } catch {
    throw new LeptonError("invalid", "the current folder no longer exists (removed or moved)", [
      "cd to a folder that exists, or name one with -C DIR"
    ]);
  }
}
function checkWorkFolder(cwd, given) {
  const which = given === "." ? "the current folder" : `-C ${plainText(given, 500)}`;
  let st;
  try {
    st = statSync(cwd);
  } catch (e) {
    const code = e.code ?? String(e);
    if (cwd.includes("\uFFFD")) {
      throw new LeptonError(
        "invalid",
        `${which} (${plainText(cwd, 500)}): its name is not valid UTF-8, so Lepton cannot open it`,
        [
          'Node.js reads folder names as UTF-8 text (a byte that is not UTF-8 becomes "\uFFFD"), so such a folder cannot be worked in: rename it to a UTF-8 name (convmv can), or run from a folder whose path is UTF-8'
        ]
      );
    }
    throw new LeptonError(
      "invalid",
      `${which}: ${code === "ENOENT" ? `the folder ${plainText(cwd, 500)} does not exist` : code === "ENOTDIR" ? `${plainText(cwd, 500)}: a folder on its path is a file` : `cannot open the folder ${plainText(cwd, 500)} (${code})`}`,
      given === "." ? [] : ["-C names the folder to work in (the manifest is found in it)"]
    );
  }
  if (!st.isDirectory()) {
    throw new LeptonError("invalid", `${which}: ${plainText(cwd, 500)} is not a folder`, [
      "-C names the folder to work in; -m names the manifest file"
    ]);
  }
}
function reportError(e, out, env) {
  if (env.LEPTON_DEBUG === "1" && e instanceof Error) out.note(e.stack ?? String(e));
  if (isLeptonError(e)) {
    out.note(`lepton: ${e.message}`);
    for (const d of e.details) out.note(`  ${d}`);
    if (out.json) {
      const issues = e.issues;
      out.error(e.kind, EXIT_CODES[e.kind], e.message, {
        details: e.details,
        ...Array.isArray(issues) && { issues }
      });
    }
    return EXIT_CODES[e.kind];
  }
  const message = e instanceof Error ? e.message : String(e);
  if (out.json) out.error("internal", EXIT_CODES.invalid, `internal error: ${message}`);
  out.note(`lepton: internal error: ${message}`);
  if (env.LEPTON_DEBUG !== "1") out.note("  (run with LEPTON_DEBUG=1 for the stack trace)");
  return EXIT_CODES.invalid;
}

// src/cli/fast.ts
async function runFast(argv, io) {
  const line = fastCommandLine(argv);
  if (!line) return null;
  const out = new Output(io.stdout, io.stderr);
  let exitCode = 0;
  try {
    const ctx = commandContext(io, out, line.globals, (code) => {
      exitCode = code;
    });
    await validate(ctx);
    return exitCode;
  } catch (e) {
    return reportError(e, out, io.env);
  }
}
export {
  runFast
};
