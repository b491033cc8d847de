import { textTable } from './table.js';

/** A version as the listings show it. */
interface Ref {
  readonly version: string;
  readonly tag: string;
}

/** What of a model changed (see app/models.ts `Touched`). */
export interface TouchedView {
  readonly manifest: boolean;
  readonly components: readonly string[];
  readonly data: readonly string[];
  readonly eval: boolean;
}

/** The input of `renderLs`: the shape `lepton ls --json` prints. */
export interface LsView {
  readonly models: readonly {
    readonly manifest: string;
    readonly model: string;
    readonly latest: Ref | null;
    readonly stages: Readonly<Record<string, Ref | null>>;
    readonly changed: boolean | null;
  }[];
}

/** The input of `renderAffected`: the shape `lepton affected --json` prints. */
export interface AffectedView {
  readonly base: { readonly ref: string; readonly commit: string };
  readonly models: readonly {
    readonly model: string;
    readonly manifest: string;
    readonly touched: TouchedView;
    /** Why its content has no version yet (affected's `unrecorded` option). */
    readonly unrecorded?: string;
  }[];
  readonly unaffected: readonly string[];
  /** Manifests the pattern matched at the base and no longer matches. */
  readonly dropped?: readonly { readonly manifest: string; readonly model: string | null }[];
}

/**
 * The warning for a manifest the pattern no longer matches: its model left the gate.
 * `models/a/lepton.yml (model-a) no longer matches the manifest glob: …`
 */
export function droppedWarning(d: {
  readonly manifest: string;
  readonly model: string | null;
}): string {
  return `${d.manifest}${d.model ? ` (${d.model})` : ''} no longer matches the manifest glob: it was renamed/removed; it is no longer gated`;
}

/** What reached a model, in words: what changed, and why its content has no version yet. */
export function describeAffected(m: AffectedView['models'][number]): string {
  return [describeTouched(m.touched), ...(m.unrecorded ? [`not recorded: ${m.unrecorded}`] : [])]
    .filter((x) => x !== '')
    .join('; ');
}

/** `lepton ls` for a terminal: one row per model. */
export function renderLs(view: LsView): string {
  if (view.models.length === 0) return 'no lepton.yml in this repository';
  const rows = view.models.map((m) => [
    m.model,
    m.manifest,
    m.latest ? `v${m.latest.version}` : '—',
    Object.entries(m.stages)
      .map(([stage, holder]) => `${stage}: ${holder ? `v${holder.version}` : '—'}`)
      .join(', ') || '—',
    m.changed === null
      ? 'unknown (commit not in this clone)'
      : m.changed
        ? m.latest
          ? 'changed'
          : 'new'
        : 'unchanged',
  ]);
  return textTable(['model', 'manifest', 'latest', 'stages', 'content'], rows).join('\n');
}

/** The parts a change touched, in words: `data shared; manifest`. */
export function describeTouched(t: TouchedView): string {
  const out: string[] = [];
  if (t.components.length) out.push(`components ${t.components.join(', ')}`);
  if (t.data.length) out.push(`data ${t.data.join(', ')}`);
  if (t.eval) out.push('eval files');
  if (t.manifest) out.push('lepton.yml');
  return out.join('; ');
}

/** `lepton affected` for a terminal: each affected model and why; then the others. */
export function renderAffected(view: AffectedView): string {
  const base = `${view.base.ref} (${view.base.commit.slice(0, 12)})`;
  const dropped = (view.dropped ?? []).map((d) => `warning: ${droppedWarning(d)}`);
  if (view.models.length === 0) {
    return [
      `no model affected since ${base}${view.unaffected.length ? `; unaffected: ${view.unaffected.join(', ')}` : ''}`,
      ...dropped,
    ].join('\n');
  }
  const lines = [`${view.models.length} model(s) affected since ${base}:`];
  lines.push(
    ...textTable(
      ['model', 'manifest', 'changed'],
      view.models.map((m) => [m.model, m.manifest, describeAffected(m)]),
    ).map((l) => `  ${l}`),
  );
  if (view.unaffected.length) lines.push(`unaffected: ${view.unaffected.join(', ')}`);
  lines.push(...dropped);
  return lines.join('\n');
}
