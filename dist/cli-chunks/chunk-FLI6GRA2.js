import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  require_semver
} from "./chunk-2A6UWNUB.js";
import {
  plainText
} from "./chunk-5VN3OPDC.js";
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
var MAX_PATH = 120;
var MAX_MESSAGE = 300;
var MAX_HINT = 500;
var MAX_FILE = 300;
function printableIssue(i) {
  return {
    ...i,
    file: plainText(i.file, MAX_FILE),
    path: plainText(i.path, MAX_PATH),
    message: plainText(i.message, MAX_MESSAGE),
    ...i.hint !== void 0 && { hint: plainText(i.hint, MAX_HINT) }
  };
}
function formatIssue(issue) {
  const i = printableIssue(issue);
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
  printableIssue,
  formatIssue,
  require_parse,
  require_valid,
  noiseIssues
};
