import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  pushSuffix
} from "./chunk-6RAXLS7V.js";
import {
  deployOk,
  deployText
} from "./chunk-X4FEW76E.js";
import "./chunk-43RIPF6U.js";
import "./chunk-ZJC7X57Q.js";
import {
  plainCheckLine
} from "./chunk-5GW5BYNW.js";
import "./chunk-UN4BW3X4.js";
import {
  openApp
} from "./chunk-22NK363L.js";
import "./chunk-EJEFKAN4.js";
import {
  EXIT_CODES
} from "./chunk-NNAQNCWD.js";
import "./chunk-5VN3OPDC.js";
import {
  exitCodesHelp
} from "./chunk-I3GXCFIF.js";
import "./chunk-3CYXKRVX.js";

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
function promoteText(r, remote = "origin") {
  const pushed = pushSuffix(r.pushed, remote);
  const lines = [];
  const failed = afterFailedDeploy(r);
  if (r.promoted) {
    lines.push(`Promoted ${r.model} v${r.version} to ${r.stage}: ${r.tag}${pushed}`);
    if (failed) lines.push(`\u2026 but ${failed}`);
  } else if (r.already)
    lines.push(
      `${r.model} v${r.version} is already in ${r.stage} (${r.tag}): nothing to do${pushed}`
    );
  else {
    lines.push(`Refused: ${r.model} v${r.version} was not promoted to ${r.stage} (no tag made)`);
    for (const reason of r.refused) lines.push(`  - ${reason}`);
  }
  if (r.checks.length) {
    lines.push("", "checks:");
    for (const c of r.checks) lines.push(`  ${plainCheckLine(c)}`);
  }
  return lines.join("\n");
}

// src/cli/commands/promote.ts
function register(program, context) {
  program.command("promote").description("promote a version to a stage if the stage's thresholds pass").argument("<version>", "the version: 1.2.0, v1.2.0 or MODEL@v1.2.0").argument("<stage>", "a stage of the manifest").option("--push", "push the stage tag (git push --atomic), retrying if a concurrent run took N").option("--remote <name>", "the remote to push to", "origin").option("--json", "print one JSON document on stdout").addHelpText("after", `
${exitCodesHelp("promote")}`).action(async (version, stage, opts) => {
    const ctx = context();
    const [{ promoteAndDeploy, withdrawOnFailure: withdraw }, app] = await Promise.all([
      import("./work-SCZXL5MQ.js"),
      openApp(ctx)
    ]);
    const result = await promoteAndDeploy(
      app,
      {
        version,
        stage,
        fetchHistory: true,
        ...opts.push && { push: true },
        ...opts.remote !== void 0 && { remote: opts.remote }
      },
      { withdraw }
    );
    ctx.out.print(promoteText(result, opts.remote ?? "origin"));
    if (result.deploy) ctx.out.print(deployText(result.deploy));
    if (opts.json) ctx.out.result(result);
    if (result.refused.length) ctx.setExitCode(EXIT_CODES.threshold);
    if (result.storeError) {
      ctx.out.note(`lepton: ${result.storeError.message}`);
      for (const d of result.storeError.details) ctx.out.note(`  ${d}`);
      ctx.setExitCode(EXIT_CODES.git);
    }
    if (result.deploy && !deployOk(result.deploy)) ctx.setExitCode(EXIT_CODES.eval);
  });
}
export {
  register
};
