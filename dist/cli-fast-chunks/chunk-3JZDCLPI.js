import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/manifest/patterns.ts
var NAME = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;
var NAME_MAX_LENGTH = 100;
var isName = (v) => v.length <= NAME_MAX_LENGTH && NAME.test(v);
var PART_NAME = /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9])?$/;
var PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
var DURATION = /^(\d+(?:\.\d+)?)(s|m|h)$/;
var OCI_STORE = /^oci:\/\/([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(:\d+)?(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*\/?$/;
var HTTP_URL = /^https?:\/\/\S+$/;
var ENV_NAME = /^[^=\0]+$/;

// src/core/manifest/normalize.ts
var UNIT_MS = { s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(text) {
  const m = DURATION.exec(text);
  if (!m) throw new Error(`not a duration: ${text}`);
  return Math.round(Number(m[1]) * UNIT_MS[m[2]]);
}
function bound(raw) {
  if (raw === void 0) return void 0;
  if (typeof raw === "number") return { kind: "absolute", value: raw };
  const m = PERCENT.exec(raw);
  return { kind: "percent", value: Number(m?.[1]) };
}
function thresholds(raw) {
  return Object.entries(raw ?? {}).map(
    ([metric, t]) => Object.freeze({
      metric,
      ...t.min !== void 0 && { min: t.min },
      ...t.max !== void 0 && { max: t.max },
      ...t.max_drop !== void 0 && { maxDrop: bound(t.max_drop) },
      ...t.max_rise !== void 0 && { maxRise: bound(t.max_rise) },
      level: t.level ?? "error",
      ..."noise" in t && t.noise === "warn" && { noise: "warn" }
    })
  );
}
function parts(raw) {
  return Object.entries(raw ?? {}).map(
    ([name, p]) => Object.freeze({ name, paths: Object.freeze(p.paths.map(posix)) })
  );
}
var posix = (p) => p.replace(/\\/g, "/").replace(/^\.\//, "");
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
function normalize(raw) {
  const metrics = typeof raw.eval.metrics === "string" ? [raw.eval.metrics] : raw.eval.metrics;
  return deepFreeze({
    version: 1,
    model: raw.model,
    description: raw.description ?? null,
    components: parts(raw.components),
    data: parts(raw.data),
    eval: {
      command: raw.eval.command,
      workdir: posix(raw.eval.workdir ?? "."),
      metrics: metrics.map(posix),
      paths: (raw.eval.paths ?? []).map(posix),
      ...raw.eval.samples !== void 0 && { samples: posix(raw.eval.samples) },
      ...raw.eval.min_samples !== void 0 && { minSamples: raw.eval.min_samples },
      timeoutMs: raw.eval.timeout === void 0 ? null : parseDuration(raw.eval.timeout),
      env: Object.fromEntries(Object.entries(raw.eval.env ?? {}).map(([k, v]) => [k, String(v)])),
      thresholds: thresholds(raw.eval.thresholds),
      ...raw.eval.shards !== void 0 && { shards: raw.eval.shards },
      ...raw.eval.merge && { merge: { ...raw.eval.merge } }
    },
    artifacts: (raw.artifacts?.paths ?? []).map(posix),
    store: raw.artifacts?.store ?? null,
    stages: Object.entries(raw.stages ?? {}).map(([name, s]) => ({
      name,
      after: s?.after ?? null,
      thresholds: thresholds(s?.thresholds),
      monitor: s?.monitor ? {
        prometheus: s.monitor.prometheus ?? null,
        queries: { ...s.monitor.queries },
        thresholds: thresholds(s.monitor.thresholds),
        rollback: s.monitor.rollback ?? false
      } : null,
      deploy: s?.deploy ? {
        command: s.deploy.command,
        timeoutMs: s.deploy.timeout === void 0 ? null : parseDuration(s.deploy.timeout),
        environment: s.deploy.environment ?? name,
        url: s.deploy.url ?? null,
        rollbackOnFailure: s.deploy.rollback_on_failure ?? true
      } : null
    })),
    versioning: {
      first: raw.versioning?.first ?? "0.1.0",
      bump: {
        components: raw.versioning?.bump?.components ?? "minor",
        data: raw.versioning?.bump?.data ?? "patch"
      }
    }
  });
}

// src/core/format/text.ts
var MAX_NAME = 200;
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function clip(text, max = MAX_NAME) {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : text;
}
function plainText(text, max = MAX_NAME) {
  return clip(
    text.replace(
      CONTROLS,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`
    ),
    max
  );
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  NAME,
  NAME_MAX_LENGTH,
  isName,
  PART_NAME,
  PERCENT,
  DURATION,
  OCI_STORE,
  HTTP_URL,
  ENV_NAME,
  parseDuration,
  normalize,
  clip,
  plainText
};
