import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  readRegistry
} from "./chunk-VU2MKTSQ.js";

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
  showRegistry
};
