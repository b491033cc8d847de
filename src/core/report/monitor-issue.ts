import { codeSpan, escapeText } from './escape.js';
import { monitorMarkdown, type MonitorReportInput } from './monitor.js';

/**
 * The hidden first line of the monitor's sticky issue for one model and stage. Only name
 * characters survive, so nothing can close the HTML comment early or make two stages' markers
 * equal by quoting.
 */
export function monitorIssueMarker(model: string, stage: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._/-]/g, '_');
  return `<!-- lepton:monitor model=${safe(model)} stage=${safe(stage)} -->`;
}

/** The issue's title: plain text (GitHub renders no Markdown in titles), one line, bounded. */
export function monitorIssueTitle(model: string, stage: string): string {
  const one = (s: string) => s.replace(/[\r\n\t]+/g, ' ').slice(0, 100);
  return `Lepton monitor: ${one(model)} in ${one(stage)} is failing`;
}

/** What a monitor run found for one stage, as the sticky issue tells it. */
export type MonitorIssueInput =
  | { readonly kind: 'failed'; readonly result: MonitorReportInput; readonly runUrl: string | null }
  | {
      /** The monitor could not judge (Prometheus unreachable, a query error or no series). */
      readonly kind: 'unjudged';
      readonly model: string;
      readonly stage: string;
      readonly message: string;
      readonly details: readonly string[];
      readonly runUrl: string | null;
    };

const runLine = (url: string | null): string[] =>
  url ? ['', `Run: ${url}`] : ['', 'Run: (not in GitHub Actions)'];

/** The issue body: the marker, the monitor report (or why it could not judge), and the run. */
export function monitorIssueBody(i: MonitorIssueInput): string {
  const model = i.kind === 'failed' ? i.result.model : i.model;
  const stage = i.kind === 'failed' ? i.result.stage : i.stage;
  const head =
    i.kind === 'failed'
      ? monitorMarkdown(i.result)
      : [
          `### ❌ ${codeSpan(model)} in ${codeSpan(stage)}: the monitor cannot judge`,
          '',
          escapeText(i.message, 1000),
          ...(i.details.length ? ['', ...i.details.map((d) => `- ${escapeText(d, 500)}`)] : []),
        ].join('\n');
  return [
    monitorIssueMarker(model, stage),
    head,
    ...runLine(i.runUrl),
    '',
    'Lepton opened this issue and updates it on every failing monitor run; it closes it when the monitor passes again.',
    '',
  ].join('\n');
}

/** The comment that closes the issue when the stage's monitor passes again. */
export function monitorRecoveredComment(r: MonitorReportInput, runUrl: string | null): string {
  return [
    `✅ The monitor passes again: ${codeSpan(r.model)} v${escapeText(r.version)} in ${codeSpan(r.stage)} is healthy.`,
    ...runLine(runUrl),
    '',
  ].join('\n');
}
