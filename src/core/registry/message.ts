import type { Check } from '../gate/types.js';
import { plainCheckLine } from '../format/checks.js';
import { formatNumber } from '../format/number.js';
import { asRecord } from './record-schema.js';
import type { StageRecord, TagRecord, UnassignRecord, VersionRecord } from './types.js';

/**
 * A tag message is read by people (`git show`, GitHub's tag page, `gto show`) and by Lepton:
 * a summary line, the metrics and checks in plain text, then the whole record as a fenced
 * JSON block. Reading takes the last ```json fence, so nothing in the human part (metric
 * names are user data) can be mistaken for the record.
 */

const FENCE_OPEN = '```json';
const FENCE_CLOSE = '```';
/** Metrics named in the summary line, at most. */
const SUMMARY_METRICS = 3;

// Metric names are free text: keep each on one line and printable.
const oneLine = (s: string) => JSON.stringify(s).slice(1, -1);

function checksVerdict(checks: readonly Check[], passed: boolean): string {
  if (checks.length === 0) return 'no thresholds';
  const failed = checks.filter((c) => !c.passed && c.level === 'error');
  const warned = checks.filter((c) => !c.passed && c.level === 'warn').length;
  const warnText = warned ? ` (${warned} warning${warned === 1 ? '' : 's'})` : '';
  if (passed && failed.length === 0) return `thresholds passed${warnText}`;
  const names = [...new Set(failed.map((c) => `${oneLine(c.metric)} ${c.rule}`))].join(', ');
  return `thresholds FAILED${names ? `: ${names}` : ''}${warnText}`;
}

/** The metrics worth a summary line: those the thresholds name first, then the rest by name. */
export function keyMetrics(
  metrics: Readonly<Record<string, number>>,
  checks: readonly Pick<Check, 'metric'>[],
  count = SUMMARY_METRICS,
): string[] {
  const named = [...new Set(checks.map((c) => c.metric))].filter((m) => m in metrics);
  const rest = Object.keys(metrics)
    .filter((m) => !named.includes(m))
    .sort();
  return [...named, ...rest].slice(0, count);
}

function metricLines(metrics: Readonly<Record<string, number>>): string[] {
  const names = Object.keys(metrics).sort();
  const width = Math.min(40, Math.max(0, ...names.map((n) => oneLine(n).length)));
  return names.map((n) => `  ${oneLine(n).padEnd(width)}  ${formatNumber(metrics[n] ?? NaN)}`);
}

function jsonBlock(record: TagRecord): string[] {
  return [FENCE_OPEN, JSON.stringify(record, null, 2), FENCE_CLOSE];
}

/** `sentiment v1.3.0: accuracy 0.931, f1_macro 0.902 — thresholds passed` */
export function versionSummary(r: VersionRecord): string {
  const shown = keyMetrics(r.metrics, r.checks)
    .map((m) => `${oneLine(m)} ${formatNumber(r.metrics[m] ?? NaN)}`)
    .join(', ');
  return `${r.model} v${r.version}${shown ? `: ${shown}` : ''} — ${checksVerdict(r.checks, r.passed)}`;
}

export function formatVersionMessage(r: VersionRecord): string {
  const lines = [versionSummary(r), ''];
  lines.push(`Fingerprint: ${r.fingerprint}`);
  if (r.baseline) lines.push(`Baseline: ${r.baseline.tag}`);
  if (r.reused) lines.push('Metrics reused (the content and eval settings were unchanged).');
  if (r.runUrl) lines.push(`Run: ${r.runUrl}`);
  lines.push('', 'Metrics:', ...metricLines(r.metrics));
  if (r.checks.length) lines.push('', 'Checks:', ...r.checks.map((c) => `  ${plainCheckLine(c)}`));
  lines.push('', ...jsonBlock(r), '');
  return lines.join('\n');
}

/** `sentiment v1.3.0 → production: thresholds passed` */
export function stageSummary(r: StageRecord): string {
  return `${r.model} v${r.version} → ${r.stage}: ${checksVerdict(r.checks, true)}`;
}

export function formatStageMessage(r: StageRecord): string {
  const lines = [stageSummary(r), '', `Promoted by: ${r.promotedBy}`];
  if (r.runUrl) lines.push(`Run: ${r.runUrl}`);
  if (r.checks.length) lines.push('', 'Checks:', ...r.checks.map((c) => `  ${plainCheckLine(c)}`));
  lines.push('', ...jsonBlock(r), '');
  return lines.join('\n');
}

/** `sentiment v1.3.0 withdrawn from production → v1.2.0` (or `→ empty`) */
export function unassignSummary(r: UnassignRecord): string {
  const to = r.to ? `v${r.to.version}` : 'empty';
  return `${r.model} v${r.version} withdrawn from ${r.stage} → ${to}`;
}

/** A rollback's tag message: who, why, from which run, then the record. */
export function formatUnassignMessage(r: UnassignRecord): string {
  const lines = [unassignSummary(r), '', `Reason: ${oneLine(r.reason)}`, `Rolled back by: ${r.by}`];
  if (r.exitCode !== undefined && r.exitCode !== null) lines.push(`Exit code: ${r.exitCode}`);
  if (r.runUrl) lines.push(`Run: ${r.runUrl}`);
  lines.push('', ...jsonBlock(r), '');
  return lines.join('\n');
}

/** The record in a tag message, or null when there is none or it does not fit (a GTO tag, a hand-made one). */
export function parseRecord(message: string): TagRecord | null {
  const open = message.lastIndexOf(`\n${FENCE_OPEN}`);
  const start = open >= 0 ? open + 1 : message.startsWith(FENCE_OPEN) ? 0 : -1;
  if (start < 0) return null;
  const bodyStart = message.indexOf('\n', start);
  if (bodyStart < 0) return null;
  const end = message.indexOf(`\n${FENCE_CLOSE}`, bodyStart);
  if (end < 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(message.slice(bodyStart + 1, end));
  } catch {
    return null;
  }
  return asRecord(value);
}
