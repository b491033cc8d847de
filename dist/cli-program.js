import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  GLOBAL_OPTIONS,
  VERSION_OPTION,
  commandContext,
  fastCommandLine,
  printVersion,
  reportError
} from "./cli-chunks/chunk-Y36U6ECR.js";
import {
  VERSION
} from "./cli-chunks/chunk-TCAMXS2I.js";
import {
  Output
} from "./cli-chunks/chunk-22NK363L.js";
import "./cli-chunks/chunk-EJEFKAN4.js";
import {
  EXIT_CODES
} from "./cli-chunks/chunk-NNAQNCWD.js";
import "./cli-chunks/chunk-5VN3OPDC.js";
import "./cli-chunks/chunk-3CYXKRVX.js";

// src/cli/program.ts
var MODULES = [
  [["validate"], () => import("./cli-chunks/validate-BNZW3GBX.js")],
  [["status"], () => import("./cli-chunks/status-L24FMV2V.js")],
  [["eval"], () => import("./cli-chunks/eval-H27233RH.js")],
  [["record"], () => import("./cli-chunks/record-SLC4ECYI.js")],
  [["promote"], () => import("./cli-chunks/promote-3WCKWLLO.js")],
  [["show"], () => import("./cli-chunks/show-4JE6FJJW.js")],
  [["diff"], () => import("./cli-chunks/diff-B4A2RQ2P.js")],
  [["history"], () => import("./cli-chunks/history-EZ4ZXL5X.js")],
  [["monitor"], () => import("./cli-chunks/monitor-XSXZ4GMM.js")],
  [["export"], () => import("./cli-chunks/export-HF4BT7HK.js")],
  [["init"], () => import("./cli-chunks/init-GUVVPOYN.js")],
  [["pull"], () => import("./cli-chunks/pull-H5LKSL3E.js")],
  [["site"], () => import("./cli-chunks/site-7YCQ7SRY.js")],
  [["deploy"], () => import("./cli-chunks/deploy-HCHU46Y5.js")],
  [["rollback"], () => import("./cli-chunks/rollback-XCIHRQCT.js")],
  [["ls", "affected"], () => import("./cli-chunks/ls-DQX6BRXF.js")],
  [["merge"], () => import("./cli-chunks/merge-SZ7PBF3V.js")]
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
function refuseGlobalsAfterCommand(program, Option) {
  for (const command of program.commands) {
    for (const g of GLOBAL_OPTIONS) {
      if (command.options.some((o) => o.short === g.short || o.long === g.long)) continue;
      command.addOption(new Option(g.flags).hideHelp());
    }
    command.hook("preAction", (_c, action) => {
      for (const g of GLOBAL_OPTIONS) {
        if (action.getOptionValueSource(g.key) !== "cli") continue;
        const value = action.getOptionValue(g.key);
        action.error(
          `error: ${g.short}/${g.long} is an option of lepton, not of ${action.name()}: put it before the command (lepton ${g.long} ${shellWord(value)} ${action.name()} \u2026)`,
          { exitCode: EXIT_CODES.invalid, code: "lepton.globalOptionAfterCommand" }
        );
      }
    });
  }
}
var shellWord = (s) => /^[A-Za-z0-9_./:@=+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
var OTHER_TOOLS_WORDS = {
  log: "Did you mean history? `lepton history` is the log of stage changes; `lepton show` lists the versions",
  register: "Did you mean record? `lepton record` evaluates and tags a version (what gto register tags)",
  assign: "Did you mean promote? `lepton promote VERSION STAGE` assigns a stage after its thresholds pass",
  unassign: "Did you mean rollback? `lepton rollback STAGE --reason TEXT` withdraws the version a stage holds"
};
async function runCli(argv, io) {
  const fast = printVersion(argv, io) ?? (fastCommandLine(argv) ? await (await import("./cli-chunks/fast-4CRNKINV.js")).runFast(argv, io) : null);
  return fast ?? runCommander(argv, io);
}
async function runCommander(argv, io) {
  const { Command, CommanderError, Option } = await import("./cli-chunks/esm-SHPEFXP5.js");
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
  refuseGlobalsAfterCommand(program, Option);
  const word = commandWord(argv);
  const hint = word !== null && Object.hasOwn(OTHER_TOOLS_WORDS, word) ? OTHER_TOOLS_WORDS[word] : null;
  program.showHelpAfterError(
    `${hint ? `(${hint})
` : ""}Run \`lepton --help\` to list the commands.`
  );
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
