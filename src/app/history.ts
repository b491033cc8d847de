import { basename } from 'node:path';
import { LeptonError } from '../core/errors/index.js';
import { historyOf, holdersAt, type HeldAt, type HistoryEvent } from '../core/delivery/history.js';
import { readRegistry } from '../io/registry/index.js';
import type { AppContext } from './context.js';

export interface HistoryOptions {
  /** Only this stage's events (all stages when absent). */
  readonly stage?: string;
  /** An ISO 8601 time: answer which version held each stage then, instead of listing events. */
  readonly at?: string;
}

/** `history --json`: the audit trail, newest first. */
export interface HistoryResult {
  readonly model: string;
  readonly events: readonly HistoryEvent[];
}

/** `history --at T --json`: who held each stage at T. */
export interface HistoryAtResult {
  readonly model: string;
  /** The moment asked about, ISO 8601 (normalised to UTC). */
  readonly at: string;
  readonly stages: Readonly<Record<string, HeldAt | null>>;
}

/**
 * Parses `--at`: an ISO 8601 date or date-time (a time without a zone is UTC).
 * @throws LeptonError `invalid` for anything else
 */
export function parseAt(text: string): number {
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text);
  const withZone = /T.*(Z|[+-]\d{2}:?\d{2})$/.test(text) || !text.includes('T') ? text : `${text}Z`;
  const ms = iso ? Date.parse(withZone) : NaN;
  if (!Number.isFinite(ms)) {
    throw new LeptonError('invalid', `--at "${text}" is not an ISO 8601 time`, [
      'e.g. 2026-11-01T12:00:00Z, or a date: 2026-11-01',
    ]);
  }
  return ms;
}

/**
 * `lepton history [STAGE] [--at TIME]`: every stage event of the model, newest first (who put
 * which version in which stage, when, why, from which run) — or, with `at`, which version held
 * each stage at that moment.
 * @throws LeptonError `invalid` for an unknown stage or a malformed `at`
 */
export async function history(
  ctx: AppContext,
  options: HistoryOptions = {},
): Promise<HistoryResult | HistoryAtResult> {
  const m = ctx.manifest;
  const stageNames = m.stages.map((s) => s.name);
  const registry = await readRegistry(ctx.git, m.model);
  const known = new Set([...stageNames, ...registry.events.map((e) => e.stage)]);
  if (options.stage !== undefined && !known.has(options.stage)) {
    throw new LeptonError(
      'invalid',
      `stage "${options.stage}" is not in ${basename(ctx.manifestPath)}`,
      [`stages: ${[...known].join(', ') || '(none)'}`],
    );
  }
  if (options.at !== undefined) {
    const at = parseAt(options.at);
    const all = holdersAt(registry, at, stageNames);
    const stages =
      options.stage === undefined ? all : { [options.stage]: all[options.stage] ?? null };
    return { model: m.model, at: new Date(at).toISOString(), stages };
  }
  return { model: m.model, events: historyOf(registry, options.stage) };
}
