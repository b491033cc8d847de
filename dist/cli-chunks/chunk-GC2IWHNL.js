import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  require_semver
} from "./chunk-2A6UWNUB.js";
import {
  __commonJS
} from "./chunk-3CYXKRVX.js";

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// src/core/manifest/format.ts
function formatIssue(i) {
  return `${i.file}:${i.line}:${i.column}: ${i.path}: ${i.message}${i.hint ? ` (${i.hint})` : ""}`;
}

// src/core/manifest/noise-rules.ts
function noiseIssues(raw) {
  const ev = raw?.eval;
  if (!ev || typeof ev !== "object" || Array.isArray(ev)) return [];
  const { samples, thresholds } = ev;
  if (samples !== void 0 || !thresholds || typeof thresholds !== "object") return [];
  return Object.entries(thresholds).filter(
    ([, t]) => t !== null && typeof t === "object" && t.noise === "warn"
  ).map(([metric]) => ({
    path: ["eval", "thresholds", metric, "noise"],
    message: "noise: warn needs eval.samples, the per-example results it resamples",
    hint: "add eval.samples: FILE (JSON Lines or CSV with an id column), or remove noise: warn"
  }));
}

export {
  formatIssue,
  require_parse,
  require_valid,
  noiseIssues
};
