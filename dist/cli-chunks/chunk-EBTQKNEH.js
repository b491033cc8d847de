import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

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
    ":(glob)**/lepton.yml",
    // A GitHub workflow may well be called lepton.yml; nothing under .github/ is a model.
    ":(glob,exclude).github/**"
  ]);
  const rel = [...new Set(r.stdout.split("\0").filter(Boolean))].sort();
  return rel.map((p) => join(git.cwd, p));
}

export {
  findManifests
};
