import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  textTable
} from "./chunk-43RIPF6U.js";
import "./chunk-ZJC7X57Q.js";
import {
  openApp
} from "./chunk-22NK363L.js";
import "./chunk-EJEFKAN4.js";
import "./chunk-NNAQNCWD.js";
import {
  plainText
} from "./chunk-5VN3OPDC.js";
import {
  exitCodesHelp
} from "./chunk-I3GXCFIF.js";
import "./chunk-3CYXKRVX.js";

// src/core/report/history.ts
function rows(events, cell) {
  return events.map((e) => [
    String(e.n),
    e.at.replace("T", " ").replace(/\.\d+Z$|Z$/, "Z"),
    e.kind === "assign" ? "promoted" : "rolled back",
    cell(e.stage),
    e.version === null ? "\u2014" : `v${cell(e.version)}`,
    e.by === null ? "\u2014" : cell(e.by),
    e.reason === null ? "" : cell(e.reason),
    e.runUrl ?? ""
  ]);
}
var HEADER = ["N", "time", "event", "stage", "version", "by", "reason", "run"];
function historyText(model, events) {
  if (events.length === 0) return `${plainText(model)}: no stage events yet`;
  const [header, ...body] = [HEADER, ...rows(events, plainText)];
  return [
    `${plainText(model)}: ${events.length} stage event${events.length === 1 ? "" : "s"}, newest first`,
    "",
    ...textTable(header ?? [], body).map((l) => `  ${l.trimEnd()}`)
  ].join("\n");
}
function heldAtText(model, at, stages) {
  const names = Object.keys(stages);
  const lines = [`${plainText(model)} at ${at}:`];
  if (names.length === 0) lines.push("  no stages");
  for (const s of names) {
    const h = stages[s];
    lines.push(
      `  ${plainText(s)}: ${h ? `v${plainText(h.version ?? "(unversioned commit)")} (${plainText(h.tag)})` : "empty"}`
    );
  }
  return lines.join("\n");
}

// src/cli/commands/history.ts
function register(program, context) {
  program.command("history").argument("[stage]", "only this stage").description(
    "the audit trail of stage changes, newest first: who put which version where, when, why, from which run"
  ).option("--at <time>", "instead: which version held each stage at this ISO 8601 time").option("--json", "print one JSON document on stdout").addHelpText(
    "after",
    `
Examples:
  lepton history
  lepton history production --json
  lepton history --at 2026-11-01T12:00:00Z
${exitCodesHelp("history")}`
  ).action(async (stage, opts) => {
    const ctx = context();
    const [{ history }, app] = await Promise.all([import("./work-SCZXL5MQ.js"), openApp(ctx)]);
    const result = await history(app, {
      ...stage !== void 0 && { stage },
      ...opts.at !== void 0 && { at: opts.at }
    });
    if (opts.json) ctx.out.result(result);
    else if ("events" in result) ctx.out.print(historyText(result.model, result.events));
    else ctx.out.print(heldAtText(result.model, result.at, result.stages));
  });
}
export {
  register
};
