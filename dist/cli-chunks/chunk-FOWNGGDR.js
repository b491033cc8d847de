import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

// src/core/manifest/format.ts
function formatIssue(i) {
  return `${i.file}:${i.line}:${i.column}: ${i.path}: ${i.message}${i.hint ? ` (${i.hint})` : ""}`;
}

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

export {
  formatIssue,
  noiseIssues
};
