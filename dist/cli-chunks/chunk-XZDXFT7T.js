import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-6ESLXGOQ.js";
import {
  compareUtf8,
  isStrictlySorted
} from "./chunk-GMIEMMPZ.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import {
  __toESM
} from "./chunk-3CYXKRVX.js";

// src/core/fingerprint/eval-files.ts
import { createHash } from "node:crypto";
var EVAL_FILES_ENCODING = "lepton-eval-files/1";
function evalSettingsWithFiles(settings, files) {
  if (!files || files.files === 0) return settings;
  const canonical = JSON.stringify([EVAL_FILES_ENCODING, settings, files.hash]);
  return `sha256:${createHash("sha256").update(canonical, "utf8").digest("hex")}`;
}
var OPERATORS = /* @__PURE__ */ new Set(["|", "&", ";", "<", ">", "(", ")"]);
var VALUE_WORD = /^(--?[A-Za-z0-9][\w-]*|[A-Za-z_]\w*)$/;
function commandPaths(command) {
  const { words, derived } = scanCommand(command, 0);
  const out = [...words];
  for (const p of derived) if (!out.includes(p)) out.push(p);
  return out;
}
function scanCommand(command, depth) {
  const words = [];
  const derived = [];
  let simple = [];
  let word = "";
  let inWord = false;
  let dynamic = false;
  let quotedSpace = false;
  let skipNext = false;
  let inputNext = false;
  const flush = () => {
    for (const p of derivedPaths(simple)) if (!derived.includes(p)) derived.push(p);
    simple = [];
  };
  const nested = (text) => {
    if (depth >= 2) return;
    const inner = scanCommand(text, depth + 1);
    words.push(...inner.words);
    for (const p of inner.derived) if (!derived.includes(p)) derived.push(p);
  };
  const end = () => {
    if (!inWord) return;
    if (skipNext) skipNext = false;
    else {
      if (!inputNext) simple.push({ text: word, dynamic });
      if (!dynamic) {
        words.push(word);
        if (quotedSpace) nested(word);
      }
    }
    inputNext = false;
    word = "";
    inWord = false;
    dynamic = false;
    quotedSpace = false;
  };
  const pwdPrefix = (i) => {
    if (word !== "" && !(word.endsWith("=") && VALUE_WORD.test(word.slice(0, -1)))) return 0;
    for (const p of ["$PWD/", "${PWD}/"]) if (command.startsWith(p, i)) return p.length;
    return 0;
  };
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      end();
      if (c === "\n") flush();
    } else if (c === "#" && !inWord) {
      const nl = command.indexOf("\n", i);
      if (nl < 0) break;
      i = nl;
      flush();
    } else if (OPERATORS.has(c)) {
      if (c === ">" && /^\d+$/.test(word)) {
        word = "";
        inWord = false;
      }
      end();
      if (c === ">") {
        while (command[i + 1] === ">" || command[i + 1] === "&" || command[i + 1] === "|") i++;
        skipNext = true;
      } else {
        skipNext = false;
        if (c === "<") inputNext = true;
        else flush();
      }
    } else if (c === "\\") {
      inWord = true;
      if (i + 1 < command.length) word += command[++i];
    } else if (c === "'") {
      inWord = true;
      const close = command.indexOf("'", i + 1);
      const text = command.slice(i + 1, close < 0 ? command.length : close);
      if (/\s/.test(text)) quotedSpace = true;
      word += text;
      i = close < 0 ? command.length : close;
    } else if (c === '"') {
      inWord = true;
      let j = i + 1;
      const skip = pwdPrefix(j);
      if (skip) j += skip - 1;
      else j -= 1;
      for (j++; j < command.length && command[j] !== '"'; j++) {
        const d = command[j];
        if (d === "\\" && '"\\$`'.includes(command[j + 1] ?? "")) word += command[++j];
        else if (d === "$" && command[j + 1] === "(" && command[j + 2] !== "(") {
          const close = closingParen(command, j + 1);
          nested(command.slice(j + 2, close));
          dynamic = true;
          word += command.slice(j, close + 1);
          j = close;
        } else {
          if (d === "$" || d === "`") dynamic = true;
          if (/\s/.test(d)) quotedSpace = true;
          word += d;
        }
      }
      i = j;
    } else {
      const skip = c === "$" ? pwdPrefix(i) : 0;
      if (skip) {
        inWord = true;
        i += skip - 1;
        continue;
      }
      if (c === "$" || c === "`") dynamic = true;
      inWord = true;
      word += c;
    }
  }
  end();
  flush();
  const out = [];
  for (const w of words) {
    const eq = w.indexOf("=");
    const value = eq > 0 && VALUE_WORD.test(w.slice(0, eq));
    const candidate = value ? w.slice(eq + 1) : w;
    if (!isRelativePath(candidate)) continue;
    if (!out.includes(candidate)) out.push(candidate);
  }
  return { words: out, derived: derived.filter(isRelativePath) };
}
function isRelativePath(p) {
  if (p === "" || p.startsWith("-") || p.startsWith("/")) return false;
  return !(p.startsWith("~") || /^[A-Za-z]:[\\/]/.test(p));
}
function closingParen(text, open) {
  let level = 0;
  for (let k = open; k < text.length; k++) {
    const d = text[k];
    if (d === "\\") k++;
    else if (d === "'") {
      const q = text.indexOf("'", k + 1);
      k = q < 0 ? text.length : q;
    } else if (d === "(") level++;
    else if (d === ")" && --level === 0) return k;
  }
  return text.length;
}
var PYTHON = /^(?:python|pypy)(?:\d+(?:\.\d+)*)?$/;
var MAKE = /^g?make$/;
var MODULE = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
var PYTHON_VALUE_OPTIONS = /* @__PURE__ */ new Set(["W", "X"]);
var base = (w) => w.dynamic ? null : w.text.split("/").pop() ?? w.text;
function derivedPaths(words) {
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const name = base(words[i]);
    if (name === null) continue;
    if (PYTHON.test(name)) {
      const module = pythonModule(words, i + 1);
      if (module) out.push(...modulePaths(module));
    } else if (name === "uv" && words[i + 1]?.text === "run") {
      const module = uvModule(words, i + 2);
      if (module) out.push(...modulePaths(module));
    } else if (MAKE.test(name)) {
      out.push(...makefiles(words, i + 1));
    }
  }
  return out;
}
function pythonModule(words, from) {
  for (let j = from; j < words.length; j++) {
    const w = words[j];
    if (w.dynamic || w.text === "--" || !w.text.startsWith("-") || w.text === "-") return null;
    if (w.text.startsWith("--")) {
      if (w.text === "--check-hash-based-pycs") j++;
      continue;
    }
    const letters = w.text.slice(1);
    for (let k = 0; k < letters.length; k++) {
      const o = letters[k];
      const rest = letters.slice(k + 1);
      if (o === "m") return rest || (words[j + 1]?.dynamic ? null : words[j + 1]?.text ?? null);
      if (o === "c") return null;
      if (PYTHON_VALUE_OPTIONS.has(o)) {
        if (rest === "") j++;
        break;
      }
    }
  }
  return null;
}
function uvModule(words, from) {
  for (let j = from; j < words.length; j++) {
    const w = words[j];
    if (w.dynamic) continue;
    if (w.text === "--" || PYTHON.test(base(w) ?? "")) return null;
    if (w.text === "-m" || w.text === "--module") {
      const next = words[j + 1];
      return next && !next.dynamic ? next.text : null;
    }
    if (w.text.startsWith("--module=")) return w.text.slice("--module=".length);
  }
  return null;
}
function modulePaths(module) {
  if (!MODULE.test(module)) return [];
  const parts = module.split(".");
  const path = parts.join("/");
  const out = [`${path}.py`, path];
  for (let k = 1; k < parts.length; k++) out.push(`${parts.slice(0, k).join("/")}/__init__.py`);
  return out;
}
function makefiles(words, from) {
  const files = [];
  let dir = "";
  for (let j = from; j < words.length; j++) {
    const w = words[j];
    if (w.dynamic) continue;
    const t = w.text;
    const next = () => {
      const n = words[++j];
      return n && !n.dynamic ? n.text : null;
    };
    let file = null;
    let folder = null;
    if (t === "-f" || t === "--file" || t === "--makefile") file = next();
    else if (/^--(?:make)?file=/.test(t)) file = t.slice(t.indexOf("=") + 1);
    else if (/^-f./.test(t)) file = t.slice(2);
    else if (t === "-C" || t === "--directory") folder = next();
    else if (t.startsWith("--directory=")) folder = t.slice("--directory=".length);
    else if (/^-C./.test(t)) folder = t.slice(2);
    if (file !== null) files.push(file);
    if (folder !== null) dir = dir === "" ? folder : `${dir}/${folder}`;
  }
  const names = files.length ? files : ["GNUmakefile", "makefile", "Makefile"];
  if (dir === "" || dir.startsWith("/")) return dir === "" ? names : [];
  return names.map((f) => f.startsWith("/") ? f : `${dir.replace(/\/+$/, "")}/${f}`);
}

// src/io/files/select.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { posix } from "node:path";
var EVAL_PART = "eval";
function partsOf(manifest) {
  return [
    ...manifest.components.map((part) => ({ kind: "component", part })),
    ...manifest.data.map((part) => ({ kind: "data", part }))
  ];
}
function selectionParts(manifest) {
  const parts = partsOf(manifest).map(({ kind, part }) => ({
    kind,
    name: part.name,
    paths: part.paths
  }));
  const evalPart = evalFilesPart(manifest);
  if (evalPart) parts.push(evalPart);
  return parts;
}
function evalFilesPart(manifest) {
  const spec = manifest.eval;
  const metrics = new Set(spec.metrics.map(normalizePath));
  const optional = [];
  for (const word of commandPaths(spec.command)) {
    const p = normalizePath(posix.join(spec.workdir, word));
    if (p === "" || p === "." || /^(\.\.\/)*\.\.$/.test(p) || metrics.has(p)) continue;
    if (!optional.includes(p)) optional.push(p);
  }
  const paths = spec.paths ?? [];
  if (paths.length === 0 && optional.length === 0) return null;
  return { kind: "eval", name: EVAL_PART, paths, optional };
}
function normalizePath(pattern) {
  const p = pattern.replace(/\\/g, "/");
  const n = p.includes("/.") || p.startsWith(".") ? posix.normalize(p) : p;
  return n.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}
function isExclusion(pattern) {
  return pattern.startsWith("!");
}
function positivePart(pattern) {
  return pattern.startsWith("!") || pattern.startsWith("\\!") ? pattern.slice(1) : pattern;
}
function pathMatcher(pattern) {
  const p = normalizePath(positivePart(pattern));
  if (p === "" || p === ".") return (f) => !f.startsWith("../");
  if (!import_picomatch.default.scan(p).isGlob) {
    const dir = p + "/";
    return (f) => f === p || f.startsWith(dir);
  }
  const match = (0, import_picomatch.default)(p, { dot: true, flags: "s" });
  return (file) => match(file);
}
function partMatcher(paths) {
  const rules = paths.map((p) => ({ exclude: isExclusion(p), test: pathMatcher(p) }));
  if (!rules.some((r) => r.exclude)) {
    const tests = rules.map((r) => r.test);
    return tests.length === 1 ? tests[0] : (f) => tests.some((t) => t(f));
  }
  return (f) => {
    let inside = false;
    for (const r of rules) if (r.exclude === inside && r.test(f)) inside = !r.exclude;
    return inside;
  };
}
function matchParts(parts, files, strictlySorted = false) {
  const out = [];
  const unmatched = [];
  for (const { kind, name, paths, optional = [] } of parts) {
    if (strictlySorted && paths.length === 1 && optional.length === 0 && !isExclusion(paths[0])) {
      const pattern = paths[0];
      const matched = files.filter(pathMatcher(pattern));
      if (matched.length === 0) unmatched.push({ kind, part: name, pattern });
      out.push({ kind, name, files: matched });
      continue;
    }
    const all = [...paths, ...optional];
    const rules = all.map((p) => ({
      p,
      exclude: isExclusion(p),
      test: pathMatcher(p),
      any: false
    }));
    const exclusions = rules.some((r) => r.exclude);
    const selected = [];
    for (const f of files) {
      let inside = false;
      for (const r of rules) {
        if (r.exclude) {
          if (inside && r.test(f)) inside = false;
        } else if (r.test(f)) {
          r.any = true;
          inside = true;
          if (!exclusions) break;
        }
      }
      if (inside) selected.push(f);
    }
    if (!exclusions) {
      for (const r of rules) if (!r.any && paths.includes(r.p)) r.any = files.some(r.test);
    }
    const required = new Set(paths);
    for (const r of rules) {
      if (!r.exclude && !r.any && required.has(r.p))
        unmatched.push({ kind, part: name, pattern: r.p });
    }
    if (selected.length === 0 && paths.length > 0 && rules.some((r) => r.any && required.has(r.p))) {
      unmatched.push({ kind, part: name, pattern: paths[0], allExcluded: true });
    }
    out.push({
      kind,
      name,
      files: strictlySorted || isStrictlySorted(selected) ? selected : selected.sort(compareUtf8)
    });
  }
  return { parts: out, unmatched };
}
function unmatchedReason(u, ignored, listed) {
  const what = `${u.kind === "eval" ? "eval.paths" : `${u.kind} "${u.part}"`}: path "${u.pattern}"`;
  if (u.allExcluded) return `${what}: every file it matches is excluded by a "!" path of its own`;
  const test = pathMatcher(u.pattern);
  const pointers = listed.filter((f) => f.endsWith(".dvc") && test(f.slice(0, -4)));
  if (pointers.length > 0) {
    const sample2 = pointers.slice(0, 3).join(", ");
    return `${what} matches no file, but DVC tracks it by ${sample2}${pointers.length > 3 ? ", \u2026" : ""}: name the .dvc pointer (Lepton hashes what it records; the data is never read)`;
  }
  const hidden = ignored.filter(test);
  if (hidden.length === 0) return `${what} matches no file`;
  const sample = [...hidden].sort(compareUtf8).slice(0, 3).join(", ");
  return `${what} matches only files git ignores (${sample}${hidden.length > 3 ? ", \u2026" : ""}); such files are never versioned: commit them, or version them with Git LFS or DVC`;
}
function unmatchedError(unmatched, ignored, listed = []) {
  const lines = unmatched.map((u) => unmatchedReason(u, ignored, listed));
  return new LeptonError(
    "invalid",
    unmatched.length === 1 ? lines[0] : `${unmatched.length} paths match no file`,
    unmatched.length === 1 ? [] : lines
  );
}
function rebaseName(name, prefix) {
  if (prefix === "") return name;
  if (name.startsWith(prefix) && name.charCodeAt(prefix.length) === 47) {
    return name.slice(prefix.length + 1);
  }
  const up = prefix.split("/");
  const segs = name.split("/");
  let common = 0;
  while (common < up.length && common < segs.length - 1 && up[common] === segs[common]) common++;
  return "../".repeat(up.length - common) + segs.slice(common).join("/");
}

export {
  evalSettingsWithFiles,
  partsOf,
  selectionParts,
  evalFilesPart,
  normalizePath,
  isExclusion,
  pathMatcher,
  partMatcher,
  matchParts,
  unmatchedReason,
  unmatchedError,
  rebaseName
};
