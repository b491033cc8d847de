import type { HeldAt, HistoryEvent } from '../delivery/history.js';
import { codeSpan, escapeText, plainText } from './escape.js';
import { markdownTable, textTable } from './table.js';

/** The audit-trail table's rows, shared by the text and Markdown renderers. */
function rows(events: readonly HistoryEvent[], cell: (s: string) => string): string[][] {
  return events.map((e) => [
    String(e.n),
    e.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, 'Z'),
    e.kind === 'assign' ? 'promoted' : 'rolled back',
    cell(e.stage),
    e.version === null ? '—' : `v${cell(e.version)}`,
    e.by === null ? '—' : cell(e.by),
    e.reason === null ? '' : cell(e.reason),
    e.runUrl ?? '',
  ]);
}

const HEADER = ['N', 'time', 'event', 'stage', 'version', 'by', 'reason', 'run'];

/** `lepton history` in a terminal: one line per event, newest first. */
export function historyText(model: string, events: readonly HistoryEvent[]): string {
  if (events.length === 0) return `${plainText(model)}: no stage events yet`;
  const [header, ...body] = [HEADER, ...rows(events, plainText)];
  return [
    `${plainText(model)}: ${events.length} stage event${events.length === 1 ? '' : 's'}, newest first`,
    '',
    ...textTable(header ?? [], body).map((l) => `  ${l.trimEnd()}`),
  ].join('\n');
}

/** `lepton history` as Markdown (a job summary). */
export function historyMarkdown(model: string, events: readonly HistoryEvent[]): string {
  if (events.length === 0) return `**${escapeText(model)}**: no stage events yet`;
  return [
    `### Stage history of ${codeSpan(model)}`,
    '',
    ...markdownTable(
      HEADER,
      rows(events, (s) => escapeText(s)).map((r) => {
        const url = r[7] ?? '';
        return [...r.slice(0, 7), /^https:\/\/[^\s)]+$/.test(url) ? `[run](${url})` : ''];
      }),
    ),
  ].join('\n');
}

/** `lepton history --at T` in a terminal: who held each stage then. */
export function heldAtText(
  model: string,
  at: string,
  stages: Readonly<Record<string, HeldAt | null>>,
): string {
  const names = Object.keys(stages);
  const lines = [`${plainText(model)} at ${at}:`];
  if (names.length === 0) lines.push('  no stages');
  for (const s of names) {
    const h = stages[s];
    lines.push(
      `  ${plainText(s)}: ${h ? `v${plainText(h.version ?? '(unversioned commit)')} (${plainText(h.tag)})` : 'empty'}`,
    );
  }
  return lines.join('\n');
}
