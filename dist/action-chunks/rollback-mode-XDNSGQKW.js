import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  rollbackMarkdown
} from "./chunk-T5PID6W2.js";
import {
  deployAfterRollback,
  fetchModelHistory,
  rollback,
  trackedSettings
} from "./chunk-D3OX25ER.js";
import "./chunk-UE4TI3NM.js";
import "./chunk-HWNWZBFN.js";
import "./chunk-ONMUXIW5.js";
import "./chunk-V4CXZ45A.js";
import "./chunk-HGSBLELM.js";
import {
  storeSettingsFromEnv
} from "./chunk-WSOM6VZU.js";
import "./chunk-RRFI7CTT.js";
import "./chunk-3MIGHSNN.js";
import "./chunk-3D5N44W4.js";
import "./chunk-GXQOIZHT.js";
import {
  empty,
  versionTag
} from "./chunk-DZP5A6IB.js";
import {
  EXIT_CODES
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/action/rollback-mode.ts
async function rollbackMode(ctx, s, plan) {
  const model = ctx.manifest.model;
  await fetchModelHistory(ctx.git, model, { baseBranch: null, log: s.log });
  const deploy = deployAfterRollback(ctx, plan.stage, trackedSettings(s));
  const r = await rollback(ctx, {
    ...deploy && { deploy },
    stage: plan.stage,
    reason: plan.reason,
    push: s.inputs.push,
    remote: "origin",
    store: storeSettingsFromEnv(s.env, { githubToken: s.inputs.token })
  });
  s.log.info(
    r.tag ? `${r.tag}: v${r.from.version} withdrawn from ${r.stage}; it holds ${r.to ? `v${r.to.version}` : "nothing"} now` : `v${r.from.version} had been withdrawn from ${r.stage} already`
  );
  return {
    ...empty(model),
    version: r.to?.version ?? null,
    tag: r.to ? versionTag(model, r.to.version) : null,
    stageTag: r.tag,
    report: rollbackMarkdown(r),
    // The hook failed for the version the stage fell back to: exit 3, as the CLI.
    ...r.deployed === false && {
      gateFailure: `the deploy of v${r.to?.version ?? "?"} to ${r.stage} after the rollback failed`,
      exitCode: EXIT_CODES.eval
    }
  };
}
__name(rollbackMode, "rollbackMode");
export {
  rollbackMode
};
