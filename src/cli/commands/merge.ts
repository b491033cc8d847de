import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { relative, resolve } from 'node:path';
import { EXIT_CODES } from '../../core/errors/index.js';
import { evalMarkdown, evalText } from '../../core/report/eval.js';
import type { AppContext } from '../../app/context.js';
import type { ShardOutcome } from '../../app/shards.js';
import { openApp, reportFile, writeReport, type CommandContext } from '../context.js';
import { checkedOutputFile } from '../output-file.js';

/** The `measured` hook for shard files named on the command line (relative to --cwd). */
export async function fromShardFiles(
  ctx: CommandContext,
  app: AppContext,
  files: readonly string[],
) {
  const { mergedShards, readShards, shardFiles } = await import('../../app/shards.js');
  const named = await shardFiles(files.map((f) => ({ path: resolve(ctx.cwd, f), name: f })));
  const shards = await readShards(named);
  return mergedShards(app, shards);
}

/** `eval --shard I/N [--out FILE]`: one slice of a sharded eval, written for a later `merge`. */
export async function runShard(
  ctx: CommandContext,
  spec: string,
  out: string | undefined,
  json: boolean,
): Promise<void> {
  const [{ evalShard }, { parseShardArg, shardFileName }, app] = await Promise.all([
    import('../../app/shards.js'),
    import('../../core/shards/index.js'),
    openApp(ctx),
  ]);
  const shard = parseShardArg(spec, app.manifest.eval.shards);
  // Checked before the eval runs: a result that could never be written is refused at once.
  const file = checkedOutputFile(ctx.cwd, '--out', out ?? shardFileName(shard.index, shard.count));
  const result: ShardOutcome = await evalShard(app, shard, file);
  const n = result.shard.metrics.n;
  ctx.out.print(
    `shard ${shard.index}/${shard.count} of ${app.manifest.model}: n = ${String(n)}, ${Object.keys(result.shard.metrics).length} metric(s) → ${relative(ctx.cwd, file) || file}`,
  );
  if (json) ctx.out.result({ file, ...result.shard });
}

interface MergeFlags {
  readonly baseline?: string;
  readonly json?: boolean;
  readonly report?: string;
}

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('merge')
    .description(
      'merge the results of `eval --shard I/N` into one eval (checked: one fingerprint and eval settings, each shard once, all N present), then gate and report as `eval` does; `record --from-shards FILE...` records it',
    )
    .argument('<files...>', 'the shard results (lepton-shard-I-of-N.json), or folders holding them')
    .option(
      '--baseline <ref>',
      'compare with this version or the newest reachable from this revision',
    )
    .option('--json', 'print one JSON document on stdout')
    .option('--report <file>', 'also write the Markdown report to this file')
    .addHelpText('after', `\n${exitCodesHelp('merge')}`)
    .action(async (files: string[], opts: MergeFlags) => {
      const ctx = context();
      // Checked before any work: never found unwritable after an eval, a tag or a push.
      const report = opts.report ? reportFile(ctx, opts.report) : null;
      const [{ evalJson, evaluate }, app] = await Promise.all([import('../work.js'), openApp(ctx)]);
      const outcome = await evaluate(app, {
        fetchHistory: true,
        measured: await fromShardFiles(ctx, app, files),
        ...(opts.baseline !== undefined && { baseline: opts.baseline }),
      });
      ctx.out.print(evalText(outcome));
      if (opts.json) ctx.out.result(evalJson(outcome));
      if (!outcome.passed) ctx.setExitCode(EXIT_CODES.threshold);
      // Last, once the result is printed: a report that fails now costs only the report.
      if (report) await writeReport(report, evalMarkdown(outcome));
    });
}
