import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  CONTROLS,
  LINE_BREAKS,
  MAX_NAME,
  clip
} from "./chunk-4TO6S54C.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/report/escape.ts
var ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
var WORD_JOINER = "\u2060";
function oneLine(text, max = MAX_NAME) {
  return clip(
    text.replace(LINE_BREAKS, " ").replace(CONTROLS, " ").replace(/<!--/g, "<!\u200B--"),
    max
  );
}
__name(oneLine, "oneLine");
function escapeText(text, max = MAX_NAME) {
  return oneLine(text, max).replace(ASCII_PUNCTUATION, (c) => `\\${c}`).replace(/@/g, `@${WORD_JOINER}`).replace(/\\:\\\/\\\//g, `\\:${WORD_JOINER}\\/\\/`).replace(/(www)(\\\.)/gi, `$1${WORD_JOINER}$2`);
}
__name(escapeText, "escapeText");
function codeSpan(text, inTable = false, max = MAX_NAME) {
  let body = oneLine(text, max);
  if (body === "") return '`""`';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  if (/^[` ]|[` ]$/.test(body) && body.trim() !== "") body = ` ${body} `;
  if (inTable) body = body.replace(/\|/g, "\\|");
  return `${fence}${body}${fence}`;
}
__name(codeSpan, "codeSpan");

// src/action/result.ts
function empty(model) {
  return {
    model,
    version: null,
    tag: null,
    stageTag: null,
    rolledBackTo: null,
    rollbackTag: null,
    passed: true,
    reused: false,
    metrics: {},
    report: "",
    gateFailure: null
  };
}
__name(empty, "empty");

export {
  oneLine,
  escapeText,
  codeSpan,
  empty
};
