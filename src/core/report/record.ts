import { pushSuffix } from '../format/wording.js';
import type { ArtifactRef } from '../registry/types.js';
import { evalReportInput, evalText, type EvalReportSource } from './eval.js';
import { renderMarkdownReport } from './markdown.js';
import type { ReportOptions } from './types.js';

/** What the record report reads of `record`'s result (`RecordResult` has all of it). */
export interface RecordReportSource {
  readonly outcome: EvalReportSource & { readonly evalSettings: string };
  readonly version: string | null;
  readonly tag: string | null;
  readonly created: boolean;
  readonly pushed: boolean | null;
  readonly commit: string;
  readonly record: {
    readonly evalSettings: string;
    readonly artifact: ArtifactRef | null;
  } | null;
  readonly note: string | null;
}

export interface RecordReportOptions extends ReportOptions {
  /** The remote pushed to (default `origin`). */
  readonly remote?: string;
}

/** The line the terminal (and `--report`) shows for what `record` did. */
export function recordNote(r: RecordReportSource, remote = 'origin'): string {
  const pushed = pushSuffix(r.pushed, remote, '; ');
  if (r.tag === null) return `Nothing recorded: ${r.note ?? 'no new version'}`;
  if (r.created) return `Recorded ${r.tag} on ${r.commit.slice(0, 12)}${pushed}`;
  if (r.record && r.record.evalSettings !== r.outcome.evalSettings) {
    // Same model, other eval (its files or settings): a version is the model's content, so no
    // new one; the eval ran again and gates this run, the version keeps its recorded metrics.
    return `Eval changed: ${r.tag} already records this fingerprint, measured by another eval; the eval ran again and these metrics are its (not recorded: ${r.tag} keeps its own)${pushed}`;
  }
  return `Unchanged: ${r.tag} already records this fingerprint${pushed}`;
}

/** The shorter line the Action's summary and log show for what `record` did. */
export function recordSummaryNote(r: RecordReportSource, remote = 'origin'): string {
  const pushed = pushSuffix(r.pushed, remote);
  if (r.created) return `Recorded ${r.tag}${pushed}`;
  if (r.tag) return `Unchanged: this content is already recorded as ${r.tag}${pushed}`;
  return r.note ?? 'Nothing recorded';
}

/**
 * `lepton record`'s report for a terminal: the eval's (evalText: without the warnings the eval
 * logged as it went), with what was recorded.
 */
export function recordText(r: RecordReportSource, options: RecordReportOptions = {}): string {
  return evalText(r.outcome, [recordNote(r, options.remote)]);
}

/** `lepton record --report`'s Markdown: the eval's, with what was recorded. */
export function recordMarkdown(r: RecordReportSource, options: RecordReportOptions = {}): string {
  return renderMarkdownReport(evalReportInput(r.outcome, [recordNote(r, options.remote)]), options);
}

/**
 * The Action's job summary for `record`: the eval's report with the summary note, and the link
 * to the version's uploaded artifact (a version this run created) inside the report's budget.
 */
export function recordSummaryMarkdown(
  r: RecordReportSource,
  options: RecordReportOptions & { readonly model: string },
): string {
  const artifact = r.created ? r.record?.artifact : null;
  const url = artifact && 'url' in artifact ? artifact.url : null;
  const input = evalReportInput(r.outcome, [recordSummaryNote(r, options.remote)]);
  const links = url ? [{ label: 'Artifact', text: `${options.model}-v${r.version}`, url }] : [];
  return renderMarkdownReport({ ...input, links }, options);
}
