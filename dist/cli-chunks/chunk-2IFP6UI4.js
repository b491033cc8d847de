import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  loadManifest
} from "./chunk-LQJKNRNX.js";
import {
  Git,
  readSettings
} from "./chunk-BB7OZOJ7.js";

// src/app/context.ts
import { dirname } from "node:path";
async function openProject(options) {
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
