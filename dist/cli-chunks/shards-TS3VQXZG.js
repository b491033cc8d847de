import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  fingerprintProject,
  metricsKeyLocation,
  readMetricsFiles,
  runEvalCommand,
  snapshotMetricsFiles
} from "./chunk-MRBSS7W5.js";
import {
  evalSettingsHash
} from "./chunk-EF7KBQEY.js";
import "./chunk-GESJICZ4.js";
import "./chunk-MRZBPK6Y.js";
import {
  headCommitOrNull
} from "./chunk-DCAMK6TN.js";
import "./chunk-4LCEGOUY.js";
import "./chunk-AKFQBEK6.js";
import {
  checkShards,
  mergeShardMetrics,
  parseShard,
  shardResult
} from "./chunk-J5VXWWDA.js";
import {
  oneLine
} from "./chunk-ZJC7X57Q.js";
import "./chunk-5GW5BYNW.js";
import "./chunk-UN4BW3X4.js";
import "./chunk-TCAMXS2I.js";
import "./chunk-M43L6P5J.js";
import {
  evalSettingsWithFiles
} from "./chunk-XZDXFT7T.js";
import "./chunk-6ESLXGOQ.js";
import "./chunk-OWTKKGJO.js";
import {
  writeFileAtomic
} from "./chunk-ZLIFJCGQ.js";
import "./chunk-MUEX25PC.js";
import "./chunk-2A6UWNUB.js";
import "./chunk-GMIEMMPZ.js";
import "./chunk-XKVP7VSL.js";
import {
  InputFileError,
  readInputText
} from "./chunk-EAKUNXN4.js";
import {
  DEFAULT_KILL_GRACE_MS
} from "./chunk-WFCPIERG.js";
import {
  LeptonError
} from "./chunk-NNAQNCWD.js";
import "./chunk-4YM7E7F7.js";
import "./chunk-5VN3OPDC.js";
import "./chunk-LX2SX5IJ.js";
import "./chunk-3CYXKRVX.js";

// src/app/shards.ts
import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
async function evalShard(ctx, shard, file) {
  const m = ctx.manifest;
  const [fp, commit] = await Promise.all([
    fingerprintProject(ctx),
    ctx.repoRoot ? headCommitOrNull(ctx.git) : null
  ]);
  const settings = evalSettingsWithFiles(evalSettingsHash(m.eval), fp.evalFiles);
  const env = {};
  for (const [k, v] of Object.entries(ctx.env)) if (v !== void 0) env[k] = v;
  const before = await snapshotMetricsFiles(ctx.modelDir, m.eval.metrics);
  const grace = Number(ctx.env.LEPTON_KILL_GRACE_MS);
  const run = await ctx.log.group(
    `eval shard ${shard.index}/${shard.count}: ${oneLine(m.eval.command, 100)}`,
    () => runEvalCommand({
      command: m.eval.command,
      cwd: resolve(ctx.modelDir, m.eval.workdir),
      // As the unsharded eval's environment (app/eval.ts), plus which slice to take.
      env: {
        ...env,
        ...m.eval.env,
        LEPTON_MODEL: m.model,
        LEPTON_FINGERPRINT: fp.fingerprint,
        LEPTON_BASELINE_VERSION: "",
        LEPTON_SHARD_INDEX: String(shard.index),
        LEPTON_SHARD_COUNT: String(shard.count)
      },
      timeoutMs: m.eval.timeoutMs,
      killGraceMs: ctx.env.LEPTON_KILL_GRACE_MS && Number.isFinite(grace) && grace >= 0 ? grace : DEFAULT_KILL_GRACE_MS,
      output: (chunk) => ctx.log.output(chunk),
      warn: (message) => ctx.log.warn(message),
      ...ctx.signal && { signal: ctx.signal }
    })
  );
  ctx.log.info(`eval shard finished in ${(run.durationMs / 1e3).toFixed(1)}s`);
  const read = await readMetricsFiles(
    ctx.modelDir,
    m.eval.metrics,
    before,
    run.startedAtMs,
    () => metricsKeyLocation(ctx)
  );
  const result = shardResult({
    model: m.model,
    index: shard.index,
    count: shard.count,
    fingerprint: fp.fingerprint,
    evalSettings: settings,
    commit,
    read,
    created: ctx.now().toISOString()
  });
  try {
    await writeFileAtomic(file, [Buffer.from(JSON.stringify(result, null, 2) + "\n")]);
  } catch (e) {
    const code = e.code ?? String(e);
    throw new LeptonError("invalid", `could not write the shard result to ${file} (${code})`);
  }
  ctx.log.info(`wrote shard ${shard.index}/${shard.count} to ${file}`);
  return { file, shard: result };
}
var SHARD_FILE = /^lepton-shard-\d+-of-\d+\.json$/;
async function shardFiles(paths) {
  const out = [];
  for (const p of paths) {
    const s = await stat(p.path).catch(() => null);
    if (!s?.isDirectory()) {
      out.push(p);
      continue;
    }
    const found = (await readdir(p.path, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && SHARD_FILE.test(e.name)).map((e) => join(e.parentPath, e.name)).sort();
    if (found.length === 0) {
      throw new LeptonError("eval", `${p.name}: no lepton-shard-I-of-N.json in this folder`);
    }
    for (const f of found) out.push({ path: f, name: join(p.name, relative(p.path, f)) });
  }
  return out;
}
var SHARD_MAX_BYTES = 64 * 1024 * 1024;
async function readShards(files) {
  return Promise.all(
    files.map(async ({ path, name }) => {
      let text;
      try {
        text = await readInputText(path, SHARD_MAX_BYTES);
      } catch (e) {
        if (!(e instanceof InputFileError)) throw e;
        throw new LeptonError("invalid", `${name}: ${e.reason}`);
      }
      let json;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new LeptonError("eval", `${name}: not JSON (${e.message})`);
      }
      return { file: name, shard: parseShard(name, json) };
    })
  );
}
function mergedShards(ctx, shards) {
  return async (fingerprint, evalSettings) => {
    const m = ctx.manifest.eval;
    checkShards(shards, {
      model: ctx.manifest.model,
      fingerprint,
      evalSettings,
      ...m.shards !== void 0 && { count: m.shards }
    });
    const first = shards[0];
    ctx.log.info(
      `merging ${shards.length} shard(s) of ${first.shard.count} (${Object.entries(m.merge ?? {}).map(([k, v]) => `${k}: ${v}`).join(", ") || "every metric: mean weighted by n"})`
    );
    return mergeShardMetrics(shards, m.merge);
  };
}
export {
  evalShard,
  mergedShards,
  readShards,
  shardFiles
};
