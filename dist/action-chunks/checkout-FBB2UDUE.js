import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  LeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/io/head-commit.ts
async function readHeadCommit(git) {
  const out = (await git.run(["cat-file", "--batch"], { input: "HEAD\n" })).stdout;
  const m = /^([0-9a-f]{40}|[0-9a-f]{64}) commit (\d+)\n/.exec(out);
  if (!m) return null;
  const body = out.slice(m[0].length);
  const end = body.indexOf("\n\n");
  const header = end < 0 ? body : body.slice(0, end);
  const parents = header.split("\n").filter((l) => l.startsWith("parent ")).map((l) => l.slice("parent ".length));
  return { sha: m[1], parents };
}
__name(readHeadCommit, "readHeadCommit");

// src/action/checkout.ts
var FIX = [
  "check out the pull request's merge commit (actions/checkout's default on pull_request: no `ref:`) or its head (`ref: ${{ github.event.pull_request.head.sha }}`)"
];
function pullRequestCheckout(head, pr) {
  const want = `pull request #${pr.number}'s head ${pr.headSha}`;
  if (head === null) {
    throw new LeptonError(
      "invalid",
      `nothing is checked out (HEAD names no commit), not ${want}`,
      FIX
    );
  }
  if (head.sha === pr.headSha) return { commit: head.sha, mergeOf: null };
  if (head.parents.length === 2 && head.parents.includes(pr.headSha)) {
    const base = head.parents.find((p) => p !== pr.headSha) ?? pr.headSha;
    return { commit: head.sha, mergeOf: { head: pr.headSha, base } };
  }
  const merge = head.parents.length > 1 ? ` (a merge of ${head.parents.join(" and ")})` : "";
  throw new LeptonError(
    "invalid",
    `the checked-out commit ${head.sha}${merge} is neither ${want} nor a merge of it: Lepton will not evaluate it and report it as the pull request's`,
    FIX
  );
}
__name(pullRequestCheckout, "pullRequestCheckout");
async function checkPullRequestCheckout(git, pr) {
  return pullRequestCheckout(await readHeadCommit(git), pr);
}
__name(checkPullRequestCheckout, "checkPullRequestCheckout");
export {
  checkPullRequestCheckout,
  pullRequestCheckout
};
