import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/action/workflow-commands.ts
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync } from "node:fs";
import { access, appendFile } from "node:fs/promises";
import { constants } from "node:fs";
import { EOL } from "node:os";
function commandValue(input) {
  if (input === null || input === void 0) return "";
  if (typeof input === "string" || input instanceof String) return String(input);
  return JSON.stringify(input);
}
__name(commandValue, "commandValue");
var escapeData = /* @__PURE__ */ __name((s) => commandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"), "escapeData");
var escapeProperty = /* @__PURE__ */ __name((s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C"), "escapeProperty");
function issueCommand(name, properties, message) {
  const keys = Object.keys(properties);
  const props = keys.filter((k) => Boolean(properties[k])).map((k) => `${k}=${escapeProperty(properties[k])}`).join(",");
  const head = `::${name || "missing.command"}${keys.length ? ` ${props}` : ""}`;
  process.stdout.write(`${head}::${escapeData(message)}${EOL}`);
}
__name(issueCommand, "issueCommand");
function issueFileCommand(command, key, value) {
  const file = process.env[`GITHUB_${command}`];
  if (!file) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = commandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (text.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  appendFileSync(file, `${key}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, "utf8");
}
__name(issueFileCommand, "issueFileCommand");
function getInput(name) {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "").trim();
}
__name(getInput, "getInput");
function getBooleanInput(name) {
  const value = getInput(name);
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``
  );
}
__name(getBooleanInput, "getBooleanInput");
function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand("OUTPUT", name, value);
  process.stdout.write(EOL);
  issueCommand("set-output", { name }, commandValue(value));
}
__name(setOutput, "setOutput");
var setSecret = /* @__PURE__ */ __name((secret) => issueCommand("add-mask", {}, secret), "setSecret");
var annotation = /* @__PURE__ */ __name((kind) => (message, p = {}) => issueCommand(
  kind,
  Object.keys(p).length ? {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn
  } : {},
  message instanceof Error ? message.toString() : message
), "annotation");
var error = annotation("error");
var warning = annotation("warning");
var notice = annotation("notice");
function setFailed(message) {
  process.exitCode = 1;
  error(message);
}
__name(setFailed, "setFailed");
var info = /* @__PURE__ */ __name((message) => void process.stdout.write(message + EOL), "info");
var debug = /* @__PURE__ */ __name((message) => issueCommand("debug", {}, message), "debug");
var startGroup = /* @__PURE__ */ __name((name) => issueCommand("group", {}, name), "startGroup");
var endGroup = /* @__PURE__ */ __name(() => issueCommand("endgroup", {}, ""), "endGroup");
async function appendSummary(file, markdown) {
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
    );
  }
  await appendFile(file, markdown + EOL, { encoding: "utf8" });
}
__name(appendSummary, "appendSummary");

export {
  getInput,
  getBooleanInput,
  setOutput,
  setSecret,
  error,
  warning,
  setFailed,
  info,
  debug,
  startGroup,
  endGroup,
  appendSummary
};
