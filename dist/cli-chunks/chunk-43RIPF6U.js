import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

// src/core/report/table.ts
function markdownTable(header, rows, align = []) {
  const line = (cells) => `| ${cells.map((c) => c || " ").join(" | ")} |`;
  const rule = header.map((_, i) => align[i] === "right" ? "--:" : "---");
  return [line(header), `|${rule.join("|")}|`, ...rows.map(line)];
}
var width = (s) => Array.from(s).length;
function textTable(header, rows, align = []) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))));
  const pad = (cell, i) => {
    const fill = " ".repeat((widths[i] ?? 0) - width(cell));
    return align[i] === "right" ? fill + cell : cell + fill;
  };
  return all.map(
    (r) => header.map((_, i) => pad(r[i] ?? "", i)).join("  ").trimEnd()
  );
}

export {
  markdownTable,
  textTable
};
