import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  textTable
} from "./chunk-43RIPF6U.js";
import "./chunk-3CYXKRVX.js";

// src/core/report/ls.ts
function droppedWarning(d) {
  return `${d.manifest}${d.model ? ` (${d.model})` : ""} no longer matches the manifest glob: it was renamed/removed; it is no longer gated`;
}
function describeAffected(m) {
  return [describeTouched(m.touched), ...m.unrecorded ? [`not recorded: ${m.unrecorded}`] : []].filter((x) => x !== "").join("; ");
}
function renderLs(view) {
  if (view.models.length === 0) return "no lepton.yml in this repository";
  const rows = view.models.map((m) => [
    m.model,
    m.manifest,
    m.latest ? `v${m.latest.version}` : "\u2014",
    Object.entries(m.stages).map(([stage, holder]) => `${stage}: ${holder ? `v${holder.version}` : "\u2014"}`).join(", ") || "\u2014",
    m.changed === null ? "unknown (commit not in this clone)" : m.changed ? m.latest ? "changed" : "new" : "unchanged"
  ]);
  return textTable(["model", "manifest", "latest", "stages", "content"], rows).join("\n");
}
function describeTouched(t) {
  const out = [];
  if (t.components.length) out.push(`components ${t.components.join(", ")}`);
  if (t.data.length) out.push(`data ${t.data.join(", ")}`);
  if (t.eval) out.push("eval files");
  if (t.manifest) out.push("lepton.yml");
  return out.join("; ");
}
function renderAffected(view) {
  const base = `${view.base.ref} (${view.base.commit.slice(0, 12)})`;
  const dropped = (view.dropped ?? []).map((d) => `warning: ${droppedWarning(d)}`);
  if (view.models.length === 0) {
    return [
      `no model affected since ${base}${view.unaffected.length ? `; unaffected: ${view.unaffected.join(", ")}` : ""}`,
      ...dropped
    ].join("\n");
  }
  const lines = [`${view.models.length} model(s) affected since ${base}:`];
  lines.push(
    ...textTable(
      ["model", "manifest", "changed"],
      view.models.map((m) => [m.model, m.manifest, describeAffected(m)])
    ).map((l) => `  ${l}`)
  );
  if (view.unaffected.length) lines.push(`unaffected: ${view.unaffected.join(", ")}`);
  lines.push(...dropped);
  return lines.join("\n");
}
export {
  describeAffected,
  describeTouched,
  droppedWarning,
  renderAffected,
  renderLs
};
