import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import {
  plainText
} from "./chunk-5VN3OPDC.js";

// src/cli/output-file.ts
import { accessSync, constants, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
function checkedOutputFile(cwd, option, path) {
  const file = resolve(cwd, path);
  const refuse = (why) => {
    throw new LeptonError("invalid", `${option} ${plainText(path, 500)}: ${why}`, [
      "name a file to write (its folder is made when missing)"
    ]);
  };
  const seen = statOrNull(file);
  if (seen !== null && !seen.isFile())
    refuse(seen.isDirectory() ? "is a folder" : "is not a regular file");
  let dir = dirname(file);
  for (let at = statOrNull(dir); at === null && dirname(dir) !== dir; at = statOrNull(dir)) {
    dir = dirname(dir);
  }
  const folder = statOrNull(dir);
  if (folder !== null && !folder.isDirectory()) refuse(`${dir} is not a folder`);
  try {
    accessSync(seen !== null ? file : dir, constants.W_OK);
  } catch {
    refuse(`${seen !== null ? file : dir} is not writable`);
  }
  return file;
}
function statOrNull(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

export {
  checkedOutputFile
};
