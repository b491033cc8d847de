import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  validateManifestLazily
} from "./chunk-GOMWWVSW.js";
import {
  formatIssue
} from "./chunk-SNGHUKS4.js";
import {
  LeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

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
  static {
    __name(this, "ManifestInvalidError");
  }
};
async function loadManifest(path, displayName = path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = e.code;
    const why = code === "ENOENT" ? "no such file" : e.message ?? String(e);
    throw new LeptonError(
      "invalid",
      `cannot read manifest ${path}: ${why}`,
      code !== "ENOENT" ? [] : /[*?[\]{}]/.test(path) ? [
        "this command reads one manifest: name it (models/a/lepton.yml); a glob is for ls, affected and the Action"
      ] : [
        "write one with `lepton init` in the model's folder, or name the one you have (the CLI's --manifest FILE, the Action's manifest input); `lepton ls` lists the repository's models"
      ]
    );
  }
  const result = await validateManifestLazily(text, displayName);
  if (!result.ok) throw new ManifestInvalidError(displayName, result.issues);
  return result.manifest;
}
__name(loadManifest, "loadManifest");

export {
  ManifestInvalidError,
  loadManifest
};
