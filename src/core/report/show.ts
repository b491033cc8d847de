import { formatNumber } from '../format/number.js';
import { plainText } from '../format/text.js';
import { keyMetrics } from '../registry/message.js';
import type { VersionRef } from '../registry/types.js';
import { textTable } from './table.js';

/** What the show report reads of `show`'s result (`ShowResult` has all of it). */
export interface ShowReportSource {
  readonly model: string;
  readonly versions: readonly {
    readonly version: string;
    readonly commit: string;
    readonly created: string;
    readonly passed: boolean | null;
    readonly metrics: Readonly<Record<string, number>>;
    readonly stages: readonly string[];
    readonly deregistered?: boolean;
  }[];
  readonly stages: Readonly<Record<string, VersionRef | null>>;
  readonly deprecated?: boolean;
}

/**
 * `lepton show` for a terminal: the versions, newest first, with the stages each holds and the
 * metrics named in `keyNames` (the manifest's thresholds' metrics) first.
 */
export function showText(r: ShowReportSource, keyNames: readonly string[] = []): string {
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
