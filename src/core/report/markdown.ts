import type { Check } from '../gate/types.js';
import type { VersionRef } from '../registry/types.js';
import { codeSpan, escapeText } from './escape.js';
import { reportMarker } from './marker.js';
import { boundText, failedChecks, metricRows, type MetricRow } from './rows.js';
import { markdownTable } from './table.js';
import { renderTrend } from './trend.js';
import { anyLoosened, groupThresholdChanges, LOOSENED_HEADLINE } from './threshold-changes.js';
import type { ReportInput, ReportLink, ReportOptions } from './types.js';

/** Below GitHub's 65,536-character comment cap, with room for a shell's own wrapping. */
export const DEFAULT_MAX_LENGTH = 60_000;

const RESULT: Record<MetricRow['result'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  warn: '⚠️ warn',
  none: '',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const versionLabel = (ref: VersionRef) => `v${ref.version}`;

export function headline(input: ReportInput): string {
  const failures = failedChecks(input.checks, 'error').length;
  const warnings = failedChecks(input.checks, 'warn').length;
  const verdict = input.passed
    ? input.checks.length
      ? 'thresholds passed'
      : 'no thresholds to check'
    : `${plural(failures, 'threshold check')} failed`;
  const warned = warnings ? `, ${plural(warnings, 'warning')}` : '';
  // A gate this change made easier to pass is never a plain green.
  const loosened = anyLoosened(input.thresholdChanges) ? ` — ${LOOSENED_HEADLINE}` : '';
  const against = input.baseline ? `baseline ${versionLabel(input.baseline)}` : 'no baseline yet';
  return `${input.passed ? '✅' : '❌'} ${input.model}: ${verdict}${warned}${loosened} · ${against}`;
}

// The section says the level, the reason says the value.
function checkLine(c: Check): string {
  return `- ${codeSpan(c.metric)} (${escapeText(boundText(c, false))}): ${escapeText(c.reason ?? 'failed', 500)}`;
}

/** Keeps as many lines as fit in `budget` characters, and says how many it left out. */
function fit(lines: readonly string[], budget: number, what: string): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const note = `- … and ${lines.length - i} more ${what} (see \`lepton eval --json\`)`;
    if (used + line.length + 1 + note.length + 1 > budget) return [...kept, note];
    kept.push(line);
    used += line.length + 1;
  }
  return kept;
}

/** Where the baseline's thresholds were read, in words for the section's title. */
export function thresholdsSource(input: ReportInput): string {
  if (input.thresholdsFrom === 'checks') return ' (from its recorded checks: eval thresholds only)';
  return input.thresholdsFrom === 'manifest' ? ' (its lepton.yml)' : '';
}

/** The threshold changes since the baseline: one line per metric (and stage), loosened first marked. */
function thresholdChangeLines(input: ReportInput): string[] {
  const changes = input.thresholdChanges ?? [];
  if (!changes.length || !input.baseline) return [];
  const loosened = anyLoosened(changes);
  const title = `**${loosened ? '⚠️ Thresholds loosened' : 'Thresholds changed'} since ${versionLabel(input.baseline)}**${escapeText(thresholdsSource(input))}`;
  const lines = groupThresholdChanges(changes).map((g) => {
    const where = g.stage !== undefined ? `stage ${codeSpan(g.stage)} · ` : '';
    const mark = g.loosened ? '⚠️ ' : '';
    return `- ${mark}${where}${codeSpan(g.metric)}: ${g.parts.map((p) => escapeText(p, 200)).join(', ')}`;
  });
  return ['', title, '', ...fit(lines, 6000, 'threshold changes')];
}

function changedLine(input: ReportInput): string {
  const list = (names: readonly string[]) => names.map((n) => codeSpan(n)).join(', ');
  const parts = [
    input.changed.components.length ? `components ${list(input.changed.components)}` : '',
    input.changed.data.length ? `data ${list(input.changed.data)}` : '',
    // The eval's command, settings or own files differ from the baseline's: it ran again.
    input.changed.eval ? 'eval changed' : '',
  ].filter(Boolean);
  if (!input.baseline) {
    return parts.length ? `**New model:** ${parts.join('; ')}` : '';
  }
  const since = versionLabel(input.baseline);
  return parts.length
    ? `**Changed since ${since}:** ${parts.join('; ')}`
    : `**Changed since ${since}:** no component or data set`;
}

function reuseLine(input: ReportInput): string | null {
  if (!input.reused) return null;
  return input.reusedFrom
    ? `♻️ Metrics reused from ${versionLabel(input.reusedFrom)}: same fingerprint and eval settings, so the eval did not run again.`
    : '♻️ Metrics reused from the eval cache: same fingerprint and eval settings, so the eval did not run again.';
}

// Names Lepton makes (`sentiment-v1.2.0`) read as they are; anything else is escaped.
const SAFE = /^[A-Za-z0-9 ._-]{1,200}$/;
const safeText = (text: string) => (SAFE.test(text) ? text : escapeText(text));

/** `Artifact: [name](url)`; an unusable URL is shown escaped, as text. */
function linkLine(link: ReportLink): string {
  const url = linkTarget(link.url);
  const label = `${safeText(link.label)}: `;
  return url ? `${label}[${safeText(link.text)}](${url})` : `${label}${escapeText(link.url, 500)}`;
}

/** The URL as a Markdown link target, or null unless it is a plain http(s) URL. */
function linkTarget(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // href is percent-encoded but for the parentheses, which would end the link early.
  return url.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/**
 * The Markdown report: headline, baseline, reuse, failures, warnings, the
 * metrics table, what changed. A pure function of its input; every piece of
 * untrusted text is escaped, and the whole stays under `maxLength` (the table
 * and the lists are cut with a note, never the headline or the marker).
 */
export function renderMarkdownReport(input: ReportInput, options: ReportOptions = {}): string {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const head = [reportMarker(input.model), `### ${escapeText(headline(input), 400)}`, ''];
  head.push(
    input.baseline
      ? `Baseline: **${versionLabel(input.baseline)}** (${codeSpan(input.baseline.tag)})`
      : 'Baseline: none yet — relative checks (`max_drop`, `max_rise`) pass as "no baseline".',
  );
  const warnings = (input.baselineWarnings ?? []).slice(0, 20);
  if (warnings.length) head.push('', ...warnings.map((w) => `⚠️ ${escapeText(w, 500)}  `));
  head.push(...thresholdChangeLines(input));
  const reuse = reuseLine(input);
  if (reuse) head.push('', reuse);
  const notes = (input.notes ?? []).slice(0, 20).map((n) => escapeText(n, 1000));
  if (notes.length) head.push('', ...notes.map((n) => `${n}  `));

  const changed = changedLine(input);
  const tail = changed ? ['', changed] : [];
  const links = (input.links ?? []).slice(0, 20).map(linkLine);
  if (links.length) tail.push('', ...links);
  const fixed = [...head, ...tail].join('\n').length;
  let budget = Math.max(0, max - fixed - 200);

  const sections: string[] = [];
  for (const [level, title] of [
    ['error', 'Failures'],
    ['warn', 'Warnings (do not block)'],
  ] as const) {
    const failed = failedChecks(input.checks, level);
    if (!failed.length) continue;
    const lines = fit(failed.map(checkLine), Math.floor(budget / 4), 'checks');
    const text = ['', `**${title}**`, '', ...lines].join('\n');
    sections.push(text);
    budget -= text.length;
  }

  // Listed after the table, but its room is taken first: the table is what gets cut.
  const ignored = input.ignored ?? [];
  let notNumbers = '';
  if (ignored.length) {
    const lines = ignored.map((i) => `- ${codeSpan(i.metric)}: ${escapeText(i.what, 200)}`);
    const title = `**Not numbers** (${ignored.length}; no threshold, so not compared)`;
    notNumbers = ['', title, '', ...fit(lines, Math.floor(budget / 4), 'values')].join('\n');
    budget -= notNumbers.length;
  }

  const rows = metricRows(input);
  let cut = false;
  if (rows.length) {
    const header = [
      'metric',
      input.baseline ? `baseline (${escapeText(versionLabel(input.baseline))})` : 'baseline',
      'this',
      'change',
      'threshold',
      'result',
    ];
    const cells = (r: MetricRow) => [
      codeSpan(r.metric, true),
      r.baseline,
      r.current,
      r.change,
      escapeText(r.threshold, 400),
      RESULT[r.result] + (r.noBaseline ? ' (no baseline)' : ''),
    ];
    const align = ['left', 'right', 'right', 'right', 'left', 'left'] as const;
    const kept = markdownTable(header, [], align);
    let used = kept.join('\n').length;
    // Rows are rendered one at a time until the budget is spent: thousands of
    // metrics cost only the rows that are shown.
    for (const [i, row] of rows.entries()) {
      const line = markdownTable(header, [cells(row)], align)[2] ?? '';
      if (used + line.length + 1 > budget - 120) {
        kept.push('', `… ${rows.length - i} more metrics not shown (see \`lepton eval --json\`).`);
        cut = true;
        break;
      }
      kept.push(line);
      used += line.length + 1;
    }
    sections.push(['', ...kept].join('\n'));
  } else {
    sections.push('\nThe eval reported no metrics.');
  }
  if (notNumbers) sections.push(notNumbers);
  // The trend takes only the room left: it is the first thing dropped, never the table.
  if (input.trend && !cut) {
    const used = [...head, ...sections, ...tail].join('\n').length + 1;
    const trend = renderTrend(input.trend, max - used - 1);
    if (trend) sections.push(trend);
  }

  return [...head, ...sections, ...tail].join('\n') + '\n';
}
