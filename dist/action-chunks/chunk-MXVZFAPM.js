import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  commentMarker,
  upsertStickyComment
} from "./chunk-LPK3EN3F.js";
import {
  openGitHubClient
} from "./chunk-3D5N44W4.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/report/comment.ts
function withCommit(report, commit) {
  const c = typeof commit === "string" ? { commit, mergeOf: null } : commit;
  const what = c.mergeOf ? `${c.commit}, the merge of ${c.mergeOf.head} into ${c.mergeOf.base}` : c.commit;
  return `${report.replace(/\n*$/, "\n")}
<sub>Evaluated commit ${what}.</sub>
`;
}
__name(withCommit, "withCommit");

// src/action/comment.ts
var SHA = /^[0-9a-f]{40}$/;
async function commentOnPullRequest(c) {
  const [owner, repo] = (c.repository ?? "").split("/");
  if (!owner || !repo) {
    c.log.warn("GITHUB_REPOSITORY is not set: the pull request comment is skipped");
    return;
  }
  if (!c.token) {
    c.log.warn("no token: the pull request comment is skipped");
    return;
  }
  const client = await openGitHubClient({
    token: c.token,
    ...c.apiUrl && { baseUrl: c.apiUrl },
    ...c.paceMs !== void 0 && { paceMs: c.paceMs },
    warn: c.log.warn
  });
  const pr = `pull request #${c.pullRequest}`;
  try {
    if (c.commit !== null) {
      const head = await headOf(client, owner, repo, c.pullRequest);
      if (head !== c.commit) {
        c.log.info(
          `not commenting on ${pr}: this run evaluated ${c.commit}, but the pull request's head is now ${head}; the run for that commit comments`
        );
        return;
      }
    }
    const r = await upsertStickyComment(
      client,
      { owner, repo, issueNumber: c.pullRequest },
      commentMarker(c.model),
      named(c),
      { info: c.log.info }
    );
    if (r.outcome === "denied") {
      c.log.warn(
        `could not comment on ${pr} (HTTP ${r.status}: ${r.message}). A fork's pull request gets a read-only token; otherwise grant \`pull-requests: write\`. The report is in the job summary; the check is decided by the thresholds alone.`
      );
    } else {
      c.log.info(`${r.outcome} the comment on ${pr}: ${r.url}`);
      if (r.removed.length) c.log.info(`deleted duplicate comment(s) ${r.removed.join(", ")}`);
    }
  } catch (e) {
    const status = e.status;
    c.log.warn(
      `could not comment on ${pr}: ${typeof status === "number" ? `HTTP ${status}: ` : ""}${e.message}`
    );
  }
}
__name(commentOnPullRequest, "commentOnPullRequest");
function named(c) {
  if (c.evaluated && SHA.test(c.evaluated.commit)) return withCommit(c.report, c.evaluated);
  return c.commit !== null && SHA.test(c.commit) ? withCommit(c.report, c.commit) : c.report;
}
__name(named, "named");
async function headOf(client, owner, repo, number) {
  const r = await client.rest.pulls.get({ owner, repo, pull_number: number });
  return r.data.head.sha;
}
__name(headOf, "headOf");

export {
  withCommit,
  commentOnPullRequest
};
