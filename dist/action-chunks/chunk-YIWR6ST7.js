import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  InputFileError,
  MANIFEST_MAX_BYTES,
  readInputText,
  sizeText,
  validateManifestLazily
} from "./chunk-LXS66HZP.js";
import {
  formatIssue
} from "./chunk-QZDZ6KXE.js";
import {
  plainText
} from "./chunk-4TO6S54C.js";
import {
  LeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/io/manifest-file.ts
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
    text = await readInputText(path, MANIFEST_MAX_BYTES);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    throw new LeptonError(
      "invalid",
      `cannot read manifest ${plainText(path, 500)}: ${e.reason}`,
      manifestReadHints(path, e.code)
    );
  }
  const result = await validateManifestLazily(text, displayName);
  if (!result.ok) throw new ManifestInvalidError(displayName, result.issues);
  return result.manifest;
}
__name(loadManifest, "loadManifest");
function manifestReadHints(path, code) {
  if (code === "ENOENT") {
    return /[*?[\]{}]/.test(path) ? [
      "this command reads one manifest: name it (models/a/lepton.yml); a glob is for ls, affected and the Action"
    ] : [
      "write one with `lepton init` in the model's folder, or name the one you have (the CLI's --manifest FILE, the Action's manifest input); `lepton ls` lists the repository's models"
    ];
  }
  if (code === "EISDIR" || code === "ENOTREG") {
    return [
      "name the manifest file itself (models/a/lepton.yml); -C DIR names the folder to work in"
    ];
  }
  if (code === "EFBIG") {
    return [
      `a manifest is a few KiB of YAML (at most ${sizeText(MANIFEST_MAX_BYTES)}): check that --manifest names the lepton.yml, not a data file`
    ];
  }
  return [];
}
__name(manifestReadHints, "manifestReadHints");

export {
  ManifestInvalidError,
  loadManifest
};
