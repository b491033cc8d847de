import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  listModel,
  readRegistry,
  readRegistryOfListing,
  tagCacheFile
} from "./chunk-4LCEGOUY.js";
import {
  VERSION
} from "./chunk-TCAMXS2I.js";
import {
  readSealedFile,
  writeSealedFileSync
} from "./chunk-OWTKKGJO.js";

// src/io/registry/show-memo.ts
var FORMAT = "lepton-show-memo";
var VERSION2 = 1;
var KIND = "show-memo";
var MAX_BYTES = 256 << 20;
var showMemoFile = (gitDir, model) => tagCacheFile(gitDir, model).replace(/\.json$/, ".shown");
var headOf = (model, key) => JSON.stringify([FORMAT, VERSION2, VERSION, model, key.digest, key.format, key.stages]);
function loadShowMemo(gitDir, model, key) {
  const sealed = readSealedFile(showMemoFile(gitDir, model), KIND, MAX_BYTES);
  if (sealed === null || sealed.count !== 3) return null;
  const head = sealed.section(0);
  if (head === null || !head.equals(Buffer.from(headOf(model, key)))) return null;
  const listed = sealed.section(1);
  const bytes = sealed.section(2);
  if (listed === null || bytes === null) return null;
  try {
    const skipped = JSON.parse(listed.toString("utf8"));
    if (!Array.isArray(skipped)) return null;
    const out = [];
    for (const s of skipped) {
      if (typeof s !== "object" || s === null) return null;
      const { tag, reason } = s;
      if (typeof tag !== "string" || typeof reason !== "string") return null;
      if (Object.keys(s).length !== 2) return null;
      out.push({ tag, reason });
    }
    return { bytes, skipped: out };
  } catch {
    return null;
  }
}
function saveShowMemo(gitDir, model, key, memo) {
  const skipped = memo.skipped.map((s) => ({ tag: s.tag, reason: s.reason }));
  writeSealedFileSync(
    showMemoFile(gitDir, model),
    KIND,
    [[Buffer.from(headOf(model, key))], [Buffer.from(JSON.stringify(skipped))], [memo.bytes]],
    MAX_BYTES
  );
}

// src/app/show.ts
async function show(ctx) {
  return showRegistry(await readRegistry(ctx.git, ctx.manifest.model), ctx.manifest.stages);
}
async function showRendered(ctx, renderer) {
  const { model, stages } = ctx.manifest;
  const listing = await listModel(ctx.git, model);
  const key = {
    digest: listing.digest,
    format: renderer.format,
    stages: stages.map((s) => s.name)
  };
  if (listing.gitDir !== null) {
    const memo = loadShowMemo(listing.gitDir, model, key);
    if (memo !== null) return memo;
  }
  const { registry, cached } = await readRegistryOfListing(ctx.git, listing);
  const result = showRegistry(registry, stages);
  const bytes = Buffer.from(renderer.render(result));
  if (cached && listing.gitDir !== null) {
    saveShowMemo(listing.gitDir, model, key, { bytes, skipped: result.skipped });
  }
  return { bytes, skipped: result.skipped };
}
function showRegistry(registry, manifestStages = []) {
  const tagOf = new Map(registry.versions.map((v) => [v.version, v.tag]));
  const stages = {};
  for (const s of manifestStages) stages[s.name] = null;
  for (const [name, e] of Object.entries(registry.stages)) {
    stages[name] = e?.version != null ? { version: e.version, tag: tagOf.get(e.version) ?? e.tag, stageTag: e.tag } : null;
  }
  const held = /* @__PURE__ */ new Map();
  for (const name of Object.keys(stages)) {
    const v = stages[name]?.version;
    if (v) held.set(v, [...held.get(v) ?? [], name]);
  }
  const versions = new Array(registry.versions.length);
  for (let i = 0; i < versions.length; i++) {
    const v = registry.versions[i];
    const s = v.summary;
    const row = {
      version: v.version,
      tag: v.tag,
      commit: v.commit,
      created: s?.created ?? v.date,
      passed: s ? s.passed : null,
      metrics: s?.metrics ?? {},
      stages: held.get(v.version) ?? [],
      fingerprint: s?.fingerprint ?? null,
      recorded: s !== null
    };
    if (v.deregistered) row.deregistered = true;
    if (v.lightweight) row.lightweight = true;
    versions[i] = row;
  }
  return {
    model: registry.model,
    versions,
    stages,
    ...registry.deprecated && { deprecated: true },
    skipped: registry.skipped.map((s) => ({ tag: s.tag, reason: s.reason }))
  };
}

export {
  show,
  showRendered,
  showRegistry
};
