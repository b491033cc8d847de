import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  findManifests
} from "./chunk-EBTQKNEH.js";
import {
  trackableFiles
} from "./chunk-DCAMK6TN.js";
import {
  readOverviews
} from "./chunk-4LCEGOUY.js";
import {
  matchParts,
  rebaseName,
  selectionParts
} from "./chunk-XZDXFT7T.js";
import {
  loadManifest,
  validateManifestLazily
} from "./chunk-ZKBZI36Q.js";
import {
  compareUtf8
} from "./chunk-GMIEMMPZ.js";
import {
  lastLines
} from "./chunk-WFCPIERG.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";

// src/core/manifest/selection.ts
function sameSelection(a, b) {
  const key = (m) => JSON.stringify([m.components, m.data].map((parts) => parts.map((p) => [p.name, p.paths])));
  return key(a) === key(b);
}

// src/io/changes.ts
async function worktreeChanges(git, head = headCommit(git)) {
  const untracked = git.run(["ls-files", "-z", "--others", "--exclude-standard"]);
  const out = new Set(split0((await untracked).stdout));
  if (await head === null) {
    for (const f of split0((await git.run(["ls-files", "-z", "--cached"])).stdout)) out.add(f);
    return out;
  }
  const diff = await git.run(
    ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", await head, "--"],
    { allowFailure: true }
  );
  if (diff.code !== 0) {
    throw new LeptonError(
      "git",
      `could not compare the working tree with HEAD: ${lastLines(diff.stderr)}`
    );
  }
  for (const f of split0(diff.stdout)) out.add(f);
  return out;
}
async function changesToHead(git, commits, head = headCommit(git)) {
  const result = /* @__PURE__ */ new Map();
  const unique = [...new Set(commits)];
  if (unique.length === 0) return result;
  const to = await head;
  if (to === null) {
    for (const c of unique) result.set(c, null);
    return result;
  }
  const r = await git.run(
    ["diff-tree", "--always", "-r", "--no-renames", "--name-only", "-z", "--stdin"],
    { input: unique.map((c) => `${c} ${to}
`).join(""), allowFailure: true }
  );
  if (r.code !== 0) {
    throw new LeptonError("git", `could not compare versions' commits: ${lastLines(r.stderr)}`);
  }
  let next = 0;
  let current = null;
  for (const token of split0(r.stdout)) {
    const at = unique.indexOf(token, next);
    if (at >= 0) {
      for (let i = next; i < at; i++) result.set(unique[i], null);
      current = /* @__PURE__ */ new Set();
      result.set(token, current);
      next = at + 1;
    } else if (current) {
      current.add(token);
    }
  }
  for (let i = next; i < unique.length; i++) result.set(unique[i], null);
  return result;
}
async function resolveBase(git, ref) {
  if (ref.startsWith("-")) throw new LeptonError("invalid", `--base ${ref}: not a git revision`);
  const r = await git.run(["rev-parse", "-q", "--verify", "--end-of-options", `${ref}^{commit}`], {
    allowFailure: true
  });
  if (r.code !== 0) {
    throw new LeptonError("invalid", `--base ${ref}: no such commit in this clone`, [
      `fetch it first (git fetch origin ${ref.replace(/^origin\//, "")}), or name another revision`
    ]);
  }
  const commit = r.stdout.trim();
  const mb = await git.run(["merge-base", commit, "HEAD"], { allowFailure: true });
  const from = mb.code === 0 && mb.stdout.trim() ? mb.stdout.trim().split("\n")[0] : commit;
  return { commit, from };
}
async function deletedSince(git, commit, pathspecs) {
  const r = await git.run(
    [
      "diff",
      "--name-only",
      "-z",
      "--no-renames",
      "--no-ext-diff",
      "--diff-filter=D",
      commit,
      "--",
      ...pathspecs
    ],
    { allowFailure: true }
  );
  if (r.code !== 0) {
    throw new LeptonError(
      "git",
      `could not compare ${commit.slice(0, 12)} with the working tree: ${lastLines(r.stderr)}`
    );
  }
  return split0(r.stdout);
}
function split0(text) {
  return text.split("\0").filter((s) => s !== "");
}
async function headCommit(git) {
  const r = await git.run(["rev-parse", "-q", "--verify", "HEAD^{commit}"], { allowFailure: true });
  return r.code === 0 ? r.stdout.trim() : null;
}
async function filesAtCommits(git, wanted) {
  const nameable = wanted.map((w) => !/[\n\r]/.test(w.path));
  const asked = wanted.filter((_, i) => nameable[i]);
  if (asked.length === 0) return wanted.map(() => null);
  const chunks = [];
  await git.run(["cat-file", "--batch", "--buffer"], {
    input: asked.map((w) => `${w.commit}:${w.path}
`).join(""),
    onStdout: (b) => chunks.push(b)
  });
  const found = parseBatch(Buffer.concat(chunks), asked.length);
  let k = 0;
  return nameable.map((ok) => ok ? found[k++] ?? null : null);
}
function parseBatch(out, count) {
  const result = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const header = out.toString("latin1", at, eol).split(" ");
    at = eol + 1;
    const size = Number(header[2]);
    if (header.length !== 3 || !Number.isSafeInteger(size) || size < 0) {
      result.push(null);
      continue;
    }
    if (at + size + 1 > out.length) break;
    result.push(header[1] === "blob" ? out.subarray(at, at + size) : null);
    at += size + 1;
  }
  while (result.length < count) result.push(null);
  return result;
}

// src/app/models.ts
import { posix, relative, resolve, sep } from "node:path";
var isTouched = (t) => t.manifest || t.eval || t.components.length > 0 || t.data.length > 0;
var isGlob = (p) => /[*?[\]{}]/.test(p);
async function findModels(git, options = {}) {
  const top = git.cwd;
  const paths = options.pattern === void 0 ? await findManifests(git) : await expandManifests(git, options.pattern, options.cwd ?? top);
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const path of paths) {
    const manifest = relative(top, path).split(sep).join("/");
    const model = await loadManifest(path, manifest);
    const other = seen.get(model.model);
    if (other !== void 0) {
      throw new LeptonError("invalid", `model "${model.model}" is named by two manifests`, [
        other,
        manifest
      ]);
    }
    seen.set(model.model, manifest);
    out.push({ manifest, dir: posix.dirname(manifest), model });
  }
  return out;
}
function touchedBy(m, changed) {
  const prefix = m.dir === "." ? "" : m.dir;
  const files = [...changed].map((f) => rebaseName(f, prefix)).sort(compareUtf8);
  const { parts } = matchParts(selectionParts(m.model), files);
  const names = (kind) => parts.filter((p) => p.kind === kind && p.files.length > 0).map((p) => p.name);
  return {
    manifest: changed.has(m.manifest),
    components: names("component"),
    data: names("data"),
    eval: parts.some((p) => p.kind === "eval" && p.files.length > 0)
  };
}
async function expandManifests(git, pattern, cwd) {
  const top = git.cwd;
  const rel = relative(top, resolve(cwd, pattern)).split(sep).join("/");
  if (rel.startsWith("../") || rel === "..") {
    throw new LeptonError("invalid", `manifest ${pattern} leaves the repository`);
  }
  let paths;
  if (!isGlob(rel)) {
    paths = [resolve(top, rel)];
  } else {
    paths = (await trackableFiles(git, `:(glob)${rel}`)).sort(compareUtf8).map((p) => resolve(top, p));
  }
  if (paths.length === 0) {
    throw new LeptonError("invalid", `manifest ${pattern} names no manifest`, [
      "the glob is matched against the files git tracks (or would), relative to the working directory"
    ]);
  }
  return paths;
}

// src/app/ls.ts
async function ls(git, options = {}) {
  const head = headCommit(git);
  head.catch(() => void 0);
  const models = await findModels(git, options);
  return { models: await lsRows(git, models, head) };
}
async function lsRows(git, models, head = headCommit(git)) {
  const [overviews, worktree] = await Promise.all([
    // One `for-each-ref` for every model's tags; each model's latest version and stage holders
    // from its tag cache.
    readOverviews(
      git,
      models.map((m) => m.model.model)
    ),
    worktreeChanges(git, head)
  ]);
  const latest = overviews.map((r) => r.latest);
  const commits = latest.flatMap((v) => v ? [v.commit] : []);
  const toHead = await changesToHead(git, commits, head);
  const rows = models.map((m, i) => {
    const overview = overviews[i];
    const v = latest[i] ?? null;
    const stages = {};
    for (const s of m.model.stages) stages[s.name] = null;
    Object.assign(stages, overview.stages);
    let changed = true;
    let touched = null;
    if (v) {
      const since = toHead.get(v.commit) ?? null;
      if (since === null) {
        changed = null;
      } else {
        touched = touchedBy(m, /* @__PURE__ */ new Set([...since, ...worktree]));
        changed = touched.components.length > 0 || touched.data.length > 0;
      }
    }
    return {
      manifest: m.manifest,
      workingDirectory: m.dir,
      model: m.model.model,
      latest: v && { version: v.version, tag: v.tag },
      stages,
      changed,
      touched
    };
  });
  return selectingAlike(git, models, rows, latest);
}
async function selectingAlike(git, models, rows, latest) {
  const suspects = rows.flatMap((row, i) => {
    const commit = latest[i]?.commit;
    return row.changed === false && row.touched?.manifest && commit ? [{ i, commit }] : [];
  });
  if (suspects.length === 0) return [...rows];
  const texts = await filesAtCommits(
    git,
    suspects.map(({ i, commit }) => ({ commit, path: models[i].manifest }))
  );
  const out = [...rows];
  for (const [k, { i }] of suspects.entries()) {
    const m = models[i];
    const text = texts[k];
    const then = text ? await validateManifestLazily(text.toString("utf8"), m.manifest) : null;
    if (!then?.ok || !sameSelection(then.manifest, m.model)) {
      out[i] = { ...rows[i], changed: true };
    }
  }
  return out;
}

export {
  worktreeChanges,
  changesToHead,
  resolveBase,
  deletedSince,
  filesAtCommits,
  isTouched,
  isGlob,
  findModels,
  touchedBy,
  ls,
  lsRows
};
