import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  duplicateKeys,
  locate
} from "./chunk-7LD27V4P.js";
import {
  require_dist
} from "./chunk-ZD77ES4W.js";
import {
  KNOWN_KEYS,
  manifestSchema,
  normalize,
  pathIssues,
  require_mod,
  stageOrderIssues
} from "./chunk-DL6OZMFU.js";
import {
  __toESM
} from "./chunk-3CYXKRVX.js";

// src/core/manifest/validate.ts
var import_yaml = __toESM(require_dist(), 1);
var import_fastest_levenshtein = __toESM(require_mod(), 1);

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

// src/core/manifest/validate.ts
var hasControl = (s) => [...s].some((c) => c.charCodeAt(0) < 32 || c === "\x7F");
var dotted = (path) => path.length ? path.map((s) => s === "" || hasControl(String(s)) ? JSON.stringify(s) : String(s)).join(".") : "<root>";
function knownKeysAt(path) {
  const p = path.join(".");
  return KNOWN_KEYS.find(([re]) => re.test(p))?.[1] ?? [];
}
function didYouMean(key, known) {
  if (!known.length) return void 0;
  const best = (0, import_fastest_levenshtein.closest)(key, [...known]);
  const limit = Math.max(2, Math.floor(key.length / 3));
  return (0, import_fastest_levenshtein.distance)(key, best) <= limit ? `did you mean "${best}"?` : void 0;
}
function describe(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}
function valueAt(root, path) {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[seg];
  }
  return v;
}
var orList = (words) => words.length <= 1 ? words[0] ?? "something else" : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
var TYPE_WORDS = {
  null: "nothing",
  object: "a mapping",
  record: "a mapping",
  map: "a mapping",
  array: "a list",
  string: "a string",
  number: "a number",
  boolean: "true or false"
};
function fromZod(file, issue, raw, where) {
  const path = issue.path.filter((s) => typeof s !== "symbol");
  const make = (p, at, message, hint) => ({
    file,
    ...where(p, at),
    path: dotted(p),
    message,
    ...hint && { hint }
  });
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map(
        (k) => make([...path, k], "key", "unknown key", didYouMean(k, knownKeysAt(path)))
      );
    case "invalid_key": {
      const key = path[path.length - 1];
      const inner = issue.issues[0]?.message ?? "invalid name";
      return [make(path, "key", `invalid name ${JSON.stringify(key)}: ${inner}`)];
    }
    case "invalid_type": {
      const actual = valueAt(raw, path);
      const parentIsObject = typeof valueAt(raw, path.slice(0, -1)) === "object";
      if (actual === void 0 && parentIsObject && path.length > 0) {
        return [
          make(path.slice(0, -1), "value", `missing required key "${path[path.length - 1]}"`)
        ];
      }
      if (!/^Invalid input/.test(issue.message)) return [make(path, "value", issue.message)];
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return [make(path, "value", `expected ${expected}, got ${describe(actual)}`)];
    }
    case "invalid_union": {
      const branches = issue.errors.filter((b) => b.length > 0);
      const atUnion = (i) => i.code === "invalid_type" && i.path.length === 0;
      const fits = branches.filter((b) => !b.some(atUnion));
      if (fits.length) {
        const depth = (b) => Math.max(...b.map((i) => i.path.length));
        const best = fits.reduce((a, b) => depth(b) > depth(a) ? b : a);
        return best.flatMap(
          (i) => fromZod(file, { ...i, path: [...path, ...i.path] }, raw, where)
        );
      }
      const words = branches.flatMap(
        (b) => b.filter(atUnion).map((i) => {
          const expected2 = i.expected ?? "";
          return TYPE_WORDS[expected2] ?? expected2;
        })
      );
      const custom = /^Invalid input/.test(issue.message) ? null : issue.message;
      const expected = custom ?? `expected ${orList([...new Set(words)])}`;
      return [make(path, "value", `${expected}, got ${describe(valueAt(raw, path))}`)];
    }
    case "invalid_value": {
      if (valueAt(raw, path) === void 0 && path.length > 0) {
        return [
          make(path.slice(0, -1), "value", `missing required key "${path[path.length - 1]}"`)
        ];
      }
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
      const actual = valueAt(raw, path);
      const hint = typeof actual === "string" ? didYouMean(
        actual,
        issue.values.filter((v) => typeof v === "string")
      ) : void 0;
      const msg = issue.message.startsWith("Invalid") ? `expected one of ${allowed}, got ${describe(actual)}` : `${issue.message}, got ${describe(actual)}`;
      return [make(path, "value", msg, hint)];
    }
    default:
      return [make(path, "value", issue.message)];
  }
}
function validateManifest(text, file = "lepton.yml") {
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: true });
  const issues = [];
  for (const e of doc.errors) {
    const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
    const message = (e.message.split("\n")[0] ?? e.message).replace(/:\s*$/, "");
    issues.push({
      file,
      line: pos.line,
      column: pos.col,
      path: "<root>",
      message: `YAML syntax error: ${message}`
    });
  }
  if (issues.length) return { ok: false, issues: sorted(issues) };
  for (const d of duplicateKeys(doc)) {
    const pos = counter.linePos(d.offset);
    const first = locate(doc, counter, d.path, "key");
    issues.push({
      file,
      line: pos.line,
      column: pos.col,
      path: dotted(d.path),
      message: `duplicate key ${JSON.stringify(d.key)} (first at line ${first.line})`,
      hint: "a mapping holds each key once: merge the two entries"
    });
  }
  if (issues.length) return { ok: false, issues: sorted(issues) };
  let raw;
  try {
    raw = doc.toJS({ maxAliasCount: 1e3 });
  } catch (e) {
    return fail(file, `YAML could not be read: ${e.message}`);
  }
  if (raw === null || raw === void 0)
    return fail(file, "the manifest is empty", 'start with "version: 1"');
  if (typeof raw !== "object" || Array.isArray(raw)) {
    return fail(file, `expected a mapping of keys (version, model, eval\u2026), got ${describe(raw)}`);
  }
  const where = (path, at) => locate(doc, counter, path, at);
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push(...fromZod(file, issue, raw, where));
  }
  for (const r of [...stageOrderIssues(raw), ...pathIssues(raw), ...noiseIssues(raw)]) {
    issues.push({
      file,
      ...where(r.path, "value"),
      path: dotted(r.path),
      message: r.message,
      ...r.hint && { hint: r.hint }
    });
  }
  if (issues.length || !parsed.success) {
    return { ok: false, issues: sorted(dropEchoes(dedupe(issues))) };
  }
  return { ok: true, manifest: normalize(parsed.data), issues: [] };
}
function fail(file, message, hint) {
  return {
    ok: false,
    issues: [{ file, line: 1, column: 1, path: "<root>", message, ...hint && { hint } }]
  };
}
var BOUNDS = ["min", "max", "max_drop", "max_rise"];
function dropEchoes(issues) {
  const meant = (under, keys) => issues.some(
    (u) => u.message === "unknown key" && u.path.startsWith(`${under}.`) && keys.some((k) => u.hint === `did you mean "${k}"?`)
  );
  return issues.filter((i) => {
    const missing = /^missing required key "(.*)"$/.exec(i.message)?.[1];
    if (missing !== void 0 && meant(i.path, [missing])) return false;
    if (i.message.startsWith("a threshold needs at least one bound") && meant(i.path, BOUNDS)) {
      return false;
    }
    return true;
  });
}
function dedupe(issues) {
  const seen = /* @__PURE__ */ new Set();
  return issues.filter((i) => {
    const k = `${i.line}:${i.column}:${i.path}:${i.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}
function sorted(issues) {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}
function formatIssue(i) {
  return `${i.file}:${i.line}:${i.column}: ${i.path}: ${i.message}${i.hint ? ` (${i.hint})` : ""}`;
}

export {
  validateManifest,
  formatIssue
};
