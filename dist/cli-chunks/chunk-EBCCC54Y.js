import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  listTree
} from "./chunk-G224BTL2.js";
import {
  isExclusion,
  matchParts,
  normalizePath,
  partMatcher,
  partsOf,
  pathMatcher,
  unmatchedReason
} from "./chunk-4XAEHEE6.js";
import {
  locate
} from "./chunk-7LD27V4P.js";
import {
  require_dist
} from "./chunk-ZD77ES4W.js";
import {
  pathsLeavingRepo
} from "./chunk-DL6OZMFU.js";
import {
  __toESM
} from "./chunk-3CYXKRVX.js";

// src/app/validate.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import { relative, sep } from "node:path";
async function checkTree(ctx, file) {
  const m = ctx.manifest;
  const text = await readFile(ctx.manifestPath, "utf8");
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter });
  const issue = (r, hint) => ({
    file,
    // List indexes as numbers: locate() steps into sequences by number.
    ...locate(
      doc,
      counter,
      r.path.map((k) => /^\d+$/.test(k) ? Number(k) : k),
      "value"
    ),
    path: r.path.join("."),
    message: r.message,
    ...hint && { hint }
  });
  const depth = ctx.repoRoot ? depthBelow(ctx.repoRoot, ctx.modelDir) : null;
  const leaving = pathsLeavingRepo(m, depth);
  if (leaving.length || !ctx.repoRoot) {
    return { errors: leaving.map((r) => issue(r)), warnings: [], checked: false };
  }
  const tree = await listTree(m, {
    modelDir: ctx.modelDir,
    repoRoot: ctx.repoRoot,
    cacheDir: null,
    env: ctx.env
  });
  const errors = [];
  const warnings = [];
  const keyOf = (kind, part, pattern) => {
    if (kind === "eval") return ["eval", "paths", String((m.eval.paths ?? []).indexOf(pattern))];
    const parts = kind === "component" ? m.components : m.data;
    const paths = parts.find((p) => p.name === part)?.paths ?? [];
    return [
      kind === "component" ? "components" : "data",
      part,
      "paths",
      String(paths.indexOf(pattern))
    ];
  };
  const { unmatched } = matchParts(tree.parts, tree.files, true);
  for (const u of unmatched) {
    const message = unmatchedReason(u, tree.ignored, tree.files).replace(/^[^:]*: /, "");
    errors.push(issue({ path: keyOf(u.kind, u.part, u.pattern), message }));
  }
  for (const p of tree.parts) {
    for (const pattern of p.paths) {
      if (!isExclusion(pattern) || tree.files.some(pathMatcher(pattern))) continue;
      warnings.push(
        issue(
          {
            path: keyOf(p.kind, p.name, pattern),
            message: `exclusion "${pattern}" excludes no file`
          },
          "fine as a guard against files that may appear; otherwise remove it"
        )
      );
    }
  }
  const selectors = partsOf(m).map(({ kind, part }) => ({
    label: `${kind === "data" ? "data set" : kind} "${part.name}"`,
    test: partMatcher(part.paths)
  }));
  const outputs = [];
  m.eval.metrics.forEach(
    (path, i) => outputs.push({
      key: m.eval.metrics.length === 1 ? ["eval", "metrics"] : ["eval", "metrics", String(i)],
      path: normalizePath(path),
      what: "metrics file"
    })
  );
  m.artifacts.forEach(
    (path, i) => outputs.push({
      key: ["artifacts", "paths", String(i)],
      path: normalizePath(path),
      what: "artifact"
    })
  );
  const concrete = [];
  for (const o of outputs) {
    const files = isLiteral(o.path) ? [o.path] : tree.files.filter(pathMatcher(o.path));
    for (const f of files) {
      const owner = selectors.find((s) => s.test(f));
      if (owner) concrete.push({ ...o, path: f, owner: owner.label });
    }
  }
  const ignored = await tree.ignoredOf(concrete.map((c) => c.path));
  const warned = /* @__PURE__ */ new Set();
  for (const c of concrete) {
    const tracked = tree.tracked.has(c.path);
    if (!tracked && ignored.has(c.path)) continue;
    if (warned.has(c.key.join("."))) continue;
    warned.add(c.key.join("."));
    warnings.push(
      issue(
        {
          path: c.key,
          message: `${c.what} "${c.path}" is inside ${c.owner}: every eval (or build) rewrites it and so changes the model's fingerprint`
        },
        tracked ? `add "${c.path}" to .gitignore and untrack it (git rm --cached "${c.path}")` : `add "${c.path}" to .gitignore`
      )
    );
  }
  return { errors, warnings, checked: true };
}
function isLiteral(path) {
  return !/[*?[\]{}()!]/.test(path);
}
function depthBelow(root, dir) {
  const rel = relative(root, dir);
  return rel === "" ? 0 : rel.split(sep).length;
}

export {
  checkTree
};
