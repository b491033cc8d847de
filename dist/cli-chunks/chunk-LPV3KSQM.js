import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  formatIssue,
  validateManifest
} from "./chunk-HY4IBI6X.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";

// src/io/manifest-file.ts
import { readFile } from "node:fs/promises";
var ManifestInvalidError = class extends LeptonError {
  constructor(file, issues) {
    super(
      "invalid",
      `${file}: ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
      issues.map(formatIssue)
    );
    this.file = file;
    this.issues = issues;
  }
  file;
  issues;
};
async function loadManifest(path, displayName = path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = e.code;
    const why = code === "ENOENT" ? "no such file" : e.message ?? String(e);
    throw new LeptonError("invalid", `cannot read manifest ${path}: ${why}`);
  }
  const result = validateManifest(text, displayName);
  if (!result.ok) throw new ManifestInvalidError(displayName, result.issues);
  return result.manifest;
}

export {
  ManifestInvalidError,
  loadManifest
};
