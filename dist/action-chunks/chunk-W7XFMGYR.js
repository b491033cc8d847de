import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/manifest/patterns.ts
var NAME = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;
var NAME_MAX_LENGTH = 100;
var isName = /* @__PURE__ */ __name((v) => v.length <= NAME_MAX_LENGTH && NAME.test(v), "isName");
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
__name(parseDuration, "parseDuration");
function bound(raw) {
  if (raw === void 0) return void 0;
  if (typeof raw === "number") return { kind: "absolute", value: raw };
  const m = PERCENT.exec(raw);
  return { kind: "percent", value: Number(m?.[1]) };
}
__name(bound, "bound");
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
__name(thresholds, "thresholds");
function parts(raw) {
  return Object.entries(raw ?? {}).map(
    ([name, p]) => Object.freeze({ name, paths: Object.freeze(p.paths.map(posix)) })
  );
}
__name(parts, "parts");
var posix = /* @__PURE__ */ __name((p) => p.replace(/\\/g, "/").replace(/^\.\//, ""), "posix");
function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
__name(deepFreeze, "deepFreeze");
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
__name(normalize, "normalize");
function stageThresholds(manifest, stage) {
  const s = manifest.stages.find((x) => x.name === stage);
  return [...manifest.eval.thresholds, ...s?.thresholds ?? []];
}
__name(stageThresholds, "stageThresholds");

export {
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
  stageThresholds
};
