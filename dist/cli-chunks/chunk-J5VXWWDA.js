import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";

// src/core/shards/index.ts
var COUNT_METRIC = "n";
var shardFileName = (index, count) => `lepton-shard-${index}-of-${count}.json`;
function parseShardArg(text, declared) {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1) || !(index >= 1) || index > count || count > 1e3) {
    throw new LeptonError("invalid", `--shard ${text}: expected I/N with 1 \u2264 I \u2264 N \u2264 1000`, [
      "for example --shard 2/4 (the second of four shards)"
    ]);
  }
  if (declared !== void 0 && count !== declared) {
    throw new LeptonError("invalid", `--shard ${text}: lepton.yml says eval.shards: ${declared}`, [
      `use --shard I/${declared}, or change eval.shards`
    ]);
  }
  return { index, count };
}
var encode = (v) => Number.isFinite(v) ? v : String(v);
var decode = (v) => typeof v === "number" ? v : Number(v);
function shardResult(input) {
  const n = input.read.values[COUNT_METRIC];
  if (n === void 0 || !Number.isInteger(n) || n < 0) {
    throw new LeptonError(
      "eval",
      `shard ${input.index}/${input.count}: the metrics must include "${COUNT_METRIC}", the number of examples the shard evaluated (got ${n === void 0 ? "none" : String(n)})`,
      ["write it beside the other metrics; a mean is weighted by it when the shards are merged"]
    );
  }
  if (n < 1) throw evaluatedNothing(`shard ${input.index}/${input.count}`, n);
  const metrics = {};
  for (const [k, v] of Object.entries(input.read.values)) metrics[k] = encode(v);
  return {
    kind: "lepton-shard",
    schema: 1,
    model: input.model,
    index: input.index,
    count: input.count,
    fingerprint: input.fingerprint,
    evalSettings: input.evalSettings,
    commit: input.commit,
    metrics,
    nonNumeric: { ...input.read.nonNumericValues },
    created: input.created
  };
}
function parseShard(file, value) {
  const v = value;
  const bad = (why) => new LeptonError("eval", `${file}: not a Lepton shard result (${why})`, [
    "give the files `lepton eval --shard I/N` wrote"
  ]);
  if (!v || typeof v !== "object" || v.kind !== "lepton-shard")
    return fail(bad('no kind "lepton-shard"'));
  if (v.schema !== 1) return fail(bad(`schema ${String(v.schema)}; this Lepton reads 1`));
  for (const key of ["model", "fingerprint", "evalSettings"]) {
    if (typeof v[key] !== "string") return fail(bad(`"${key}" is not a string`));
  }
  if (!Number.isInteger(v.index) || !Number.isInteger(v.count)) return fail(bad("no index/count"));
  if (!v.metrics || typeof v.metrics !== "object") return fail(bad("no metrics"));
  for (const [k, m] of Object.entries(v.metrics)) {
    if (typeof m !== "number" && !["NaN", "Infinity", "-Infinity"].includes(m)) {
      return fail(bad(`metric "${k}" is not a number`));
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
function evaluatedNothing(which, n) {
  return new LeptonError("eval", `${which} evaluated nothing (n: ${String(n)})`, [
    "every shard must evaluate at least one example (n \u2265 1): check that its slice of the data loaded, or use fewer shards"
  ]);
}
function fail(e) {
  throw e;
}
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
var short = (h) => h.replace(/^sha256:/, "").slice(0, 12);
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

export {
  COUNT_METRIC,
  shardFileName,
  parseShardArg,
  shardResult,
  parseShard,
  checkShards,
  mergeShardMetrics
};
