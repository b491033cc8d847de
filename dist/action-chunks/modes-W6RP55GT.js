import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  pushSuffix
} from "./chunk-7UNTKCJH.js";
import {
  hasBlob,
  placed
} from "./chunk-SJLSL6VG.js";
import {
  errorReport
} from "./chunk-EFDMZQUS.js";
import {
  renderMarkdownReport,
  thresholdChanges
} from "./chunk-WUXIRLSW.js";
import {
  isNewMetric
} from "./chunk-IEUR4DYH.js";
import {
  askRecordQuestions
} from "./chunk-QWEFSBV3.js";
import {
  applyTagPlan,
  checkThresholds,
  emptyRecord,
  ensureHistory,
  evalSettingsHash,
  expandArtifacts,
  findTrustedByFingerprint,
  ignoredValues,
  parse,
  readEvalOutput,
  readMetricsFiles,
  readRecord,
  runEvalCommand,
  snapshotMetricsFiles,
  staleness,
  storeArtifact,
  tagStoredVersion,
  untrustedRecord
} from "./chunk-K6T5P3UC.js";
import {
  chooseBaseline,
  versionsAfter
} from "./chunk-FLYI36XD.js";
import "./chunk-HWNWZBFN.js";
import "./chunk-EJJ5NJB3.js";
import "./chunk-QJ2QLURK.js";
import {
  empty,
  oneLine
} from "./chunk-UYSAXCXO.js";
import {
  findVersion,
  formatVersionMessage,
  readRegistry
} from "./chunk-TPH3SVRP.js";
import {
  thresholdsFailed
} from "./chunk-W75T7KDA.js";
import {
  REMOTE,
  fetchModelTags,
  startHistoryFetch
} from "./chunk-3WBFUDIS.js";
import {
  committedHead,
  fileAtCommit
} from "./chunk-SQVYYBLV.js";
import {
  validateManifest
} from "./chunk-45PDNEXN.js";
import {
  require_gt,
  require_inc,
  require_prerelease
} from "./chunk-ZM4R2435.js";
import "./chunk-6AYYSD3U.js";
import {
  fingerprintModel
} from "./chunk-PIYN5W4S.js";
import "./chunk-YIWR6ST7.js";
import "./chunk-FG7EKLPI.js";
import {
  InputFileError,
  MANIFEST_MAX_BYTES,
  evalFilesPart,
  evalSettingsWithFiles,
  partMatcher,
  partsOf,
  readInputText,
  rebaseName
} from "./chunk-LXS66HZP.js";
import "./chunk-LKG3CIQE.js";
import {
  workflowRunUrl
} from "./chunk-4V3BQP3G.js";
import {
  decodeName,
  fsPath,
  hasEscapedBytes,
  listGitIndex,
  trackedLinks,
  trackedRegularFiles
} from "./chunk-MSFD3NQF.js";
import {
  storeSettingsFromEnv
} from "./chunk-W5EEA2B3.js";
import "./chunk-QZDZ6KXE.js";
import {
  climbOf,
  locate,
  require_dist
} from "./chunk-K3RFEF2P.js";
import "./chunk-4TO6S54C.js";
import "./chunk-W7XFMGYR.js";
import {
  require_parse,
  require_valid
} from "./chunk-5622NKCU.js";
import "./chunk-3MVFEEWP.js";
import {
  reportMarker
} from "./chunk-BODCAMWZ.js";
import {
  paceFromEnv
} from "./chunk-3D5N44W4.js";
import {
  loadArtifactClient,
  trendOf
} from "./chunk-LQLDQUOB.js";
import {
  versionTag
} from "./chunk-5M3M32FF.js";
import {
  LeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name,
  __toESM
} from "./chunk-HQRR3HW4.js";

// src/app/eval.ts
import { resolve } from "node:path";

// src/core/fingerprint/changed.ts
function changedParts(current, recorded) {
  return {
    components: diff(current.components, recorded?.components ?? null),
    data: diff(current.data, recorded?.data ?? null)
  };
}
__name(changedParts, "changedParts");
function diff(parts, recorded) {
  if (recorded === null) return parts.map((p) => p.name);
  const has = /* @__PURE__ */ __name((name) => Object.prototype.hasOwnProperty.call(recorded, name), "has");
  const changed = parts.filter((p) => !has(p.name) || recorded[p.name] !== p.hash).map((p) => p.name);
  const names = new Set(parts.map((p) => p.name));
  const removed = Object.keys(recorded).filter((n) => !names.has(n)).sort();
  return [...changed, ...removed];
}
__name(diff, "diff");

// src/core/report/eval.ts
function baselineWarnings(skipped, checks) {
  const fresh = checks.filter(isNewMetric).map((c) => c.reason);
  return {
    skipped: skipped.map((s) => `${s.tag} is not the baseline: ${s.reason}`),
    newMetrics: [...new Set(fresh)].map((r) => `${r} (its relative check passes)`)
  };
}
__name(baselineWarnings, "baselineWarnings");
function evalReportInput(o, notes) {
  const warnings = baselineWarnings(o.skipped, o.checks);
  return {
    model: o.model,
    passed: o.passed,
    baseline: o.baseline,
    baselineMetrics: o.baselineRecord?.metrics ?? null,
    metrics: o.metrics,
    checks: o.checks,
    changed: o.changed,
    reused: o.reused,
    reusedFrom: o.reusedFrom,
    baselineWarnings: [...warnings.skipped, ...warnings.newMetrics, ...o.noiseNotes ?? []],
    ignored: o.ignored,
    ...o.noise && { intervals: o.noise.intervals, changeIntervals: o.noise.changes },
    ...o.trend && { trend: o.trend },
    ...o.thresholdChanges?.length && { thresholdChanges: o.thresholdChanges },
    ...o.thresholdsFrom && { thresholdsFrom: o.thresholdsFrom },
    ...notes && { notes }
  };
}
__name(evalReportInput, "evalReportInput");
function evalMarkdown(o, options = {}) {
  return renderMarkdownReport(evalReportInput(o), options);
}
__name(evalMarkdown, "evalMarkdown");

// src/app/key-location.ts
var import_yaml = __toESM(require_dist(), 1);
import { relative } from "node:path";
async function keyLocation(app, path) {
  try {
    const counter = new import_yaml.LineCounter();
    const doc = (0, import_yaml.parseDocument)(await readInputText(app.manifestPath, MANIFEST_MAX_BYTES), {
      lineCounter: counter
    });
    const at = locate(doc, counter, path);
    const file = relative(app.repoRoot ?? app.modelDir, app.manifestPath) || app.manifestPath;
    return `${file}:${at.line}:${at.column} ${path.join(".")}`;
  } catch {
    return path.join(".");
  }
}
__name(keyLocation, "keyLocation");
var metricsKeyLocation = /* @__PURE__ */ __name((app) => keyLocation(
  app,
  app.manifest.eval.metrics.length === 1 ? ["eval", "metrics"] : ["eval", "metrics"]
), "metricsKeyLocation");

// node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
var jumps = [
  3639956645,
  3750757012,
  1261568508,
  386426335
];
var XoroShiro128Plus = class XoroShiro128Plus2 {
  static {
    __name(this, "XoroShiro128Plus");
  }
  constructor(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  clone() {
    return new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
  }
  next() {
    const out = this.s00 + this.s10 | 0;
    const a0 = this.s10 ^ this.s00;
    const a1 = this.s11 ^ this.s01;
    const s00 = this.s00;
    const s01 = this.s01;
    this.s00 = s00 << 24 ^ s01 >>> 8 ^ a0 ^ a0 << 16;
    this.s01 = s01 << 24 ^ s00 >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
    this.s10 = a1 << 5 ^ a0 >>> 27;
    this.s11 = a0 << 5 ^ a1 >>> 27;
    return out;
  }
  jump() {
    let ns01 = 0;
    let ns00 = 0;
    let ns11 = 0;
    let ns10 = 0;
    let s01 = this.s01;
    let s00 = this.s00;
    let s11 = this.s11;
    let s10 = this.s10;
    for (let i = 0; i !== 4; ++i) {
      const ji = jumps[i];
      for (let mask = 1; mask; mask <<= 1) {
        if (ji & mask) {
          ns01 ^= s01;
          ns00 ^= s00;
          ns11 ^= s11;
          ns10 ^= s10;
        }
        const a0 = s10 ^ s00;
        const a1 = s11 ^ s01;
        const s00_ = s00;
        const s01_ = s01;
        s00 = s00_ << 24 ^ s01_ >>> 8 ^ a0 ^ a0 << 16;
        s01 = s01_ << 24 ^ s00_ >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
        s10 = a1 << 5 ^ a0 >>> 27;
        s11 = a0 << 5 ^ a1 >>> 27;
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  }
  getState() {
    return [
      this.s01,
      this.s00,
      this.s11,
      this.s10
    ];
  }
};
function xoroshiro128plusFromState(state) {
  if (!(state.length === 4)) throw new Error("The state must have been produced by a xoroshiro128plus RandomGenerator");
  return new XoroShiro128Plus(state[0], state[1], state[2], state[3]);
}
__name(xoroshiro128plusFromState, "xoroshiro128plusFromState");

// node_modules/simple-statistics/dist/simple-statistics.mjs
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
__name(quantileSorted, "quantileSorted");
var epsilon = 1e-4;
var BayesianClassifier = /* @__PURE__ */ __name(function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
}, "BayesianClassifier");
BayesianClassifier.prototype.train = /* @__PURE__ */ __name(function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
}, "train");
BayesianClassifier.prototype.score = /* @__PURE__ */ __name(function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
}, "score");
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
__name(cumulativeDistribution, "cumulativeDistribution");
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
function inverseErrorFunction(x) {
  var a = 8 * (Math.PI - 3) / (3 * Math.PI * (4 - Math.PI));
  var inv = Math.sqrt(
    Math.sqrt(
      Math.pow(2 / (Math.PI * a) + Math.log(1 - x * x) / 2, 2) - Math.log(1 - x * x) / a
    ) - (2 / (Math.PI * a) + Math.log(1 - x * x) / 2)
  );
  if (x >= 0) {
    return inv;
  } else {
    return -inv;
  }
}
__name(inverseErrorFunction, "inverseErrorFunction");
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = /* @__PURE__ */ __name(function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
}, "PerceptronModel");
PerceptronModel.prototype.predict = /* @__PURE__ */ __name(function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
}, "predict");
PerceptronModel.prototype.train = /* @__PURE__ */ __name(function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
}, "train");
function probit(p) {
  if (p === 0) {
    p = epsilon;
  } else if (p >= 1) {
    p = 1 - epsilon;
  }
  return Math.sqrt(2) * inverseErrorFunction(2 * p - 1);
}
__name(probit, "probit");

// src/core/noise/bootstrap.ts
var DEFAULT_RESAMPLES = 2e3;
var DEFAULT_CONFIDENCE = 0.95;
function seedFrom(hex) {
  const clean = hex.replace(/^sha256:/, "").padEnd(32, "0");
  const words = [0, 8, 16, 24].map((i) => Number.parseInt(clean.slice(i, i + 8), 16) | 0);
  return words.every((w) => w === 0 || Number.isNaN(w)) ? [2654435769, 1, 2, 3] : words;
}
__name(seedFrom, "seedFrom");
function resampleCount(options) {
  const r = options.resamples ?? DEFAULT_RESAMPLES;
  if (!Number.isInteger(r) || r < 1e3)
    throw new RangeError(`resamples must be an integer \u2265 1000, got ${r}`);
  return r;
}
__name(resampleCount, "resampleCount");
function mean(values) {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s / values.length;
}
__name(mean, "mean");
function resampledMean(values, rng) {
  const n = values.length;
  const scale = n / 4294967296;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[(rng.next() >>> 0) * scale | 0];
  return s / n;
}
__name(resampledMean, "resampledMean");
function percentileInterval(value, n, options, statistic) {
  const resamples = resampleCount(options);
  const rng = xoroshiro128plusFromState(options.seed);
  const stats = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) stats[b] = statistic(rng);
  const sorted = Array.from(stats.sort());
  const c = options.confidence ?? DEFAULT_CONFIDENCE;
  return {
    value,
    n,
    ci: [quantileSorted(sorted, (1 - c) / 2), quantileSorted(sorted, (1 + c) / 2)]
  };
}
__name(percentileInterval, "percentileInterval");
function meanInterval(values, options) {
  if (values.length === 0) throw new RangeError("no values to resample");
  return percentileInterval(
    mean(values),
    values.length,
    options,
    (rng) => resampledMean(values, rng)
  );
}
__name(meanInterval, "meanInterval");
function pairedChange(current, baseline, options) {
  if (current.length !== baseline.length)
    throw new RangeError("paired values must have one baseline value per example");
  const diffs = new Float64Array(current.length);
  for (let i = 0; i < diffs.length; i++)
    diffs[i] = current[i] - baseline[i];
  return { ...meanInterval(diffs, options), pairing: "paired" };
}
__name(pairedChange, "pairedChange");
function unpairedChange(current, baseline, options) {
  if (current.length === 0 || baseline.length === 0) throw new RangeError("no values to resample");
  const value = mean(current) - mean(baseline);
  const change = percentileInterval(
    value,
    current.length,
    options,
    (rng) => resampledMean(current, rng) - resampledMean(baseline, rng)
  );
  return { ...change, pairing: "unpaired" };
}
__name(unpairedChange, "unpairedChange");
function excludesZero(change) {
  return change.ci[0] > 0 || change.ci[1] < 0;
}
__name(excludesZero, "excludesZero");

// src/core/noise/samples.ts
var ID = "id";
function fail(source, message) {
  throw new LeptonError("eval", `samples file ${source}: ${message}`, [
    'expected JSON Lines ({"id": "ex-1", "correct": 1, "f1": 0.8} per line) or CSV with a header row `id,correct,f1`'
  ]);
}
__name(fail, "fail");
var DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function cell(source, where, column, raw, csv) {
  if (typeof raw === "boolean") return raw ? 1 : 0;
  const v = csv && typeof raw === "string" && DECIMAL.test(raw.trim()) ? Number(raw) : raw;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    fail(
      source,
      `${where}: "${column}" is ${JSON.stringify(raw) ?? String(raw)}, not a finite number`
    );
  }
  return v;
}
__name(cell, "cell");
function build(source, header, rows, csv) {
  const idAt = header.indexOf(ID);
  if (idAt < 0) fail(source, 'no "id" column');
  const metricCols = header.map((name, i) => ({ name, i })).filter((c) => c.i !== idAt);
  if (metricCols.length === 0) fail(source, 'no metric column beside "id"');
  const seenNames = /* @__PURE__ */ new Set();
  for (const c of metricCols) {
    if (c.name === "" || seenNames.has(c.name))
      fail(source, `column name "${c.name}" is empty or repeated`);
    seenNames.add(c.name);
  }
  if (rows.length === 0) fail(source, "no examples");
  const columns = {};
  for (const c of metricCols) columns[c.name] = new Float64Array(rows.length);
  const ids = new Array(rows.length);
  const seenIds = /* @__PURE__ */ new Set();
  rows.forEach((row, r) => {
    const where = `row ${r + 1}`;
    const id = row[idAt];
    if (typeof id !== "string" && typeof id !== "number" || String(id) === "")
      fail(source, `${where}: "id" is missing`);
    const key = String(id);
    if (seenIds.has(key)) fail(source, `${where}: id "${key}" appears twice`);
    seenIds.add(key);
    ids[r] = key;
    for (const c of metricCols)
      columns[c.name][r] = cell(source, where, c.name, row[c.i], csv);
  });
  return { ids, columns };
}
__name(build, "build");
function fromJsonLines(source, text) {
  const objects = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      fail(source, `line ${i + 1} is not JSON`);
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
      fail(source, `line ${i + 1} is not a JSON object`);
    objects.push(value);
  });
  const first = objects[0];
  if (!first) fail(source, "no examples");
  const header = Object.keys(first);
  const rows = objects.map((o, i) => {
    const keys = Object.keys(o);
    if (keys.length !== header.length || keys.some((k) => !header.includes(k)))
      fail(source, `row ${i + 1} has keys ${keys.join(", ")}, the first row ${header.join(", ")}`);
    return header.map((k) => o[k]);
  });
  return build(source, header, rows, false);
}
__name(fromJsonLines, "fromJsonLines");
function fromCsv(source, text) {
  let rows;
  try {
    rows = parse(text, { bom: true, trim: true, skip_empty_lines: true });
  } catch (e) {
    fail(source, `not valid CSV: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
  }
  const [header, ...body] = rows;
  if (!header) fail(source, "no header row");
  return build(source, header, body, true);
}
__name(fromCsv, "fromCsv");
function parseSamples(source, text) {
  const jsonl = /\.(jsonl|ndjson)$/i.test(source) || text.trimStart().startsWith("{");
  return jsonl ? fromJsonLines(source, text) : fromCsv(source, text);
}
__name(parseSamples, "parseSamples");
function pairById(current, baseline, metric) {
  const a = current.columns[metric];
  const b = baseline.columns[metric];
  if (!a || !b || current.ids.length !== baseline.ids.length) return null;
  const at = /* @__PURE__ */ new Map();
  baseline.ids.forEach((id, i) => at.set(id, i));
  const aligned = new Float64Array(a.length);
  for (let i = 0; i < current.ids.length; i++) {
    const j = at.get(current.ids[i]);
    if (j === void 0) return null;
    aligned[i] = b[j];
  }
  return { current: a, baseline: aligned };
}
__name(pairById, "pairById");

// src/core/noise/run.ts
function sampleMeans(samples) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, v] of Object.entries(samples.columns)) {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += v[i];
    out[name] = s / v.length;
  }
  return out;
}
__name(sampleMeans, "sampleMeans");
function writtenPrecision(value) {
  const text = String(value);
  if (/e/i.test(text)) return Math.abs(value) * 1e-9;
  const places = text.split(".")[1]?.length ?? 0;
  return 0.5 * 10 ** -places;
}
__name(writtenPrecision, "writtenPrecision");
function withSampleMeans(metrics, samples, source) {
  const out = Object.assign(
    /* @__PURE__ */ Object.create(null),
    metrics
  );
  const problems = [];
  for (const [name, mean2] of Object.entries(sampleMeans(samples))) {
    if (!Object.prototype.hasOwnProperty.call(metrics, name)) {
      out[name] = mean2;
      continue;
    }
    const v = metrics[name];
    const slack = writtenPrecision(v) + 1e-12 * Math.max(1, Math.abs(v));
    if (!(Math.abs(mean2 - v) <= slack)) {
      problems.push(
        `${name}: ${v} in the metrics file, but the mean of its samples column is ${mean2} (n = ${samples.ids.length})`
      );
    }
  }
  if (problems.length) {
    throw new LeptonError(
      "eval",
      `${source}: ${problems.length} samples column(s) disagree with the metric of the same name`,
      [
        ...problems,
        "a samples column is the per-example values whose mean is the metric; rename the column, or write the metric as that mean"
      ]
    );
  }
  return out;
}
__name(withSampleMeans, "withSampleMeans");
function intervalsOf(samples, fingerprint) {
  const seed = seedFrom(fingerprint);
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, v] of Object.entries(samples.columns)) out[name] = meanInterval(v, { seed });
  return out;
}
__name(intervalsOf, "intervalsOf");
function changesOf(current, baseline, fingerprint, baselineLabel, only) {
  const seed = seedFrom(fingerprint);
  const changes = /* @__PURE__ */ Object.create(null);
  const unpaired = [];
  for (const name of Object.keys(current.columns).sort()) {
    const a = current.columns[name];
    const b = baseline.columns[name];
    if (!b || only && !only.has(name)) continue;
    const pair = pairById(current, baseline, name);
    if (pair) changes[name] = pairedChange(pair.current, pair.baseline, { seed });
    else {
      changes[name] = unpairedChange(a, b, { seed });
      unpaired.push(name);
    }
  }
  const notes = unpaired.length ? [
    `${unpaired.join(", ")}: unpaired intervals \u2014 the examples' ids differ from ${baselineLabel}'s (${current.ids.length} here, ${baseline.ids.length} there), so the change could not be matched example by example`
  ] : [];
  return { changes, notes };
}
__name(changesOf, "changesOf");

// src/core/report/noise.ts
var MINUS = "\u2212";
function unitsOf(values) {
  const proportion = values.every((v) => v === null || v >= 0 && v <= 1);
  return proportion ? { scale: 100, unit: " pt" } : { scale: 1, unit: "" };
}
__name(unitsOf, "unitsOf");
function magnitude(x, digits = 2) {
  return Math.abs(x).toPrecision(digits).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
}
__name(magnitude, "magnitude");
function signed(x, digits) {
  const text = magnitude(x, digits);
  return x < 0 ? `${MINUS}${text}` : `+${text}`;
}
__name(signed, "signed");
function describeChange(change, check) {
  const { scale, unit } = unitsOf([check.actual, check.baseline]);
  const [lo, hi] = change.ci;
  return `${signed(change.value * scale, 2)}${unit}, 95% CI ${signed(lo * scale, 2)} \u2026 ${signed(hi * scale, 2)} (${change.pairing}, n = ${change.n})`;
}
__name(describeChange, "describeChange");
function withinNoiseText(change, check) {
  return `within noise: ${describeChange(change, check)}`;
}
__name(withinNoiseText, "withinNoiseText");
function noiseRefusalText(refusal, change, check) {
  const described = describeChange(change, check);
  if (refusal.kind === "few-samples") {
    const sides = change.pairing === "paired" ? `${refusal.n} matched examples` : `${refusal.n} examples here and ${refusal.baselineN} in the baseline`;
    return `not excused as noise (${described}): ${sides}, fewer than the ${refusal.minSamples} each side needs (eval.min_samples) \u2014 too few examples to tell a real ${what(check)} from noise`;
  }
  const { scale, unit } = unitsOf([check.actual, check.baseline]);
  const times = refusal.width / refusal.allowed;
  return `not excused as noise (${described}): the interval is ${magnitude(times)}\xD7 as wide as the allowed ${what(check)} of ${magnitude(refusal.allowed * scale)}${unit} (at most ${refusal.multiple}\xD7) \u2014 too few or too noisy examples to see a ${what(check)} of that size (80% power only from ${magnitude(refusal.detectable * scale)}${unit})`;
}
__name(noiseRefusalText, "noiseRefusalText");
var what = /* @__PURE__ */ __name((check) => check.rule === "max_rise" ? "rise" : "drop", "what");
function samplesFellText(n, baselineN, baselineLabel) {
  return `the eval scored ${n} example${n === 1 ? "" : "s"}, fewer than half of ${baselineLabel}'s ${baselineN}: check that it ran on its whole data set (intervals and "within noise" rest on these examples)`;
}
__name(samplesFellText, "samplesFellText");

// src/core/noise/verdict.ts
var DEFAULT_MIN_SAMPLES = 30;
var MAX_WIDTH_MULTIPLE = 10;
var POWER = 0.8;
var SAMPLES_FELL_BELOW = 0.5;
function allowedChange(check) {
  if (typeof check.bound === "number") return check.bound;
  const pct = check.bound.endsWith("%") ? Number.parseFloat(check.bound) : Number.NaN;
  if (!Number.isFinite(pct) || check.baseline === null) return null;
  return Math.abs(check.baseline) * pct / 100;
}
__name(allowedChange, "allowedChange");
function detectableChange(change, confidence = DEFAULT_CONFIDENCE, power = POWER) {
  const z2 = probit((1 + confidence) / 2);
  const se = (change.ci[1] - change.ci[0]) / (2 * z2);
  return (z2 + probit(power)) * se;
}
__name(detectableChange, "detectableChange");
function noiseRefusal(check, change, options = {}) {
  const minSamples = options.minSamples ?? DEFAULT_MIN_SAMPLES;
  const baselineN = change.pairing === "paired" ? change.n : options.baselineN ?? change.n;
  if (Math.min(change.n, baselineN) < minSamples) {
    return { kind: "few-samples", n: change.n, baselineN, minSamples };
  }
  const allowed = allowedChange(check);
  const width = change.ci[1] - change.ci[0];
  if (allowed !== null && allowed > 0 && width > MAX_WIDTH_MULTIPLE * allowed) {
    return {
      kind: "too-wide",
      width,
      allowed,
      multiple: MAX_WIDTH_MULTIPLE,
      detectable: detectableChange(change)
    };
  }
  return null;
}
__name(noiseRefusal, "noiseRefusal");
function samplesFell(n, baselineN) {
  return n < baselineN * SAMPLES_FELL_BELOW;
}
__name(samplesFell, "samplesFell");
function applyNoise(gate, changes, noisy, options = {}) {
  const checks = gate.checks.map((c) => {
    const change = Object.prototype.hasOwnProperty.call(changes, c.metric) ? changes[c.metric] : void 0;
    if (!change) return c;
    const relative5 = c.rule === "max_drop" || c.rule === "max_rise";
    if (relative5 && !c.passed && c.level === "error" && noisy.has(c.metric) && !excludesZero(change)) {
      const refused = noiseRefusal(c, change, options);
      if (refused) {
        const because = noiseRefusalText(refused, change, c);
        return {
          ...c,
          change,
          noiseRefused: refused,
          reason: `${c.reason ?? "broke its bound"}; ${because}`
        };
      }
      return {
        ...c,
        change,
        level: "warn",
        reason: `${withinNoiseText(change, c)}; ${c.reason ?? "broke its bound"}`
      };
    }
    return { ...c, change };
  });
  return { checks, passed: checks.every((c) => c.passed || c.level !== "error") };
}
__name(applyNoise, "applyNoise");

// src/core/noise/codec.ts
var MAGIC = "lepton-samples/1\n";
var isSmallInts = /* @__PURE__ */ __name((v) => v.every((x) => Number.isInteger(x) && x >= 0 && x <= 255), "isSmallInts");
function decimalPlaces(values) {
  for (let k = 0; k <= 9; k++) {
    const scale = 10 ** k;
    if (values.every((v) => Math.abs(v * scale) < 2 ** 31 && Math.round(v * scale) / scale === v))
      return k;
  }
  return null;
}
__name(decimalPlaces, "decimalPlaces");
function shuffled(words) {
  const bytes = new Uint8Array(words.buffer);
  const out = new Uint8Array(bytes.length);
  const n = words.length;
  for (let i = 0; i < n; i++)
    for (let p = 0; p < 4; p++) out[p * n + i] = bytes[i * 4 + p];
  return out;
}
__name(shuffled, "shuffled");
function unshuffled(planes, n) {
  const bytes = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++)
    for (let p = 0; p < 4; p++) bytes[i * 4 + p] = planes[p * n + i];
  return bytes.buffer;
}
__name(unshuffled, "unshuffled");
function encodeColumn(name, v) {
  if (isSmallInts(v)) return { name, type: "u8", bytes: Uint8Array.from(v) };
  const places = decimalPlaces(v);
  if (places !== null) {
    const scale = 10 ** places;
    const ints = Int32Array.from(v, (x) => Math.round(x * scale));
    return { name, type: "dec", places, bytes: shuffled(ints) };
  }
  return { name, type: "f32", bytes: shuffled(new Float32Array(v)) };
}
__name(encodeColumn, "encodeColumn");
function encodeSamples(samples) {
  const enc = new TextEncoder();
  const ids = enc.encode(JSON.stringify(samples.ids));
  const names = Object.keys(samples.columns).sort();
  const blocks = names.map((name) => encodeColumn(name, samples.columns[name]));
  const header = {
    n: samples.ids.length,
    idBytes: ids.length,
    columns: blocks.map(({ name, type, ...rest }) => ({
      name,
      type,
      ..."places" in rest && { places: rest.places }
    }))
  };
  const head = enc.encode(`${MAGIC}${JSON.stringify(header)}
`);
  const parts = [head, ids, ...blocks.map((b) => b.bytes)];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
__name(encodeSamples, "encodeSamples");
function decodeSamples(bytes, source) {
  const bad = /* @__PURE__ */ __name((why) => {
    throw new LeptonError("git", `${source} is not a Lepton samples blob: ${why}`);
  }, "bad");
  const dec = new TextDecoder();
  const magic = dec.decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) bad("wrong format line");
  const nl = bytes.indexOf(10, MAGIC.length);
  if (nl < 0) bad("no header");
  let header;
  try {
    header = JSON.parse(dec.decode(bytes.subarray(MAGIC.length, nl)));
  } catch {
    return bad("header is not JSON");
  }
  const { n, idBytes, columns } = header;
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(idBytes) || !Array.isArray(columns))
    bad("header fields");
  let at = nl + 1;
  let ids;
  try {
    ids = JSON.parse(dec.decode(bytes.subarray(at, at + idBytes)));
  } catch {
    bad("ids are not JSON");
  }
  if (!Array.isArray(ids) || ids.length !== n || !ids.every((i) => typeof i === "string"))
    bad("id count");
  at += idBytes;
  const out = {};
  for (const c of columns) {
    const size = c.type === "u8" ? n : n * 4;
    if (at + size > bytes.length) bad(`column ${c.name} is cut short`);
    const block = bytes.slice(at, at + size);
    if (c.type === "u8") out[c.name] = Float64Array.from(block);
    else if (c.type === "f32")
      out[c.name] = new Float64Array(new Float32Array(unshuffled(block, n)));
    else {
      const scale = 10 ** (c.places ?? 0);
      out[c.name] = Float64Array.from(new Int32Array(unshuffled(block, n)), (x) => x / scale);
    }
    at += size;
  }
  if (at !== bytes.length) bad("trailing bytes");
  return { ids, columns: out };
}
__name(decodeSamples, "decodeSamples");

// src/io/noise/store.ts
var samplesRef = /* @__PURE__ */ __name((model, version) => `refs/lepton/samples/${model}/${version}`, "samplesRef");
async function writeSamplesBlob(git, samples) {
  const r = await git.run(["hash-object", "-w", "--stdin"], { input: encodeSamples(samples) });
  return r.stdout.trim();
}
__name(writeSamplesBlob, "writeSamplesBlob");
async function writeSamplesRef(git, model, version, blob) {
  const r = await git.run(["update-ref", samplesRef(model, version), blob, ""], {
    allowFailure: true
  });
  return r.code === 0;
}
__name(writeSamplesRef, "writeSamplesRef");
async function readSamplesBlob(git, blob, fetchFrom) {
  const read = /* @__PURE__ */ __name(async () => {
    const r = await git.run(["cat-file", "blob", blob], { allowFailure: true, encoding: "latin1" });
    return r.code === 0 ? decodeSamples(Buffer.from(r.stdout, "latin1"), `samples blob ${blob}`) : null;
  }, "read");
  const here = await read();
  if (here || !fetchFrom) return here;
  const f = await git.run(
    ["fetch", "--no-tags", "--quiet", fetchFrom.remote, `${fetchFrom.ref}:${fetchFrom.ref}`],
    {
      allowFailure: true
    }
  );
  return f.code === 0 ? read() : null;
}
__name(readSamplesBlob, "readSamplesBlob");

// src/app/noise.ts
var samplesPaths = /* @__PURE__ */ __name((spec) => spec.samples ? [spec.samples] : [], "samplesPaths");
async function readRunSamples(ctx, before, startedAtMs) {
  const path = ctx.manifest.eval.samples;
  if (!path) return null;
  const problem = await staleness(ctx.modelDir, path, before, startedAtMs);
  if (problem) {
    throw new LeptonError(
      "eval",
      "the samples file was not written by this eval (never reading stale examples)",
      [problem]
    );
  }
  return parseSamples(path, await readEvalOutput(ctx.modelDir, path));
}
__name(readRunSamples, "readRunSamples");
function mergeSampleMeans(ctx, metrics, samples) {
  return samples ? withSampleMeans(metrics, samples, ctx.manifest.eval.samples ?? "samples") : metrics;
}
__name(mergeSampleMeans, "mergeSampleMeans");
async function noiseOf(ctx, input) {
  if (!ctx.manifest.eval.samples) return null;
  if (!input.samples) {
    const r = input.reusedRecord;
    return {
      intervals: r?.intervals ?? {},
      changes: {},
      samples: r?.samples ?? null,
      notes: r?.intervals ? [] : ["no confidence intervals: the reused metrics came without samples"]
    };
  }
  const intervals = intervalsOf(input.samples, input.fingerprint);
  const samples = ctx.repoRoot ? { blob: await writeSamplesBlob(ctx.git, input.samples), n: input.samples.ids.length } : null;
  const notes = [];
  let changes = {};
  let baselineN = null;
  const { baseline, baselineRecord } = input;
  if (baseline && baselineRecord) {
    const label = `v${baseline.version}`;
    const stored = baselineRecord.samples;
    baselineN = stored?.n ?? null;
    const n = input.samples.ids.length;
    if (baselineN !== null && samplesFell(n, baselineN))
      notes.push(samplesFellText(n, baselineN, label));
    const theirs = stored && ctx.repoRoot ? await readSamplesBlob(ctx.git, stored.blob, {
      remote: input.remote ?? "origin",
      ref: samplesRef(ctx.manifest.model, baseline.version)
    }) : null;
    if (theirs) {
      baselineN = theirs.ids.length;
      const c = changesOf(input.samples, theirs, input.fingerprint, label);
      changes = c.changes;
      notes.push(...c.notes);
    } else {
      notes.push(
        stored ? `no change intervals: the samples of ${label} (${stored.blob.slice(0, 12)}) are neither here nor on the remote; relative checks use the point estimates` : `no change intervals: ${label} recorded no per-example samples; relative checks use the point estimates`
      );
    }
  }
  return { intervals, changes, samples, notes, baselineN };
}
__name(noiseOf, "noiseOf");
function gateWithNoise(ctx, gate, noise, hasBaseline) {
  if (!noise) return { gate, notes: [] };
  const noisy = new Set(ctx.manifest.eval.thresholds.filter((t) => t.noise).map((t) => t.metric));
  const notes = [...noise.notes];
  if (hasBaseline && Object.keys(noise.changes).length > 0) {
    for (const m of noisy) {
      if (!noise.changes[m])
        notes.push(
          `${m}: noise: warn, but the samples of both runs have no column ${m}; judged on the point estimate`
        );
    }
  }
  const options = {
    ...ctx.manifest.eval.minSamples !== void 0 && { minSamples: ctx.manifest.eval.minSamples },
    baselineN: noise.baselineN ?? null
  };
  return { gate: applyNoise(gate, noise.changes, noisy, options), notes };
}
__name(gateWithNoise, "gateWithNoise");
function noiseRecordFields(noise) {
  if (!noise) return {};
  return {
    ...Object.keys(noise.intervals).length > 0 && { intervals: noise.intervals },
    ...noise.samples && { samples: noise.samples }
  };
}
__name(noiseRecordFields, "noiseRecordFields");
async function samplesPush(ctx, record2) {
  const blob = record2?.samples?.blob;
  if (!record2 || !blob || !await hasBlob(ctx.git, blob)) return [];
  return [{ ref: samplesRef(record2.model, record2.version), object: blob }];
}
__name(samplesPush, "samplesPush");
async function keepSamplesRef(ctx, record2) {
  const blob = record2?.samples?.blob;
  if (!record2 || !blob || !await hasBlob(ctx.git, blob)) return;
  await writeSamplesRef(ctx.git, record2.model, record2.version, blob);
}
__name(keepSamplesRef, "keepSamplesRef");

// src/app/status.ts
import { join } from "node:path";
async function fingerprintProject(ctx, options = {}) {
  const { onProgress, listing, deferSave } = options;
  const cacheDir = ctx.repoRoot ? ctx.git.gitDir().then((d) => d ? join(d, "lepton") : null) : null;
  const fp = await fingerprintModel(ctx.manifest, {
    modelDir: ctx.modelDir,
    repoRoot: ctx.repoRoot,
    cacheDir,
    env: ctx.env,
    ...onProgress && { onProgress },
    ...listing && { listing },
    ...deferSave && { deferSave }
  });
  return fp;
}
__name(fingerprintProject, "fingerprintProject");

// src/app/baseline-thresholds.ts
import { basename } from "node:path";
function relative2(bound) {
  if (typeof bound === "number") return { kind: "absolute", value: bound };
  const m = /^(\d+(?:\.\d+)?)%$/.exec(bound);
  return m ? { kind: "percent", value: Number(m[1]) } : null;
}
__name(relative2, "relative");
function thresholdsOfChecks(checks) {
  const by = /* @__PURE__ */ new Map();
  for (const c of checks) {
    const t = by.get(c.metric) ?? { metric: c.metric, level: c.level };
    by.set(c.metric, t);
    if (c.rule === "min" && typeof c.bound === "number") t.min = c.bound;
    else if (c.rule === "max" && typeof c.bound === "number") t.max = c.bound;
    else {
      const r = relative2(c.bound);
      if (r && c.rule === "max_drop") t.maxDrop = r;
      if (r && c.rule === "max_rise") t.maxRise = r;
    }
  }
  return [...by.values()];
}
__name(thresholdsOfChecks, "thresholdsOfChecks");
async function baselineThresholds(ctx, record2) {
  if (!record2) return null;
  const name = basename(ctx.manifestPath);
  const text = /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(record2.commit) ? await fileAtCommit(ctx.git.at(ctx.modelDir), record2.commit, `./${name}`).catch(() => null) : null;
  const parsed = text === null ? null : validateManifest(text, name);
  if (parsed?.ok) {
    const m = parsed.manifest;
    return {
      thresholds: {
        eval: m.eval.thresholds,
        stages: m.stages.map((s) => ({ name: s.name, thresholds: s.thresholds }))
      },
      from: "manifest"
    };
  }
  ctx.log.info(
    `thresholds compared with v${record2.version}'s recorded checks: its ${name} at ${record2.commit.slice(0, 12)} ${text === null ? "could not be read" : "is not valid now"}`
  );
  return { thresholds: { eval: thresholdsOfChecks(record2.checks), stages: [] }, from: "checks" };
}
__name(baselineThresholds, "baselineThresholds");

// src/app/eval.ts
function evalCacheKey(model, fingerprint, settings) {
  const hex = /* @__PURE__ */ __name((h) => h.replace(/^sha256:/, ""), "hex");
  return `lepton-eval-1-${model}-${hex(fingerprint)}-${hex(settings)}`;
}
__name(evalCacheKey, "evalCacheKey");
function killGrace(ctx, options) {
  if (options.killGraceMs !== void 0) return options.killGraceMs;
  return ctx.settings.killGraceMs;
}
__name(killGrace, "killGrace");
function childEnv(ctx, fp, baseline) {
  const env = {};
  for (const [k, v] of Object.entries(ctx.env)) if (v !== void 0) env[k] = v;
  return {
    ...env,
    ...ctx.manifest.eval.env,
    LEPTON_MODEL: ctx.manifest.model,
    LEPTON_FINGERPRINT: fp.fingerprint,
    LEPTON_BASELINE_VERSION: baseline?.version ?? ""
  };
}
__name(childEnv, "childEnv");
async function runEval(ctx, fp, baseline, options) {
  const spec = ctx.manifest.eval;
  const before = await snapshotMetricsFiles(ctx.modelDir, [...spec.metrics, ...samplesPaths(spec)]);
  const run = await ctx.log.group(
    `eval: ${oneLine(spec.command, 100)}`,
    () => runEvalCommand({
      command: spec.command,
      cwd: resolve(ctx.modelDir, spec.workdir),
      env: childEnv(ctx, fp, baseline),
      timeoutMs: spec.timeoutMs,
      killGraceMs: killGrace(ctx, options),
      output: /* @__PURE__ */ __name((chunk) => ctx.log.output(chunk), "output"),
      warn: /* @__PURE__ */ __name((message) => ctx.log.warn(message), "warn"),
      ...ctx.signal && { signal: ctx.signal }
    })
  );
  ctx.log.info(`eval finished in ${(run.durationMs / 1e3).toFixed(1)}s`);
  const read = await readMetricsFiles(
    ctx.modelDir,
    spec.metrics,
    before,
    run.startedAtMs,
    () => metricsKeyLocation(ctx)
  );
  const samples = await readRunSamples(ctx, before, run.startedAtMs);
  return { read: { ...read, values: mergeSampleMeans(ctx, read.values, samples) }, samples };
}
__name(runEval, "runEval");
async function restoreCached(ctx, key) {
  if (!ctx.evalCache) return null;
  try {
    const cached = await ctx.evalCache.restore(key);
    if (!cached) return null;
    const values = emptyRecord();
    for (const [k, v] of Object.entries(cached)) if (typeof v === "number") values[k] = v;
    return { values, nonNumeric: emptyRecord(), nonNumericValues: emptyRecord() };
  } catch (e) {
    ctx.log.warn(`eval cache not read: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
__name(restoreCached, "restoreCached");
async function saveCached(ctx, key, metrics) {
  if (!ctx.evalCache) return;
  try {
    await ctx.evalCache.save(key, metrics);
  } catch (e) {
    ctx.log.warn(`eval cache not saved: ${e instanceof Error ? e.message : String(e)}`);
  }
}
__name(saveCached, "saveCached");
function finite(values) {
  const out = emptyRecord();
  for (const [k, v] of Object.entries(values)) if (Number.isFinite(v)) out[k] = v;
  return out;
}
__name(finite, "finite");
function fromRecord(record2) {
  const nonNumeric = emptyRecord();
  const nonNumericValues = emptyRecord();
  for (const i of record2.ignored ?? []) {
    nonNumeric[i.metric] = i.what ?? JSON.stringify(i.value);
    nonNumericValues[i.metric] = i.value;
  }
  return { values: record2.metrics, nonNumeric, nonNumericValues };
}
__name(fromRecord, "fromRecord");
async function evaluate(ctx, options = {}) {
  const m = ctx.manifest;
  if (!ctx.repoRoot && options.baseline !== void 0) {
    throw new LeptonError("invalid", "--baseline needs a git repository (versions are git tags)");
  }
  if (options.fetchHistory) await ensureHistory(ctx);
  const [fp, registry] = await Promise.all([
    options.fingerprint ?? fingerprintProject(ctx, { deferSave: true }),
    ctx.repoRoot ? options.registry ?? readRegistry(ctx.git, m.model) : null
  ]);
  const settings = evalSettingsWithFiles(evalSettingsHash(m.eval), fp.evalFiles);
  const excluded = /* @__PURE__ */ new Map();
  let choice = { entry: null, skipped: [] };
  for (let round = 0; registry && round <= registry.versions.length; round++) {
    choice = await chooseBaseline(ctx.git, registry, options.baseline, excluded);
    const e = choice.entry;
    const reusable = e?.summary?.fingerprint === fp.fingerprint && e.summary.evalSettings === settings;
    if (!e || options.force || !reusable) break;
    const why = await untrustedRecord(ctx, e);
    if (why === null) break;
    excluded.set(e.tag, `not trusted: ${why}`);
  }
  const entry = choice.entry;
  const baseline = entry && { version: entry.version, tag: entry.tag };
  const record2 = entry && await readRecord(ctx.git, entry);
  for (const line of baselineWarnings(choice.skipped, []).skipped) ctx.log.warn(line);
  const before = baselineThresholds(ctx, record2);
  before.catch(() => void 0);
  const changed = {
    ...changedParts(fp, record2),
    ...record2 && record2.evalSettings !== settings && { eval: true }
  };
  let read;
  let reused = false;
  let reusedFrom = null;
  let samples = null;
  const withSamples = m.eval.samples !== void 0;
  const cacheKey = evalCacheKey(m.model, fp.fingerprint, settings);
  const sameAsBaseline = baseline !== null && record2 !== null && record2.fingerprint === fp.fingerprint && record2.evalSettings === settings;
  const cached = options.force || options.measured || withSamples || sameAsBaseline ? null : await restoreCached(ctx, cacheKey);
  if (options.measured) {
    read = await options.measured(fp.fingerprint, settings);
  } else if (!options.force && sameAsBaseline && baseline && record2) {
    ctx.log.info(
      `eval: reusing the metrics of v${baseline.version} (same fingerprint and eval settings; --force runs it anyway)`
    );
    read = fromRecord(record2);
    reused = true;
    reusedFrom = baseline;
  } else if (cached) {
    ctx.log.info("eval: reusing metrics from the eval cache (same fingerprint and eval settings)");
    read = cached;
    reused = true;
  } else {
    ({ read, samples } = await runEval(ctx, fp, baseline, options));
    if (!withSamples) await saveCached(ctx, cacheKey, finite(read.values));
  }
  const pointGate = checkThresholds({
    thresholds: m.eval.thresholds,
    metrics: read.values,
    nonNumeric: read.nonNumeric,
    baseline: record2?.metrics ?? null,
    ...baseline && { baselineVersion: baseline.version }
  });
  const noise = await noiseOf(ctx, {
    samples,
    fingerprint: fp.fingerprint,
    baseline,
    baselineRecord: record2,
    reusedRecord: reusedFrom ? record2 : null
  });
  const { gate, notes: noiseNotes } = gateWithNoise(ctx, pointGate, noise, baseline !== null);
  for (const line of noiseNotes) ctx.log.info(line);
  for (const line of baselineWarnings([], gate.checks).newMetrics) ctx.log.warn(line);
  const metrics = finite(read.values);
  const ignored = ignoredValues(read, new Set(m.eval.thresholds.map((t) => t.metric)));
  const trend = registry ? trendOf(registry.versions, gate.checks, metrics) : null;
  const was = await before;
  const changes = was ? thresholdChanges(
    was.thresholds,
    {
      eval: m.eval.thresholds,
      // A record's checks know nothing of stages: only the eval's thresholds are compared.
      stages: was.from === "manifest" ? m.stages.map((s) => ({ name: s.name, thresholds: s.thresholds })) : []
    },
    record2?.metrics ?? null
  ) : [];
  return {
    model: m.model,
    fingerprint: fp,
    passed: gate.passed,
    reused,
    reusedFrom,
    baseline,
    baselineRecord: record2,
    skipped: choice.skipped,
    metrics,
    checks: gate.checks,
    changed,
    evalSettings: settings,
    ignored,
    noise,
    noiseNotes,
    trend,
    thresholdChanges: changes,
    thresholdsFrom: was?.from ?? null
  };
}
__name(evaluate, "evaluate");

// src/core/registry/bump.ts
var import_gt = __toESM(require_gt(), 1);
var import_inc = __toESM(require_inc(), 1);
var import_parse = __toESM(require_parse(), 1);
var import_prerelease = __toESM(require_prerelease(), 1);
var import_valid = __toESM(require_valid(), 1);
var ORDER = ["none", "patch", "minor", "major"];
function bumpFor(changed, rules) {
  const levels = ["none"];
  if (changed.components.length) levels.push(rules.components);
  if (changed.data.length) levels.push(rules.data);
  return levels.reduce((a, b) => ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a);
}
__name(bumpFor, "bumpFor");
function nextVersion(latest, bump, first) {
  if (latest === null) return first;
  if (bump === "none") return null;
  const base = (0, import_parse.default)(latest);
  if (!base) throw new LeptonError("invalid", `not a semantic version: ${latest}`);
  return (0, import_inc.default)(`${base.major}.${base.minor}.${base.patch}`, bump);
}
__name(nextVersion, "nextVersion");
function checkOverride(version, latest) {
  const v = (0, import_valid.default)(version.replace(/^v/, ""));
  if (!v || (0, import_prerelease.default)(v) || (0, import_parse.default)(v)?.build.length) {
    throw new LeptonError("invalid", `--version ${version}: expected X.Y.Z (for example 1.4.0)`);
  }
  if (latest !== null && !(0, import_gt.default)(v, latest)) {
    throw new LeptonError(
      "invalid",
      `--version ${v} must be higher than the latest recorded version, ${latest}`
    );
  }
  return v;
}
__name(checkOverride, "checkOverride");

// src/core/plan/record.ts
var BUMP_NONE_NOTE = 'only parts whose versioning.bump is "none" changed: no new version';
function planRecord(input) {
  const { registry, outcome, manifest, head, recorded, options } = input;
  if (recorded) {
    return {
      kind: "recorded",
      version: recorded.entry.version,
      tag: recorded.entry.tag,
      record: recorded.record
    };
  }
  const onHead = versionOnCommit(registry, head);
  if (onHead) throw oneVersionPerCommit(head, onHead);
  const latest = registry.versions[0] ?? null;
  let version;
  let bump = null;
  if (options.version !== void 0) {
    const wanted = options.version.replace(/^v/, "");
    if (options.retry && findVersion(registry, wanted)) {
      throw new LeptonError(
        "git",
        `version ${wanted} was recorded meanwhile by another run, for other content`,
        ["run again with a higher --version, or without it"]
      );
    }
    version = checkOverride(options.version, latest?.version ?? null);
  } else {
    ({ version, bump } = bumped(
      registry,
      input.latestRecord,
      outcome.fingerprint,
      manifest.versioning
    ));
  }
  if (version === null) return { kind: "none", note: BUMP_NONE_NOTE };
  return {
    kind: "create",
    version,
    tag: versionTag(manifest.model, version),
    commit: head,
    bump,
    record: versionRecord(manifest.model, outcome, version, head, options)
  };
}
__name(planRecord, "planRecord");
function bumped(registry, latestRecord, fingerprint, versioning) {
  const { first, bump: rules } = versioning;
  const latest = registry.versions[0] ?? null;
  const level = latest ? bumpFor(changedParts(fingerprint, latestRecord), rules) : null;
  let version = latest ? nextVersion(latest.version, level ?? "minor", first) : first;
  const taken = new Set(registry.skipped.map((s) => s.version));
  while (version !== null && taken.has(version)) {
    version = nextVersion(version, level === null || level === "none" ? "patch" : level, first);
  }
  return { version, bump: level };
}
__name(bumped, "bumped");
function versionRecord(model, outcome, version, commit, options) {
  const hashes = /* @__PURE__ */ __name((parts) => Object.fromEntries(parts.map((p) => [p.name, p.hash])), "hashes");
  return {
    kind: "version",
    schema: 1,
    model,
    version,
    commit,
    created: options.created,
    fingerprint: outcome.fingerprint.fingerprint,
    components: hashes(outcome.fingerprint.components),
    data: hashes(outcome.fingerprint.data),
    metrics: outcome.metrics,
    ...outcome.ignored.length > 0 && { ignored: outcome.ignored },
    checks: outcome.checks,
    passed: outcome.passed,
    baseline: outcome.baseline && { version: outcome.baseline.version, tag: outcome.baseline.tag },
    evalSettings: outcome.evalSettings,
    reused: outcome.reused,
    runUrl: options.runUrl,
    artifact: null
  };
}
__name(versionRecord, "versionRecord");
function versionOnCommit(registry, commit) {
  return registry.versions.find((v) => v.commit === commit && !v.lightweight && !v.deregistered) ?? null;
}
__name(versionOnCommit, "versionOnCommit");
function oneVersionPerCommit(head, onHead) {
  const what2 = onHead.summary ? "recorded for other content" : "made without a Lepton record";
  return new LeptonError(
    "invalid",
    `${head.slice(0, 12)} already carries ${onHead.tag} (${what2}); a commit holds one version of a model`,
    ["commit the change, then record the new commit"]
  );
}
__name(oneVersionPerCommit, "oneVersionPerCommit");
function checkVersionOverride(registry, override) {
  const v = checkOverride(override, registry.versions[0]?.version ?? null);
  const taken = registry.skipped.find((s) => s.version === v);
  if (taken) {
    throw new LeptonError(
      "invalid",
      `--version ${v}: the tag ${versionTag(registry.model, v)} exists already (${taken.reason})`,
      ["choose a higher --version"]
    );
  }
  return v;
}
__name(checkVersionOverride, "checkVersionOverride");

// src/app/record-checks.ts
import { realpathSync } from "node:fs";
import { join as join2, relative as relative3, resolve as resolve2, sep } from "node:path";
function refuseDirtyTree(ctx, differing) {
  const root = ctx.repoRoot;
  const toRepo = /* @__PURE__ */ __name((abs) => relative3(root, abs).split(sep).join("/"), "toRepo");
  const prefix = toRepo(ctx.modelDir);
  const matchers = partsOf(ctx.manifest).map(({ kind, part }) => ({
    label: `${kind} "${part.name}"`,
    // `!` exclusions apply, as in the fingerprint.
    test: partMatcher(part.paths)
  }));
  const evalPaths = ctx.manifest.eval.paths ?? [];
  if (evalPaths.length) matchers.push({ label: "eval.paths", test: partMatcher(evalPaths) });
  const outputs = partMatcher([...ctx.manifest.eval.metrics, ...ctx.manifest.artifacts]);
  const manifest = toRepo(ctx.manifestPath);
  const named = evalFilesPart(ctx.manifest)?.optional ?? [];
  const commandFile = named.length ? partMatcher(named) : () => false;
  const dirty = [];
  for (const path of differing) {
    if (path === manifest) {
      dirty.push(`${path} (the manifest: its thresholds decide whether the version passed)`);
      continue;
    }
    const inModel = rebaseName(path, prefix);
    if (commandFile(inModel)) {
      dirty.push(`${path} (named by eval.command)`);
      continue;
    }
    const owner = matchers.find((m) => m.test(inModel));
    if (!owner) continue;
    dirty.push(
      outputs(inModel) ? `${path} (${owner.label}; the eval or build writes it: add it to .gitignore, not to a commit)` : `${path} (${owner.label})`
    );
  }
  if (dirty.length === 0) return;
  const shown = dirty.slice(0, 20);
  if (dirty.length > shown.length) shown.push(`\u2026 and ${dirty.length - shown.length} more`);
  throw new LeptonError(
    "invalid",
    `${dirty.length} file${dirty.length === 1 ? "" : "s"} of the model differ${dirty.length === 1 ? "s" : ""} from HEAD: commit them (or stash them) first, since the version tag would name HEAD`,
    shown
  );
}
__name(refuseDirtyTree, "refuseDirtyTree");
async function refuseLinksOutsideHead(ctx, listing, differing) {
  const root = ctx.repoRoot;
  const m = ctx.manifest;
  const paths = [...partsOf(m).flatMap(({ part }) => part.paths), ...m.eval.paths ?? []];
  const climb = Math.max(0, ...paths.map((p) => climbOf(p.replace(/^!/, ""))));
  const depth = relative3(root, ctx.modelDir) === "" ? 0 : relative3(root, ctx.modelDir).split(sep).length;
  if (climb > depth) return;
  const base = resolve2(ctx.modelDir, ...Array(climb).fill(".."));
  const raw = climb === 0 && listing.cwd === ctx.modelDir ? await listing.raw : await listGitIndex(ctx.git.at(base));
  const prefix = relative3(root, ctx.modelDir).split(sep).join("/");
  const selected = partMatcher(paths);
  const rootReal = realpathSync.native(root);
  const targets = /* @__PURE__ */ new Map();
  for (const name of trackedLinks(raw)) {
    const abs = join2(base, name);
    if (!selected(rebaseName(relative3(root, abs).split(sep).join("/"), prefix))) continue;
    let real;
    try {
      real = decodeName(realpathSync.native(fsPath(abs), { encoding: "buffer" }));
    } catch {
      continue;
    }
    if (real !== rootReal && !real.startsWith(rootReal + sep)) continue;
    const target = relative3(rootReal, real).split(sep).join("/");
    if (!hasEscapedBytes(target)) targets.set(target, relative3(root, abs).split(sep).join("/"));
  }
  if (targets.size === 0) return;
  const tracked = await trackedRegularFiles(ctx.git.at(root), [...targets.keys()]);
  const changed = new Set(differing);
  const problems = [];
  for (const [target, link2] of targets) {
    if (!tracked.has(target))
      problems.push(`${link2} \u2192 ${target}, which git does not track (ignored or untracked)`);
    else if (changed.has(target)) problems.push(`${link2} \u2192 ${target}, which differs from HEAD`);
  }
  if (problems.length === 0) return;
  throw new LeptonError(
    "invalid",
    `${problems.length} symlink${problems.length === 1 ? "" : "s"} of the model lead${problems.length === 1 ? "s" : ""} to content HEAD does not hold: commit the target${problems.length === 1 ? "" : "s"} (or point the link at a committed file) first, since the version tag would name HEAD`,
    problems.slice(0, 20)
  );
}
__name(refuseLinksOutsideHead, "refuseLinksOutsideHead");
async function refuseBeforeEval(ctx, registry, head, override, fingerprint) {
  if (override !== void 0) checkVersionOverride(registry, override);
  const onHead = versionOnCommit(registry, head);
  if (!onHead) return;
  if (onHead.summary) {
    const fp = await (fingerprint ?? fingerprintProject(ctx));
    if (await findTrustedByFingerprint(ctx, registry, fp.fingerprint)) return;
  }
  throw oneVersionPerCommit(head, onHead);
}
__name(refuseBeforeEval, "refuseBeforeEval");

// src/app/record.ts
function missingHistoryHints(h, remote) {
  switch (h.cause) {
    case "no-remote":
      return [
        "a first version in a repository with no remote needs --no-baseline: lepton record --no-baseline",
        "a copy of a repository that has versions: add its remote first (git remote add origin URL), then record"
      ];
    case "no-such-remote":
      return [
        `record from the remote that holds the versions (${h.remotes.map((r) => `--remote ${r}`).join(", ")}), or pass --no-baseline to record against the local tags only`
      ];
    case "unreachable":
      return [
        `fetch the tags when ${remote} can be reached (git fetch${h.shallow ? " --unshallow" : ""} ${remote} 'refs/tags/*:refs/tags/*'), or pass --no-baseline to record against the local tags only`
      ];
  }
}
__name(missingHistoryHints, "missingHistoryHints");
async function record(ctx, options = {}) {
  if (!ctx.repoRoot) {
    throw new LeptonError("invalid", "record needs a git repository: versions are git tags");
  }
  const model = ctx.manifest.model;
  const remote = options.remote ?? "origin";
  const budgetMs = options.push ? options.budgetMs ?? ctx.settings.pushBudgetMs : 0;
  const { state, identity: identityAsked, listing } = options.questions ?? askRecordQuestions(ctx);
  let dirty = null;
  let taking;
  let links;
  try {
    const { head: head2, paths } = await state;
    if (head2 !== null) refuseDirtyTree(ctx, paths);
    if (head2 !== null) links = refuseLinksOutsideHead(ctx, listing, paths);
    links?.catch(() => void 0);
    taking = fingerprintProject(ctx, { listing, deferSave: true });
    taking.catch(() => void 0);
  } catch (e) {
    dirty = e;
  }
  const fetched = options.history ? await options.history : null;
  const head = committedHead(await state);
  if (dirty !== null) throw dirty;
  await links;
  const identity = await identityAsked;
  let tagsFetched = options.tagsFetched === true;
  if (options.fetchHistory) {
    const history = await ensureHistory(ctx, remote, Boolean(options.noBaseline));
    if (history.state === "fetched" || history.state === "complete" && history.fetched) {
      tagsFetched = true;
    }
    if (history.state === "missing" && !options.noBaseline) {
      throw new LeptonError(
        "invalid",
        `not recording: ${history.why}, so the baseline and the latest version may be missing`,
        missingHistoryHints(history, remote)
      );
    }
  }
  if (options.push && !tagsFetched) await fetchForDecision(ctx, remote);
  const before = fetched?.registry ?? options.registry ?? await readRegistry(ctx.git, model);
  await refuseBeforeEval(ctx, before, head, options.version, taking);
  const outcome = await evaluate(ctx, {
    ...taking && { fingerprint: taking },
    ...options.force && { force: true },
    ...options.baseline !== void 0 && { baseline: options.baseline },
    ...options.measured && { measured: options.measured },
    registry: before
  });
  const fingerprint = outcome.fingerprint.fingerprint;
  const runUrl = ctx.settings.runUrl;
  const decide = /* @__PURE__ */ __name(async (attempt) => {
    const registry = attempt === 1 && options.push ? before : await readRegistry(ctx.git, model);
    const found = await findTrustedByFingerprint(ctx, registry, fingerprint);
    const latest = found || options.version !== void 0 ? null : registry.versions[0] ?? null;
    const plan2 = planRecord({
      registry,
      outcome,
      manifest: ctx.manifest,
      head,
      recorded: found && { entry: found, record: await readRecord(ctx.git, found) },
      latestRecord: latest && await readRecord(ctx.git, latest),
      options: {
        ...options.version !== void 0 && { version: options.version },
        retry: attempt > 1,
        created: ctx.now().toISOString(),
        runUrl
      }
    });
    if (plan2.kind === "none") return { plan: plan2, step: { kind: "none" } };
    if (plan2.kind === "recorded") {
      const extra2 = await samplesPush(ctx, plan2.record);
      return { plan: plan2, step: { kind: "existing", tag: plan2.tag, extra: extra2 } };
    }
    const extra = await options.beforeTag?.(outcome, plan2.version) ?? {};
    const record2 = await storeArtifact(
      ctx,
      { ...plan2.record, artifact: extra.artifact ?? null, ...noiseRecordFields(outcome.noise) },
      options.store
    );
    const made = { ...plan2, record: record2 };
    const message = formatVersionMessage(record2);
    return {
      plan: made,
      step: {
        kind: "create",
        tag: plan2.tag,
        commit: plan2.commit,
        message,
        identity,
        extra: await samplesPush(ctx, record2)
      }
    };
  }, "decide");
  const { plan, pushed, attempts } = await applyTagPlan({
    git: ctx.git,
    push: options.push === true,
    remote,
    model,
    decide,
    log: /* @__PURE__ */ __name((m) => ctx.log.info(m), "log"),
    ...options.maxAttempts !== void 0 && { maxAttempts: options.maxAttempts },
    budgetMs
  });
  if (plan.kind !== "none" && options.push) {
    await tagStoredVersion(ctx, plan.record, options.store);
  } else if (plan.kind !== "none" && ctx.manifest.store && plan.record?.artifact?.ref) {
    ctx.log.info(
      `the model store's tag :${plan.version} is not set: the version tag is not pushed (lepton record --push pushes it and sets the OCI tag)`
    );
  }
  if (plan.kind !== "none") await keepSamplesRef(ctx, plan.record);
  if (plan.kind === "create") await warnIfBehind(ctx, before, plan.tag, head);
  const base = { outcome, pushed, attempts, commit: head };
  if (plan.kind === "none") {
    return { ...base, version: null, tag: null, created: false, record: null, note: plan.note };
  }
  const { version, tag, record: rec } = plan;
  return { ...base, version, tag, created: plan.kind === "create", record: rec, note: null };
}
__name(record, "record");
async function warnIfBehind(ctx, registry, tag, head) {
  if (registry.versions.length === 0) return;
  const later = await versionsAfter(ctx.git, registry, head);
  if (later.length === 0) return;
  const names = later.slice(0, 3).map((v) => v.tag);
  const more = later.length > names.length ? ` and ${later.length - names.length} more` : "";
  ctx.log.warn(
    `${tag} is recorded on an older commit than ${names.join(", ")}${more} (their commits descend from ${head.slice(0, 12)}): work built on those commits keeps the version nearest it in history as its baseline, not ${tag}`
  );
}
__name(warnIfBehind, "warnIfBehind");
async function fetchForDecision(ctx, remote) {
  try {
    await fetchModelTags(ctx.git, remote, ctx.manifest.model, (m) => ctx.log.warn(m));
  } catch (e) {
    ctx.log.warn(
      `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`
    );
  }
}
__name(fetchForDecision, "fetchForDecision");

// src/core/report/record.ts
function recordSummaryNote(r, remote = "origin") {
  const pushed = pushSuffix(r.pushed, remote);
  if (r.created) return `Recorded ${r.tag}${pushed}`;
  if (r.tag) return `Unchanged: this content is already recorded as ${r.tag}${pushed}`;
  return r.note ?? "Nothing recorded";
}
__name(recordSummaryNote, "recordSummaryNote");
function recordSummaryMarkdown(r, options) {
  const artifact = r.created ? r.record?.artifact : null;
  const url = artifact && "url" in artifact ? artifact.url : null;
  const input = evalReportInput(r.outcome, [recordSummaryNote(r, options.remote)]);
  const links = url ? [{ label: "Artifact", text: `${options.model}-v${r.version}`, url }] : [];
  return renderMarkdownReport({ ...input, links }, options);
}
__name(recordSummaryMarkdown, "recordSummaryMarkdown");

// src/io/services/artifact.ts
import { copyFile, link, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join as join3 } from "node:path";
async function uploadModelArtifact(req) {
  if (!req.env.ACTIONS_RUNTIME_TOKEN || !req.env.ACTIONS_RESULTS_URL) {
    req.warn(`the Actions artifact service is not available here: ${req.name} is not uploaded`);
    return null;
  }
  const found = await expandArtifacts(req.patterns, req.modelDir, req.repoRoot);
  for (const p of found.unmatched) req.warn(`artifacts: "${p}" matched no file`);
  for (const p of found.outside)
    req.warn(`artifacts: ${p} is skipped: it resolves outside the repository`);
  const stage = await mkdtemp(join3(req.tempDir ?? tmpdir(), "lepton-artifact-"));
  try {
    const files = [join3(stage, "report.md"), join3(stage, "metrics.json")];
    await writeFile(files[0], req.report);
    await writeFile(files[1], JSON.stringify(req.metrics, null, 2) + "\n");
    for (const rel of found.files) {
      const to = join3(stage, "files", rel);
      await mkdir(dirname(to), { recursive: true });
      await link(join3(req.modelDir, rel), to).catch(() => copyFile(join3(req.modelDir, rel), to));
      files.push(to);
    }
    const result = await new (await loadArtifactClient())().uploadArtifact(req.name, files, stage);
    if (result.id === void 0) {
      req.warn(`the artifact service did not return an id for ${req.name}`);
      return null;
    }
    const url = runArtifactUrl(req.env, result.id);
    req.info(
      `uploaded artifact ${req.name} (${found.files.length} model file(s))${url ? `: ${url}` : ""}`
    );
    return { name: req.name, id: result.id, url, files: found.files.length };
  } catch (e) {
    req.warn(`could not upload artifact ${req.name}: ${e.message}`);
    return null;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
__name(uploadModelArtifact, "uploadModelArtifact");
function runArtifactUrl(env, id) {
  const run = workflowRunUrl(env);
  return run ? `${run}/artifacts/${id}` : null;
}
__name(runArtifactUrl, "runArtifactUrl");

// src/action/shards.ts
import { resolve as resolve4 } from "node:path";

// src/app/shards.ts
import { readdir, stat } from "node:fs/promises";
import { join as join4, relative as relative4, resolve as resolve3 } from "node:path";

// src/core/shards/index.ts
var COUNT_METRIC = "n";
var shardFileName = /* @__PURE__ */ __name((index, count) => `lepton-shard-${index}-of-${count}.json`, "shardFileName");
var decode = /* @__PURE__ */ __name((v) => typeof v === "number" ? v : Number(v), "decode");
function parseShard(file, value) {
  const v = value;
  const bad = /* @__PURE__ */ __name((why) => new LeptonError("eval", `${file}: not a Lepton shard result (${why})`, [
    "give the files `lepton eval --shard I/N` wrote"
  ]), "bad");
  if (!v || typeof v !== "object" || v.kind !== "lepton-shard")
    return fail2(bad('no kind "lepton-shard"'));
  if (v.schema !== 1) return fail2(bad(`schema ${String(v.schema)}; this Lepton reads 1`));
  for (const key of ["model", "fingerprint", "evalSettings"]) {
    if (typeof v[key] !== "string") return fail2(bad(`"${key}" is not a string`));
  }
  if (!Number.isInteger(v.index) || !Number.isInteger(v.count)) return fail2(bad("no index/count"));
  if (!v.metrics || typeof v.metrics !== "object") return fail2(bad("no metrics"));
  for (const [k, m] of Object.entries(v.metrics)) {
    if (typeof m !== "number" && !["NaN", "Infinity", "-Infinity"].includes(m)) {
      return fail2(bad(`metric "${k}" is not a number`));
    }
  }
  return {
    kind: "lepton-shard",
    schema: 1,
    model: v.model,
    index: v.index,
    count: v.count,
    fingerprint: v.fingerprint,
    evalSettings: v.evalSettings,
    commit: typeof v.commit === "string" ? v.commit : null,
    metrics: v.metrics,
    nonNumeric: v.nonNumeric && typeof v.nonNumeric === "object" ? v.nonNumeric : {},
    created: typeof v.created === "string" ? v.created : ""
  };
}
__name(parseShard, "parseShard");
function evaluatedNothing(which, n) {
  return new LeptonError("eval", `${which} evaluated nothing (n: ${String(n)})`, [
    "every shard must evaluate at least one example (n \u2265 1): check that its slice of the data loaded, or use fewer shards"
  ]);
}
__name(evaluatedNothing, "evaluatedNothing");
function fail2(e) {
  throw e;
}
__name(fail2, "fail");
function checkShards(shards, expect) {
  if (shards.length === 0) throw new LeptonError("eval", "no shard results given");
  const problems = [];
  const count = expect.count ?? shards[0].shard.count;
  const byIndex = /* @__PURE__ */ new Map();
  for (const { file, shard } of shards) {
    const foreign = [];
    if (shard.model !== expect.model)
      foreign.push(`of model "${shard.model}", not "${expect.model}"`);
    else {
      if (shard.count !== count) foreign.push(`one of ${shard.count} shards, not of ${count}`);
      if (shard.fingerprint !== expect.fingerprint) {
        foreign.push(
          `evaluated other content (fingerprint ${short(shard.fingerprint)}, this checkout's is ${short(expect.fingerprint)})`
        );
      }
      if (shard.evalSettings !== expect.evalSettings) {
        foreign.push("measured by other eval settings (command, env or eval files differ)");
      }
    }
    if (foreign.length) {
      problems.push(
        `foreign shard ${file} (shard ${shard.index}/${shard.count}): ${foreign.join("; ")}`
      );
      continue;
    }
    byIndex.set(shard.index, [...byIndex.get(shard.index) ?? [], file]);
    const n = shard.metrics[COUNT_METRIC];
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1) {
      const which = `${file} (shard ${shard.index}/${shard.count})`;
      problems.push(
        typeof n === "number" && Number.isInteger(n) ? evaluatedNothing(which, n).message : `${which}: "${COUNT_METRIC}" is ${n === void 0 ? "missing" : JSON.stringify(n)}, not the number of examples it evaluated (a whole number \u2265 1)`
      );
    }
  }
  for (const [index, files] of [...byIndex].sort((a, b) => a[0] - b[0])) {
    if (files.length > 1)
      problems.push(`shard ${index}/${count} given more than once: ${files.join(", ")}`);
  }
  if (problems.length === 0) {
    for (let i = 1; i <= count; i++) {
      if (!byIndex.has(i))
        problems.push(`shard ${i}/${count} is missing (expected ${shardFileName(i, count)})`);
    }
  }
  if (problems.length) {
    throw new LeptonError(
      "eval",
      problems.length === 1 ? problems[0] : `${problems.length} problems with the shards`,
      problems.length === 1 ? [] : problems
    );
  }
}
__name(checkShards, "checkShards");
var short = /* @__PURE__ */ __name((h) => h.replace(/^sha256:/, "").slice(0, 12), "short");
function mergeShardMetrics(shards, rules = {}) {
  const sorted = [...shards].sort((a, b) => a.shard.index - b.shard.index);
  const names = new Set(sorted.flatMap((s) => Object.keys(s.shard.metrics)));
  const missing = [];
  for (const { file, shard } of sorted) {
    const lacks = [...names].filter((k) => !(k in shard.metrics));
    if (lacks.length)
      missing.push(
        `${file} (shard ${shard.index}/${shard.count}) lacks ${lacks.map((k) => `"${k}"`).join(", ")}`
      );
  }
  if (missing.length) {
    throw new LeptonError(
      "eval",
      `the shards do not report the same metrics: ${missing.join("; ")}`,
      ["every shard must write every metric"]
    );
  }
  const weights = sorted.map((s) => decode(s.shard.metrics[COUNT_METRIC]));
  const values = /* @__PURE__ */ Object.create(null);
  for (const name of names) {
    const xs = sorted.map((s) => decode(s.shard.metrics[name]));
    const rule = rules[name] ?? (name === COUNT_METRIC ? "sum" : "mean");
    values[name] = combine(rule, xs, weights);
  }
  const nonNumericValues = /* @__PURE__ */ Object.create(null);
  const nonNumeric = /* @__PURE__ */ Object.create(null);
  for (const { shard } of sorted) {
    for (const [k, v] of Object.entries(shard.nonNumeric)) {
      if (k in nonNumericValues || k in values) continue;
      nonNumericValues[k] = v;
      nonNumeric[k] = v === null ? "null" : `a ${typeof v} (${JSON.stringify(v)})`;
    }
  }
  return { values, nonNumeric, nonNumericValues };
}
__name(mergeShardMetrics, "mergeShardMetrics");
function combine(rule, xs, weights) {
  switch (rule) {
    case "sum":
      return sum(xs);
    case "min":
      return xs.reduce((a, b) => b < a || Number.isNaN(b) ? b : a);
    case "max":
      return xs.reduce((a, b) => b > a || Number.isNaN(b) ? b : a);
    case "mean": {
      const total = sum(weights);
      const terms = xs.map(
        (x, i) => weights[i] === 0 ? 0 : x * weights[i]
      );
      return total === 0 ? NaN : sum(terms) / total;
    }
  }
}
__name(combine, "combine");
function sum(xs) {
  if (!xs.every(Number.isFinite)) return xs.reduce((a, b) => a + b, 0);
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}
__name(sum, "sum");

// src/app/shards.ts
var SHARD_FILE = /^lepton-shard-\d+-of-\d+\.json$/;
async function shardFiles(paths) {
  const out = [];
  for (const p of paths) {
    const s = await stat(p.path).catch(() => null);
    if (!s?.isDirectory()) {
      out.push(p);
      continue;
    }
    const found = (await readdir(p.path, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && SHARD_FILE.test(e.name)).map((e) => join4(e.parentPath, e.name)).sort();
    if (found.length === 0) {
      throw new LeptonError("eval", `${p.name}: no lepton-shard-I-of-N.json in this folder`);
    }
    for (const f of found) out.push({ path: f, name: join4(p.name, relative4(p.path, f)) });
  }
  return out;
}
__name(shardFiles, "shardFiles");
var SHARD_MAX_BYTES = 64 * 1024 * 1024;
async function readShards(files) {
  return Promise.all(
    files.map(async ({ path, name }) => {
      let text;
      try {
        text = await readInputText(path, SHARD_MAX_BYTES);
      } catch (e) {
        if (!(e instanceof InputFileError)) throw e;
        throw new LeptonError("invalid", `${name}: ${e.reason}`);
      }
      let json;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new LeptonError("eval", `${name}: not JSON (${e.message})`);
      }
      return { file: name, shard: parseShard(name, json) };
    })
  );
}
__name(readShards, "readShards");
function mergedShards(ctx, shards) {
  return async (fingerprint, evalSettings) => {
    const m = ctx.manifest.eval;
    checkShards(shards, {
      model: ctx.manifest.model,
      fingerprint,
      evalSettings,
      ...m.shards !== void 0 && { count: m.shards }
    });
    const first = shards[0];
    ctx.log.info(
      `merging ${shards.length} shard(s) of ${first.shard.count} (${Object.entries(m.merge ?? {}).map(([k, v]) => `${k}: ${v}`).join(", ") || "every metric: mean weighted by n"})`
    );
    return mergeShardMetrics(shards, m.merge);
  };
}
__name(mergedShards, "mergedShards");

// src/action/shards.ts
async function shardsInput(ctx, s) {
  const text = s.inputs.shards;
  if (!text) return {};
  const workspace = s.env.GITHUB_WORKSPACE || process.cwd();
  const names = text.split(/\s+/).filter(Boolean);
  const files = await shardFiles(names.map((name) => ({ path: resolve4(workspace, name), name })));
  s.log.info(`shards: ${files.length} file(s) from ${names.join(", ")}`);
  return { measured: mergedShards(ctx, await readShards(files)) };
}
__name(shardsInput, "shardsInput");

// src/action/modes.ts
async function evalMode(ctx, s, plan, history = startHistoryFetch(ctx, s, plan), listing, checkout = Promise.resolve(null)) {
  const model = ctx.manifest.model;
  const fingerprint = fingerprintProject(ctx, { listing: listing ?? null, deferSave: true });
  fingerprint.catch(() => void 0);
  const evaluated = await checkout;
  const fetched = await history;
  const comment = /* @__PURE__ */ __name(async (report2) => {
    if (plan.pullRequest === null || !s.inputs.comment) return;
    const { commentOnPullRequest } = await import("./comment-SYOVGYB7.js");
    await commentOnPullRequest({
      token: s.inputs.token,
      repository: s.env.GITHUB_REPOSITORY,
      apiUrl: s.env.GITHUB_API_URL,
      ...paceFromEnv(s.env),
      pullRequest: plan.pullRequest,
      commit: plan.headSha,
      evaluated,
      model,
      report: report2,
      log: s.log
    });
  }, "comment");
  let outcome;
  try {
    outcome = await placed(
      ctx,
      async () => evaluate(ctx, {
        ...plan.baseBranch && { baseline: `refs/remotes/${REMOTE}/${plan.baseBranch}` },
        // Read right after the fetch; nothing has run in the repository since.
        ...fetched && { registry: fetched.registry },
        ...await shardsInput(ctx, s),
        fingerprint
      })
    );
  } catch (e) {
    await comment(`${reportMarker(model)}
${errorReport(e)}`);
    throw e;
  }
  const report = evalMarkdown(outcome);
  await comment(report);
  if (s.inputs.command === "eval" && plan.pullRequest !== null && evaluated !== null) {
    const { uploadResult } = await import("./result-artifact-EIFR3I55.js");
    await uploadResult(
      {
        kind: "lepton-result",
        schema: 1,
        model,
        headSha: evaluated.mergeOf?.head ?? evaluated.commit,
        ...evaluated.mergeOf && {
          merge: { commit: evaluated.commit, base: evaluated.mergeOf.base }
        },
        pullRequest: plan.pullRequest,
        passed: outcome.passed,
        report,
        reportInput: evalReportInput(outcome)
      },
      s.env,
      s.tempDir,
      s.log
    );
  }
  return {
    model,
    // Only content already recorded has a version; a PR's new content has none yet.
    version: outcome.reusedFrom?.version || null,
    tag: outcome.reusedFrom?.tag || null,
    stageTag: null,
    rolledBackTo: null,
    rollbackTag: null,
    passed: outcome.passed,
    reused: outcome.reused,
    metrics: outcome.metrics,
    report,
    gateFailure: outcome.passed ? null : thresholdsFailed(outcome.checks)
  };
}
__name(evalMode, "evalMode");
async function recordMode(ctx, s, history = startHistoryFetch(ctx, s, "tags"), questions) {
  const model = ctx.manifest.model;
  history.catch(() => void 0);
  const r = await placed(
    ctx,
    async () => record(ctx, {
      history,
      ...questions && { questions },
      ...await shardsInput(ctx, s),
      push: s.inputs.push,
      // fetchModelHistory fetched the tags and the event counter a moment ago.
      tagsFetched: true,
      remote: REMOTE,
      store: storeSettingsFromEnv(s.env, { githubToken: s.inputs.token }),
      // The artifact's id and URL go into the version's record, so upload before the tag exists.
      beforeTag: /* @__PURE__ */ __name(async (outcome2, version) => {
        const uploaded = await uploadModelArtifact({
          name: `${model}-v${version}`,
          patterns: ctx.manifest.artifacts,
          modelDir: ctx.modelDir,
          repoRoot: ctx.repoRoot ?? ctx.modelDir,
          report: evalMarkdown(outcome2),
          metrics: outcome2.metrics,
          env: s.env,
          tempDir: s.tempDir,
          warn: s.log.warn,
          info: s.log.info
        });
        return uploaded ? { artifact: { id: uploaded.id, url: uploaded.url } } : {};
      }, "beforeTag")
    })
  );
  const { outcome } = r;
  s.log.info(recordSummaryNote(r, REMOTE));
  return {
    model,
    version: r.version,
    tag: r.tag,
    stageTag: null,
    rolledBackTo: null,
    rollbackTag: null,
    passed: outcome.passed,
    reused: outcome.reused,
    metrics: outcome.metrics,
    report: recordSummaryMarkdown(r, { remote: REMOTE, model }),
    gateFailure: outcome.passed ? null : thresholdsFailed(outcome.checks)
  };
}
__name(recordMode, "recordMode");
export {
  empty,
  evalMode,
  recordMode
};
