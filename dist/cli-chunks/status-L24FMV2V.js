import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  isTTY,
  manifestName,
  openApp
} from "./chunk-22NK363L.js";
import "./chunk-EJEFKAN4.js";
import {
  quotedName
} from "./chunk-XKVP7VSL.js";
import "./chunk-NNAQNCWD.js";
import "./chunk-5VN3OPDC.js";
import {
  exitCodesHelp
} from "./chunk-I3GXCFIF.js";
import "./chunk-3CYXKRVX.js";

// src/core/report/status.ts
function statusText(r) {
  const lines = [`${r.model}  ${r.fingerprint}`];
  const changed = r.changed.components.length + r.changed.data.length;
  if (r.latest === null) lines.push("no version recorded yet");
  else if (changed === 0) lines.push(`unchanged since ${r.latest.tag}`);
  else lines.push(`${changed} part${changed === 1 ? "" : "s"} changed since ${r.latest.tag}`);
  const names = [
    ...Object.keys(r.components),
    ...Object.keys(r.data),
    ...r.changed.components,
    ...r.changed.data
  ];
  const width = Math.max(...names.map((n) => n.length), 4);
  const section = (title, parts, changedNames, lists) => {
    const keys = Object.keys(parts);
    const removed = changedNames.filter((n) => !(n in parts));
    if (keys.length === 0 && removed.length === 0) return;
    lines.push("", title);
    for (const name of keys) {
      const p = parts[name];
      const mark = r.latest && changedNames.includes(name) ? "  changed" : "";
      lines.push(
        `  ${name.padEnd(width)}  ${p.hash.slice(0, 19)}  ${p.files} file${p.files === 1 ? "" : "s"}${mark}`
      );
      for (const f of lists?.[name] ?? []) lines.push(`      ${quotedName(f)}`);
    }
    for (const name of removed) lines.push(`  ${name.padEnd(width)}  (removed)`);
  };
  section("components", r.components, r.changed.components, r.files?.components);
  section("data", r.data, r.changed.data, r.files?.data);
  if (r.files?.eval?.length) {
    lines.push("", "eval's own files (in the eval settings, not the fingerprint)");
    for (const f of r.files.eval) lines.push(`      ${quotedName(f)}`);
  }
  return lines.join("\n");
}

// src/cli/commands/status.ts
function register(program, context) {
  program.command("status").description("hashes of components and data; what changed against the latest version").option("--json", "print one JSON document on stdout").option("--files", "list each part's files (the files its hash is over)").addHelpText("after", `
${exitCodesHelp("status")}`).action(async (opts) => {
    const ctx = context();
    const err = ctx.out.errStream;
    const [{ status, withManifestPositions }, app] = await Promise.all([
      import("./work-SCZXL5MQ.js"),
      openApp(ctx)
    ]);
    const result = await withManifestPositions(
      app,
      manifestName(ctx),
      () => status(app, {
        ...isTTY(err) && { onProgress: progressLine(err) },
        ...opts.files && { files: true }
      })
    );
    if (opts.json) ctx.out.result(result);
    else ctx.out.print(statusText(result));
  });
}
function progressLine(err) {
  return (p) => {
    if (p.files >= p.totalFiles) {
      err.write("\r\x1B[K");
      return;
    }
    err.write(
      `\r\x1B[Khashing ${p.files}/${p.totalFiles} files, ${bytes(p.bytes)} of ${bytes(p.totalBytes)}`
    );
  };
}
function bytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}
export {
  register
};
