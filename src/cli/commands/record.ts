import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { EXIT_CODES } from '../../core/errors/index.js';
import { recordMarkdown, recordText } from '../../core/report/record.js';
import { manifestName, openApp, reportFile, writeReport, type CommandContext } from '../context.js';

interface RecordFlags {
  readonly push?: boolean;
  readonly remote?: string;
  readonly version?: string;
  readonly force?: boolean;
  /** A ref with `--baseline REF`; false with `--no-baseline`. */
  readonly baseline?: string | false;
  readonly json?: boolean;
  readonly report?: string;
  readonly fromShards?: string[];
}

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('record')
    .description('eval, then tag a new version if the fingerprint is new')
    .option(
      '--push',
      'push the tag (git push --atomic), retrying if a concurrent run took the name',
    )
    .option('--remote <name>', 'the remote to push to', 'origin')
    .option(
      '--version <x.y.z>',
      'record as this version (higher than the latest) instead of the bump',
    )
    .option('--force', 'run the eval even when the baseline’s metrics could be reused')
    .option(
      '--baseline <ref>',
      'compare with this version or the newest reachable from this revision',
    )
    .option(
      '--no-baseline',
      'record even when a shallow or tagless clone cannot fetch the remote’s versions',
    )
    .option('--json', 'print one JSON document on stdout')
    .option('--report <file>', 'also write the Markdown report to this file')
    .option(
      '--from-shards <files...>',
      'record the merged results of `eval --shard I/N` instead of running the eval',
    )
    .addHelpText('after', `\n${exitCodesHelp('record')}`)
    .action(async (opts: RecordFlags) => {
      const ctx = context();
      // Checked before any work: never found unwritable after an eval, a tag or a push.
      const report = opts.report ? reportFile(ctx, opts.report) : null;
      const [{ record, recordJson, withManifestPositions }, app] = await Promise.all([
        import('../work.js'),
        openApp(ctx),
      ]);
      const measured = opts.fromShards
        ? await (await import('./merge.js')).fromShardFiles(ctx, app, opts.fromShards)
        : undefined;
      const result = await withManifestPositions(app, manifestName(ctx), () =>
        record(app, {
          fetchHistory: true,
          ...(opts.baseline === false && { noBaseline: true }),
          ...(opts.push && { push: true }),
          ...(opts.remote !== undefined && { remote: opts.remote }),
          ...(opts.version !== undefined && { version: opts.version }),
          ...(opts.force && { force: true }),
          ...(typeof opts.baseline === 'string' && { baseline: opts.baseline }),
          ...(measured && { measured }),
        }),
      );
      const remote = opts.remote ?? 'origin';
      ctx.out.print(recordText(result, { remote }));
      if (opts.json) ctx.out.result(recordJson(result));
      if (!result.outcome.passed) ctx.setExitCode(EXIT_CODES.threshold);
      // Last, once the result is printed: a report that fails now costs only the report.
      if (report) await writeReport(report, recordMarkdown(result, { remote }));
    });
}
