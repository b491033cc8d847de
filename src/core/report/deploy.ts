import type { StoreFailure } from '../delivery/rollback.js';
import { codeSpan, escapeText, plainText } from './escape.js';
import { markdownTable } from './table.js';

/** Why a hook ran: after a promotion, by `lepton deploy`, or for the holder a rollback left. */
export type DeployCause = 'promote' | 'redeploy' | 'rollback';

/** One run of a stage's deploy hook (the contract's `deploy --json` keys, and more). */
export interface DeployRun {
  readonly model: string;
  readonly stage: string;
  readonly version: string;
  /** The version tag deployed. */
  readonly tag: string;
  readonly cause: DeployCause;
  /** The GitHub environment. */
  readonly environment: string;
  readonly url: string | null;
  readonly ok: boolean;
  /** The hook's exit code; null when it was killed or stopped on its time limit. */
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  readonly durationMs: number;
  /** Why it failed (one line), null when it did not. */
  readonly error: string | null;
  /** The last lines of its output, when it failed. */
  readonly details: readonly string[];
  /** The GitHub Deployment that tracked it (in the Action), or null. */
  readonly deployment: { readonly id: number; readonly url: string } | null;
}

/** The withdrawal of a version whose deploy failed (its unassignment tag). */
export interface RollbackStep {
  /** The unassignment tag, `MODEL#STAGE!#N`. */
  readonly tag: string;
  /** The version withdrawn. */
  readonly version: string;
  /** The version the stage fell back to, or null when it is empty now. */
  readonly to: { readonly version: string; readonly tag: string } | null;
  /** With --push: whether this run pushed it; null without. */
  readonly pushed: boolean | null;
  readonly reason: string;
  /** The registry's failure to move the model store's `:STAGE` tag back (the redeploy still runs). */
  readonly storeError?: StoreFailure | null;
}

/** Everything a deploy did: the hook runs in order, and the rollback between them if any. */
export interface DeployReportInput {
  readonly model: string;
  readonly stage: string;
  /** The first is the deploy asked for; a second is the redeploy of the holder a rollback left. */
  readonly runs: readonly DeployRun[];
  readonly rollback: RollbackStep | null;
  /**
   * When the failed deploy was not rolled back: why, and that the stage tag stays
   * (`rollback_on_failure: false`, the rollback refused, nothing to fall back to).
   */
  readonly kept: string | null;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)}s`;

const causeText: Record<DeployCause, string> = {
  promote: 'deploy',
  redeploy: 'redeploy',
  rollback: 'redeploy after rollback',
};

function outcome(r: DeployRun): string {
  if (r.ok) return `succeeded in ${seconds(r.durationMs)}`;
  if (r.timedOut) return `timed out after ${seconds(r.durationMs)}`;
  return r.exitCode === null
    ? `failed after ${seconds(r.durationMs)}`
    : `failed with exit code ${r.exitCode} after ${seconds(r.durationMs)}`;
}

/** Whether everything ended well: the asked-for deploy succeeded. */
export const deployOk = (r: DeployReportInput): boolean => r.runs[0]?.ok ?? true;

/** For a terminal (`lepton deploy`, `lepton promote`). */
export function deployText(r: DeployReportInput): string {
  const lines: string[] = [];
  const at = (x: DeployRun) =>
    `${plainText(x.model)} v${plainText(x.version)} to ${plainText(x.stage)} (environment ${plainText(x.environment)})`;
  r.runs.forEach((x, i) => {
    lines.push(`${causeText[x.cause]}: ${at(x)} ${outcome(x)}`);
    if (x.error) lines.push(`  ${plainText(x.error, 500)}`);
    for (const d of x.details) lines.push(`  | ${plainText(d, 500)}`);
    if (x.ok && x.url) lines.push(`  serving at ${plainText(x.url, 500)}`);
    if (x.deployment) lines.push(`  GitHub deployment ${x.deployment.id}`);
    if (i === 0 && r.rollback) {
      const b = r.rollback;
      const to = b.to ? `falls back to v${plainText(b.to.version)}` : 'is empty now';
      const pushed = b.pushed === null ? '' : b.pushed ? ' (pushed)' : ' (the remote had it)';
      lines.push(
        `rolled back: ${plainText(b.tag)} withdraws v${plainText(b.version)}${pushed}; ${plainText(r.stage)} ${to}`,
      );
      if (b.storeError) {
        lines.push(`  model store FAILED: ${plainText(b.storeError.message, 500)}`);
        for (const d of b.storeError.details) lines.push(`    ${plainText(d, 1000)}`);
      }
    }
  });
  if (r.kept) lines.push(`not rolled back: ${plainText(r.kept, 500)}`);
  return lines.join('\n');
}

/** For the job summary and `--report`: every hook run, the rollback and what holds the stage now. */
export function deployMarkdown(r: DeployReportInput): string {
  const ok = deployOk(r);
  const first = r.runs[0];
  const head = first
    ? `${ok ? '✅' : '❌'} ${first.cause === 'promote' ? 'Deploy' : 'Redeploy'} of v${escapeText(first.version)} to ${codeSpan(first.stage)} ${ok ? 'succeeded' : 'failed'}`
    : `Nothing deployed to ${codeSpan(r.stage)}`;
  const rows = r.runs.map((x) => [
    escapeText(causeText[x.cause]),
    `v${escapeText(x.version)}`,
    codeSpan(x.environment, true),
    x.ok ? 'success' : x.timedOut ? '**timed out**' : '**failure**',
    x.exitCode === null ? '—' : String(x.exitCode),
    seconds(x.durationMs),
    x.ok && x.url ? codeSpan(x.url, true, 500) : '',
  ]);
  const lines = [
    `### Lepton · ${codeSpan(r.model)}: ${head}`,
    '',
    ...markdownTable(
      ['step', 'version', 'environment', 'result', 'exit code', 'time', 'url'],
      rows,
      ['left', 'left', 'left', 'left', 'right', 'right', 'left'],
    ),
    '',
  ];
  for (const x of r.runs.filter((y) => !y.ok)) {
    lines.push(`- v${escapeText(x.version)}: ${escapeText(x.error ?? 'failed', 1000)}`);
    if (x.details.length) {
      const text = x.details.map((d) => escapeText(d, 500)).join('<br>');
      lines.push(`  <details><summary>last lines of its output</summary>${text}</details>`);
    }
  }
  if (r.rollback) {
    const b = r.rollback;
    const to = b.to
      ? `${codeSpan(r.stage)} falls back to v${escapeText(b.to.version)} (${codeSpan(b.to.tag)})`
      : `${codeSpan(r.stage)} is empty now`;
    const pushed = b.pushed === null ? '' : b.pushed ? ', pushed' : ', the remote had it';
    lines.push(
      '',
      `**Rolled back**: ${codeSpan(b.tag)} withdraws v${escapeText(b.version)}${pushed}; ${to}.`,
      `Reason: ${escapeText(b.reason, 1000)}`,
    );
    if (b.storeError) {
      lines.push(`- Model store: **failed**: ${escapeText(b.storeError.message, 500)}`);
      for (const d of b.storeError.details) lines.push(`  - ${escapeText(d, 1000)}`);
    }
  }
  if (r.kept) lines.push('', `**Not rolled back**: ${escapeText(r.kept, 1000)}`);
  return lines.join('\n') + '\n';
}
