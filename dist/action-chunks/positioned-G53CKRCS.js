import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  listTree
} from "./chunk-PIYN5W4S.js";
import {
  ManifestInvalidError
} from "./chunk-YIWR6ST7.js";
import "./chunk-FG7EKLPI.js";
import {
  MANIFEST_MAX_BYTES,
  isExclusion,
  matchParts,
  normalizePath,
  partMatcher,
  partsOf,
  pathMatcher,
  readInputText,
  unmatchedReason
} from "./chunk-LXS66HZP.js";
import "./chunk-LKG3CIQE.js";
import "./chunk-4V3BQP3G.js";
import "./chunk-MSFD3NQF.js";
import "./chunk-W5EEA2B3.js";
import "./chunk-QZDZ6KXE.js";
import {
  locate,
  metricsListedTwiceIn,
  pathsLeavingRepo,
  require_dist,
  require_mod
} from "./chunk-K3RFEF2P.js";
import "./chunk-4TO6S54C.js";
import "./chunk-W7XFMGYR.js";
import "./chunk-5622NKCU.js";
import "./chunk-3MVFEEWP.js";
import {
  isLeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name,
  __toESM
} from "./chunk-HQRR3HW4.js";

// src/app/validate.ts
var import_yaml = __toESM(require_dist(), 1);
import { relative, sep } from "node:path";

// src/core/manifest/near-path.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var GLOB = /[*?[\]{}()!]/;
function nearPath(pattern, files) {
  const parts = pattern.replace(/^\.\//, "").split("/");
  const fixed = [];
  let changed = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (GLOB.test(part) || part === "") {
      fixed.push(...parts.slice(i));
      break;
    }
    const prefix = fixed.length ? `${fixed.join("/")}/` : "";
    const names = /* @__PURE__ */ new Set();
    for (const f of files) {
      if (!f.startsWith(prefix)) continue;
      const name = f.slice(prefix.length).split("/")[0];
      if (name) names.add(name);
    }
    if (names.has(part)) {
      fixed.push(part);
      continue;
    }
    const best = closestName(part, names);
    if (best === void 0) return void 0;
    fixed.push(best);
    changed = true;
  }
  return changed ? fixed.join("/") : void 0;
}
__name(nearPath, "nearPath");
function closestName(name, candidates) {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - name.length) > limit) continue;
    const d = (0, import_fastest_levenshtein.distance)(c.toLowerCase(), name.toLowerCase());
    if (d > limit || d >= Math.max(c.length, name.length)) continue;
    if (d < bestDistance || d === bestDistance && best !== void 0 && c < best) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
__name(closestName, "closestName");

// src/app/validate.ts
async function checkTree(ctx, file, options = {}) {
  const m = ctx.manifest;
  let parsed = null;
  const text = readInputText(ctx.manifestPath, MANIFEST_MAX_BYTES);
  text.catch(() => void 0);
  const place = /* @__PURE__ */ __name(async () => {
    if (parsed) return parsed;
    const counter = new import_yaml.LineCounter();
    parsed = { doc: (0, import_yaml.parseDocument)(await text, { lineCounter: counter }), counter };
    return parsed;
  }, "place");
  const issue = /* @__PURE__ */ __name(async (r, hint) => {
    const { doc, counter } = await place();
    return {
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
    };
  }, "issue");
  const depth = ctx.repoRoot ? depthBelow(ctx.repoRoot, ctx.modelDir) : null;
  const leaving = pathsLeavingRepo(m, depth);
  const twice = ctx.repoRoot ? metricsListedTwiceIn(m, relative(ctx.repoRoot, ctx.modelDir).split(sep).join("/")) : [];
  if (leaving.length || twice.length || !ctx.repoRoot) {
    return {
      errors: await Promise.all([
        ...leaving.map((r) => issue(r)),
        ...twice.map((r) => issue(r, r.hint))
      ]),
      warnings: [],
      checked: false
    };
  }
  const tree = await listTree(
    m,
    { modelDir: ctx.modelDir, repoRoot: ctx.repoRoot, cacheDir: null, env: ctx.env },
    options.listing
  );
  const errors = [];
  const warnings = [];
  const keyOf = /* @__PURE__ */ __name((kind, part, pattern) => {
    if (kind === "eval") return ["eval", "paths", String((m.eval.paths ?? []).indexOf(pattern))];
    const parts = kind === "component" ? m.components : m.data;
    const paths = parts.find((p) => p.name === part)?.paths ?? [];
    return [
      kind === "component" ? "components" : "data",
      part,
      "paths",
      String(paths.indexOf(pattern))
    ];
  }, "keyOf");
  const { unmatched } = matchParts(tree.parts, tree.files, true);
  const ignoredFiles = unmatched.length ? await tree.ignored() : [];
  for (const u of unmatched) {
    const message = unmatchedReason(u, ignoredFiles, tree.files).replace(/^[^:]*: /, "");
    errors.push(
      await issue(
        { path: keyOf(u.kind, u.part, u.pattern), message },
        message.endsWith("matches no file") ? unmatchedHint(u.pattern, tree.files) : void 0
      )
    );
  }
  for (const p of tree.parts) {
    for (const pattern of p.paths) {
      if (!isExclusion(pattern) || tree.files.some(pathMatcher(pattern))) continue;
      warnings.push(
        await issue(
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
      await issue(
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
__name(checkTree, "checkTree");
function unmatchedHint(pattern, files) {
  const near = nearPath(pattern, files);
  if (near !== void 0 && files.some(pathMatcher(near))) return `did you mean "${near}"?`;
  return "paths are relative to lepton.yml's folder and select the files git tracks or would track: `git ls-files --cached --others --exclude-standard` lists them";
}
__name(unmatchedHint, "unmatchedHint");
function isLiteral(path) {
  return !/[*?[\]{}()!]/.test(path);
}
__name(isLiteral, "isLiteral");
function depthBelow(root, dir) {
  const rel = relative(root, dir);
  return rel === "" ? 0 : rel.split(sep).length;
}
__name(depthBelow, "depthBelow");

// src/app/positioned.ts
async function withManifestPositions(app, file, run) {
  try {
    return await run();
  } catch (e) {
    if (!isLeptonError(e) || e.kind !== "invalid" || e instanceof ManifestInvalidError) throw e;
    let errors;
    try {
      ({ errors } = await checkTree(app, file));
    } catch {
      throw e;
    }
    if (errors.length) throw new ManifestInvalidError(file, errors);
    throw e;
  }
}
__name(withManifestPositions, "withManifestPositions");
export {
  withManifestPositions
};
