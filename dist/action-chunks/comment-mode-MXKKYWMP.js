import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-WUXIRLSW.js";
import "./chunk-IEUR4DYH.js";
import "./chunk-QJ2QLURK.js";
import {
  empty
} from "./chunk-UYSAXCXO.js";
import "./chunk-W75T7KDA.js";
import "./chunk-4TO6S54C.js";
import {
  commentOnPullRequest
} from "./chunk-MXVZFAPM.js";
import "./chunk-LPK3EN3F.js";
import "./chunk-BODCAMWZ.js";
import {
  openGitHubClient,
  paceFromEnv
} from "./chunk-3D5N44W4.js";
import {
  downloadResults,
  validateResult
} from "./chunk-JAOP4BRH.js";
import "./chunk-LQLDQUOB.js";
import "./chunk-5M3M32FF.js";
import {
  LeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/action/comment-mode.ts
async function commentMode(s, plan) {
  const [owner, repo] = (s.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) throw new LeptonError("invalid", "GITHUB_REPOSITORY is not set");
  if (!s.inputs.token)
    throw new LeptonError("invalid", 'command "comment" needs the "token" input');
  const client = await openGitHubClient({
    token: s.inputs.token,
    ...s.env.GITHUB_API_URL && { baseUrl: s.env.GITHUB_API_URL },
    ...paceFromEnv(s.env),
    warn: s.log.warn
  });
  const found = await downloadResults(client, { owner, repo }, plan.runId);
  if (found.length === 0) {
    s.log.info(`run ${plan.runId} uploaded no lepton-result-* artifact: nothing to comment`);
    return blank(null, `Run ${plan.runId} uploaded no Lepton result: nothing to comment.`);
  }
  const docs = found.map((f) => validateResult(f.json, f.artifact));
  for (const d of docs) belongsToRun(d, plan);
  const reports = [];
  for (const d of docs) {
    const pr = await client.rest.pulls.get({ owner, repo, pull_number: d.pullRequest });
    const head = pr.data.head;
    if (plan.headRepository && head.repo?.full_name !== plan.headRepository) {
      throw new LeptonError(
        "invalid",
        `the result names pull request #${d.pullRequest}, whose head is in ${head.repo?.full_name ?? "a deleted repository"}, not ${plan.headRepository} where run ${plan.runId} ran`
      );
    }
    const report = renderMarkdownReport(d.reportInput);
    reports.push(report);
    if (!s.inputs.comment) continue;
    await commentOnPullRequest({
      token: s.inputs.token,
      repository: s.env.GITHUB_REPOSITORY,
      apiUrl: s.env.GITHUB_API_URL,
      ...paceFromEnv(s.env),
      pullRequest: d.pullRequest,
      commit: d.headSha,
      evaluated: {
        commit: d.merge?.commit ?? d.headSha,
        mergeOf: d.merge ? { head: d.headSha, base: d.merge.base } : null
      },
      model: d.model,
      report,
      log: s.log
    });
  }
  const first = docs[0];
  return {
    ...blank(first.model, reports.join("\n")),
    passed: docs.every((d) => d.passed),
    metrics: first.reportInput.metrics
  };
}
__name(commentMode, "commentMode");
function belongsToRun(d, plan) {
  if (d.headSha !== plan.headSha) {
    throw new LeptonError(
      "invalid",
      `the result of ${d.model} is for commit ${d.headSha}, but run ${plan.runId} ran for ${plan.headSha}: not posted`
    );
  }
  if (plan.pullRequests.length > 0 && !plan.pullRequests.includes(d.pullRequest)) {
    throw new LeptonError(
      "invalid",
      `the result of ${d.model} names pull request #${d.pullRequest}, but run ${plan.runId} belongs to #${plan.pullRequests.join(", #")}: not posted`
    );
  }
}
__name(belongsToRun, "belongsToRun");
function blank(model, report) {
  return { ...empty(model), report };
}
__name(blank, "blank");
export {
  commentMode
};
