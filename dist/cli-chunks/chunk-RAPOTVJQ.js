import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  formatIssue,
  validateManifest
} from "./chunk-MN3VEYEN.js";
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

// src/io/manifests.ts
import { join } from "node:path";
async function findManifests(git) {
  const r = await git.run([
    "ls-files",
    "-z",
    "--cached",
    "--others",
    "--exclude-standard",
    "--",
    ":(glob)**/lepton.yml"
  ]);
  const rel = [...new Set(r.stdout.split("\0").filter(Boolean))].sort();
  return rel.map((p) => join(git.cwd, p));
}

export {
  ManifestInvalidError,
  loadManifest,
  findManifests
};
