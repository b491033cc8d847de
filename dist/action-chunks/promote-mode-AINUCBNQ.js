import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import "./chunk-7UNTKCJH.js";
import {
  actionDeploySettings,
  promoteAndDeploy,
  withDeploy
} from "./chunk-IEAYGLPK.js";
import "./chunk-K6T5P3UC.js";
import "./chunk-FLYI36XD.js";
import "./chunk-HWNWZBFN.js";
import "./chunk-EJJ5NJB3.js";
import {
  markdownTable
} from "./chunk-QJ2QLURK.js";
import {
  codeSpan,
  escapeText
} from "./chunk-UYSAXCXO.js";
import "./chunk-TPH3SVRP.js";
import {
  boundText,
  formatNumber
} from "./chunk-W75T7KDA.js";
import {
  REMOTE,
  startHistoryFetch
} from "./chunk-3WBFUDIS.js";
import "./chunk-SQVYYBLV.js";
import "./chunk-6AYYSD3U.js";
import "./chunk-FG7EKLPI.js";
import "./chunk-LXS66HZP.js";
import "./chunk-LKG3CIQE.js";
import "./chunk-4V3BQP3G.js";
import "./chunk-MSFD3NQF.js";
import {
  storeSettingsFromEnv
} from "./chunk-W5EEA2B3.js";
import "./chunk-K3RFEF2P.js";
import "./chunk-4TO6S54C.js";
import "./chunk-W7XFMGYR.js";
import "./chunk-5622NKCU.js";
import "./chunk-3MVFEEWP.js";
import "./chunk-3D5N44W4.js";
import {
  versionTag
} from "./chunk-5M3M32FF.js";
import {
  EXIT_CODES
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/report/promote.ts
function afterFailedDeploy(r) {
  const first = r.deploy?.runs[0];
  if (!r.deploy || first === void 0 || first.ok) return null;
  const rollback = r.deploy.rollback;
  if (rollback !== null) {
    const now = rollback.to ? `v${rollback.to.version}` : "no version";
    return `its deploy failed and it was rolled back: ${r.stage} holds ${now}`;
  }
  return `its deploy failed; it stays in ${r.stage}${r.deploy.kept ? ` (${r.deploy.kept})` : ""}`;
}
__name(afterFailedDeploy, "afterFailedDeploy");
function promoteMarkdown(r) {
  const v = `v${r.version}`;
  const stage = codeSpan(r.stage);
  const failed = afterFailedDeploy(r);
  const head = r.promoted ? failed ? `\u26A0\uFE0F Promoted ${v} to ${stage}, but ${escapeText(failed)}` : `\u2705 Promoted ${v} to ${stage}` : r.already ? `\u2705 ${v} is already in ${stage}: nothing to do` : `\u274C Refused: ${v} was not promoted to ${stage} (no tag made)`;
  const lines = [`### Lepton \xB7 ${codeSpan(r.model)}: ${head}`, ""];
  if (r.tag) lines.push(`Stage tag: ${codeSpan(r.tag)}`, "");
  for (const reason of r.refused) lines.push(`- ${escapeText(reason, 1e3)}`);
  if (r.refused.length) lines.push("");
  if (r.checks.length) {
    const rows = r.checks.map((c) => [
      codeSpan(c.metric, true),
      escapeText(boundText(c)),
      c.actual === null ? "\u2014" : formatNumber(c.actual),
      c.baseline === null ? "\u2014" : formatNumber(c.baseline),
      c.passed ? "pass" : c.level === "warn" ? "warn" : "**fail**",
      c.reason ? escapeText(c.reason) : ""
    ]);
    lines.push(
      ...markdownTable(
        ["metric", "threshold", "recorded", `in ${escapeText(r.stage)} now`, "result", "note"],
        rows,
        ["left", "left", "right", "right", "left", "left"]
      ),
      ""
    );
  }
  return lines.join("\n");
}
__name(promoteMarkdown, "promoteMarkdown");
function promoteGateFailure(r) {
  return r.refused.length ? `promotion of v${r.version} to ${r.stage} refused: ${r.refused.join("; ")}` : null;
}
__name(promoteGateFailure, "promoteGateFailure");

// src/action/promote-mode.ts
async function promoteMode(ctx, s, plan) {
  const model = ctx.manifest.model;
  await startHistoryFetch(ctx, s, "tags");
  const p = await promoteAndDeploy(
    ctx,
    {
      ...plan.version !== null && { version: plan.version },
      stage: plan.stage,
      push: s.inputs.push,
      store: storeSettingsFromEnv(s.env, { githubToken: s.inputs.token }),
      remote: REMOTE
    },
    actionDeploySettings(s)
  );
  const refused = p.refused.length > 0;
  const result = {
    model,
    version: p.version,
    tag: versionTag(model, p.version),
    stageTag: p.tag,
    // withDeploy sets passed: false when the deploy failed, and these when it was rolled back.
    rolledBackTo: null,
    rollbackTag: null,
    passed: !refused,
    reused: false,
    metrics: p.metrics,
    report: promoteMarkdown(p),
    gateFailure: promoteGateFailure(p),
    // The registry failed once the stage tag was pushed (the deploy still ran): exit 4, as the CLI.
    ...p.storeError && {
      gateFailure: [p.storeError.message, ...p.storeError.details.map((d) => `  ${d}`)].join("\n"),
      exitCode: EXIT_CODES.git
    }
  };
  return withDeploy(result, p.deploy);
}
__name(promoteMode, "promoteMode");
export {
  promoteMode
};
