import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/registry/names.ts
var NAME = "[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?";
var DIRNAME = "[a-zA-Z0-9\\-_./]+";
var SEMVER = "(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?";
var TAG_RE = new RegExp(
  `^(?<artifact>(?:${DIRNAME}=)?${NAME})(?:(?:#(?<stage>${NAME})|@v(?<version>${SEMVER}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<n>[0-9]+))?$`
);
var NAME_RE = new RegExp(`^${NAME}$`);
var SEMVER_RE = new RegExp(`^${SEMVER}$`);
var ARTIFACT_RE = new RegExp(`^(?:${DIRNAME}=)?${NAME}$`);
var DOT = 46;
var ZERO = 48;
var NINE = 57;
var lastArtifact = null;
var lastModel = "";
function plainVersionTag(tag) {
  const at = tag.indexOf("@");
  if (at <= 0 || tag.charCodeAt(at + 1) !== 118) return void 0;
  let i = at + 2;
  for (let part = 0; part < 3; part++) {
    if (part > 0) {
      if (tag.charCodeAt(i) !== DOT) return void 0;
      i++;
    }
    const start = i;
    for (let c = tag.charCodeAt(i); c >= ZERO && c <= NINE; c = tag.charCodeAt(++i)) ;
    if (i === start || tag.charCodeAt(start) === ZERO && i - start > 1) return void 0;
  }
  if (i !== tag.length) return void 0;
  const artifact = tag.slice(0, at);
  if (artifact !== lastArtifact) {
    if (!ARTIFACT_RE.test(artifact)) return void 0;
    lastArtifact = artifact;
    lastModel = artifact.replace("=", ":");
  }
  return { kind: "version", model: lastModel, version: tag.slice(at + 2) };
}
__name(plainVersionTag, "plainVersionTag");
function parseTagName(tag) {
  return plainVersionTag(tag) ?? parseTagNameByPattern(tag);
}
__name(parseTagName, "parseTagName");
function parseTagNameByPattern(tag) {
  const m = TAG_RE.exec(tag);
  const g = m?.groups;
  if (!g?.artifact) return null;
  const model = g.artifact.replace("=", ":");
  const n = g.n === void 0 ? void 0 : Number(g.n);
  const counter = n === void 0 || !Number.isSafeInteger(n) ? {} : { n };
  if (g.special) {
    return { kind: g.special === "deprecated" ? "deprecate" : "create", model, ...counter };
  }
  const cancelled = g.cancel === "!";
  if (g.version !== void 0) {
    return { kind: cancelled ? "deregister" : "version", model, version: g.version, ...counter };
  }
  return { kind: cancelled ? "unassign" : "assign", model, stage: g.stage, ...counter };
}
__name(parseTagNameByPattern, "parseTagNameByPattern");
var isValidName = /* @__PURE__ */ __name((name) => NAME_RE.test(name), "isValidName");
var isSemver = /* @__PURE__ */ __name((version) => SEMVER_RE.test(version), "isSemver");
var inTag = /* @__PURE__ */ __name((model) => model.replace(":", "="), "inTag");
var versionTag = /* @__PURE__ */ __name((model, version) => `${inTag(model)}@v${version}`, "versionTag");
var stageTag = /* @__PURE__ */ __name((model, stage, n) => `${inTag(model)}#${stage}#${n}`, "stageTag");
var unassignTag = /* @__PURE__ */ __name((model, stage, n) => `${inTag(model)}#${stage}!#${n}`, "unassignTag");
var modelRefPatterns = /* @__PURE__ */ __name((model) => [
  `refs/tags/${inTag(model)}@*`,
  `refs/tags/${inTag(model)}#*`
], "modelRefPatterns");
var eventCounterRef = /* @__PURE__ */ __name((model) => `refs/lepton/events/${inTag(model)}/head`, "eventCounterRef");
var eventCounterRefspec = /* @__PURE__ */ __name((model) => `+refs/lepton/events/${inTag(model)}/*:refs/lepton/events/${inTag(model)}/*`, "eventCounterRefspec");
var nextEventN = /* @__PURE__ */ __name((maxTagN, counterN) => Math.max(maxTagN, counterN) + 1, "nextEventN");

export {
  parseTagName,
  isValidName,
  isSemver,
  versionTag,
  stageTag,
  unassignTag,
  modelRefPatterns,
  eventCounterRef,
  eventCounterRefspec,
  nextEventN
};
