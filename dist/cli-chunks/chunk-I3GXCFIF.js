import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

// src/cli/exit-codes.ts
var COMMAND_EXIT_CODES = {
  init: [
    [0, "written"],
    [2, "a file exists or the folder cannot be read"]
  ],
  validate: [
    [0, "valid"],
    [2, "invalid (each problem at file:line:column, with its key path and a hint)"]
  ],
  status: [
    [0, "printed"],
    [2, "invalid manifest or a path that matches no file or leaves the repository"]
  ],
  eval: [
    [0, "thresholds passed"],
    [1, "a threshold failed"],
    [2, "invalid input"],
    [3, "the eval failed"]
  ],
  record: [
    [0, "recorded (or unchanged) and passed"],
    [1, "recorded but a threshold failed"],
    [2, "invalid input (or files of the model differ from HEAD)"],
    [3, "the eval failed"],
    [4, "git or remote failure"]
  ],
  promote: [
    [0, "promoted (or already there)"],
    [1, "refused (no tag made)"],
    [2, "invalid input"],
    [3, "the deploy hook failed (rolled back unless rollback_on_failure is false)"],
    [4, "git or remote failure"]
  ],
  show: [
    [0, "printed"],
    [2, "invalid manifest"]
  ],
  diff: [
    [0, "printed"],
    [2, "invalid input (a version or revision that is not known)"]
  ],
  history: [
    [0, "printed"],
    [2, "invalid input (a stage not in the manifest, a time that is not ISO 8601)"]
  ],
  monitor: [
    [0, "healthy"],
    [1, "a threshold failed"],
    [2, "invalid input (a stage with no monitor section or no server, or holding no version)"],
    [3, "Prometheus unreachable, a query error or no value"],
    [4, "git or remote failure (pushing a rollback)"]
  ],
  export: [
    [0, "written"],
    [
      2,
      "invalid input (an unknown --format, an --out that is a folder, FIFO or device, not a git repository)"
    ]
  ],
  pull: [
    [0, "pulled and verified"],
    [2, "invalid input (unknown version, none stored)"],
    [4, "registry failure or digest mismatch (nothing written)"]
  ],
  site: [
    [0, "written"],
    [
      2,
      "invalid input (not a git repository, an --out that is neither new, empty nor an earlier site)"
    ]
  ],
  deploy: [
    [0, "deployed"],
    [2, "invalid input (no hook, nothing holds the stage)"],
    [3, "the deploy failed or timed out"]
  ],
  rollback: [
    [0, "rolled back"],
    [2, "invalid input or nothing to fall back to (see --allow-empty)"],
    [3, "the deploy hook failed for the version it fell back to"],
    [4, "git or remote failure"]
  ],
  ls: [
    [0, "printed"],
    [2, "not in a git repository or an invalid manifest"]
  ],
  affected: [
    [0, "printed (also when no model is affected)"],
    [2, "invalid input (no base, an unknown revision)"],
    [4, "git failure (the base's commit cannot be read)"]
  ],
  merge: [
    [0, "thresholds passed"],
    [1, "a threshold failed"],
    [2, "invalid input (a file named that is missing or cannot be read)"],
    [3, "a shard is missing, repeated or foreign (or the eval failed)"]
  ]
};
function exitCodesText(command) {
  return COMMAND_EXIT_CODES[command].map(([code, meaning]) => `${code} ${meaning}`).join(", ");
}
function exitCodesHelp(command) {
  return `Exit codes: ${exitCodesText(command)}.`;
}

export {
  exitCodesHelp
};
