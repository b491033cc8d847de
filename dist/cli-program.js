import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  GLOBAL_OPTIONS,
  VERSION_OPTION,
  commandContext,
  fastCommandLine,
  printVersion,
  reportError
} from "./cli-chunks/chunk-5SZX7LNJ.js";
import {
  VERSION
} from "./cli-chunks/chunk-TCAMXS2I.js";
import {
  Output
} from "./cli-chunks/chunk-RQS443JV.js";
import {
  EXIT_CODES
} from "./cli-chunks/chunk-NNAQNCWD.js";
import "./cli-chunks/chunk-3CYXKRVX.js";

// src/cli/program.ts
var MODULES = [
  [["validate"], () => import("./cli-chunks/validate-MNIEGMAX.js")],
  [["status"], () => import("./cli-chunks/status-4ZLOECG5.js")],
  [["eval"], () => import("./cli-chunks/eval-RYEYBVVF.js")],
  [["record"], () => import("./cli-chunks/record-Y7FXMAPX.js")],
  [["promote"], () => import("./cli-chunks/promote-JBUROX7O.js")],
  [["show"], () => import("./cli-chunks/show-6GJLFV2Y.js")],
  [["diff"], () => import("./cli-chunks/diff-ZTQ7IGWD.js")],
  [["history"], () => import("./cli-chunks/history-CNE2ZRU2.js")],
  [["monitor"], () => import("./cli-chunks/monitor-7VBHHOAH.js")],
  [["export"], () => import("./cli-chunks/export-QVSAA5E5.js")],
  [["init"], () => import("./cli-chunks/init-RSDEOCYJ.js")],
  [["pull"], () => import("./cli-chunks/pull-SHCGK67W.js")],
  [["site"], () => import("./cli-chunks/site-6CBAIVYT.js")],
  [["deploy"], () => import("./cli-chunks/deploy-K2X3O5MY.js")],
  [["rollback"], () => import("./cli-chunks/rollback-7EYUFNPJ.js")],
  [["ls", "affected"], () => import("./cli-chunks/ls-ILKKQBSU.js")],
  [["merge"], () => import("./cli-chunks/merge-3VWDNI2B.js")]
];
var VALUED = (a) => GLOBAL_OPTIONS.some((o) => a === o.short || a === o.long);
function commandWord(argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") return null;
    if (VALUED(a)) i++;
    else if (a.startsWith("-")) continue;
    else return a;
  }
  return null;
}
function modulesFor(argv) {
  const word = commandWord(argv);
  if (word === null && argv.some((a) => a === "-V" || a === "--version")) return [];
  const one = MODULES.find(([names]) => word !== null && names.includes(word));
  return one ? [one[1]] : MODULES.map(([, load]) => load);
}
async function runCli(argv, io) {
  const fast = printVersion(argv, io) ?? (fastCommandLine(argv) ? await (await import("./cli-chunks/fast-3IOUSVTM.js")).runFast(argv, io) : null);
  return fast ?? runCommander(argv, io);
}
async function runCommander(argv, io) {
  const { Command, CommanderError } = await import("./cli-chunks/esm-SHPEFXP5.js");
  const out = new Output(io.stdout, io.stderr);
  let exitCode = 0;
  const program = new Command("lepton").description("Model version control that lives in CI").version(VERSION, VERSION_OPTION.flags);
  for (const o of GLOBAL_OPTIONS) program.option(o.flags, o.description, o.defaultValue);
  program.showHelpAfterError().enablePositionalOptions().exitOverride().configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s)
  });
  program.addHelpText(
    "after",
    "\nExit codes: 0 ok, 1 a threshold failed or promotion refused, 2 invalid input, 3 eval failed, 4 git or remote failure."
  );
  const context = () => commandContext(io, out, program.opts(), (code) => {
    exitCode = code;
  });
  program.hook("preAction", (_p, action) => {
    out.json = Boolean(action.opts().json);
  });
  for (const load of modulesFor(argv)) (await load()).register(program, context);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (e) {
    if (argv.includes("--json")) out.json = true;
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0;
      if (out.json) out.error("usage", EXIT_CODES.invalid, e.message.replace(/^error: /, ""));
      return EXIT_CODES.invalid;
    }
    return reportError(e, out, io.env);
  }
}
export {
  commandWord,
  runCli,
  runCommander
};
