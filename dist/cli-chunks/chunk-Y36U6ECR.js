import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-TCAMXS2I.js";
import {
  EXIT_CODES,
  LeptonError,
  isLeptonError
} from "./chunk-NNAQNCWD.js";
import {
  plainText
} from "./chunk-5VN3OPDC.js";

// src/cli/options.ts
var VERSION_OPTION = { flags: "-V, --version", short: "-V", long: "--version" };
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
function printVersion(argv, io) {
  if (argv.length !== 1 || argv[0] !== VERSION_OPTION.short && argv[0] !== VERSION_OPTION.long)
    return null;
  io.stdout.write(`${VERSION}
`);
  return 0;
}
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

export {
  VERSION_OPTION,
  GLOBAL_OPTIONS,
  printVersion,
  fastCommandLine,
  commandContext,
  reportError
};
