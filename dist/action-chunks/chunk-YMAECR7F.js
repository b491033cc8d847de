import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/io/git-files.ts
async function trackableFiles(git, pathspec) {
  const r = await git.run([
    "ls-files",
    "-z",
    "--cached",
    "--others",
    "--exclude-standard",
    "--",
    pathspec
  ]);
  return [...new Set(r.stdout.split("\0").filter(Boolean))];
}
__name(trackableFiles, "trackableFiles");
async function hasBlob(git, id) {
  const r = await git.run(["cat-file", "-e", `${id}^{blob}`], { allowFailure: true });
  return r.code === 0;
}
__name(hasBlob, "hasBlob");

export {
  trackableFiles,
  hasBlob
};
