import type { Check } from '../gate/types.js';
import { plainCheckLine } from './check-line.js';
import { codeSpan, escapeText, plainText } from './escape.js';
import { formatChange, formatNumber } from './format.js';
import { boundText } from './rows.js';
import { markdownTable } from './table.js';

/** A monitor run: the `monitor --json` shape (contract §9), which the renderers take. */
export interface MonitorReportInput {
  readonly model: string;
  readonly stage: string;
  readonly version: string;
  readonly passed: boolean;
  /** The live value of each query. */
  readonly metrics: Readonly<Record<string, number>>;
  /** The version's recorded eval metrics the relative checks compared with. */
  readonly recorded: Readonly<Record<string, number>>;
  readonly checks: readonly Check[];
  /** Whether the stage was rolled back because of this run. */
  readonly rolledBack: boolean;
}

const verdict = (r: MonitorReportInput) => (r.passed ? 'healthy' : 'FAILING');

/** `lepton monitor` in a terminal. */
export function monitorText(r: MonitorReportInput): string {
  const lines = [
    `${plainText(r.model)} v${plainText(r.version)} in ${plainText(r.stage)}: ${verdict(r)}`,
  ];
  for (const c of r.checks) lines.push(`  ${plainCheckLine(c)}`);
  const unchecked = Object.keys(r.metrics).filter((k) => !r.checks.some((c) => c.metric === k));
  for (const k of unchecked)
    lines.push(`  live  ${plainText(k)}: ${formatNumber(r.metrics[k] as number)}`);
  if (r.rolledBack)
    lines.push(`  rolled back: v${plainText(r.version)} withdrawn from ${plainText(r.stage)}`);
  return lines.join('\n');
}

/** `lepton monitor --report FILE` and the job summary. */
export function monitorMarkdown(r: MonitorReportInput): string {
  const names = [...new Set([...r.checks.map((c) => c.metric), ...Object.keys(r.metrics)])];
  const rows = names.map((name) => {
    const checks = r.checks.filter((c) => c.metric === name);
    const live = r.metrics[name];
    const rec = r.recorded[name];
    const failed = checks.some((c) => !c.passed && c.level === 'error');
    const warned = checks.some((c) => !c.passed);
    return [
      codeSpan(name, true),
      rec === undefined ? '—' : formatNumber(rec),
      live === undefined ? '—' : formatNumber(live),
      formatChange(rec, live),
      checks.map((c) => escapeText(boundText(c))).join(', ') || '—',
      checks.length === 0 ? '' : failed ? '❌' : warned ? '⚠️' : '✅',
    ];
  });
  const failing = r.checks.filter((c) => !c.passed);
  return [
    `### ${r.passed ? '✅' : '❌'} ${codeSpan(r.model)} v${escapeText(r.version)} in ${codeSpan(r.stage)}: ${verdict(r)}`,
    '',
    ...markdownTable(['metric', 'recorded eval', 'live', 'change', 'threshold', 'result'], rows, [
      'left',
      'right',
      'right',
      'right',
    ]),
    ...(failing.length
      ? ['', ...failing.map((c) => `- ${escapeText(plainCheckLine(c), 500)}`)]
      : []),
    ...(r.rolledBack
      ? ['', `**Rolled back**: v${escapeText(r.version)} was withdrawn from ${codeSpan(r.stage)}.`]
      : []),
  ].join('\n');
}
