import { plainCheckLine, boundText } from '../format/checks.js';
import { formatNumber } from '../format/number.js';
import { pushSuffix } from '../format/wording.js';
import type { Check } from '../gate/types.js';
import type { DeployReportInput } from './deploy.js';
import { codeSpan, escapeText } from './escape.js';
import { markdownTable } from './table.js';

/** What the promote report reads of `promote`'s result (`PromoteResult` has all of it). */
export interface PromoteReportSource {
  readonly model: string;
  readonly version: string;
  readonly stage: string;
  readonly promoted: boolean;
  readonly tag: string | null;
  readonly checks: readonly Check[];
  readonly already: boolean;
  readonly refused: readonly string[];
  readonly pushed: boolean | null;
  /** The deploy that followed, if any: a failed one changes what the promotion's line says. */
  readonly deploy?: Pick<DeployReportInput, 'runs' | 'rollback' | 'kept'> | null;
}

/**
 * What became of a promoted version whose deploy failed, for the promotion's own line (the
 * deploy's report below says how): without it, "Promoted v0.3.0 to production" read as if
 * v0.3.0 were live after it was rolled back. Null when there was no deploy or it succeeded.
 */
function afterFailedDeploy(r: PromoteReportSource): string | null {
  const first = r.deploy?.runs[0];
  if (!r.deploy || first === undefined || first.ok) return null;
  const rollback = r.deploy.rollback;
  if (rollback !== null) {
    const now = rollback.to ? `v${rollback.to.version}` : 'no version';
    return `its deploy failed and it was rolled back: ${r.stage} holds ${now}`;
  }
  return `its deploy failed; it stays in ${r.stage}${r.deploy.kept ? ` (${r.deploy.kept})` : ''}`;
}

/** `lepton promote`'s outcome for a terminal: what happened, why it was refused, the checks. */
export function promoteText(r: PromoteReportSource, remote = 'origin'): string {
  const pushed = pushSuffix(r.pushed, remote);
  const lines: string[] = [];
  const failed = afterFailedDeploy(r);
  if (r.promoted) {
    lines.push(`Promoted ${r.model} v${r.version} to ${r.stage}: ${r.tag}${pushed}`);
    if (failed) lines.push(`… but ${failed}`);
  } else if (r.already)
    lines.push(
      `${r.model} v${r.version} is already in ${r.stage} (${r.tag}): nothing to do${pushed}`,
    );
  else {
    lines.push(`Refused: ${r.model} v${r.version} was not promoted to ${r.stage} (no tag made)`);
    for (const reason of r.refused) lines.push(`  - ${reason}`);
  }
  if (r.checks.length) {
    lines.push('', 'checks:');
    for (const c of r.checks) lines.push(`  ${plainCheckLine(c)}`);
  }
  return lines.join('\n');
}

/** The promotion's outcome as Markdown (the Action's job summary). */
export function promoteMarkdown(r: PromoteReportSource): string {
  const v = `v${r.version}`;
  const stage = codeSpan(r.stage);
  const failed = afterFailedDeploy(r);
  const head = r.promoted
    ? failed
      ? `⚠️ Promoted ${v} to ${stage}, but ${escapeText(failed)}`
      : `✅ Promoted ${v} to ${stage}`
    : r.already
      ? `✅ ${v} is already in ${stage}: nothing to do`
      : `❌ Refused: ${v} was not promoted to ${stage} (no tag made)`;
  const lines = [`### Lepton · ${codeSpan(r.model)}: ${head}`, ''];
  if (r.tag) lines.push(`Stage tag: ${codeSpan(r.tag)}`, '');
  for (const reason of r.refused) lines.push(`- ${escapeText(reason, 1000)}`);
  if (r.refused.length) lines.push('');
  if (r.checks.length) {
    const rows = r.checks.map((c) => [
      codeSpan(c.metric, true),
      escapeText(boundText(c)),
      c.actual === null ? '—' : formatNumber(c.actual),
      c.baseline === null ? '—' : formatNumber(c.baseline),
      c.passed ? 'pass' : c.level === 'warn' ? 'warn' : '**fail**',
      c.reason ? escapeText(c.reason) : '',
    ]);
    lines.push(
      ...markdownTable(
        ['metric', 'threshold', 'recorded', `in ${escapeText(r.stage)} now`, 'result', 'note'],
        rows,
        ['left', 'left', 'right', 'right', 'left', 'left'],
      ),
      '',
    );
  }
  return lines.join('\n');
}

/** Why the Action's gate failed on a refused promotion; null when it was not refused. */
export function promoteGateFailure(r: PromoteReportSource): string | null {
  return r.refused.length
    ? `promotion of v${r.version} to ${r.stage} refused: ${r.refused.join('; ')}`
    : null;
}
