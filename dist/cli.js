#!/usr/bin/env node
import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

// src/cli/main.ts
import module from "node:module";

// src/version.ts
var VERSION = "0.1.0";

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
function printVersion(argv2, io2) {
  if (argv2.length !== 1 || argv2[0] !== VERSION_OPTION.short && argv2[0] !== VERSION_OPTION.long)
    return null;
  io2.stdout.write(`${VERSION}
`);
  return 0;
}
function fastCommandLine(argv2) {
  const globals = globalDefaults();
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < argv2.length; i++) {
    const a = argv2[i];
    if (a === "validate") return i === argv2.length - 1 ? { command: a, globals } : null;
    const o = GLOBAL_OPTIONS.find(
      (g) => a === g.short || a === g.long || a.startsWith(g.short) || a.startsWith(`${g.long}=`)
    );
    if (!o || seen.has(o.key)) return null;
    seen.add(o.key);
    const value = a === o.short || a === o.long ? argv2[++i] : a.startsWith(`${o.long}=`) ? a.slice(o.long.length + 1) : a.slice(o.short.length);
    if (value === void 0 || value === "" || value.startsWith("-")) return null;
    globals[o.key] = value;
  }
  return null;
}

// src/io/interrupts.ts
var INTERRUPT_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function listenForInterrupts(target) {
  const abort = new AbortController();
  const insist = new AbortController();
  let held = 0;
  let received = null;
  const dispose = () => {
    for (const s of INTERRUPT_SIGNALS) target.off(s, listeners[s]);
  };
  const reraise = () => {
    dispose();
    if (received) target.kill(target.pid, received);
  };
  const onSignal = (signal) => {
    if (received) {
      insist.abort();
      return;
    }
    received = signal;
    const interrupt = {
      kind: "interrupt",
      signal,
      insist: insist.signal,
      hold: () => {
        held++;
        let released = false;
        return () => {
          if (released) return;
          released = true;
          if (--held === 0) reraise();
        };
      }
    };
    abort.abort(interrupt);
    if (held === 0) reraise();
  };
  const listeners = {
    SIGINT: () => onSignal("SIGINT"),
    SIGTERM: () => onSignal("SIGTERM"),
    SIGHUP: () => onSignal("SIGHUP")
  };
  for (const s of INTERRUPT_SIGNALS) target.on(s, listeners[s]);
  return { signal: abort.signal, dispose };
}

// src/cli/output-guard.ts
var EXIT_OUTPUT_LOST = 74;
function guardOutput(streams) {
  let lost = null;
  const listen = (stream, name) => stream.on("error", (e) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") return;
    lost ??= { stream: name, code: e.code ?? e.message };
  });
  listen(streams.stdout, "stdout");
  listen(streams.stderr, "stderr");
  return { lost: () => lost };
}
function lostOutputMessage(lost) {
  return `lepton: could not write to ${lost.stream} (${lost.code}): its output is incomplete
`;
}
function exitCodeWithLostOutput(code, lost) {
  return lost === null || code !== 0 ? code : EXIT_OUTPUT_LOST;
}

// src/cli/main.ts
module.enableCompileCache?.();
var interrupts = listenForInterrupts(process);
var output = guardOutput(process);
process.once("exit", (code) => {
  const lost = output.lost();
  if (lost === null) return;
  if (lost.stream === "stdout") process.stderr.write(lostOutputMessage(lost));
  process.exitCode = exitCodeWithLostOutput(code, lost);
});
var argv = process.argv.slice(2);
var io = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  // Read when a command needs it (shell.ts's commandContext): a current folder removed since the
  // shell entered it makes process.cwd() throw, which must not kill --help.
  get cwd() {
    return process.cwd();
  },
  signal: interrupts.signal
};
var fast = printVersion(argv, io) ?? (fastCommandLine(argv) ? await (await import("./cli-fast.js")).runFast(argv, io) : null);
process.exitCode = fast ?? await (await import("./cli-program.js")).runCommander(argv, io);
interrupts.dispose();
