import { LeptonError } from '../core/errors/index.js';
import { checkThresholds } from '../core/gate/check.js';
import { substitute } from '../core/monitor/promql.js';
import type { MonitorReportInput } from '../core/report/monitor.js';
import { queryValue } from '../io/prometheus/query.js';
import { readRegistry } from '../io/registry/index.js';
import type { AppContext } from './context.js';
import { rollback, type RollbackOptions, type RollbackResult } from './rollback.js';
import { monitorRollbackReason } from '../core/delivery/rollback.js';
import type { Check } from '../core/gate/types.js';

export interface MonitorOptions {
  /** The Prometheus URL when the manifest names none (the CLI passes `LEPTON_PROMETHEUS_URL`). */
  readonly prometheusUrl?: string;
  /** A bearer token for Prometheus (`LEPTON_PROMETHEUS_TOKEN`); never logged. */
  readonly prometheusToken?: string;
  /** Per query, ms (default 30 s). */
  readonly timeoutMs?: number;
  /**
   * Roll the stage back when the monitor fails (`--rollback`; also when the manifest's
   * `monitor.rollback` is true), with these rollback settings (push, remote, store, deploy).
   */
  readonly rollback?: boolean;
  readonly rollbackWith?: Omit<RollbackOptions, 'stage' | 'reason'>;
}

/** The contract's `monitor --json` shape (§9): what the monitor renderers take. */
export type MonitorResult = MonitorReportInput & {
  /** The rollback a failed monitor made (`rolledBack` true), or null. */
  readonly rollback?: RollbackResult | null;
};

/**
 * `lepton monitor STAGE`: runs the stage's PromQL queries for the version it holds and checks
 * the live values — `min`/`max` as they are, `max_drop`/`max_rise` against the same metric in
 * the version's recorded eval (training/serving skew).
 *
 * @throws LeptonError `invalid` when the stage has no `monitor` section, holds no version or no
 *   Prometheus URL is known; `eval` (exit 3) when Prometheus cannot be reached, refuses a query,
 *   or a query has no single value — never a pass
 */
export async function monitor(
  ctx: AppContext,
  stageName: string,
  options: MonitorOptions = {},
): Promise<MonitorResult> {
  const m = ctx.manifest;
  const stage = m.stages.find((s) => s.name === stageName);
  if (!stage) {
    throw new LeptonError('invalid', `stage "${stageName}" is not in the manifest`, [
      `stages: ${m.stages.map((s) => s.name).join(', ') || '(none)'}`,
    ]);
  }
  const spec = stage.monitor;
  if (!spec) {
    throw new LeptonError('invalid', `stage "${stageName}" has no monitor section`, [
      `add stages.${stageName}.monitor: {queries: {METRIC: 'PromQL'}, thresholds: …}`,
    ]);
  }
  const url = spec.prometheus ?? options.prometheusUrl;
  if (!url) {
    throw new LeptonError('invalid', `no Prometheus server for stages.${stageName}.monitor`, [
      'set stages.NAME.monitor.prometheus or LEPTON_PROMETHEUS_URL',
    ]);
  }
  const registry = await readRegistry(ctx.git, m.model);
  const holder = registry.stages[stageName];
  if (!holder?.version) {
    throw new LeptonError('invalid', `stage "${stageName}" holds no version: nothing to monitor`);
  }
  const version = holder.version;
  const entry = registry.versions.find((v) => v.version === version);
  const recorded = entry?.summary?.metrics ?? {};

  const settings = {
    url,
    ...(options.prometheusToken && { token: options.prometheusToken }),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
  };
  const live: Record<string, number> = {};
  const problems: string[] = [];
  for (const [metric, template] of Object.entries(spec.queries)) {
    const query = substitute(
      template,
      { model: m.model, version, stage: stageName },
      `stages.${stageName}.monitor.queries.${metric}`,
    );
    ctx.log.info(`monitor: ${metric}: ${query}`);
    const answer = await queryValue(settings, query);
    if (answer.ok) live[metric] = answer.value;
    else problems.push(`${metric}: ${answer.reason}`);
  }
  if (problems.length) {
    throw new LeptonError(
      'eval',
      `monitor of ${m.model} v${version} in ${stageName} cannot judge: ${problems.length} quer${problems.length === 1 ? 'y has' : 'ies have'} no value`,
      problems,
    );
  }
  const gate = checkThresholds({ thresholds: spec.thresholds, metrics: live, baseline: recorded });
  let rolled: RollbackResult | null = null;
  if (!gate.passed && (options.rollback || spec.rollback)) {
    rolled = await rollbackOnFailure(ctx, stageName, version, gate.checks, options.rollbackWith);
  }
  return {
    model: m.model,
    stage: stageName,
    version,
    passed: gate.passed,
    metrics: live,
    recorded,
    checks: gate.checks,
    rolledBack: rolled?.tag != null,
    ...((options.rollback || spec.rollback) && { rollback: rolled }),
  };
}

/**
 * Withdraws the failing version (contract §9 `rollback`). A refusal (it is the only version
 * the stage ever held) does not hide the monitor's verdict: it is a warning, and the monitor
 * still fails (exit 1).
 */
async function rollbackOnFailure(
  ctx: AppContext,
  stage: string,
  version: string,
  checks: readonly Check[],
  settings: Omit<RollbackOptions, 'stage' | 'reason'> = {},
): Promise<RollbackResult | null> {
  try {
    // The version judged, not whatever holds the stage by the time the tag is pushed.
    return await rollback(ctx, {
      ...settings,
      stage,
      version,
      reason: monitorRollbackReason(checks),
    });
  } catch (e) {
    if (!(e instanceof LeptonError) || e.kind !== 'invalid') throw e;
    ctx.log.warn(`monitor failed, and ${stage} cannot be rolled back: ${e.message}`);
    for (const d of e.details) ctx.log.warn(`  ${d}`);
    return null;
  }
}
