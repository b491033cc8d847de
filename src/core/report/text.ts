import type { Check } from '../gate/types.js';
import { plainText } from './escape.js';
import { headline, thresholdsSource, versionLabel } from './markdown.js';
import { anyLoosened, groupThresholdChanges } from './threshold-changes.js';
import { boundText, failedChecks, metricRows, type MetricRow } from './rows.js';
import { textTable } from './table.js';
import type { ReportInput } from './types.js';

const RESULT: Record<MetricRow['result'], string> = {
  pass: 'pass',
  fail: 'FAIL',
  warn: 'warn',
  none: '',
};

function checkLine(c: Check): string {
  return `  ${plainText(c.metric)} (${boundText(c, false)}): ${plainText(c.reason ?? 'failed', 500)}`;
}

/** The report for a terminal: the same content as the Markdown, as aligned plain text. */
export function renderTextReport(input: ReportInput): string {
  const lines = [plainText(headline(input), 400)];
  lines.push(
    input.baseline
      ? `baseline: ${versionLabel(input.baseline)} (${plainText(input.baseline.tag)})`
      : 'baseline: none yet (relative checks pass as "no baseline")',
  );
  for (const w of (input.baselineWarnings ?? []).slice(0, 20)) {
    lines.push(`warning: ${plainText(w, 500)}`);
  }
  const changes = input.thresholdChanges ?? [];
  if (changes.length && input.baseline) {
    const what = anyLoosened(changes) ? 'warning: thresholds loosened' : 'thresholds changed';
    lines.push(`${what} since ${versionLabel(input.baseline)}${thresholdsSource(input)}:`);
    for (const g of groupThresholdChanges(changes)) {
      const where = g.stage !== undefined ? `stage ${plainText(g.stage)}: ` : '';
      lines.push(
        `  ${g.loosened ? '! ' : ''}${where}${plainText(g.metric)}: ${g.parts.map((p) => plainText(p, 200)).join(', ')}`,
      );
    }
  }
  if (input.reused) {
    lines.push(
      input.reusedFrom
        ? `metrics reused from ${versionLabel(input.reusedFrom)} (same fingerprint and eval settings)`
        : 'metrics reused from the eval cache (same fingerprint and eval settings)',
    );
  }
  for (const note of input.notes ?? []) lines.push(plainText(note, 1000));

  const rows = metricRows(input);
  lines.push('');
  if (rows.length) {
    const header = [
      'metric',
      input.baseline ? `baseline (${versionLabel(input.baseline)})` : 'baseline',
      'this',
      'change',
      'threshold',
      'result',
    ];
    const cells = rows.map((r) => [
      plainText(r.metric),
      r.baseline,
      r.current,
      r.change,
      r.threshold,
      RESULT[r.result] + (r.noBaseline ? ' (no baseline)' : ''),
    ]);
    lines.push(...textTable(header, cells, ['left', 'right', 'right', 'right', 'left', 'left']));
  } else {
    lines.push('the eval reported no metrics');
  }

  const ignored = input.ignored ?? [];
  if (ignored.length) {
    lines.push(
      '',
      `not numbers (${ignored.length}; no threshold, so not compared):`,
      ...ignored.map((i) => `  ${plainText(i.metric)}: ${plainText(i.what, 200)}`),
    );
  }

  for (const [level, title] of [
    ['error', 'failures'],
    ['warn', 'warnings (do not block)'],
  ] as const) {
    const failed = failedChecks(input.checks, level);
    if (failed.length) lines.push('', `${title}:`, ...failed.map(checkLine));
  }

  const parts = [
    input.changed.components.length
      ? `components ${input.changed.components.map((n) => plainText(n)).join(', ')}`
      : '',
    input.changed.data.length
      ? `data ${input.changed.data.map((n) => plainText(n)).join(', ')}`
      : '',
    input.changed.eval ? 'eval changed' : '',
  ].filter(Boolean);
  if (input.baseline) {
    lines.push(
      '',
      `changed since ${versionLabel(input.baseline)}: ${parts.join('; ') || 'no component or data set'}`,
    );
  } else if (parts.length) {
    lines.push('', `new model: ${parts.join('; ')}`);
  }
  return lines.join('\n') + '\n';
}
