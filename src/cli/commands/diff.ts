import type { Command } from 'commander';
import { relative } from 'node:path';
import { openProject, streamLogger } from '../../app/context.js';
import { diff, type DiffResult } from '../../app/diff.js';
import { formatNumber } from '../../core/registry/message.js';
import type { CommandContext } from '../context.js';

export function register(program: Command, context: () => CommandContext): void {
  program
    .command('diff')
    .description('metric diff between two versions (B: the latest)')
    .argument('<a>', 'a version (1.2.0, v1.2.0 or MODEL@v1.2.0) or a git revision')
    .argument('[b]', 'the other version; default: the latest')
    .option('--json', 'print one JSON document on stdout')
    .action(async (a: string, b: string | undefined, opts: { json?: boolean }) => {
      const ctx = context();
      const app = await openProject({
        manifestPath: ctx.manifestPath,
        manifestName: relative(ctx.cwd, ctx.manifestPath) || ctx.manifestPath,
        env: ctx.env,
        log: streamLogger(ctx.out.errStream),
      });
      const result = await diff(app, a, b);
      if (opts.json) ctx.out.result(result);
      else ctx.out.print(renderDiff(result));
    });
}

const signed = (v: number) => (v > 0 ? `+${formatNumber(v)}` : formatNumber(v));

export function renderDiff(r: DiffResult): string {
  const lines = [`${r.a.tag} → ${r.b.tag}`];
  if (r.metrics.length === 0) return [...lines, '  no metrics recorded'].join('\n');
  const rows = [
    ['metric', `v${r.a.version}`, `v${r.b.version}`, 'change'],
    ...r.metrics.map((m) => [
      JSON.stringify(m.metric).slice(1, -1),
      formatNumber(m.a),
      formatNumber(m.b),
      m.change === null
        ? '—'
        : `${signed(m.change)}${m.relative === null ? '' : ` (${signed(Number((m.relative * 100).toFixed(2)))}%)`}`,
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  for (const row of rows) {
    lines.push(('  ' + row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')).trimEnd());
  }
  return lines.join('\n');
}
