import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/core/report/table.ts
function markdownTable(header, rows, align = []) {
  const line = /* @__PURE__ */ __name((cells) => `| ${cells.map((c) => c || " ").join(" | ")} |`, "line");
  const rule = header.map((_, i) => align[i] === "right" ? "--:" : "---");
  return [line(header), `|${rule.join("|")}|`, ...rows.map(line)];
}
__name(markdownTable, "markdownTable");

export {
  markdownTable
};
