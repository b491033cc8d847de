import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  hasBlob
} from "./chunk-YMAECR7F.js";
import {
  errorReport
} from "./chunk-D3YA4WDX.js";
import "./chunk-SNGHUKS4.js";
import {
  commentOnPullRequest,
  loadArtifactClient,
  renderMarkdownReport,
  trendOf,
  uploadResult
} from "./chunk-YOFS5VON.js";
import {
  isNewMetric,
  reportMarker
} from "./chunk-GBJKKCND.js";
import {
  LFS_POINTER_MAX_SIZE,
  actionDeploySettings,
  applyTagPlan,
  checkThresholds,
  deployMode,
  emptyRecord,
  ensureHistory,
  evalSettingsHash,
  expandArtifacts,
  fetchModelHistory,
  fetchModelTags,
  findTrustedByFingerprint,
  headCommit,
  ignoredValues,
  isDvcFile,
  mayBeLfsPointer,
  parse,
  parseDvcFile,
  parseLfsPointer,
  pathsDifferingFromHead,
  promoteAndDeploy,
  readMetricsFiles,
  readRecord,
  readRegistry,
  readSealedFile,
  resolveIdentity,
  runEvalCommand,
  snapshotMetricsFiles,
  staleness,
  storeArtifact,
  tagStoredVersion,
  untrustedRecord,
  withDeploy,
  writeSealedFileSync
} from "./chunk-O3NJU3BW.js";
import {
  chooseBaseline,
  findVersion,
  formatVersionMessage
} from "./chunk-GOS7YORH.js";
import "./chunk-HWNWZBFN.js";
import {
  Git,
  PART_ENCODING,
  compareUtf8,
  decodeName,
  evalFilesPart,
  evalSettingsWithFiles,
  fsPath,
  hasEscapedBytes,
  isExclusion,
  listGitIndex,
  listIgnoredFiles,
  listModifiedFiles,
  matchParts,
  modelFingerprint,
  nameBytes,
  parseLsFiles,
  partHash,
  partMatcher,
  partsOf,
  pathMatcher,
  processEnv,
  rebaseName,
  selectionParts,
  storeSettingsFromEnv,
  unmatchedError,
  walkFiles,
  workflowRunUrl
} from "./chunk-ZIIJSHRI.js";
import {
  climbOf,
  locate,
  pathsLeavingRepo,
  require_dist
} from "./chunk-RRFI7CTT.js";
import {
  require_semver
} from "./chunk-V4CXZ45A.js";
import "./chunk-3MIGHSNN.js";
import {
  paceFromEnv
} from "./chunk-3D5N44W4.js";
import {
  boundText,
  formatNumber,
  markdownTable,
  thresholdsFailed
} from "./chunk-XLUW4DIE.js";
import {
  LeptonError,
  codeSpan,
  empty,
  escapeText,
  oneLine,
  versionTag
} from "./chunk-PDVDSVQZ.js";
import {
  __name,
  __toESM
} from "./chunk-HQRR3HW4.js";

// src/app/eval.ts
import { resolve as resolve3 } from "node:path";

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
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
async function keyLocation(app, path) {
  try {
    const counter = new import_yaml.LineCounter();
    const doc = (0, import_yaml.parseDocument)(await readFile(app.manifestPath, "utf8"), { lineCounter: counter });
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

// src/app/noise.ts
import { readFile as readFile2 } from "node:fs/promises";
import { resolve } from "node:path";

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
function cell(source, where, column, raw) {
  if (typeof raw === "boolean") return raw ? 1 : 0;
  const v = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    fail(
      source,
      `${where}: "${column}" is ${JSON.stringify(raw) ?? String(raw)}, not a finite number`
    );
  }
  return v;
}
__name(cell, "cell");
function build(source, header, rows) {
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
      columns[c.name][r] = cell(source, where, c.name, row[c.i]);
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
  return build(source, header, rows);
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
  return build(source, header, body);
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

// src/core/noise/verdict.ts
var MINUS = "\u2212";
function unitsOf(values) {
  const proportion = values.every((v) => v === null || v >= 0 && v <= 1);
  return proportion ? { scale: 100, unit: " pt" } : { scale: 1, unit: "" };
}
__name(unitsOf, "unitsOf");
function signed(x, digits) {
  const text = Math.abs(x).toPrecision(digits).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
  return x < 0 ? `${MINUS}${text}` : `+${text}`;
}
__name(signed, "signed");
function describeChange(change, check) {
  const { scale, unit } = unitsOf([check.actual, check.baseline]);
  const [lo, hi] = change.ci;
  return `${signed(change.value * scale, 2)}${unit}, 95% CI ${signed(lo * scale, 2)} \u2026 ${signed(hi * scale, 2)} (${change.pairing}, n = ${change.n})`;
}
__name(describeChange, "describeChange");
function applyNoise(gate, changes, noisy) {
  const checks = gate.checks.map((c) => {
    const change = Object.prototype.hasOwnProperty.call(changes, c.metric) ? changes[c.metric] : void 0;
    if (!change) return c;
    const relative5 = c.rule === "max_drop" || c.rule === "max_rise";
    if (relative5 && !c.passed && c.level === "error" && noisy.has(c.metric) && !excludesZero(change)) {
      return {
        ...c,
        change,
        level: "warn",
        reason: `within noise: ${describeChange(change, c)}; ${c.reason ?? "broke its bound"}`
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
  return parseSamples(path, await readFile2(resolve(ctx.modelDir, path), "utf8"));
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
  const { baseline, baselineRecord } = input;
  if (baseline && baselineRecord) {
    const label = `v${baseline.version}`;
    const stored = baselineRecord.samples;
    const theirs = stored && ctx.repoRoot ? await readSamplesBlob(ctx.git, stored.blob, {
      remote: input.remote ?? "origin",
      ref: samplesRef(ctx.manifest.model, baseline.version)
    }) : null;
    if (theirs) {
      const c = changesOf(input.samples, theirs, input.fingerprint, label);
      changes = c.changes;
      notes.push(...c.notes);
    } else {
      notes.push(
        stored ? `no change intervals: the samples of ${label} (${stored.blob.slice(0, 12)}) are neither here nor on the remote; relative checks use the point estimates` : `no change intervals: ${label} recorded no per-example samples; relative checks use the point estimates`
      );
    }
  }
  return { intervals, changes, samples, notes };
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
  return { gate: applyNoise(gate, noise.changes, noisy), notes };
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
import { join as join3 } from "node:path";

// src/io/files/index.ts
import { relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/io/files/hash.ts
import * as crypto from "node:crypto";
import {
  closeSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync
} from "node:fs";
import { availableParallelism } from "node:os";
import { sep } from "node:path";

// src/io/files/pool.ts
import { Worker } from "node:worker_threads";

// src/io/files/worker-source.ts
var WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const crypto = require('node:crypto');
const { paths, sizes, bounds, control, progress, status, lengths, digests, me } = workerData;
const NEXT = 0, BOOTING = 0, RUNNING = 1;
const HASHED = 1, LEFT = 2;
const CHUNK = 1 << 20, LFS_MAX = 1024;
if (Atomics.compareExchange(control, me, BOOTING, RUNNING) === BOOTING) {
  let buf = Buffer.allocUnsafe(64 << 10);
  const batches = bounds.length - 1;
  for (let b; (b = Atomics.add(control, NEXT, 1)) < batches; ) {
    let bytes = 0;
    for (let i = bounds[b]; i < bounds[b + 1]; i++) {
      let fd;
      try {
        fd = openSync(paths[i], 'r');
        const size = sizes[i];
        const h = crypto.createHash('sha256');
        let n = 0;
        if (size < CHUNK) {
          // Read whole asking for a byte more than lstat said: a short read at that size is the end.
          if (buf.length < size + 1) buf = Buffer.allocUnsafe(Math.max(size + 1, buf.length * 2));
          for (;;) {
            if (n === buf.length) {
              const bigger = Buffer.allocUnsafe(buf.length * 2);
              buf.copy(bigger, 0, 0, n);
              buf = bigger;
            }
            const want = buf.length - n;
            const got = readSync(fd, buf, n, want, null);
            n += got;
            if (got === 0 || (got < want && n === size)) break;
          }
          if (n < LFS_MAX && buf[0] === 0x76) { Atomics.store(status, i, LEFT); continue; }
          h.update(buf.subarray(0, n));
        } else {
          if (buf.length < CHUNK) buf = Buffer.allocUnsafe(CHUNK);
          let got;
          while ((got = readSync(fd, buf, 0, CHUNK, null)) > 0) {
            h.update(got === CHUNK ? buf : buf.subarray(0, got));
            n += got;
          }
        }
        h.digest().copy(digests, i * 32);
        lengths[i] = n;
        bytes += n;
        Atomics.store(status, i, HASHED);
      } catch {
        Atomics.store(status, i, LEFT);
      } finally {
        if (fd !== undefined) try { closeSync(fd); } catch {}
      }
    }
    Atomics.add(progress, 0, BigInt(bytes));
  }
}
// Done: the main thread need not wait for this thread's teardown.
parentPort.postMessage(0);
`;

// src/io/files/pool.ts
var Outcome = {
  /** Not done by a helper (never claimed by one, or its helper died): the main thread's. */
  Open: 0,
  /** Read and hashed by a helper: {@link HashTeam.length} and {@link HashTeam.hex} hold it. */
  Hashed: 1,
  /** Left by a helper (an error, or small enough to be an LFS pointer): the main thread's. */
  Left: 2,
  /** Claimed and done by the main thread. */
  Mine: 3
};
var BATCH_FILES = 64;
var BATCH_BYTES = 8 << 20;
var NEXT = 0;
var BOOTING = 0;
var CANCELLED = 2;
var HashTeam = class {
  static {
    __name(this, "HashTeam");
  }
  /** The jobs in the order batches are claimed. */
  order;
  bounds;
  control;
  progress;
  status;
  lengths;
  digests;
  workers = [];
  /**
   * Starts `helpers` threads on `jobs` (none when 0). Jobs are numbered by their index in
   * `jobs`; the main thread then claims batches with {@link claim}.
   */
  constructor(jobs, helpers) {
    const n = jobs.length;
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => jobs[b].size - jobs[a].size || a - b);
    this.order = order;
    const bounds = [0];
    let files = 0;
    let bytes = 0;
    order.forEach((j, k) => {
      const size = jobs[j].size;
      if (files > 0 && (files >= BATCH_FILES || bytes + size > BATCH_BYTES)) {
        bounds.push(k);
        files = 0;
        bytes = 0;
      }
      files++;
      bytes += size;
    });
    if (n > 0) bounds.push(n);
    const shared = /* @__PURE__ */ __name((bytes2) => new SharedArrayBuffer(Math.max(8, bytes2)), "shared");
    this.bounds = Int32Array.from(bounds);
    this.control = new Int32Array(shared(4 * (1 + helpers)));
    this.progress = new BigInt64Array(shared(8));
    this.status = new Int32Array(shared(4 * n));
    this.lengths = new Float64Array(shared(8 * n));
    this.digests = new Uint8Array(shared(32 * n));
    if (helpers === 0 || this.bounds.length < 2) return;
    const paths = order.map((j) => jobs[j].path);
    const sizes = Float64Array.from(order, (j) => jobs[j].size);
    for (let k = 0; k < helpers; k++) {
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: {
          paths,
          sizes,
          bounds: this.bounds,
          control: this.control,
          progress: this.progress,
          status: this.status,
          lengths: this.lengths,
          digests: this.digests,
          me: 1 + k
        }
      });
      const exited = new Promise((resolve6) => {
        worker.once("message", () => {
          worker.unref();
          resolve6();
        });
        worker.on("error", () => resolve6());
        worker.on("exit", () => resolve6());
      });
      this.workers.push({ worker, exited, state: 1 + k });
    }
  }
  /** The next batch for the main thread, as positions [from, to) in {@link order}; null when none is left. */
  claim() {
    const b = Atomics.add(this.control, NEXT, 1);
    if (b >= this.bounds.length - 1) return null;
    const from = this.bounds[b];
    const to = this.bounds[b + 1];
    this.status.fill(Outcome.Mine, from, to);
    return [from, to];
  }
  /** Bytes the helpers have read so far. */
  helpersBytes() {
    return Number(Atomics.load(this.progress, 0));
  }
  /**
   * Once the main thread finds no batch left: cancels the helpers that have not started (unless
   * `cancel` is false) and waits for the others to finish theirs.
   */
  async finish(cancel = true) {
    const waiting = [];
    for (const { worker, exited, state } of this.workers) {
      if (cancel && Atomics.compareExchange(this.control, state, BOOTING, CANCELLED) === BOOTING) {
        worker.unref();
        void worker.terminate();
      } else waiting.push(exited);
    }
    await Promise.all(waiting);
  }
  /** The outcome at claim position `k` (after {@link finish}). */
  outcome(k) {
    return Atomics.load(this.status, k);
  }
  /** Bytes a helper read at position `k` (Outcome.Hashed). */
  length(k) {
    return this.lengths[k];
  }
  /** The SHA-256 a helper computed at position `k` (Outcome.Hashed), in hex. */
  hex(k) {
    return Buffer.from(this.digests.buffer, this.digests.byteOffset + 32 * k, 32).toString("hex");
  }
};

// src/io/files/progress.ts
var QUIET_MS = 1e3;
var EVERY_MS = 100;
var ProgressMeter = class {
  constructor(totalFiles, totalBytes, onProgress) {
    this.totalFiles = totalFiles;
    this.totalBytes = totalBytes;
    this.onProgress = onProgress;
  }
  totalFiles;
  totalBytes;
  onProgress;
  static {
    __name(this, "ProgressMeter");
  }
  files = 0;
  bytes = 0;
  last = 0;
  shown = false;
  started = Date.now();
  add(files, bytes) {
    this.files += files;
    this.bytes += bytes;
    if (!this.onProgress) return;
    const now = Date.now();
    if (now - this.started < QUIET_MS || now - this.last < EVERY_MS) return;
    this.last = now;
    this.shown = true;
    this.onProgress(this.snapshot());
  }
  /** The closing call (all files done), only when progress was shown at all. */
  finish() {
    if (this.shown && this.onProgress) {
      this.onProgress({
        files: this.totalFiles,
        totalFiles: this.totalFiles,
        bytes: this.totalBytes,
        totalBytes: this.totalBytes
      });
    }
  }
  snapshot() {
    return {
      files: Math.min(this.files, this.totalFiles),
      totalFiles: this.totalFiles,
      bytes: Math.min(this.bytes, this.totalBytes),
      totalBytes: this.totalBytes
    };
  }
};

// src/io/files/stat-cache-file.ts
var FORMAT = "lepton-stat-cache";
var KIND = "stat-cache";
var MAX_BYTES = 512 << 20;
var VERSION = 6;
var RACY_MARGIN_MS = 2e3;
var BLOB_BYTES = /* @__PURE__ */ new Set([20, 32]);
var W = 6;
var DIGEST_BYTES = 32;
var NO_DIGEST = "0".repeat(DIGEST_BYTES * 2);
var HASH = /^sha256:[0-9a-f]{64}$/;
function statKey(st) {
  return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, dev: st.dev };
}
__name(statKey, "statKey");
function sameKey(a, b) {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;
}
__name(sameKey, "sameKey");
var EMPTY = {
  count: 0,
  dvc: {},
  blobWidth: 40,
  index: null,
  memo: null,
  columns: /* @__PURE__ */ __name(() => ({ paths: [], stat: new Float64Array(0), digests: "", blobs: "" }), "columns")
};
function keyAt(cols, i) {
  const o = cols.stat;
  return {
    size: o[i * W],
    mtimeMs: o[i * W + 1],
    ctimeMs: o[i * W + 2],
    ino: o[i * W + 3],
    dev: o[i * W + 4]
  };
}
__name(keyAt, "keyAt");
function recordAt(saved, cols, i) {
  const size = cols.stat[i * W + 5];
  if (size === -1) {
    const outs = Object.prototype.hasOwnProperty.call(saved.dvc, i) ? saved.dvc[i] : void 0;
    return Array.isArray(outs) && outs.length > 0 && outs.every(validOut) ? { kind: "dvc", outs } : null;
  }
  const hex = cols.digests.slice(i * 64, i * 64 + 64);
  return isCount(size) ? { kind: "file", size, sha256: hex } : null;
}
__name(recordAt, "recordAt");
function encodeCacheFile({
  startedMs,
  index,
  memo,
  entries
}) {
  const width = entries.find((e) => e.blob)?.blob?.length ?? 40;
  const count = entries.length;
  const noBlob = "0".repeat(width);
  const paths = new Array(count);
  const stat2 = new Float64Array(count * W);
  const digests = new Array(count);
  const blobs = new Array(count);
  const dvc = {};
  for (let i = 0; i < count; i++) {
    const { record: record2, key, blob, path } = entries[i];
    const o = i * W;
    stat2[o] = key.size;
    stat2[o + 1] = key.mtimeMs;
    stat2[o + 2] = key.ctimeMs;
    stat2[o + 3] = key.ino;
    stat2[o + 4] = key.dev;
    if (record2.kind === "file") {
      stat2[o + 5] = record2.size;
      digests[i] = record2.sha256;
    } else {
      stat2[o + 5] = -1;
      digests[i] = NO_DIGEST;
      dvc[i] = [...record2.outs];
    }
    blobs[i] = index && blob && blob.length === width ? blob : noBlob;
    paths[i] = path;
  }
  const names = Buffer.from(paths.join("\0"));
  const header = Buffer.from(
    JSON.stringify({
      format: FORMAT,
      version: VERSION,
      encoding: PART_ENCODING,
      startedMs,
      count: entries.length,
      blobBytes: width / 2,
      pathBytes: names.length,
      index: index && [index.size, index.mtimeMs, index.ctimeMs, index.ino, index.dev],
      memo,
      dvc
    })
  );
  const columns = [
    new Uint8Array(stat2.buffer),
    Buffer.from(digests.join(""), "hex"),
    Buffer.from(blobs.join(""), "hex"),
    names
  ];
  return [[header], columns];
}
__name(encodeCacheFile, "encodeCacheFile");
function decodeCacheFile(sealed) {
  const head = sealed?.count === 2 ? sealed.section(0) : null;
  if (!sealed || !head) return null;
  try {
    const doc = JSON.parse(head.toString("utf8"));
    const { count, dvc, startedMs, blobBytes, pathBytes, index, memo } = doc;
    if (doc.format !== FORMAT || doc.version !== VERSION || doc.encoding !== PART_ENCODING || typeof startedMs !== "number" || !Number.isFinite(startedMs) || !isCount(count) || typeof blobBytes !== "number" || !BLOB_BYTES.has(blobBytes) || !isCount(pathBytes) || typeof dvc !== "object" || dvc === null || !(index === null || isKey(index)) || !(memo === null || isMemo(memo)) || !isLittleEndian()) {
      return null;
    }
    const statEnd = count * W * 8;
    const digestsEnd = statEnd + count * DIGEST_BYTES;
    const blobsEnd = digestsEnd + count * blobBytes;
    if (blobsEnd + pathBytes !== sealed.length(1)) return null;
    const empty2 = EMPTY.columns();
    let columns;
    const decode2 = /* @__PURE__ */ __name(() => {
      if (columns) return columns;
      const bytes = sealed.section(1);
      if (bytes === null) return columns = empty2;
      const names = count === 0 ? [] : bytes.toString("utf8", blobsEnd).split("\0");
      if (names.length !== count) return columns = empty2;
      const stat2 = new Float64Array(count * W);
      new Uint8Array(stat2.buffer).set(bytes.subarray(0, statEnd));
      return columns = {
        paths: names,
        stat: stat2,
        digests: bytes.toString("hex", statEnd, digestsEnd),
        blobs: bytes.toString("hex", digestsEnd, blobsEnd)
      };
    }, "decode");
    const [size, mtimeMs, ctimeMs, ino, dev] = index ?? [];
    return {
      saved: {
        count,
        dvc,
        blobWidth: blobBytes * 2,
        index: index === null ? null : { size, mtimeMs, ctimeMs, ino, dev },
        memo,
        columns: decode2
      },
      // Never trust a start later than the file was written (a clock that jumped).
      startedMs: Math.min(startedMs, sealed.mtimeMs)
    };
  } catch {
    return null;
  }
}
__name(decodeCacheFile, "decodeCacheFile");
function isMemo(v) {
  if (typeof v !== "object" || v === null) return false;
  const m = v;
  const parts = /* @__PURE__ */ __name((p) => Array.isArray(p) && p.every(
    (x) => typeof x === "object" && x !== null && typeof x.name === "string" && typeof x.hash === "string" && HASH.test(x.hash) && isCount(x.files)
  ), "parts");
  const others = Array.isArray(m.others) && m.others.every(
    (o) => Array.isArray(o) && o.length === 6 && typeof o[0] === "string" && o.slice(1).every((n) => typeof n === "number" && Number.isFinite(n))
  );
  return typeof m.key === "string" && isCount(m.files) && parts(m.components) && parts(m.data) && others;
}
__name(isMemo, "isMemo");
function isKey(v) {
  return Array.isArray(v) && v.length === 5 && v.every((n) => typeof n === "number" && Number.isFinite(n));
}
__name(isKey, "isKey");
function isLittleEndian() {
  return new Uint8Array(new Float64Array([1]).buffer)[7] === 63;
}
__name(isLittleEndian, "isLittleEndian");
function validOut(o) {
  if (typeof o !== "object" || o === null) return false;
  const x = o;
  return Object.keys(x).length === 5 && typeof x.path === "string" && typeof x.md5 === "string" && (x.hashName === null || typeof x.hashName === "string") && (x.size === null || isCount(x.size)) && (x.nfiles === null || isCount(x.nfiles));
}
__name(validOut, "validOut");
function isCount(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}
__name(isCount, "isCount");

// src/io/files/hash.ts
var NO_THROW = { throwIfNoEntry: false };
function folderPrefix(dir) {
  return dir.endsWith(sep) ? dir : dir + sep;
}
__name(folderPrefix, "folderPrefix");
function statTargets(rels, modelDir, root) {
  const targets = [];
  const problems = [];
  let rootReal;
  const base = folderPrefix(modelDir);
  for (const rel of rels) {
    const abs = base + rel;
    const escaped = hasEscapedBytes(rel);
    let st;
    try {
      st = lstatSync(escaped ? nameBytes(abs) : abs, NO_THROW);
    } catch (e) {
      problems.push(`${rel}: cannot read it (${errno(e)})`);
      continue;
    }
    if (st === void 0) continue;
    let path = abs;
    if (st.isSymbolicLink()) {
      rootReal ??= realpathSync(root);
      let real;
      try {
        real = escaped ? decodeName(realpathSync(nameBytes(abs), { encoding: "buffer" })) : realpathSync(abs);
      } catch (e) {
        problems.push(`${rel}: symlink to nothing (${errno(e)})`);
        continue;
      }
      if (real !== rootReal && !real.startsWith(rootReal + sep)) {
        problems.push(`${rel}: symlink leaves the repository (\u2192 ${real})`);
        continue;
      }
      path = real;
      st = statSync(fsPath(real));
    }
    if (!st.isFile()) {
      problems.push(
        `${rel}: ${st.isDirectory() ? "is a folder (a submodule or a symlink to a folder); name its files instead" : "not a regular file"}`
      );
      continue;
    }
    targets.push({
      rel,
      abs: path,
      key: statKey(st)
    });
  }
  if (problems.length) {
    throw new LeptonError(
      "invalid",
      problems.length === 1 ? problems[0] : `${problems.length} files cannot be used`,
      problems.length === 1 ? [] : problems
    );
  }
  return targets;
}
__name(statTargets, "statTargets");
async function hashTargets(targets, cache, records, vouched, onProgress) {
  const known = vouched instanceof Map ? vouched : NONE;
  const here = [];
  const shared = [];
  let todoBytes = 0;
  for (const t of targets) {
    const escaped = hasEscapedBytes(t.rel);
    const hit = escaped ? void 0 : cache.lookup(t.rel, t.key, known.get(t.rel));
    if (hit) {
      records.set(t.rel, hit);
      continue;
    }
    todoBytes += t.key.size;
    if (escaped || hasEscapedBytes(t.abs) || isDvcFile(t.rel)) here.push(t);
    else shared.push(t);
  }
  const meter = new ProgressMeter(here.length + shared.length, todoBytes, onProgress);
  const problems = [];
  const laterT = [];
  const laterR = [];
  const keep = /* @__PURE__ */ __name((t, record2, bytesRead) => {
    records.set(t.rel, record2);
    if (bytesRead !== t.key.size || hasEscapedBytes(t.rel)) return;
    if (vouched instanceof Map) cache.remember(t.rel, t.key, record2, vouched.get(t.rel));
    else {
      laterT.push(t);
      laterR.push(record2);
    }
  }, "keep");
  const onBytes = /* @__PURE__ */ __name((n) => meter.add(0, n), "onBytes");
  const read = /* @__PURE__ */ __name((t) => {
    const r = readHere(t, onBytes);
    if (typeof r === "string") problems.push(`${t.rel}: ${r}`);
    else keep(t, r.record, r.bytesRead);
    meter.add(1, 0);
  }, "read");
  const helpers = helpersFor(shared);
  if (helpers === 0) {
    for (const t of here) read(t);
    for (const t of shared) read(t);
    return settle();
  }
  const team = new HashTeam(
    shared.map((t) => ({ path: t.abs, size: t.key.size })),
    helpers
  );
  for (const t of here) read(t);
  let seen = 0;
  for (let batch; (batch = team.claim()) !== null; ) {
    for (let k = batch[0]; k < batch[1]; k++) read(shared[team.order[k]]);
    const by = team.helpersBytes();
    meter.add(0, by - seen);
    seen = by;
  }
  await team.finish();
  meter.add(0, team.helpersBytes() - seen);
  for (let k = 0; k < shared.length; k++) {
    const outcome = team.outcome(k);
    if (outcome === Outcome.Mine) continue;
    const t = shared[team.order[k]];
    if (outcome === Outcome.Hashed) {
      const n = team.length(k);
      keep(t, { kind: "file", size: n, sha256: team.hex(k) }, n);
      meter.add(1, 0);
    } else read(t);
  }
  return settle();
  async function settle() {
    meter.finish();
    if (problems.length) {
      problems.sort();
      throw new LeptonError(
        "invalid",
        problems.length === 1 ? problems[0] : `${problems.length} files cannot be read`,
        problems.length === 1 ? [] : problems
      );
    }
    if (vouched instanceof Map) return;
    const blobs = await vouched;
    laterT.forEach(
      (t, i) => cache.remember(t.rel, t.key, laterR[i], blobs.get(t.rel))
    );
  }
  __name(settle, "settle");
}
__name(hashTargets, "hashTargets");
var NONE = /* @__PURE__ */ new Map();
function helpersFor(jobs) {
  const cores = availableParallelism();
  if (cores < 2) return 0;
  let bytes = 0;
  for (const t of jobs) bytes += t.key.size;
  return bytes < HELPERS_FROM_BYTES ? 0 : cores - 1;
}
__name(helpersFor, "helpersFor");
var HELPERS_FROM_BYTES = 64 << 20;
function readHere(t, onBytes) {
  if (t.key.size < LFS_POINTER_MAX_SIZE || isDvcFile(t.rel)) {
    const n = readWhole(t.abs, t.key.size);
    if (typeof n === "string") return `cannot read it (${n})`;
    onBytes(n);
    const r2 = classify(t.rel, scratch.subarray(0, n));
    return typeof r2 === "string" ? r2 : { record: r2, bytesRead: n };
  }
  const r = hashHere(t.abs, t.key.size, onBytes);
  if (typeof r === "string") return `cannot read it (${r})`;
  return { record: { kind: "file", size: r.size, sha256: r.hex }, bytesRead: r.size };
}
__name(readHere, "readHere");
function classify(rel, bytes) {
  if (isDvcFile(rel)) {
    const dvc = parseDvcFile(bytes.toString("utf8"));
    return dvc.ok ? { kind: "dvc", outs: dvc.outs } : `not a DVC file: ${dvc.reason}`;
  }
  if (bytes[0] === 118 && mayBeLfsPointer(bytes.length, bytes.toString("latin1", 0, 8))) {
    const pointer = parseLfsPointer(bytes.toString("utf8"));
    if (pointer) return { kind: "file", size: pointer.size, sha256: pointer.oid };
  }
  return { kind: "file", size: bytes.length, sha256: sha256Hex(bytes) };
}
__name(classify, "classify");
var sha256Hex = typeof crypto.hash === "function" ? (bytes) => crypto.hash("sha256", bytes, "hex") : (bytes) => crypto.createHash("sha256").update(bytes).digest("hex");
var CHUNK = 1 << 20;
var scratch;
function scratchOf(bytes) {
  if (scratch === void 0 || scratch.length < bytes) {
    scratch = Buffer.allocUnsafe(Math.max(bytes, 64 << 10));
  }
  return scratch;
}
__name(scratchOf, "scratchOf");
function readWhole(path, size) {
  let fd;
  try {
    fd = openSync(fsPath(path), "r");
    let buf = scratchOf(size + 1);
    let n = 0;
    for (; ; ) {
      if (n === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, n);
        buf = scratch = bigger;
      }
      const want = buf.length - n;
      const got = readSync(fd, buf, n, want, null);
      n += got;
      if (got === 0 || got < want && n === size) return n;
    }
  } catch (e) {
    return errno(e);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
__name(readWhole, "readWhole");
function hashHere(path, size, onBytes) {
  if (size < CHUNK) {
    const n = readWhole(path, size);
    if (typeof n === "string") return n;
    onBytes(n);
    return { size: n, hex: sha256Hex(scratch.subarray(0, n)) };
  }
  const buffer = scratchOf(CHUNK);
  let fd;
  try {
    fd = openSync(fsPath(path), "r");
    const h = crypto.createHash("sha256");
    let total = 0;
    let n;
    while ((n = readSync(fd, buffer, 0, CHUNK, null)) > 0) {
      h.update(n === buffer.length ? buffer : buffer.subarray(0, n));
      total += n;
      onBytes(n);
    }
    return { size: total, hex: h.digest("hex") };
  } catch (e) {
    return errno(e);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
__name(hashHere, "hashHere");
function errno(e) {
  const code = e.code;
  return code ? describe(code) : String(e.message ?? e);
}
__name(errno, "errno");
var ERRNO_TEXT = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "no such file",
  EISDIR: "is a folder",
  ELOOP: "too many levels of symlinks",
  EIO: "input/output error"
};
function describe(code) {
  const text = ERRNO_TEXT[code];
  return text ? `${code}: ${text}` : code;
}
__name(describe, "describe");

// src/io/files/memo.ts
import { createHash as createHash2 } from "node:crypto";
import { lstatSync as lstatSync2 } from "node:fs";
function memoKey(parts, lsFiles) {
  const declared = parts.map((p) => [p.kind, p.name, p.paths, ...p.optional ? [p.optional] : []]);
  return createHash2("sha256").update(JSON.stringify(declared)).update("\0").update(untrackedRecords(lsFiles)).digest("hex");
}
__name(memoKey, "memoKey");
function untrackedRecords(out) {
  let i = 0;
  while (out.startsWith("? ", i)) {
    const end = out.indexOf("\0", i);
    if (end < 0) return out;
    i = end + 1;
  }
  return out.slice(0, i);
}
__name(untrackedRecords, "untrackedRecords");
function memoHolds(memo, parts, modified, modelDir) {
  const known = new Set(memo.others.map((o) => o[0]));
  const names = [...modified].filter((f) => f !== "" && !known.has(f));
  if (names.length > 0) {
    const touched = parts.some(
      (part) => [...part.paths, ...part.optional ?? []].filter((p) => !isExclusion(p)).some((p) => names.some(pathMatcher(p)))
    );
    if (touched) return false;
  }
  const base = folderPrefix(modelDir);
  return memo.others.every(([rel, size, mtimeMs, ctimeMs, ino, dev]) => {
    try {
      const st = lstatSync2(base + rel, { throwIfNoEntry: false });
      return st !== void 0 && st.isFile() && sameKey(statKey(st), { size, mtimeMs, ctimeMs, ino, dev });
    } catch {
      return false;
    }
  });
}
__name(memoHolds, "memoHolds");

// src/io/files/stat-cache.ts
import { createHash as createHash3 } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
var MEMO_OTHERS_MAX = 1e3;
var StatCache = class _StatCache {
  constructor(file, old, trustedBefore, startedMs) {
    this.file = file;
    this.old = old;
    this.trustedBefore = trustedBefore;
    this.startedMs = startedMs;
    this.noBlob = "0".repeat(old.blobWidth);
  }
  file;
  old;
  trustedBefore;
  startedMs;
  static {
    __name(this, "StatCache");
  }
  /** Where the next lookup is expected in the old entries (saved in path order). */
  cursor = 0;
  /** This run's entries in lookup order. */
  entries = [];
  /** The old entries, decoded when first asked for. */
  cols;
  noBlob;
  /** The parts' hashes to keep for the next run, if every selected file was vouched for. */
  memo = null;
  /** Entries of this run's misses, to be filled by remember. */
  missed = /* @__PURE__ */ new Map();
  changed = false;
  /** The index file's stat data in this run when git read that one file throughout and it is settled. */
  index = null;
  indexTrusted = false;
  /** This run's hits and misses (the tests and the bench read them). */
  hits = 0;
  misses = 0;
  /** Hits served on git's word, without an lstat. */
  vouched = 0;
  /** Reads the cache of the model known as `modelKey` (a stable id of its folder); never throws. */
  static open(dir, modelKey, startedMs) {
    if (dir === null) return new _StatCache(null, EMPTY, -Infinity, startedMs);
    const name = createHash3("sha256").update(modelKey).digest("hex").slice(0, 16);
    const file = join(dir, `files-${name}.bin`);
    const loaded = decodeCacheFile(readSealedFile(file, KIND, MAX_BYTES));
    const cache = new _StatCache(
      file,
      loaded?.saved ?? EMPTY,
      loaded ? loaded.startedMs - RACY_MARGIN_MS : -Infinity,
      startedMs
    );
    if (loaded && loaded.saved.memo === null) cache.columns();
    return cache;
  }
  /** Nothing was remembered (no cache file, or an empty one): every file must be read. */
  get cold() {
    return this.old.count === 0 && this.old.memo === null;
  }
  /**
   * The stat data of git's index file in this run (null when unknown or when it changed while
   * git was reading it). Entries with blob ids count only if the cache was written under it.
   */
  useIndex(index) {
    const saved = this.old.index;
    this.indexTrusted = index !== null && saved !== null && sameKey(index, saved);
    this.index = index && this.settled(index) ? index : null;
    if (this.index === null ? saved !== null : saved === null || !sameKey(this.index, saved)) {
      this.changed = true;
    }
  }
  /**
   * The parts' hashes a run under this same index saved with `key` (call after useIndex); the
   * caller checks the files it names in `others` (memo.ts).
   */
  memoFor(key) {
    const memo = this.old.memo;
    return this.indexTrusted && memo !== null && memo.key === key ? memo : null;
  }
  /**
   * Keeps `memo` for the next run if every one of this run's entries has a record, and either
   * a blob id or, when `plainFiles` (every file looked at is a regular file, none gone),
   * settled stat data to be checked next time.
   */
  keepMemo(memo, plainFiles) {
    if (this.index === null || memo.files !== this.entries.length) return;
    const others = [];
    for (const e of this.entries) {
      if (e.record === null) return;
      if (e.blob !== null) continue;
      if (!plainFiles || others.length >= MEMO_OTHERS_MAX) return;
      const k = e.key ?? this.keyAt(e.old);
      if (!this.settled(k)) return;
      others.push([e.path, k.size, k.mtimeMs, k.ctimeMs, k.ino, k.dev]);
    }
    this.memo = { ...memo, others };
  }
  /**
   * The remembered record of a file git vouches for (unchanged against the index, which holds
   * `blob` for it), without looking at the file: only under the index the entry was saved
   * with, and with the same blob id. Undefined otherwise (then look it up by its stat data).
   */
  lookupVouched(path, blob) {
    if (!this.indexTrusted) return void 0;
    const i = this.find(path);
    if (i === void 0 || !this.hasBlob(i, blob)) return void 0;
    const record2 = this.recordAt(i);
    if (!record2) return void 0;
    this.entries.push({ path, old: i, key: null, record: record2, blob });
    this.hits++;
    this.vouched++;
    return record2;
  }
  /**
   * The remembered record of `path` when its stat data is unchanged and old enough to trust.
   * `blob`: the index's blob id when git vouches for the file in this run (kept with a hit on
   * a settled file so the next run may skip the lstat).
   */
  lookup(path, k, blob) {
    const i = this.old.count === 0 ? void 0 : this.find(path);
    const stat2 = this.columns().stat;
    if (i !== void 0 && k.mtimeMs < this.trustedBefore && k.ctimeMs < this.trustedBefore && stat2[i * W] === k.size && stat2[i * W + 1] === k.mtimeMs && stat2[i * W + 2] === k.ctimeMs && stat2[i * W + 3] === k.ino && stat2[i * W + 4] === k.dev) {
      const record2 = this.recordAt(i);
      if (record2) {
        const keep = this.vouchable(k, blob);
        if (keep !== this.blobAt(i)) this.changed = true;
        this.entries.push({ path, old: i, key: null, record: record2, blob: keep });
        this.hits++;
        return record2;
      }
    }
    const miss = { path, old: null, key: null, record: null, blob: null };
    this.entries.push(miss);
    this.missed.set(path, miss);
    this.misses++;
    return void 0;
  }
  /** A record read in this run; `blob` as for lookup. */
  remember(path, key, record2, blob) {
    const keep = this.vouchable(key, blob);
    const e = this.missed.get(path);
    if (e) {
      e.key = key;
      e.record = record2;
      e.blob = keep;
    } else this.entries.push({ path, old: null, key, record: record2, blob: keep });
    this.changed = true;
  }
  /**
   * Writes this run's entries, sorted by path, when they differ from what was read; a failure
   * only costs speed.
   */
  save() {
    if (this.file === null) return;
    const memoSame = JSON.stringify(this.memo) === JSON.stringify(this.old.memo);
    if (!this.changed && memoSame && this.hits === this.old.count) return;
    const kept = this.entries.filter((e) => e.record !== null);
    if (!isSorted(kept)) kept.sort((a, b) => compareUtf8(a.path, b.path));
    writeCacheFile(this.file, {
      startedMs: this.startedMs,
      index: this.index,
      memo: this.memo,
      entries: kept.map((e) => ({
        path: e.path,
        key: e.key ?? this.keyAt(e.old),
        record: e.record,
        blob: e.blob
      }))
    });
  }
  /** Old enough that a change after this run started would show in its stat data. */
  settled(k) {
    const before = this.startedMs - RACY_MARGIN_MS;
    return k.mtimeMs < before && k.ctimeMs < before;
  }
  /** The blob id to keep with an entry: only for a settled file git vouched for under a settled index. */
  vouchable(k, blob) {
    return blob !== void 0 && this.index !== null && this.settled(k) ? blob : null;
  }
  /**
   * The old entry of `path`. Files are looked up in path order, the order the entries were
   * saved in, so the entry is nearly always the one after the last; else a binary search
   * finds it (in a file edited out of order, an entry may be missed: that costs only speed).
   */
  find(path) {
    const paths = this.columns().paths;
    if (paths[this.cursor] === path) return this.cursor++;
    let lo = 0;
    let hi = paths.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (compareUtf8(paths[mid], path) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (paths[lo] !== path) return void 0;
    this.cursor = lo + 1;
    return lo;
  }
  columns() {
    return this.cols ??= this.old.columns();
  }
  keyAt(i) {
    return keyAt(this.columns(), i);
  }
  /** Whether entry i was kept with `blob` (compared in place: no string per file). */
  hasBlob(i, blob) {
    const w = this.old.blobWidth;
    return blob.length === w && this.columns().blobs.startsWith(blob, i * w);
  }
  blobAt(i) {
    const w = this.old.blobWidth;
    const blob = this.columns().blobs.slice(i * w, i * w + w);
    return blob === this.noBlob ? null : blob;
  }
  /** Entry i's record, checked for shape; null for anything malformed. */
  recordAt(i) {
    return recordAt(this.old, this.columns(), i);
  }
};
function isSorted(entries) {
  for (let i = 1; i < entries.length; i++) {
    if (compareUtf8(entries[i - 1].path, entries[i].path) >= 0) return false;
  }
  return true;
}
__name(isSorted, "isSorted");
function writeCacheFile(file, contents) {
  if (!writeSealedFileSync(file, KIND, encodeCacheFile(contents), MAX_BYTES)) return;
  try {
    rmSync(file.replace(/\.bin$/, ".json"), { force: true });
  } catch {
  }
}
__name(writeCacheFile, "writeCacheFile");

// src/io/files/vouch.ts
import { statSync as statSync2 } from "node:fs";
import { dirname, isAbsolute, join as join2 } from "node:path";
function indexFileOf(cacheDir, env) {
  const custom = env.GIT_INDEX_FILE;
  if (custom !== void 0 && custom !== "") return isAbsolute(custom) ? custom : null;
  return join2(dirname(cacheDir), "index");
}
__name(indexFileOf, "indexFileOf");
function indexKey(file) {
  try {
    const st = statSync2(file, { throwIfNoEntry: false });
    return st ? statKey(st) : null;
  } catch {
    return null;
  }
}
__name(indexKey, "indexKey");
function sameIndex(before, after) {
  return before && after && sameKey(before, after) ? before : null;
}
__name(sameIndex, "sameIndex");
function vouchedFiles(blobs, modified) {
  for (const name of modified) blobs.delete(name);
  return blobs;
}
__name(vouchedFiles, "vouchedFiles");

// src/io/files/index.ts
async function fingerprintModel(manifest, options) {
  return (await fingerprintWithStats(manifest, options)).fingerprint;
}
__name(fingerprintModel, "fingerprintModel");
async function fingerprintWithStats(manifest, options) {
  const scope = scopeOf(manifest, options);
  const git = scope.git;
  const listing = git ? listGitIndex(git) : null;
  listing?.catch(() => void 0);
  const cacheDir = await options.cacheDir;
  const indexFile = git && cacheDir ? indexFileOf(cacheDir, options.env ?? processEnv()) : null;
  const indexBefore = indexFile ? indexKey(indexFile) : null;
  const startedMs = Date.now();
  const modified = git && indexBefore ? listModifiedFiles(git) : null;
  modified?.catch(() => void 0);
  const modelKey = options.repoRoot ? relative2(options.repoRoot, options.modelDir) || "." : options.modelDir;
  const cache = StatCache.open(cacheDir, modelKey, startedMs);
  const raw = listing ? await listing : null;
  let vouched = /* @__PURE__ */ new Map();
  let vouchedLater = null;
  let changed = null;
  const key = raw === null ? "" : memoKey(scope.parts, raw);
  const gitWord = /* @__PURE__ */ __name(async () => {
    const differ = await modified;
    const index = sameIndex(indexBefore, indexKey(indexFile));
    cache.useIndex(index);
    return index && differ ? scope.prefix ? rebaseSet(differ, scope.prefix) : differ : null;
  }, "gitWord");
  const later = raw !== null && modified !== null && indexFile !== null && cache.cold;
  if (raw !== null && modified && indexFile && !later) {
    changed = await gitWord();
    const memo = changed && cache.memoFor(key);
    if (memo && changed && memoHolds(memo, scope.parts, changed, options.modelDir)) {
      const { components: components2, data: data2 } = memo;
      const evalFiles2 = memo.evalFiles ?? null;
      return {
        fingerprint: {
          fingerprint: modelFingerprint(components2, data2),
          components: components2,
          data: data2,
          ...evalFiles2 && { evalFiles: evalFiles2 }
        },
        stats: { cached: memo.files, vouched: memo.files - memo.others.length, hashed: 0 }
      };
    }
  }
  const listed = raw === null ? null : rebaseListing(parseLsFiles(raw), scope.prefix);
  const files = listed ? listed.files : walkFiles(options.modelDir);
  if (listed && changed) vouched = vouchedFiles(listed.blobs, changed);
  if (listed && later) {
    vouchedLater = gitWord().then((c) => c ? vouchedFiles(listed.blobs, c) : /* @__PURE__ */ new Map());
    vouchedLater.catch(() => void 0);
  }
  const records = /* @__PURE__ */ new Map();
  const served = /* @__PURE__ */ __name((rel) => {
    const blob = vouched.get(rel);
    const record2 = blob === void 0 ? void 0 : cache.lookupVouched(rel, blob);
    if (record2) records.set(rel, record2);
    return record2 !== void 0;
  }, "served");
  const { parts, targets, dropped } = await select(
    scope,
    options,
    files,
    vouched.size ? served : null
  );
  await hashTargets(targets, cache, records, vouchedLater ?? vouched, options.onProgress);
  const hashOf = /* @__PURE__ */ __name((p) => ({
    name: p.name,
    hash: partHash(p.files.map((path) => ({ path, record: records.get(path) }))),
    files: p.files.length
  }), "hashOf");
  const components = parts.filter((p) => p.kind === "component").map(hashOf);
  const data = parts.filter((p) => p.kind === "data").map(hashOf);
  const found = parts.find((p) => p.kind === "eval");
  const ofModel = found && found.files.length ? new Set(parts.filter((p) => p.kind !== "eval").flatMap((p) => p.files)) : null;
  const evalPart = found && { ...found, files: found.files.filter((f) => !ofModel?.has(f)) };
  const evalFiles = evalPart && evalPart.files.length ? hashOf(evalPart) : null;
  if (raw !== null) {
    const base = folderPrefix(options.modelDir);
    const plain = !dropped && targets.every((t) => t.abs === base + t.rel);
    const memo = {
      key,
      files: records.size,
      components,
      data,
      evalFiles
    };
    cache.keepMemo(memo, plain);
  }
  cache.save();
  return {
    fingerprint: {
      fingerprint: modelFingerprint(components, data),
      components,
      data,
      ...evalFiles && { evalFiles }
    },
    stats: { cached: cache.hits, vouched: cache.vouched, hashed: cache.misses }
  };
}
__name(fingerprintWithStats, "fingerprintWithStats");
function scopeOf(manifest, options) {
  const depth = options.repoRoot ? depthBelow(options.repoRoot, options.modelDir) : null;
  const issues = pathsLeavingRepo(manifest, depth);
  if (issues.length) {
    const lines = issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new LeptonError(
      "invalid",
      lines.length === 1 ? lines[0] : `${lines.length} paths leave the repository`,
      lines.length === 1 ? [] : lines
    );
  }
  const parts = selectionParts(manifest).map(
    (p) => p.optional ? { ...p, optional: p.optional.filter((w) => climbOf(w) <= (depth ?? 0)) } : p
  );
  let climb = 0;
  for (const p of parts)
    for (const q of [...p.paths, ...p.optional ?? []]) climb = Math.max(climb, climbOf(q));
  if (!options.repoRoot) return { parts, git: null, prefix: "" };
  const env = options.env ?? processEnv();
  if (climb === 0) return { parts, git: new Git(options.modelDir, env), prefix: "" };
  const base = resolve2(options.modelDir, ...Array(climb).fill(".."));
  return {
    parts,
    git: new Git(base, env),
    prefix: relative2(base, options.modelDir).split(sep2).join("/")
  };
}
__name(scopeOf, "scopeOf");
function depthBelow(root, dir) {
  const rel = relative2(root, dir);
  return rel === "" ? 0 : rel.split(sep2).length;
}
__name(depthBelow, "depthBelow");
function rebaseListing(listing, prefix) {
  if (prefix === "") return listing;
  const files = listing.files.map((f) => rebaseName(f, prefix)).sort(compareUtf8);
  const blobs = /* @__PURE__ */ new Map();
  for (const [name, blob] of listing.blobs) blobs.set(rebaseName(name, prefix), blob);
  return { files, blobs };
}
__name(rebaseListing, "rebaseListing");
function rebaseSet(names, prefix) {
  return new Set([...names].map((n) => n === "" ? n : rebaseName(n, prefix)));
}
__name(rebaseSet, "rebaseSet");
async function select(scope, options, files, served) {
  let listed = files;
  const sorted = options.repoRoot !== null;
  let { parts, unmatched } = matchParts(scope.parts, listed, sorted);
  const wanted = unionOf(parts.map((p) => p.files));
  const rest = served ? wanted.filter((rel) => !served(rel)) : wanted;
  const targets = statTargets(rest, options.modelDir, options.repoRoot ?? options.modelDir);
  if (targets.length !== rest.length) {
    const present = new Set(targets.map((t) => t.rel));
    const missing = new Set(rest.filter((f) => !present.has(f)));
    listed = listed.filter((f) => !missing.has(f));
    ({ parts, unmatched } = matchParts(scope.parts, listed, sorted));
  }
  if (unmatched.length) {
    const ignored = scope.git ? await listIgnoredFiles(scope.git) : [];
    const rebased = scope.prefix ? ignored.map((n) => rebaseName(n, scope.prefix)) : ignored;
    throw unmatchedError(unmatched, rebased, listed);
  }
  return { parts, targets, dropped: targets.length !== rest.length };
}
__name(select, "select");
function unionOf(lists) {
  const some = lists.filter((l) => l.length > 0);
  if (some.length === 0) return [];
  let out = some[0];
  for (let k = 1; k < some.length; k++) {
    const a = out;
    const b = some[k];
    const merged = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const x = a[i];
      const y = b[j];
      if (x === y) {
        merged.push(x);
        i++;
        j++;
      } else if (compareUtf8(x, y) < 0) {
        merged.push(x);
        i++;
      } else {
        merged.push(y);
        j++;
      }
    }
    while (i < a.length) merged.push(a[i++]);
    while (j < b.length) merged.push(b[j++]);
    out = merged;
  }
  return out;
}
__name(unionOf, "unionOf");

// src/app/status.ts
async function fingerprintProject(ctx, onProgress) {
  const cacheDir = ctx.repoRoot ? ctx.git.gitDir().then((d) => d ? join3(d, "lepton") : null) : null;
  return fingerprintModel(ctx.manifest, {
    modelDir: ctx.modelDir,
    repoRoot: ctx.repoRoot,
    cacheDir,
    env: ctx.env,
    ...onProgress && { onProgress }
  });
}
__name(fingerprintProject, "fingerprintProject");

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
      cwd: resolve3(ctx.modelDir, spec.workdir),
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
    fingerprintProject(ctx),
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
    trend
  };
}
__name(evaluate, "evaluate");

// src/core/registry/bump.ts
var import_semver = __toESM(require_semver(), 1);
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
  const base = import_semver.default.parse(latest);
  if (!base) throw new LeptonError("invalid", `not a semantic version: ${latest}`);
  return import_semver.default.inc(`${base.major}.${base.minor}.${base.patch}`, bump);
}
__name(nextVersion, "nextVersion");
function checkOverride(version, latest) {
  const v = import_semver.default.valid(version.replace(/^v/, ""));
  if (!v || import_semver.default.prerelease(v) || import_semver.default.parse(v)?.build.length) {
    throw new LeptonError("invalid", `--version ${version}: expected X.Y.Z (for example 1.4.0)`);
  }
  if (latest !== null && !import_semver.default.gt(v, latest)) {
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
  const what = onHead.summary ? "recorded for other content" : "made without a Lepton record";
  return new LeptonError(
    "invalid",
    `${head.slice(0, 12)} already carries ${onHead.tag} (${what}); a commit holds one version of a model`,
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
import { relative as relative3, sep as sep3 } from "node:path";
async function refuseDirtyTree(ctx) {
  const root = ctx.repoRoot;
  const toRepo = /* @__PURE__ */ __name((abs) => relative3(root, abs).split(sep3).join("/"), "toRepo");
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
  const commandFiles = new Set(evalFilesPart(ctx.manifest)?.optional ?? []);
  const dirty = [];
  for (const path of await pathsDifferingFromHead(ctx.git)) {
    if (path === manifest) {
      dirty.push(`${path} (the manifest: its thresholds decide whether the version passed)`);
      continue;
    }
    const inModel = rebaseName(path, prefix);
    if (commandFiles.has(inModel)) {
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
async function refuseBeforeEval(ctx, registry, head, override) {
  if (override !== void 0) checkVersionOverride(registry, override);
  const onHead = versionOnCommit(registry, head);
  if (!onHead) return;
  if (onHead.summary) {
    const fp = await fingerprintProject(ctx);
    if (await findTrustedByFingerprint(ctx, registry, fp.fingerprint)) return;
  }
  throw oneVersionPerCommit(head, onHead);
}
__name(refuseBeforeEval, "refuseBeforeEval");

// src/app/record.ts
async function record(ctx, options = {}) {
  if (!ctx.repoRoot) {
    throw new LeptonError("invalid", "record needs a git repository: versions are git tags");
  }
  const model = ctx.manifest.model;
  const remote = options.remote ?? "origin";
  const budgetMs = options.push ? options.budgetMs ?? ctx.settings.pushBudgetMs : 0;
  const asked = [
    headCommit(ctx.git),
    refuseDirtyTree(ctx),
    resolveIdentity(ctx.git, ctx.settings)
  ];
  for (const p of asked) p.catch(() => void 0);
  const head = await asked[0];
  await asked[1];
  const identity = await asked[2];
  if (options.fetchHistory) {
    const history = await ensureHistory(ctx, remote);
    if (history.state === "missing" && !options.noBaseline) {
      throw new LeptonError(
        "invalid",
        `not recording: ${history.why}, so the baseline and the latest version may be missing`,
        [
          `fetch the tags (git fetch --unshallow ${remote} 'refs/tags/*:refs/tags/*'), or pass --no-baseline to record against the local tags only`
        ]
      );
    }
  }
  if (options.push && !options.tagsFetched) await fetchForDecision(ctx, remote);
  const before = await readRegistry(ctx.git, model);
  await refuseBeforeEval(ctx, before, head, options.version);
  const outcome = await evaluate(ctx, {
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
  if (plan.kind !== "none") await tagStoredVersion(ctx, plan.record, options.store);
  if (plan.kind !== "none") await keepSamplesRef(ctx, plan.record);
  const base = { outcome, pushed, attempts, commit: head };
  if (plan.kind === "none") {
    return { ...base, version: null, tag: null, created: false, record: null, note: plan.note };
  }
  const { version, tag, record: rec } = plan;
  return { ...base, version, tag, created: plan.kind === "create", record: rec, note: null };
}
__name(record, "record");
async function fetchForDecision(ctx, remote) {
  try {
    await fetchModelTags(ctx.git, remote, ctx.manifest.model);
  } catch (e) {
    ctx.log.warn(
      `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`
    );
  }
}
__name(fetchForDecision, "fetchForDecision");

// src/core/format/wording.ts
function pushWording(pushed, remote) {
  if (pushed === null) return null;
  return pushed ? `pushed to ${remote}` : `${remote} has it already`;
}
__name(pushWording, "pushWording");
function pushSuffix(pushed, remote, style = " (") {
  const words = pushWording(pushed, remote);
  if (words === null) return "";
  return style === " (" ? ` (${words})` : `; ${words}`;
}
__name(pushSuffix, "pushSuffix");

// src/core/report/promote.ts
function promoteMarkdown(r) {
  const v = `v${r.version}`;
  const stage = codeSpan(r.stage);
  const head = r.promoted ? `\u2705 Promoted ${v} to ${stage}` : r.already ? `\u2705 ${v} is already in ${stage}: nothing to do` : `\u274C Refused: ${v} was not promoted to ${stage} (no tag made)`;
  const lines = [`### Lepton \xB7 ${codeSpan(r.model)}: ${head}`, ""];
  if (r.tag) lines.push(`Stage tag: ${codeSpan(r.tag)}`, "");
  for (const reason of r.refused) lines.push(`- ${escapeText(reason, 1e3)}`);
  if (r.refused.length) lines.push("");
  if (r.checks.length) {
    const rows = r.checks.map((c) => [
      codeSpan(c.metric, true),
      escapeText(boundText(c)),
      c.actual === null ? "\u2014" : formatNumber(c.actual),
      c.baseline === null ? "\u2014" : formatNumber(c.baseline),
      c.passed ? "pass" : c.level === "warn" ? "warn" : "**fail**",
      c.reason ? escapeText(c.reason) : ""
    ]);
    lines.push(
      ...markdownTable(
        ["metric", "threshold", "recorded", `in ${escapeText(r.stage)} now`, "result", "note"],
        rows,
        ["left", "left", "right", "right", "left", "left"]
      ),
      ""
    );
  }
  return lines.join("\n");
}
__name(promoteMarkdown, "promoteMarkdown");
function promoteGateFailure(r) {
  return r.refused.length ? `promotion of v${r.version} to ${r.stage} refused: ${r.refused.join("; ")}` : null;
}
__name(promoteGateFailure, "promoteGateFailure");

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
import { dirname as dirname2, join as join4 } from "node:path";
async function uploadModelArtifact(req) {
  if (!req.env.ACTIONS_RUNTIME_TOKEN || !req.env.ACTIONS_RESULTS_URL) {
    req.warn(`the Actions artifact service is not available here: ${req.name} is not uploaded`);
    return null;
  }
  const found = await expandArtifacts(req.patterns, req.modelDir, req.repoRoot);
  for (const p of found.unmatched) req.warn(`artifacts: "${p}" matched no file`);
  for (const p of found.outside)
    req.warn(`artifacts: ${p} is skipped: it resolves outside the repository`);
  const stage = await mkdtemp(join4(req.tempDir ?? tmpdir(), "lepton-artifact-"));
  try {
    const files = [join4(stage, "report.md"), join4(stage, "metrics.json")];
    await writeFile(files[0], req.report);
    await writeFile(files[1], JSON.stringify(req.metrics, null, 2) + "\n");
    for (const rel of found.files) {
      const to = join4(stage, "files", rel);
      await mkdir(dirname2(to), { recursive: true });
      await link(join4(req.modelDir, rel), to).catch(() => copyFile(join4(req.modelDir, rel), to));
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
import { resolve as resolve5 } from "node:path";

// src/app/shards.ts
import { mkdir as mkdir2, readFile as readFile3, readdir, rename, stat, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname3, join as join5, relative as relative4, resolve as resolve4 } from "node:path";

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
      ["every shard must write every metric (a shard with no examples writes n: 0)"]
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
    const found = (await readdir(p.path, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && SHARD_FILE.test(e.name)).map((e) => join5(e.parentPath, e.name)).sort();
    if (found.length === 0) {
      throw new LeptonError("eval", `${p.name}: no lepton-shard-I-of-N.json in this folder`);
    }
    for (const f of found) out.push({ path: f, name: join5(p.name, relative4(p.path, f)) });
  }
  return out;
}
__name(shardFiles, "shardFiles");
async function readShards(files) {
  return Promise.all(
    files.map(async ({ path, name }) => {
      let text;
      try {
        text = await readFile3(path, "utf8");
      } catch (e) {
        const code = e.code;
        throw new LeptonError(
          "eval",
          `${name}: ${code === "ENOENT" ? "no such file" : `cannot be read (${code ?? String(e)})`}`
        );
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
  const files = await shardFiles(names.map((name) => ({ path: resolve5(workspace, name), name })));
  s.log.info(`shards: ${files.length} file(s) from ${names.join(", ")}`);
  return { measured: mergedShards(ctx, await readShards(files)) };
}
__name(shardsInput, "shardsInput");

// src/action/modes.ts
var REMOTE = "origin";
async function evalMode(ctx, s, plan) {
  const model = ctx.manifest.model;
  await fetchModelHistory(ctx.git, model, { baseBranch: plan.baseBranch, log: s.log });
  const comment = /* @__PURE__ */ __name(async (report2) => {
    if (plan.pullRequest === null || !s.inputs.comment) return;
    await commentOnPullRequest({
      token: s.inputs.token,
      repository: s.env.GITHUB_REPOSITORY,
      apiUrl: s.env.GITHUB_API_URL,
      ...paceFromEnv(s.env),
      pullRequest: plan.pullRequest,
      commit: plan.headSha,
      model,
      report: report2,
      log: s.log
    });
  }, "comment");
  let outcome;
  try {
    outcome = await evaluate(ctx, {
      ...plan.baseBranch && { baseline: `refs/remotes/${REMOTE}/${plan.baseBranch}` },
      ...await shardsInput(ctx, s)
    });
  } catch (e) {
    await comment(`${reportMarker(model)}
${errorReport(e)}`);
    throw e;
  }
  const report = evalMarkdown(outcome);
  await comment(report);
  if (s.inputs.command === "eval" && plan.pullRequest !== null && plan.headSha !== null) {
    await uploadResult(
      {
        kind: "lepton-result",
        schema: 1,
        model,
        headSha: plan.headSha,
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
    passed: outcome.passed,
    reused: outcome.reused,
    metrics: outcome.metrics,
    report,
    gateFailure: outcome.passed ? null : thresholdsFailed(outcome.checks)
  };
}
__name(evalMode, "evalMode");
async function recordMode(ctx, s) {
  const model = ctx.manifest.model;
  await fetchModelHistory(ctx.git, model, { baseBranch: null, log: s.log });
  const r = await record(ctx, {
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
  });
  const { outcome } = r;
  s.log.info(recordSummaryNote(r, REMOTE));
  return {
    model,
    version: r.version,
    tag: r.tag,
    stageTag: null,
    passed: outcome.passed,
    reused: outcome.reused,
    metrics: outcome.metrics,
    report: recordSummaryMarkdown(r, { remote: REMOTE, model }),
    gateFailure: outcome.passed ? null : thresholdsFailed(outcome.checks)
  };
}
__name(recordMode, "recordMode");
async function promoteMode(ctx, s, plan) {
  const model = ctx.manifest.model;
  await fetchModelHistory(ctx.git, model, { baseBranch: null, log: s.log });
  const p = await promoteAndDeploy(
    ctx,
    {
      ...plan.version !== null && { version: plan.version },
      stage: plan.stage,
      push: s.inputs.push,
      store: storeSettingsFromEnv(s.env, { githubToken: s.inputs.token }),
      remote: REMOTE
    },
    actionDeploySettings(s)
  );
  const refused = p.refused.length > 0;
  const result = {
    model,
    version: p.version,
    tag: versionTag(model, p.version),
    stageTag: p.tag,
    passed: !refused,
    reused: false,
    metrics: p.metrics,
    report: promoteMarkdown(p),
    gateFailure: promoteGateFailure(p)
  };
  return withDeploy(result, p.deploy);
}
__name(promoteMode, "promoteMode");
export {
  deployMode,
  empty,
  evalMode,
  promoteMode,
  recordMode
};
