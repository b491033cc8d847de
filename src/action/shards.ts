import { resolve } from 'node:path';
import type { AppContext } from '../app/context.js';
import type { EvaluateOptions } from '../app/eval.js';
import { mergedShards, readShards, shardFiles } from '../app/shards.js';
import type { ModeSettings } from './result.js';

/**
 * The `shards` input (files or folders of `lepton-shard-I-of-N.json`, separated by whitespace
 * or newlines, relative to the workspace): eval and record then use the shards' merged metrics
 * instead of running the eval (the merge job of a sharded workflow). Undefined without it.
 */
export async function shardsInput(
  ctx: AppContext,
  s: ModeSettings,
): Promise<{ measured?: NonNullable<EvaluateOptions['measured']> }> {
  const text = s.inputs.shards;
  if (!text) return {};
  const workspace = s.env.GITHUB_WORKSPACE || process.cwd();
  const names = text.split(/\s+/).filter(Boolean);
  const files = await shardFiles(names.map((name) => ({ path: resolve(workspace, name), name })));
  s.log.info(`shards: ${files.length} file(s) from ${names.join(', ')}`);
  return { measured: mergedShards(ctx, await readShards(files)) };
}
