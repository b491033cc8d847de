import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  parsePinned,
  pullArtifact
} from "./chunk-WRWUL4OF.js";
import {
  storeSettings
} from "./chunk-7G7XTQ5D.js";
import {
  fetchModelTags,
  readRecord
} from "./chunk-GESJICZ4.js";
import {
  parseVersionArg
} from "./chunk-MRZBPK6Y.js";
import {
  findVersion,
  readRegistry
} from "./chunk-4LCEGOUY.js";
import "./chunk-AKFQBEK6.js";
import "./chunk-5GW5BYNW.js";
import "./chunk-UN4BW3X4.js";
import "./chunk-TCAMXS2I.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-OWTKKGJO.js";
import "./chunk-ZLIFJCGQ.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-WFCPIERG.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-LX2SX5IJ.js";
import "./chunk-3CYXKRVX.js";

// src/app/pull.ts
import { resolve } from "node:path";
async function pull(ctx, options) {
  const model = ctx.manifest.model;
  let registry = await readRegistry(ctx.git, model);
  let entry = resolveRef(registry, options.ref, model);
  if (!entry && ctx.repoRoot) {
    const remote = options.remote ?? "origin";
    try {
      await fetchModelTags(ctx.git, remote, model, (m) => ctx.log.warn(m));
      registry = await readRegistry(ctx.git, model);
      entry = resolveRef(registry, options.ref, model);
    } catch (e) {
      ctx.log.warn(`could not fetch ${remote}'s tags: ${e.message}`);
    }
  }
  if (!entry)
    throw notFound(
      registry,
      options.ref,
      ctx.manifest.stages.map((s) => s.name),
      model
    );
  const artifact = (await readRecord(ctx.git, entry))?.artifact;
  if (!artifact?.ref || !artifact.digest) {
    throw new LeptonError("invalid", `${entry.tag} has no artifact in a model store`, [
      "it was recorded without artifacts.store; set it in lepton.yml and record a new version"
    ]);
  }
  const pinned = parsePinned(artifact.ref);
  if (pinned.digest !== artifact.digest) {
    throw new LeptonError(
      "invalid",
      `${entry.tag}'s record names two digests: ${artifact.ref} and ${artifact.digest}`
    );
  }
  const dir = resolve(ctx.modelDir, options.to ?? ".");
  ctx.log.info(`pulling ${entry.tag} from ${artifact.ref} into ${dir}`);
  const files = await pullArtifact({
    ref: pinned,
    settings: storeSettings(ctx, options.store),
    dir
  });
  return {
    model,
    version: entry.version,
    tag: entry.tag,
    ref: artifact.ref,
    digest: artifact.digest,
    dir,
    files: files.map((f) => ({ path: f.title, size: f.size, digest: f.digest }))
  };
}
function notFound(registry, ref, stages, model) {
  const hash = ref.indexOf("#");
  const stage = hash >= 0 ? ref.slice(hash + 1) : null;
  if (stage !== null && (stages.includes(stage) || Object.hasOwn(registry.stages, stage))) {
    const holder = registry.stages[stage]?.version;
    if (!holder) {
      return new LeptonError("invalid", `${ref}: ${stage} holds no version of ${model}`, [
        `\`lepton promote VERSION ${stage}\` assigns one; \`lepton show\` lists the stages`
      ]);
    }
  } else if (stage !== null) {
    return new LeptonError("invalid", `${ref}: ${model} has no stage "${stage}"`, [
      stages.length ? `its stages (lepton.yml): ${stages.join(", ")}` : "lepton.yml names no stage (stages:)"
    ]);
  }
  return new LeptonError("invalid", `${ref}: no such version of ${model}`, [
    "REF is 1.2.0, v1.2.0, MODEL@v1.2.0 or MODEL#STAGE; `lepton show` lists the versions"
  ]);
}
function resolveRef(registry, ref, model) {
  const hash = ref.indexOf("#");
  if (hash >= 0) {
    const name = ref.slice(0, hash);
    const stage = ref.slice(hash + 1);
    if (name && name !== model) {
      throw new LeptonError("invalid", `${ref} names model "${name}", not "${model}"`);
    }
    const holder = registry.stages[stage];
    return holder?.version ? findVersion(registry, holder.version) : null;
  }
  const version = parseVersionArg(ref, model);
  if (version === null) {
    throw new LeptonError(
      "invalid",
      `${ref}: expected 1.2.0, v1.2.0, ${model}@v1.2.0 or ${model}#STAGE`
    );
  }
  return findVersion(registry, version);
}
export {
  pull
};
