import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  TREND_VERSIONS,
  loadArtifactClient
} from "./chunk-LQLDQUOB.js";
import {
  isSemver,
  isValidName
} from "./chunk-5M3M32FF.js";
import {
  LeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/action/result-artifact.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";

// src/action/result-extras.ts
function readReportExtras(ri, fail2) {
  const isObj = /* @__PURE__ */ __name((v) => typeof v === "object" && v !== null && !Array.isArray(v), "isObj");
  const num2 = /* @__PURE__ */ __name((v, p) => typeof v === "number" && Number.isFinite(v) ? v : fail2(p, "expected a finite number"), "num");
  const name = /* @__PURE__ */ __name((k, p) => k.length > 0 && k.length <= 1e3 && !k.includes("\0") ? k : fail2(p, "expected a metric name"), "name");
  const map = /* @__PURE__ */ __name((v, p, read, max = 2e3) => {
    if (!isObj(v)) return fail2(p, "expected an object");
    const keys = Object.keys(v);
    if (keys.length > max) fail2(p, `more than ${max} entries`);
    const out = /* @__PURE__ */ Object.create(null);
    for (const k of keys) out[name(k, `${p} key`)] = read(v[k], `${p}.${k}`);
    return out;
  }, "map");
  const interval = /* @__PURE__ */ __name((v, p) => {
    if (!isObj(v) || !Array.isArray(v.ci) || v.ci.length !== 2)
      return fail2(p, "expected {value, ci: [lo, hi], n}");
    const n = num2(v.n, `${p}.n`);
    if (!Number.isSafeInteger(n) || n < 1) fail2(`${p}.n`, "expected a count");
    return {
      value: num2(v.value, `${p}.value`),
      ci: [num2(v.ci[0], `${p}.ci[0]`), num2(v.ci[1], `${p}.ci[1]`)],
      n
    };
  }, "interval");
  const change = /* @__PURE__ */ __name((v, p) => {
    const pairing = isObj(v) ? v.pairing : void 0;
    if (pairing !== "paired" && pairing !== "unpaired")
      return fail2(`${p}.pairing`, "expected paired or unpaired");
    return { ...interval(v, p), pairing };
  }, "change");
  const trend = /* @__PURE__ */ __name((v, p) => {
    if (!isObj(v) || !Array.isArray(v.points) || !Array.isArray(v.metrics))
      return fail2(p, "expected {points, metrics, current}");
    if (v.points.length > TREND_VERSIONS || v.metrics.length > 2e3)
      fail2(p, "too many points or metrics");
    return {
      points: v.points.map((x, i) => {
        const q = `${p}.points[${i}]`;
        if (!isObj(x) || typeof x.version !== "string" || !/^\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?$/.test(x.version) || x.version.length > 100)
          return fail2(q, "expected {version: X.Y.Z, metrics}");
        return { version: x.version, metrics: map(x.metrics, `${q}.metrics`, num2) };
      }),
      metrics: v.metrics.map(
        (m, i) => typeof m === "string" ? name(m, `${p}.metrics[${i}]`) : fail2(`${p}.metrics[${i}]`, "expected a metric name")
      ),
      current: map(v.current, `${p}.current`, num2)
    };
  }, "trend");
  const KEYS = ["min", "max", "max_drop", "max_rise", "level", "noise"];
  const EFFECTS = ["loosened", "tightened", "added", "removed"];
  const bound = /* @__PURE__ */ __name((v, p) => v === null ? null : typeof v === "string" && /^[0-9A-Za-z.%+-]{1,40}$/.test(v) ? v : num2(v, p), "bound");
  const thresholdChange = /* @__PURE__ */ __name((v, p) => {
    if (!isObj(v)) return fail2(p, "expected {metric, bound, from, to, effect}");
    const key = v.bound;
    if (!KEYS.includes(key)) fail2(`${p}.bound`, `expected one of ${KEYS.join(", ")}`);
    const effect = v.effect;
    if (!EFFECTS.includes(effect)) fail2(`${p}.effect`, `expected one of ${EFFECTS.join(", ")}`);
    const metric = typeof v.metric === "string" ? name(v.metric, `${p}.metric`) : fail2(`${p}.metric`, "expected a metric name");
    const stage = v.stage === void 0 ? void 0 : typeof v.stage === "string" ? name(v.stage, `${p}.stage`) : fail2(`${p}.stage`, "expected a stage name");
    return {
      metric,
      ...stage !== void 0 && { stage },
      bound: key,
      from: bound(v.from, `${p}.from`),
      to: bound(v.to, `${p}.to`),
      effect
    };
  }, "thresholdChange");
  const changes = /* @__PURE__ */ __name((v, p) => Array.isArray(v) && v.length <= 2e3 ? v.map((x, i) => thresholdChange(x, `${p}[${i}]`)) : fail2(p, "expected a list of at most 2000"), "changes");
  return {
    ...ri.thresholdChanges !== void 0 && {
      thresholdChanges: changes(ri.thresholdChanges, "reportInput.thresholdChanges")
    },
    ...ri.intervals !== void 0 && {
      intervals: map(ri.intervals, "reportInput.intervals", interval)
    },
    ...ri.changeIntervals !== void 0 && {
      changeIntervals: map(ri.changeIntervals, "reportInput.changeIntervals", change)
    },
    ...ri.trend !== void 0 && { trend: trend(ri.trend, "reportInput.trend") }
  };
}
__name(readReportExtras, "readReportExtras");

// src/action/result-artifact.ts
var RESULT_ARTIFACT_PREFIX = "lepton-result-";
var RESULT_FILE = "result.json";
var MAX_RESULT_BYTES = 2 * 1024 * 1024;
var MAX_ZIP_BYTES = 8 * 1024 * 1024;
var MAX_ARTIFACTS = 50;
async function uploadResult(doc, env, tempDir, log) {
  const name = `${RESULT_ARTIFACT_PREFIX}${doc.model}`;
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    log.warn(`the Actions artifact service is not available here: ${name} is not uploaded`);
    return null;
  }
  const dir = await mkdtemp(join(tempDir, "lepton-result-"));
  try {
    const files = [join(dir, RESULT_FILE), join(dir, "report.md")];
    await writeFile(files[0], JSON.stringify(doc, null, 2) + "\n");
    await writeFile(files[1], doc.report);
    const r = await new (await loadArtifactClient())().uploadArtifact(name, files, dir, {
      retentionDays: 7
    });
    log.info(
      `uploaded ${name} (artifact ${r.id ?? "?"}) for pull request #${doc.pullRequest} at ${doc.headSha}: the comment job posts it`
    );
    return r.id ?? null;
  } catch (e) {
    log.warn(`could not upload ${name}: ${e.message}`);
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
__name(uploadResult, "uploadResult");
async function downloadResults(client, repo, runId) {
  const listed = await client.rest.actions.listWorkflowRunArtifacts({
    ...repo,
    run_id: runId,
    per_page: 100
  });
  const ours = listed.data.artifacts.filter((a) => a.name.startsWith(RESULT_ARTIFACT_PREFIX) && !a.expired).slice(0, MAX_ARTIFACTS);
  const out = [];
  for (const a of ours) {
    if (a.size_in_bytes > MAX_ZIP_BYTES) {
      throw new LeptonError(
        "invalid",
        `artifact ${a.name} is ${a.size_in_bytes} bytes: too large for a result`
      );
    }
    const r = await client.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: a.id,
      archive_format: "zip",
      request: { redirect: "manual" }
    });
    const location = r.headers.location;
    const zip = typeof location === "string" ? await fetchBounded(location) : Buffer.from(r.data);
    const text = readZipEntry(zip, RESULT_FILE, MAX_RESULT_BYTES, a.name).toString("utf8");
    let json;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new LeptonError(
        "invalid",
        `artifact ${a.name}: result.json is not JSON (${e.message})`
      );
    }
    out.push({ artifact: a.name, json });
  }
  return out;
}
__name(downloadResults, "downloadResults");
async function fetchBounded(url) {
  const res = await fetch(url, { redirect: "follow" });
  if (!res.ok || !res.body)
    throw new LeptonError("invalid", `artifact download failed: HTTP ${res.status}`);
  const parts = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.length;
    if (size > MAX_ZIP_BYTES)
      throw new LeptonError("invalid", "artifact download is too large for a result");
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}
__name(fetchBounded, "fetchBounded");
function readZipEntry(zip, name, max, what = "the archive") {
  const bad = /* @__PURE__ */ __name((why) => new LeptonError("invalid", `${what}: ${why}`), "bad");
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === 101010256) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad("not a zip archive");
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 33639248)
      throw bad("a broken zip directory");
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entry = zip.subarray(at + 46, at + 46 + nameLen).toString("utf8");
    at += 46 + nameLen + extraLen + commentLen;
    if (entry !== name) continue;
    if (size > max) throw bad(`${name} is ${size} bytes (at most ${max})`);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 67324752)
      throw bad("a broken zip entry");
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    if (data.length !== compressed) throw bad("a truncated zip entry");
    if (method === 0) return Buffer.from(data);
    if (method === 8) {
      try {
        return inflateRawSync(data, { maxOutputLength: max });
      } catch (e) {
        throw bad(`${name} does not inflate: ${e.message}`);
      }
    }
    throw bad(`${name} uses zip method ${method}`);
  }
  throw bad(`no ${name} in it`);
}
__name(readZipEntry, "readZipEntry");
var SHA = /^[0-9a-f]{40}$/;
var RULES = ["min", "max", "max_drop", "max_rise"];
var MAX_TEXT = 1e3;
var MAX_ITEMS = 2e3;
var Invalid = class extends Error {
  static {
    __name(this, "Invalid");
  }
};
var fail = /* @__PURE__ */ __name((path, what) => {
  throw new Invalid(`${path}: ${what}`);
}, "fail");
var obj = /* @__PURE__ */ __name((v, path) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : fail(path, "expected an object"), "obj");
var str = /* @__PURE__ */ __name((v, path, max = MAX_TEXT) => typeof v === "string" && v.length <= max && !v.includes("\0") ? v : fail(path, `expected a string of at most ${max} characters`), "str");
var bool = /* @__PURE__ */ __name((v, path) => typeof v === "boolean" ? v : fail(path, "expected true or false"), "bool");
var num = /* @__PURE__ */ __name((v, path) => typeof v === "number" && Number.isFinite(v) ? v : fail(path, "expected a finite number"), "num");
var arr = /* @__PURE__ */ __name((v, path) => Array.isArray(v) && v.length <= MAX_ITEMS ? v : fail(path, `expected a list of at most ${MAX_ITEMS}`), "arr");
var nullable = /* @__PURE__ */ __name((v, read) => v === null ? null : read(v), "nullable");
var metrics = /* @__PURE__ */ __name((v, path) => {
  const o = obj(v, path);
  const keys = Object.keys(o);
  if (keys.length > MAX_ITEMS) fail(path, `more than ${MAX_ITEMS} metrics`);
  const out = /* @__PURE__ */ Object.create(null);
  for (const k of keys) out[str(k, `${path} key`)] = num(o[k], `${path}.${k}`);
  return out;
}, "metrics");
var versionRef = /* @__PURE__ */ __name((v, path, model) => {
  const o = obj(v, path);
  const version = str(o.version, `${path}.version`);
  if (!isSemver(version)) fail(`${path}.version`, "expected X.Y.Z");
  return { version, tag: `${model}@v${version}` };
}, "versionRef");
function check(v, path) {
  const o = obj(v, path);
  const rule = str(o.rule, `${path}.rule`);
  if (!RULES.includes(rule)) fail(`${path}.rule`, `expected one of ${RULES.join(", ")}`);
  const level = str(o.level, `${path}.level`);
  if (level !== "error" && level !== "warn") fail(`${path}.level`, "expected error or warn");
  const bound = typeof o.bound === "number" ? num(o.bound, `${path}.bound`) : str(o.bound, `${path}.bound`, 40);
  return {
    metric: str(o.metric, `${path}.metric`),
    rule,
    bound,
    baseline: nullable(o.baseline, (x) => num(x, `${path}.baseline`)),
    actual: nullable(o.actual, (x) => num(x, `${path}.actual`)),
    passed: bool(o.passed, `${path}.passed`),
    level,
    reason: nullable(o.reason, (x) => str(x, `${path}.reason`))
  };
}
__name(check, "check");
function validateResult(json, artifact) {
  try {
    const o = obj(json, "result");
    if (o.kind !== "lepton-result" || o.schema !== 1)
      fail("result", "not a Lepton result (kind/schema)");
    const model = str(o.model, "model", 100);
    if (!isValidName(model) || artifact !== `${RESULT_ARTIFACT_PREFIX}${model}`) {
      fail("model", `expected the model the artifact is named for (${artifact})`);
    }
    const headSha = str(o.headSha, "headSha");
    if (!SHA.test(headSha)) fail("headSha", "expected 40 hex digits");
    let merge;
    if (o.merge !== void 0 && o.merge !== null) {
      const m = obj(o.merge, "merge");
      const commit = str(m.commit, "merge.commit");
      const base = str(m.base, "merge.base");
      if (!SHA.test(commit)) fail("merge.commit", "expected 40 hex digits");
      if (!SHA.test(base)) fail("merge.base", "expected 40 hex digits");
      merge = { commit, base };
    }
    const pullRequest = num(o.pullRequest, "pullRequest");
    if (!Number.isSafeInteger(pullRequest) || pullRequest < 1)
      fail("pullRequest", "expected a pull request number");
    const ri = obj(o.reportInput, "reportInput");
    if (ri.model !== model) fail("reportInput.model", "expected the result\u2019s model");
    const checks = arr(ri.checks, "reportInput.checks").map(
      (c, i) => check(c, `reportInput.checks[${i}]`)
    );
    const passed = bool(o.passed, "passed");
    const recomputed = checks.every((c) => c.passed || c.level !== "error");
    if (passed !== recomputed || bool(ri.passed, "reportInput.passed") !== passed) {
      fail("passed", "does not agree with the checks");
    }
    const changed = obj(ri.changed, "reportInput.changed");
    const names = /* @__PURE__ */ __name((v, p) => arr(v, p).map((x, i) => str(x, `${p}[${i}]`)), "names");
    const reportInput = {
      model,
      passed,
      baseline: nullable(ri.baseline, (x) => versionRef(x, "reportInput.baseline", model)),
      baselineMetrics: nullable(
        ri.baselineMetrics,
        (x) => metrics(x, "reportInput.baselineMetrics")
      ),
      metrics: metrics(ri.metrics, "reportInput.metrics"),
      checks,
      changed: {
        components: names(changed.components, "reportInput.changed.components"),
        data: names(changed.data, "reportInput.changed.data")
      },
      reused: bool(ri.reused, "reportInput.reused"),
      reusedFrom: nullable(ri.reusedFrom, (x) => versionRef(x, "reportInput.reusedFrom", model)),
      ...readReportExtras(ri, fail)
    };
    return {
      kind: "lepton-result",
      schema: 1,
      model,
      headSha,
      ...merge && { merge },
      pullRequest,
      passed,
      report: "",
      reportInput
    };
  } catch (e) {
    if (e instanceof Invalid) {
      throw new LeptonError(
        "invalid",
        `artifact ${artifact} is not a valid Lepton result: ${e.message}`
      );
    }
    throw e;
  }
}
__name(validateResult, "validateResult");

export {
  RESULT_ARTIFACT_PREFIX,
  uploadResult,
  downloadResults,
  readZipEntry,
  validateResult
};
