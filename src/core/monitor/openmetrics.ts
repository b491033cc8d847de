/**
 * The registry as OpenMetrics text (https://github.com/OpenObservability/OpenMetrics/blob/main/specification/OpenMetrics.md),
 * for the node exporter's textfile collector or a Pushgateway.
 */

/** One model's registry as the export needs it. */
export interface ExportModel {
  readonly model: string;
  /** Versions to describe (the latest and every stage holder), each with its recorded eval metrics. */
  readonly versions: readonly {
    readonly version: string;
    readonly commit: string;
    readonly metrics: Readonly<Record<string, number>>;
  }[];
  /** Stage → its holder now (null: empty) and the time of its last event (epoch ms, null: none). */
  readonly stages: Readonly<
    Record<string, { readonly version: string | null; readonly changedAt: number | null }>
  >;
}

/**
 * A label value as the text format writes it: backslash, double quote and line feed escaped
 * (OpenMetrics "Escaping": `\\`, `\"`, `\n`; the Prometheus text format has the same rule).
 */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

const labels = (pairs: Readonly<Record<string, string>>): string =>
  `{${Object.entries(pairs)
    .map(([k, v]) => `${k}="${escapeLabelValue(v)}"`)
    .join(',')}}`;

/** A sample value: Go's float syntax, which both formats read (`+Inf`, `-Inf`, `NaN`). */
function number(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

/**
 * Renders the four families, each declared once with HELP and TYPE, ending `# EOF`.
 * `*_info` families are declared `gauge`: Debian's promtool 2.42 rejects `# TYPE … info`.
 * Series are sorted, so the same registry gives the same bytes.
 */
export function renderOpenMetrics(models: readonly ExportModel[]): string {
  const sorted = [...models].sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
  const family = (name: string, help: string, series: string[]) => [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} gauge`,
    ...series,
  ];
  const versionInfo: string[] = [];
  const metric: string[] = [];
  const stageInfo: string[] = [];
  const stageChange: string[] = [];
  for (const m of sorted) {
    const versions = [...m.versions].sort((a, b) => (a.version < b.version ? -1 : 1));
    for (const v of versions) {
      versionInfo.push(
        `lepton_model_version_info${labels({ model: m.model, version: v.version, commit: v.commit })} 1`,
      );
      for (const name of Object.keys(v.metrics).sort()) {
        metric.push(
          `lepton_model_metric${labels({ model: m.model, version: v.version, metric: name })} ${number(v.metrics[name] as number)}`,
        );
      }
    }
    for (const stage of Object.keys(m.stages).sort()) {
      const s = m.stages[stage];
      if (!s) continue;
      if (s.version !== null)
        stageInfo.push(
          `lepton_stage_version_info${labels({ model: m.model, stage, version: s.version })} 1`,
        );
      if (s.changedAt !== null)
        stageChange.push(
          `lepton_stage_last_change_timestamp_seconds${labels({ model: m.model, stage })} ${s.changedAt / 1000}`,
        );
    }
  }
  return [
    ...family(
      'lepton_model_version_info',
      'A recorded model version (the latest and every stage holder).',
      versionInfo,
    ),
    ...family(
      'lepton_model_metric',
      'A metric of a version as its recorded eval measured it.',
      metric,
    ),
    ...family('lepton_stage_version_info', 'The version a stage holds now.', stageInfo),
    ...family(
      'lepton_stage_last_change_timestamp_seconds',
      'When the stage last changed (its newest event).',
      stageChange,
    ),
    '# EOF',
    '',
  ].join('\n');
}
