import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

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
async function lfsFiles(git, files) {
  if (files.length === 0) return [];
  const attrs = await git.run(["check-attr", "-z", "--stdin", "filter"], {
    input: files.join("\0") + "\0"
  });
  const fields = attrs.stdout.split("\0");
  const lfs = [];
  for (let i = 0; i + 2 < fields.length; i += 3) {
    if (fields[i + 2] === "lfs") lfs.push(fields[i]);
  }
  return lfs;
}
async function hasBlob(git, id) {
  const r = await git.run(["cat-file", "-e", `${id}^{blob}`], { allowFailure: true });
  return r.code === 0;
}
async function headCommitOrNull(git) {
  const r = await git.run(["rev-parse", "-q", "--verify", "HEAD"], { allowFailure: true });
  return r.code === 0 ? r.stdout.trim() : null;
}

export {
  trackableFiles,
  lfsFiles,
  hasBlob,
  headCommitOrNull
};
