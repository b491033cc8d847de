import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  readRegistry
} from "./chunk-S74ISPX7.js";

// src/app/show.ts
async function show(ctx) {
  return showRegistry(await readRegistry(ctx.git, ctx.manifest.model), ctx.manifest.stages);
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
  return {
    model: registry.model,
    versions: registry.versions.map((v) => ({
      version: v.version,
      tag: v.tag,
      commit: v.commit,
      created: v.summary?.created ?? v.date,
      passed: v.summary ? v.summary.passed : null,
      metrics: v.summary?.metrics ?? {},
      stages: held.get(v.version) ?? [],
      fingerprint: v.summary?.fingerprint ?? null,
      recorded: v.summary !== null,
      ...v.deregistered && { deregistered: true },
      ...v.lightweight && { lightweight: true }
    })),
    stages,
    ...registry.deprecated && { deprecated: true },
    skipped: registry.skipped.map((s) => ({ tag: s.tag, reason: s.reason }))
  };
}

export {
  show,
  showRegistry
};
