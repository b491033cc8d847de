import type { Command } from 'commander';
import type { ShowResult } from '../../app/show.js';
import { keyMetrics } from '../../core/registry/message.js';
import { formatNumber, plainText, textTable } from '../../core/report/index.js';
import { openApp, type CommandContext } from '../context.js';

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('show')
    .description('every version, newest first, and the stages each holds')
    .option('--json', 'print one JSON document on stdout')
    .action(async (opts: { json?: boolean }) => {
      const ctx = context();
      const [{ show }, app] = await Promise.all([import('../work.js'), openApp(ctx)]);
      const result = await show(app);
      for (const s of result.skipped) app.log.warn(`${s.tag} is not a version: ${s.reason}`);
      if (opts.json) ctx.out.result(result);
      else
        ctx.out.print(
          renderShow(
            result,
            app.manifest.eval.thresholds.map((t) => t.metric),
          ),
        );
    });
}

export function renderShow(r: ShowResult, keyNames: readonly string[] = []): string {
  const n = r.versions.length;
  const lines = [
    `${r.model}: ${n === 0 ? 'no version recorded yet' : `${n} version${n === 1 ? '' : 's'}`}${r.deprecated ? ' (deprecated)' : ''}`,
  ];
  const stageNames = Object.keys(r.stages);
  if (stageNames.length) {
    lines.push(
      'stages: ' +
        stageNames.map((s) => `${s} ${r.stages[s] ? `v${r.stages[s]?.version}` : '—'}`).join(', '),
    );
  }
  if (n === 0) return lines.join('\n');
  const checks = keyNames.map((metric) => ({ metric }));
  const rows = r.versions.map((v) => [
    `v${v.version}`,
    v.commit.slice(0, 7),
    v.created.slice(0, 10),
    v.passed === null ? 'no record' : v.passed ? 'passed' : 'FAILED',
    keyMetrics(v.metrics, checks)
      .map((m) => `${plainText(m)} ${formatNumber(v.metrics[m] ?? NaN)}`)
      .join(', '),
    [...v.stages, v.deregistered ? '(deregistered)' : ''].filter(Boolean).join(', '),
  ]);
  const [first = [], ...rest] = rows;
  lines.push('', ...textTable(first, rest).map((line) => `  ${line}`));
  return lines.join('\n');
}
