import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  loadManifest
} from "./chunk-ZKBZI36Q.js";
import {
  Git,
  readSettings
} from "./chunk-WFCPIERG.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";

// src/app/context.ts
import { dirname } from "node:path";
async function openProject(options) {
  checkOpenOptions(options);
  const settings = options.settings ?? readSettings(options.env);
  const modelDir = dirname(options.manifestPath);
  const git = options.git?.cwd === modelDir ? options.git : new Git(modelDir, options.env);
  const top = git.topLevel();
  top.catch(() => void 0);
  const manifest = await loadManifest(options.manifestPath, options.manifestName);
  const repoRoot = await top;
  return {
    manifest,
    manifestPath: options.manifestPath,
    modelDir,
    repoRoot,
    git: repoRoot ? git.at(repoRoot) : git,
    env: options.env,
    settings,
    log: options.log,
    now: options.now ?? (() => /* @__PURE__ */ new Date()),
    ...options.evalCache && { evalCache: options.evalCache },
    ...options.signal && { signal: options.signal },
    ...options.isTTY !== void 0 && { isTTY: options.isTTY }
  };
}
var LOGGER_METHODS = ["info", "warn", "output", "group"];
function checkOpenOptions(options) {
  const problems = [];
  const o = options ?? {};
  if (typeof o.manifestPath !== "string" || o.manifestPath === "")
    problems.push("manifestPath: the manifest file, a path");
  if (o.env === null || typeof o.env !== "object") problems.push("env: the environment, an object");
  const log = o.log;
  const missing = LOGGER_METHODS.filter((m) => typeof log?.[m] !== "function");
  if (missing.length)
    problems.push(
      `log: a Logger with ${LOGGER_METHODS.join(", ")} (missing: ${missing.join(", ")}); streamLogger(process.stderr) makes one`
    );
  if (problems.length)
    throw new LeptonError(
      "invalid",
      // The first problem in the message itself: `e.message` is what most callers print.
      `openProject: options are missing or of the wrong type: ${problems.map((p) => p.split(":")[0]).join(", ")}`,
      problems
    );
}
function streamLogger(err) {
  return {
    info: (m) => void err.write(m + "\n"),
    warn: (m) => void err.write(`warning: ${m}
`),
    output: (c) => void err.write(c),
    group: async (name, work) => {
      err.write(`\u2500\u2500 ${name}
`);
      return work();
    }
  };
}

export {
  openProject,
  streamLogger
};
