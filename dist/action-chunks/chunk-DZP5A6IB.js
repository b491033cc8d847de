import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/format/text.ts
var MAX_NAME = 200;
var LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function clip(text, max = MAX_NAME) {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : text;
}
__name(clip, "clip");
function plainText(text, max = MAX_NAME) {
  return clip(
    text.replace(
      CONTROLS,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`
    ),
    max
  );
}
__name(plainText, "plainText");

// src/core/report/escape.ts
var ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
var WORD_JOINER = "\u2060";
function oneLine(text, max = MAX_NAME) {
  return clip(
    text.replace(LINE_BREAKS, " ").replace(CONTROLS, " ").replace(/<!--/g, "<!\u200B--"),
    max
  );
}
__name(oneLine, "oneLine");
function escapeText(text, max = MAX_NAME) {
  return oneLine(text, max).replace(ASCII_PUNCTUATION, (c) => `\\${c}`).replace(/@/g, `@${WORD_JOINER}`).replace(/\\:\\\/\\\//g, `\\:${WORD_JOINER}\\/\\/`).replace(/(www)(\\\.)/gi, `$1${WORD_JOINER}$2`);
}
__name(escapeText, "escapeText");
function codeSpan(text, inTable = false, max = MAX_NAME) {
  let body = oneLine(text, max);
  if (body === "") return '`""`';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  if (/^[` ]|[` ]$/.test(body) && body.trim() !== "") body = ` ${body} `;
  if (inTable) body = body.replace(/\|/g, "\\|");
  return `${fence}${body}${fence}`;
}
__name(codeSpan, "codeSpan");

// src/core/registry/names.ts
var NAME = "[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?";
var DIRNAME = "[a-zA-Z0-9\\-_./]+";
var SEMVER = "(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?";
var TAG_RE = new RegExp(
  `^(?<artifact>(?:${DIRNAME}=)?${NAME})(?:(?:#(?<stage>${NAME})|@v(?<version>${SEMVER}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<n>[0-9]+))?$`
);
var NAME_RE = new RegExp(`^${NAME}$`);
var SEMVER_RE = new RegExp(`^${SEMVER}$`);
function parseTagName(tag) {
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
__name(parseTagName, "parseTagName");
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

// src/action/result.ts
function empty(model) {
  return {
    model,
    version: null,
    tag: null,
    stageTag: null,
    passed: true,
    reused: false,
    metrics: {},
    report: "",
    gateFailure: null
  };
}
__name(empty, "empty");

export {
  plainText,
  oneLine,
  escapeText,
  codeSpan,
  parseTagName,
  isValidName,
  isSemver,
  versionTag,
  stageTag,
  unassignTag,
  modelRefPatterns,
  eventCounterRef,
  eventCounterRefspec,
  nextEventN,
  empty
};
