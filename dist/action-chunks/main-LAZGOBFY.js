import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  annotateManifestIssues,
  isGlob,
  run,
  writeJobSummary
} from "./chunk-WLTHIZJM.js";
import {
  debug,
  endGroup,
  getBooleanInput,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  warning
} from "./chunk-JSGVNJ24.js";
import "./chunk-SJLSL6VG.js";
import {
  errorReport,
  skippedReport
} from "./chunk-EFDMZQUS.js";
import {
  listenForInterrupts
} from "./chunk-HWNWZBFN.js";
import "./chunk-EJJ5NJB3.js";
import {
  empty
} from "./chunk-UYSAXCXO.js";
import {
  ManifestInvalidError
} from "./chunk-YIWR6ST7.js";
import {
  require_picomatch
} from "./chunk-LXS66HZP.js";
import "./chunk-4V3BQP3G.js";
import "./chunk-MSFD3NQF.js";
import "./chunk-W5EEA2B3.js";
import "./chunk-QZDZ6KXE.js";
import "./chunk-K3RFEF2P.js";
import "./chunk-4TO6S54C.js";
import "./chunk-W7XFMGYR.js";
import "./chunk-5622NKCU.js";
import "./chunk-3MVFEEWP.js";
import "./chunk-5M3M32FF.js";
import {
  LeptonError,
  exitCodeOf,
  isLeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name,
  __toESM
} from "./chunk-HQRR3HW4.js";

// src/action/main.ts
import { tmpdir } from "node:os";

// src/action/event.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync, readFileSync } from "node:fs";
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function planRun(inputs, event) {
  switch (inputs.command) {
    case "validate":
      return { kind: "validate" };
    case "eval": {
      const pr = PR_EVENTS.has(event.name) ? pullRequestOf(event) : null;
      return {
        kind: "eval",
        baseBranch: pr?.base ?? null,
        pullRequest: pr?.number ?? null,
        headSha: pr?.headSha ?? null
      };
    }
    case "record":
      checkRecordRef(inputs, event);
      return { kind: "record" };
    case "promote":
      refuseOnPullRequest("promote", event);
      return promotePlan(inputs, event);
    case "comment":
      return commentPlan(event);
    case "monitor":
      return { kind: "monitor", stage: inputs.stage };
    case "deploy":
      refuseOnPullRequest("deploy", event);
      if (!inputs.stage) throw new LeptonError("invalid", 'deploy needs the "stage" input');
      return { kind: "deploy", stage: inputs.stage, version: inputs.version };
    case "rollback":
      refuseOnPullRequest("rollback", event);
      return rollbackPlan(inputs, event);
    case "plan":
      return skip("command plan routes nothing");
    case "auto":
      return autoPlan(inputs, event);
  }
}
__name(planRun, "planRun");
var PAYLOAD_EVENTS = /* @__PURE__ */ new Set(["push", "workflow_dispatch", "release", "workflow_run"]);
function autoPlan(inputs, event) {
  const { name, payload } = event;
  if (event.unread !== void 0 && PAYLOAD_EVENTS.has(name)) {
    throw new LeptonError(
      "invalid",
      `the ${name} event's payload could not be read: ${event.unread}`,
      [
        "the runner writes the whole payload for every event: a step that sets GITHUB_EVENT_NAME or GITHUB_EVENT_PATH itself must give one too"
      ]
    );
  }
  if (name === "pull_request_target") {
    throw new LeptonError(
      "invalid",
      `command "auto" does not evaluate pull requests on pull_request_target: that job holds your secrets and a write token, so evaluating the pull request's code there hands them to it (and its default checkout is the base branch, not the pull request)`,
      [
        "evaluate on pull_request instead; for pull requests from forks use the split: examples/workflows/lepton-pr.yml (command: eval, no permissions) + lepton-pr-comment.yml (command: comment on workflow_run) \u2014 docs/security.md"
      ]
    );
  }
  if (name === "pull_request") {
    const pr = pullRequestOf(event);
    return { kind: "eval", baseBranch: pr.base, pullRequest: pr.number, headSha: pr.headSha };
  }
  if (name === "push") {
    const main2 = payload.repository?.default_branch;
    if (!main2) {
      throw new LeptonError(
        "invalid",
        "the push event's payload names no default branch (repository.default_branch): cannot tell whether this push may record"
      );
    }
    const branch = payload.ref?.startsWith("refs/heads/") ? payload.ref.slice(11) : null;
    if (payload.ref !== `refs/heads/${main2}` && !(branch !== null && recordAllowed(inputs, branch))) {
      return skip(
        `a push to ${payload.ref ?? "an unknown ref"} is not a push to the default branch (${main2}): nothing to record`
      );
    }
    return { kind: "record" };
  }
  if (name === "workflow_dispatch") {
    const asked = payload.inputs?.rollback;
    if (asked === true || asked === "true") return rollbackPlan(inputs, event);
    if (!inputs.stage) {
      return skip(
        'workflow_dispatch without the "stage" input: nothing to promote (set command: record or eval to run those)'
      );
    }
    return promotePlan(inputs, event);
  }
  if (name === "workflow_run") return commentPlan(event);
  if (name === "schedule") return { kind: "monitor", stage: inputs.stage };
  if (name === "release") {
    if (payload.action !== "published") {
      return skip(`release ${payload.action ?? ""} is not "published": nothing to promote`);
    }
    return promotePlan(inputs, event);
  }
  return skip(
    `nothing to do on the "${name || "unknown"}" event (Lepton acts on pull_request, push to the default branch, workflow_dispatch with a stage, release published, and schedule)`
  );
}
__name(autoPlan, "autoPlan");
function refuseOnPullRequest(command, event) {
  if (!PR_EVENTS.has(event.name)) return;
  throw new LeptonError(
    "invalid",
    `command "${command}" does not run on the ${event.name} event: it would change a stage from the pull request's code, before anyone merged it`,
    [
      `run ${command} from a workflow on push to the default branch, release: published or workflow_dispatch (examples/workflows/) \u2014 docs/security.md`
    ]
  );
}
__name(refuseOnPullRequest, "refuseOnPullRequest");
function checkRecordRef(inputs, event) {
  const way = `record from a workflow on push to the default branch (examples/workflows/lepton.yml); to record from other branches too (release branches), list them in the "record-branches" input`;
  if (PR_EVENTS.has(event.name)) {
    throw new LeptonError(
      "invalid",
      `command "record" does not run on the ${event.name} event: it would record the pull request's unmerged code as a version, which a promote without a version would then pick`,
      [way, "to gate a pull request, use command: eval (or auto)"]
    );
  }
  const ref = event.payload.ref ?? event.ref;
  const main2 = event.payload.repository?.default_branch;
  if (!main2) {
    throw new LeptonError(
      "invalid",
      `command "record" on the ${event.name || "unknown"} event: the payload names no default branch (repository.default_branch), so whether ${ref ?? "this ref"} may record cannot be told`,
      [...event.unread ? [event.unread] : [], way]
    );
  }
  const branch = ref?.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : null;
  if (branch === main2) return;
  if (branch !== null && recordAllowed(inputs, branch)) return;
  throw new LeptonError(
    "invalid",
    `command "record" records only the default branch (${main2})${inputs.recordBranches?.length ? ` and ${inputs.recordBranches.join(", ")}` : ""}, not ${ref ?? "an unknown ref"}: a version recorded from unmerged code would be promoted as the latest that passed`,
    [way]
  );
}
__name(checkRecordRef, "checkRecordRef");
var recordAllowed = /* @__PURE__ */ __name((inputs, branch) => (inputs.recordBranches ?? []).some((p) => (0, import_picomatch.default)(p, { dot: true })(branch)), "recordAllowed");
function rollbackPlan(inputs, event) {
  const given = event.payload.inputs ?? {};
  const text = /* @__PURE__ */ __name((v) => typeof v === "string" && v.trim() ? v.trim() : null, "text");
  const stage = inputs.stage ?? text(given.stage);
  const reason = inputs.reason ?? text(given.reason);
  const missing = [...stage ? [] : ['"stage"'], ...reason ? [] : ['"reason"']];
  if (!stage || !reason) {
    throw new LeptonError("invalid", `rollback needs the ${missing.join(" and ")} input`, [
      "see examples/workflows/lepton-rollback.yml (workflow_dispatch with required stage and reason)"
    ]);
  }
  return { kind: "rollback", stage, reason };
}
__name(rollbackPlan, "rollbackPlan");
function promotePlan(inputs, event) {
  const release = event.name === "release" ? event.payload.release?.tag_name : void 0;
  let version = inputs.version;
  let tagModel = null;
  if (!version && release) {
    const parsed = parseReleaseTag(release);
    if (!parsed)
      return skip(
        `the release tag "${release}" does not name a version (expected MODEL@vX.Y.Z or vX.Y.Z)`
      );
    version = parsed.version;
    tagModel = parsed.model;
  }
  if (!inputs.stage) {
    throw new LeptonError("invalid", 'promote needs the "stage" input (the stage to promote to)');
  }
  return { kind: "promote", stage: inputs.stage, version, tagModel };
}
__name(promotePlan, "promotePlan");
function parseReleaseTag(tag) {
  const m = /^(?:([a-zA-Z0-9](?:[a-zA-Z0-9\-/_]*[a-zA-Z0-9])?)@)?v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.\-+]*)?)$/.exec(
    tag
  );
  return m ? { model: m[1] ?? null, version: m[2] } : null;
}
__name(parseReleaseTag, "parseReleaseTag");
function pullRequestOf(event) {
  const pr = event.payload.pull_request;
  const number = pr?.number;
  const sha = pr?.head?.sha;
  const missing = typeof number !== "number" || !Number.isSafeInteger(number) || number < 1 ? "no pull request number" : typeof sha !== "string" || !/^[0-9a-f]{40}$/.test(sha) ? "no head commit (pull_request.head.sha)" : null;
  if (missing !== null) {
    throw new LeptonError(
      "invalid",
      `the ${event.name} event's payload carries ${missing}: nothing to evaluate the pull request against`,
      [
        event.unread ?? "the payload at GITHUB_EVENT_PATH lacks it",
        "the runner writes the whole payload for every event: a step that sets GITHUB_EVENT_NAME or GITHUB_EVENT_PATH itself must give one too"
      ]
    );
  }
  const base = pr?.base?.ref;
  return {
    number,
    base: typeof base === "string" && base ? base : null,
    headSha: sha
  };
}
__name(pullRequestOf, "pullRequestOf");
function commentPlan(event) {
  if (event.name !== "workflow_run") {
    throw new LeptonError(
      "invalid",
      `command "comment" runs on the workflow_run event (after the eval workflow), not on "${event.name || "unknown"}"`,
      ["see examples/workflows/lepton-pr-comment.yml"]
    );
  }
  const run2 = event.payload.workflow_run;
  if (run2?.event !== "pull_request" && run2?.event !== "pull_request_target") {
    return skip(
      `the triggering run was for a ${run2?.event ?? "unknown"} event, not a pull request: nothing to comment`
    );
  }
  const id = run2.id;
  const sha = run2.head_sha;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || typeof sha !== "string" || !/^[0-9a-f]{40}$/.test(sha)) {
    throw new LeptonError("invalid", "the workflow_run event names no run id and head commit");
  }
  const full = run2.head_repository?.full_name;
  return {
    kind: "comment",
    runId: id,
    headSha: sha,
    headRepository: typeof full === "string" && full ? full : null,
    pullRequests: (run2.pull_requests ?? []).map((p) => p.number).filter((n) => typeof n === "number" && Number.isSafeInteger(n))
  };
}
__name(commentPlan, "commentPlan");
var skip = /* @__PURE__ */ __name((reason) => ({ kind: "skip", reason }), "skip");
function withEventInputs(inputs, event) {
  const given = event.name === "workflow_dispatch" ? event.payload.inputs ?? {} : {};
  const text = /* @__PURE__ */ __name((v) => typeof v === "string" && v.trim() ? v.trim() : null, "text");
  return {
    ...inputs,
    stage: inputs.stage ?? text(given.stage),
    version: inputs.version ?? text(given.version),
    reason: inputs.reason ?? text(given.reason)
  };
}
__name(withEventInputs, "withEventInputs");
function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const path = env.GITHUB_EVENT_PATH;
  const ref = env.GITHUB_REF ? { ref: env.GITHUB_REF } : {};
  if (!path) return { name, payload: {}, unread: "GITHUB_EVENT_PATH is not set", ...ref };
  if (!existsSync(path)) {
    return {
      name,
      payload: {},
      unread: `GITHUB_EVENT_PATH names ${path}, which does not exist`,
      ...ref
    };
  }
  try {
    return { name, payload: JSON.parse(readFileSync(path, "utf8")), ...ref };
  } catch (e) {
    throw new LeptonError(
      "invalid",
      `cannot read the event payload ${path}: ${e.message}`
    );
  }
}
__name(readEvent, "readEvent");

// src/action/inputs.ts
var COMMANDS = [
  "auto",
  "validate",
  "eval",
  "record",
  "promote",
  "comment",
  "monitor",
  "deploy",
  "rollback",
  "plan"
];
function readInputs() {
  const token = getInput("token");
  if (token) setSecret(token);
  const command = getInput("command") || "auto";
  if (!COMMANDS.includes(command)) {
    throw new LeptonError(
      "invalid",
      `input "command" must be one of ${COMMANDS.join(", ")} (got "${command}")`
    );
  }
  return {
    command,
    manifest: getInput("manifest") || "lepton.yml",
    workingDirectory: getInput("working-directory") || ".",
    version: getInput("version") || null,
    stage: getInput("stage") || null,
    reason: getInput("reason").trim() || null,
    token,
    comment: booleanInput("comment", true),
    push: booleanInput("push", true),
    failOnThreshold: booleanInput("fail-on-threshold", true),
    issue: booleanInput("issue", false),
    shards: getInput("shards") || null,
    recordBranches: getInput("record-branches").split(/[\n,]/).map((b) => b.trim()).filter((b) => b !== "")
  };
}
__name(readInputs, "readInputs");
function booleanInput(name, fallback) {
  if (getInput(name) === "") return fallback;
  try {
    return getBooleanInput(name);
  } catch {
    throw new LeptonError(
      "invalid",
      `input "${name}" must be true or false (got ${JSON.stringify(getInput(name))})`,
      ["YAML 1.2 core schema booleans: true, True, TRUE, false, False, FALSE"]
    );
  }
}
__name(booleanInput, "booleanInput");

// src/action/logger.ts
import { randomUUID } from "node:crypto";
function actionsLogger() {
  let stopped = false;
  let atLineStart = true;
  const deferred = [];
  return {
    info: /* @__PURE__ */ __name((message) => info(message), "info"),
    warn: /* @__PURE__ */ __name((message) => stopped ? void deferred.push(message) : warning(message), "warn"),
    output: /* @__PURE__ */ __name((chunk) => {
      if (chunk === "") return;
      process.stdout.write(chunk);
      atLineStart = chunk.endsWith("\n");
    }, "output"),
    group: /* @__PURE__ */ __name(async (name, work) => {
      startGroup(name);
      const resume = randomUUID();
      process.stdout.write(`::stop-commands::${resume}
`);
      stopped = true;
      try {
        return await work();
      } finally {
        process.stdout.write(`${atLineStart ? "" : "\n"}::${resume}::
`);
        atLineStart = true;
        stopped = false;
        endGroup();
        for (const message of deferred.splice(0)) warning(message);
      }
    }, "group")
  };
}
__name(actionsLogger, "actionsLogger");

// src/action/outputs.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function publish(result, tempDir, summaryFile) {
  await mkdir(tempDir, { recursive: true });
  const reportPath = join(tempDir, `lepton-${result.model ?? "run"}-report.md`);
  await writeFile(reportPath, result.report);
  setOutput("version", result.version ?? "");
  setOutput("tag", result.tag ?? "");
  setOutput("stage-tag", result.stageTag ?? "");
  setOutput("rolled-back-to", result.rolledBackTo ?? "");
  setOutput("rollback-tag", result.rollbackTag ?? "");
  setOutput("passed", String(result.passed));
  setOutput("reused", String(result.reused));
  setOutput("metrics", JSON.stringify(result.metrics));
  setOutput("report", reportPath);
  try {
    if (!await writeJobSummary(result.report, summaryFile)) {
      info(`GITHUB_STEP_SUMMARY is not set: the report is only in ${reportPath}`);
    }
  } catch (e) {
    warning(`could not write the job summary: ${e.message}`);
  }
}
__name(publish, "publish");

// src/action/main.ts
async function main() {
  const env = process.env;
  const log = actionsLogger();
  const tempDir = env.RUNNER_TEMP || tmpdir();
  const { signal } = listenForInterrupts(process);
  let inputs = null;
  let result;
  let error = null;
  try {
    const given = readInputs();
    const event = readEvent(env);
    inputs = withEventInputs(given, event);
    const shell = { env, workspace: env.GITHUB_WORKSPACE || process.cwd(), tempDir, log, signal };
    if (inputs.command === "plan")
      return await (await import("./many-NXJR7AZ4.js")).planAction(inputs, event, shell);
    const plan = planRun(inputs, event);
    if (plan.kind !== "skip" && plan.kind !== "comment" && isGlob(inputs.manifest)) {
      return await (await import("./many-NXJR7AZ4.js")).runManyAction(inputs, plan, shell);
    }
    if (plan.kind === "skip") {
      log.info(`lepton: ${plan.reason}`);
      result = { ...empty(null), report: skippedReport(plan.reason) };
    } else {
      result = await run({
        inputs,
        plan,
        env,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        tempDir,
        log,
        signal
      });
    }
  } catch (e) {
    error = e;
    result = { ...empty(null), passed: false, report: errorReport(e) };
  }
  await publish(result, tempDir, env.GITHUB_STEP_SUMMARY);
  if (error !== null) return fail(error);
  if (result.gateFailure !== null && result.exitCode !== void 0) {
    setFailed(result.gateFailure);
    process.exitCode = result.exitCode;
  } else if (result.gateFailure !== null) {
    if (inputs?.failOnThreshold ?? true) setFailed(result.gateFailure);
    else
      warning(`${result.gateFailure} (fail-on-threshold is false: the step still succeeds)`);
  }
}
__name(main, "main");
function fail(e) {
  if (e instanceof ManifestInvalidError) annotateManifestIssues(e.issues);
  if (isLeptonError(e)) {
    setFailed([e.message, ...e.details.map((d) => `  ${d}`)].join("\n"));
  } else {
    setFailed(`lepton: internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (e instanceof Error && e.stack) debug(e.stack);
  }
  process.exitCode = exitCodeOf(e);
}
__name(fail, "fail");
main().catch((e) => {
  setFailed(`lepton: internal error: ${e instanceof Error ? e.message : String(e)}`);
});
