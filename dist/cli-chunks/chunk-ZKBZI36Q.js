import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  formatIssue,
  noiseIssues,
  require_valid
} from "./chunk-FLI6GRA2.js";
import {
  duplicateKeys,
  isAbsolutePath,
  pathIssues,
  refusedKeys,
  require_dist,
  stageOrderIssues
} from "./chunk-MUEX25PC.js";
import {
  InputFileError,
  MANIFEST_MAX_BYTES,
  readInputText,
  sizeText
} from "./chunk-EAKUNXN4.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import {
  plainText
} from "./chunk-5VN3OPDC.js";
import {
  DURATION,
  ENV_NAME,
  HTTP_URL,
  OCI_STORE,
  PART_NAME,
  PERCENT,
  isName,
  normalize
} from "./chunk-LX2SX5IJ.js";
import {
  __toESM
} from "./chunk-3CYXKRVX.js";

// src/core/manifest/quick.ts
var import_yaml = __toESM(require_dist(), 1);
var import_valid = __toESM(require_valid(), 1);
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isStr = (v) => typeof v === "string";
var isNum = (v) => typeof v === "number" && Number.isFinite(v);
var absent = (v) => v === void 0;
var shape = (fields) => (v) => isObj(v) && Object.keys(v).every((k) => Object.hasOwn(fields, k)) && Object.entries(fields).every(([k, check]) => check(v[k]));
var optional = (check) => (v) => absent(v) || check(v);
var record = (key, value) => (v) => isObj(v) && Object.entries(v).every(([k, x]) => key(k) && value(x));
var list = (item) => (v) => Array.isArray(v) && v.length > 0 && v.every(item);
var matches = (re) => (v) => isStr(v) && re.test(v);
var oneOf = (...values) => (v) => isStr(v) && values.includes(v);
var nonEmpty = (v) => isStr(v) && v.length > 0;
var isBool = (v) => typeof v === "boolean";
var repoPath = (v) => nonEmpty(v) && !isAbsolutePath(v.replace(/^!/, ""));
var command = (v) => nonEmpty(v) && !v.includes("\0");
var timeout = (v) => isStr(v) && DURATION.test(v) && Number(DURATION.exec(v)?.[1] ?? 1) > 0;
var relativeBound = (v) => isNum(v) && v >= 0 || matches(PERCENT)(v);
var boundFields = {
  min: optional(isNum),
  max: optional(isNum),
  max_drop: optional(relativeBound),
  max_rise: optional(relativeBound),
  level: optional(oneOf("error", "warn"))
};
var bounded = (t) => (t.min !== void 0 || t.max !== void 0 || t.max_drop !== void 0 || t.max_rise !== void 0) && (t.min === void 0 || t.max === void 0 || t.min <= t.max);
var threshold = (v) => shape(boundFields)(v) && bounded(v);
var evalThreshold = (v) => shape({ ...boundFields, noise: optional(oneOf("warn", "off")) })(v) && bounded(v) && (v.noise !== "warn" || v.max_drop !== void 0 || v.max_rise !== void 0);
var thresholds = record(nonEmpty, threshold);
var part = shape({ paths: list(repoPath) });
var evalSection = shape({
  command,
  workdir: optional(repoPath),
  metrics: (v) => repoPath(v) || list(repoPath)(v),
  paths: optional(list(repoPath)),
  timeout: optional(timeout),
  env: optional(
    record(matches(ENV_NAME), (x) => isStr(x) && !x.includes("\0") || isNum(x) || isBool(x))
  ),
  samples: optional(repoPath),
  min_samples: optional((x) => isNum(x) && Number.isSafeInteger(x) && x >= 2),
  thresholds: optional(record(nonEmpty, evalThreshold)),
  shards: optional((x) => isNum(x) && Number.isSafeInteger(x) && x >= 1 && x <= 1e3),
  merge: optional(record(nonEmpty, oneOf("mean", "sum", "min", "max")))
});
var monitor = shape({
  prometheus: optional(matches(HTTP_URL)),
  queries: record(nonEmpty, nonEmpty),
  thresholds: optional(thresholds),
  rollback: optional(isBool)
});
var deploy = shape({
  command,
  timeout: optional(timeout),
  environment: optional((x) => nonEmpty(x) && x.length <= 255),
  url: optional(matches(HTTP_URL)),
  rollback_on_failure: optional(isBool)
});
var stage = (v) => v === null || shape({
  after: optional(isStr),
  thresholds: optional(thresholds),
  monitor: optional(monitor),
  deploy: optional(deploy)
})(v);
var bump = optional(oneOf("major", "minor", "patch", "none"));
var manifest = shape({
  version: (v) => v === 1,
  model: (v) => isStr(v) && isName(v),
  description: optional(isStr),
  components: optional(record(matches(PART_NAME), part)),
  data: optional(record(matches(PART_NAME), part)),
  eval: evalSection,
  artifacts: optional(shape({ paths: list(repoPath), store: optional(matches(OCI_STORE)) })),
  stages: optional(record((k) => isStr(k) && isName(k), stage)),
  versioning: optional(
    shape({
      first: optional((v) => isStr(v) && (0, import_valid.default)(v) !== null && !v.startsWith("v")),
      bump: optional(shape({ components: bump, data: bump }))
    })
  )
});
function quickValidate(text, file = "lepton.yml") {
  void file;
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: true });
  if (doc.errors.length || duplicateKeys(doc).length || refusedKeys(doc).length) return null;
  let raw;
  try {
    raw = doc.toJS({ maxAliasCount: 1e3 });
  } catch {
    return null;
  }
  if (!manifest(raw)) return null;
  if (stageOrderIssues(raw).length || pathIssues(raw).length || noiseIssues(raw).length)
    return null;
  return { ok: true, manifest: normalize(raw), issues: [] };
}
async function validateManifestLazily(text, file = "lepton.yml") {
  return quickValidate(text, file) ?? (await import("./validate-OYGZAHB4.js")).validateManifest(text, file);
}

// src/io/manifest-file.ts
var ManifestInvalidError = class extends LeptonError {
  constructor(file, issues) {
    super(
      "invalid",
      `${file}: ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
      issues.map(formatIssue)
    );
    this.file = file;
    this.issues = issues;
  }
  file;
  issues;
};
async function loadManifest(path, displayName = path) {
  let text;
  try {
    text = await readInputText(path, MANIFEST_MAX_BYTES);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    throw new LeptonError(
      "invalid",
      `cannot read manifest ${plainText(path, 500)}: ${e.reason}`,
      manifestReadHints(path, e.code)
    );
  }
  const result = await validateManifestLazily(text, displayName);
  if (!result.ok) throw new ManifestInvalidError(displayName, result.issues);
  return result.manifest;
}
function manifestReadHints(path, code) {
  if (code === "ENOENT") {
    return /[*?[\]{}]/.test(path) ? [
      "this command reads one manifest: name it (models/a/lepton.yml); a glob is for ls, affected and the Action"
    ] : [
      "write one with `lepton init` in the model's folder, or name the one you have (the CLI's --manifest FILE, the Action's manifest input); `lepton ls` lists the repository's models"
    ];
  }
  if (code === "EISDIR" || code === "ENOTREG") {
    return [
      "name the manifest file itself (models/a/lepton.yml); -C DIR names the folder to work in"
    ];
  }
  if (code === "EFBIG") {
    return [
      `a manifest is a few KiB of YAML (at most ${sizeText(MANIFEST_MAX_BYTES)}): check that --manifest names the lepton.yml, not a data file`
    ];
  }
  return [];
}

export {
  validateManifestLazily,
  ManifestInvalidError,
  loadManifest
};
