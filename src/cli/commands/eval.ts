import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { EXIT_CODES } from '../../core/errors/index.js';
import { evalMarkdown, evalText } from '../../core/report/eval.js';
import { manifestName, openApp, reportFile, writeReport, type CommandContext } from '../context.js';

interface EvalFlags {
  readonly baseline?: string;
  readonly force?: boolean;
  readonly json?: boolean;
  readonly report?: string;
  readonly shard?: string;
  readonly out?: string;
}

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('eval')
    .description('run (or reuse) the eval and check thresholds against the baseline')
    .option(
      '--baseline <ref>',
      'compare with this version or the newest version reachable from this git revision',
    )
    .option('--force', 'run the eval even when the baseline’s metrics could be reused')
    .option('--json', 'print one JSON document on stdout')
    .option('--report <file>', 'also write the Markdown report to this file')
    .option(
      '--shard <I/N>',
      'run shard I of N (LEPTON_SHARD_INDEX/COUNT) and write its result for `merge`',
    )
    .option(
      '--out <file>',
      'with --shard: where to write the result (default lepton-shard-I-of-N.json)',
    )
    .addHelpText('after', `\n${exitCodesHelp('eval')}`)
    .action(async (opts: EvalFlags, command: Command) => {
      // A usage error, as commander's own (`conflicts`): --out alone would be silently ignored.
      if (opts.out !== undefined && opts.shard === undefined) {
        command.error(
          'error: --out is for --shard (where the shard result is written); the Markdown report is --report',
          { exitCode: EXIT_CODES.invalid, code: 'lepton.outWithoutShard' },
        );
      }
      const ctx = context();
      // Checked before any work: never found unwritable after an eval, a tag or a push.
      const report = opts.report ? reportFile(ctx, opts.report) : null;
      if (opts.shard !== undefined) {
        const { runShard } = await import('./merge.js');
        return runShard(ctx, opts.shard, opts.out, Boolean(opts.json));
      }
      const [{ evalJson, evaluate, withManifestPositions }, app] = await Promise.all([
        import('../work.js'),
        openApp(ctx),
      ]);
      const outcome = await withManifestPositions(app, manifestName(ctx), () =>
        evaluate(app, {
          fetchHistory: true,
          ...(opts.baseline !== undefined && { baseline: opts.baseline }),
          ...(opts.force && { force: true }),
        }),
      );
      ctx.out.print(evalText(outcome));
      if (opts.json) ctx.out.result(evalJson(outcome));
      // Not an exception: the report above is the answer, the exit code its verdict.
      if (!outcome.passed) ctx.setExitCode(EXIT_CODES.threshold);
      // Last, once the result is printed: a report that fails now costs only the report.
      if (report) await writeReport(report, evalMarkdown(outcome));
    });
}
