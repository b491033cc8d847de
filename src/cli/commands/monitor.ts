import type { Command } from 'commander';
import { exitCodesHelp } from '../exit-codes.js';
import { monitorMarkdown, monitorText } from '../../core/report/monitor.js';
import { rollbackText } from '../../core/report/rollback.js';
import { openApp, reportFile, writeReport, type CommandContext } from '../context.js';

interface MonitorFlags {
  readonly json?: boolean;
  readonly report?: string;
  readonly rollback?: boolean;
  readonly push?: boolean;
  readonly remote?: string;
}

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('monitor')
    .argument('<stage>', 'the stage whose version to watch')
    .description(
      "checks the live metrics of the version a stage holds (Prometheus) against the stage's monitor thresholds",
    )
    .option('--json', 'print one JSON document on stdout')
    .option('--report <file>', 'also write the Markdown report to this file')
    .option(
      '--rollback',
      'on a failure, roll the stage back (as stages.STAGE.monitor.rollback: true)',
    )
    .option('--push', 'with a rollback: push its tag')
    .option('--remote <name>', 'the remote to push to', 'origin')
    .addHelpText(
      'after',
      '\nThe server is stages.STAGE.monitor.prometheus, else LEPTON_PROMETHEUS_URL; LEPTON_PROMETHEUS_TOKEN is sent as a bearer token.' +
        `\n${exitCodesHelp('monitor')}`,
    )
    .action(async (stage: string, opts: MonitorFlags) => {
      const ctx = context();
      // Checked before any work: never found unwritable after an eval, a tag or a push.
      const report = opts.report ? reportFile(ctx, opts.report) : null;
      const [{ monitor, deployAfterRollback }, app] = await Promise.all([
        import('../work.js'),
        openApp(ctx),
      ]);
      const deploy = deployAfterRollback(app, stage);
      const result = await monitor(app, stage, {
        ...(ctx.env.LEPTON_PROMETHEUS_URL && { prometheusUrl: ctx.env.LEPTON_PROMETHEUS_URL }),
        ...(ctx.env.LEPTON_PROMETHEUS_TOKEN && {
          prometheusToken: ctx.env.LEPTON_PROMETHEUS_TOKEN,
        }),
        ...(opts.rollback && { rollback: true }),
        rollbackWith: {
          ...(deploy && { deploy }),
          ...(opts.push && { push: true }),
          ...(opts.remote !== undefined && { remote: opts.remote }),
        },
      });
      if (opts.json) ctx.out.result(result);
      else ctx.out.print(monitorText(result));
      if (!opts.json && result.rollback) ctx.out.print(rollbackText(result.rollback));
      if (!result.passed) ctx.setExitCode(1);
      // Last, once the result is printed: a report that fails now costs only the report.
      if (report) await writeReport(report, monitorMarkdown(result));
    });
}
