import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-6ESLXGOQ.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import {
  __toESM
} from "./chunk-3CYXKRVX.js";

// src/io/services/artifact-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, sep } from "node:path";
async function expandArtifacts(patterns, modelDir, repoRoot) {
  const found = /* @__PURE__ */ new Set();
  const unmatched = [];
  const outside = [];
  const root = await realpath(repoRoot);
  for (const pattern of patterns) {
    const before = found.size + outside.length;
    const scan = import_picomatch.default.scan(pattern);
    const base = scan.base.replace(/\/+$/, "");
    const match = scan.isGlob ? (0, import_picomatch.default)(pattern, { dot: true }) : null;
    for (const file of await filesUnder(join(modelDir, base))) {
      const rel = toPosix(relative(modelDir, file));
      if (match && !match(rel)) continue;
      if (!isInside(root, await realpath(file))) outside.push(rel);
      else found.add(rel);
    }
    if (found.size + outside.length === before) unmatched.push(pattern);
  }
  return { files: [...found].sort(), unmatched, outside };
}
async function filesUnder(path) {
  const s = await stat(path).catch(() => null);
  if (!s) return [];
  if (!s.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  const files = [];
  for (const e of entries) {
    const full = join(e.parentPath ?? e.path, e.name);
    if (full.split(sep).includes(".git")) continue;
    if (e.isFile()) files.push(full);
    else if (e.isSymbolicLink() && (await stat(full).catch(() => null))?.isFile()) files.push(full);
  }
  return files;
}
var toPosix = (p) => p.split(sep).join("/");
var isInside = (root, p) => {
  const rel = relative(root, p);
  return rel === "" || rel !== ".." && !rel.startsWith(".." + sep) && !isAbsolute(rel);
};

// src/app/store.ts
import { join as join2 } from "node:path";
var oci = () => import("./oci-IQZH5LYJ.js");
var storeSettings = (ctx, given) => given ?? ctx.settings.store;
async function storeArtifact(ctx, record, given) {
  const store = ctx.manifest.store;
  if (!store) return record;
  const { pushArtifact, storeRepository } = await oci();
  const repo = storeRepository(store, ctx.manifest.model);
  const found = await expandArtifacts(
    ctx.manifest.artifacts,
    ctx.modelDir,
    ctx.repoRoot ?? ctx.modelDir
  );
  const bad = [
    ...found.unmatched.map(
      (p) => `artifacts.paths: "${p}" matched no file (did the eval build it?)`
    ),
    ...found.outside.map((p) => `${p} resolves outside the repository`),
    ...found.files.filter((f) => f.startsWith("../")).map(
      (f) => `${f} is outside the manifest's folder: its name in the artifact would climb out of the folder it is pulled into`
    )
  ];
  if (bad.length) {
    throw new LeptonError(
      "invalid",
      `cannot push ${record.model} v${record.version} to ${store}`,
      bad
    );
  }
  ctx.log.info(`pushing ${found.files.length} file(s) to ${repo.registry}/${repo.name}`);
  const pushed = await pushArtifact({
    repo,
    settings: storeSettings(ctx, given),
    files: found.files.map((title) => ({ title, path: join2(ctx.modelDir, title) })),
    config: Buffer.from(JSON.stringify(record)),
    annotations: {
      "org.opencontainers.image.version": record.version,
      "org.opencontainers.image.revision": record.commit,
      "org.opencontainers.image.created": record.created,
      ...await sourceOf(ctx)
    }
  });
  const sent = pushed.uploaded === 0 ? "the registry had every blob" : `${pushed.uploaded} bytes sent`;
  ctx.log.info(`stored ${pushed.ref} (${sent})`);
  return { ...record, artifact: { ...record.artifact, ref: pushed.ref, digest: pushed.digest } };
}
async function tagStoredVersion(ctx, record, given) {
  await pointTag(ctx, record, record?.version ?? "", given);
}
async function pointStageTag(ctx, record, stage, given) {
  return pointTag(ctx, record, stage, given);
}
async function pointTag(ctx, record, tag, given) {
  const ref = record?.artifact?.ref;
  if (!ctx.manifest.store || !ref || !record) {
    if (ctx.manifest.store && record) {
      ctx.log.warn(
        `v${record.version} has no artifact in the model store: its OCI tag ${tag} is not set`
      );
    }
    return false;
  }
  const { manifestDigestOf, parsePinned, tagManifest } = await oci();
  const pinned = parsePinned(ref);
  const settings = storeSettings(ctx, given);
  try {
    if (await manifestDigestOf(pinned, settings, tag) === pinned.digest) return false;
    await tagManifest(pinned, settings, tag);
  } catch (e) {
    if (!(e instanceof LeptonError)) throw e;
    throw new LeptonError(e.kind, e.message, [
      ...e.details,
      `the git tags are made and ${ref} holds the files; only the OCI tag :${tag} is missing: run the same command again`
    ]);
  }
  ctx.log.info(`${pinned.registry}/${pinned.name}:${tag} \u2192 ${pinned.digest}`);
  return true;
}
async function sourceOf(ctx) {
  const repo = ctx.settings.repositoryUrl;
  if (repo) return { "org.opencontainers.image.source": repo };
  const url = await ctx.git.remoteUrl("origin") ?? "";
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(\.git)?$/.exec(url);
  if (scp) return { "org.opencontainers.image.source": `https://${scp[1]}/${scp[2]}` };
  try {
    const u = new URL(url);
    if (!["https:", "http:", "ssh:"].includes(u.protocol)) return {};
    u.username = "";
    u.password = "";
    return { "org.opencontainers.image.source": u.toString().replace(/\.git$/, "") };
  } catch {
    return {};
  }
}

export {
  storeSettings,
  storeArtifact,
  tagStoredVersion,
  pointStageTag
};
