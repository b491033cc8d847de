import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  rollbackMarkdown
} from "./chunk-43VRXYDM.js";
import {
  deployAfterRollback,
  rollback,
  trackedSettings
} from "./chunk-IEAYGLPK.js";
import "./chunk-K6T5P3UC.js";
import "./chunk-FLYI36XD.js";
import "./chunk-HWNWZBFN.js";
import "./chunk-EJJ5NJB3.js";
import "./chunk-QJ2QLURK.js";
import {
  empty
} from "./chunk-UYSAXCXO.js";
import "./chunk-TPH3SVRP.js";
import "./chunk-W75T7KDA.js";
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

// src/action/rollback-mode.ts
async function rollbackMode(ctx, s, plan) {
  const model = ctx.manifest.model;
  await startHistoryFetch(ctx, s, "tags");
  const deploy = deployAfterRollback(ctx, plan.stage, trackedSettings(s));
  const r = await rollback(ctx, {
    ...deploy && { deploy },
    stage: plan.stage,
    reason: plan.reason,
    // The Action has no allow-empty input (docs/rollback.md): emptying a stage is the CLI's call.
    allowEmptyHint: `the Action never leaves a stage empty; to withdraw it anyway, run lepton rollback ${plan.stage} --reason TEXT --allow-empty --push from a clone`,
    push: s.inputs.push,
    remote: REMOTE,
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
    rolledBackTo: r.to?.version ?? null,
    rollbackTag: r.tag,
    report: rollbackMarkdown(r),
    // The registry failed once the git tag was made: exit 4, as the CLI.
    ...r.storeError && {
      gateFailure: [r.storeError.message, ...r.storeError.details.map((d) => `  ${d}`)].join("\n"),
      exitCode: EXIT_CODES.git
    },
    // The hook failed for the version the stage fell back to: exit 3, as the CLI.
    ...r.deployed === false && {
      passed: false,
      gateFailure: `the deploy of v${r.to?.version ?? "?"} to ${r.stage} after the rollback failed`,
      exitCode: EXIT_CODES.eval
    }
  };
}
__name(rollbackMode, "rollbackMode");
export {
  rollbackMode
};
