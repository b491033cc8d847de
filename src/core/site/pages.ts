// The site's HTML pages and JSON API as files: data in, {path, content} out. No I/O here.
import { formatChange, formatNumber } from '../report/format.js';
import type { Threshold } from '../manifest/types.js';
import type { RecordedVersion } from '../registry/types.js';
import { apiDocuments, heldBy, stageHolders, type SiteModelInput } from './api.js';
import { trendSvg, type TrendChart } from './chart.js';
import { esc, extLink, href, page, passFail, safeUrl, table } from './html.js';

export type { SiteModelInput } from './api.js';

/** One file of the site; `path` is POSIX, relative to the output directory. */
export interface SiteFile {
  readonly path: string;
  readonly content: string;
}

export interface SiteOptions {
  /**
   * The repository's web address (`https://github.com/OWNER/REPO`): commits link to
   * `URL/commit/SHA`. Ignored unless http(s); without it commits are shown as text.
   */
  readonly repoUrl?: string | null;
}

export const modelPagePath = (model: string): string => `models/${model}/index.html`;
export const versionPagePath = (model: string, version: string): string =>
  `models/${model}/versions/${version}.html`;

const num = (n: number | null | undefined): string =>
  n == null || !Number.isFinite(n) ? '—' : esc(formatNumber(n));

function commitCell(commit: string, opts: SiteOptions): string {
  const base = safeUrl(opts.repoUrl ?? null);
  const short = `<code>${esc(commit.slice(0, 7))}</code>`;
  return base && /^[0-9a-f]{7,64}$/.test(commit)
    ? `<a href="${base.replace(/\/$/, '')}/commit/${esc(commit)}" rel="noopener noreferrer">${short}</a>`
    : short;
}

/** Metrics that have a threshold anywhere (the eval's or a stage's), in first-seen order. */
function thresholdedMetrics(m: SiteModelInput): string[] {
  const all: Threshold[] = [
    ...m.model.eval.thresholds,
    ...m.model.stages.flatMap((s) => s.thresholds),
  ];
  return [...new Set(all.map((t) => t.metric))];
}

function absoluteBounds(m: SiteModelInput, metric: string): TrendChart['thresholds'] {
  const out: { label: string; value: number }[] = [];
  const add = (ts: readonly Threshold[], scope: string): void => {
    for (const t of ts) {
      if (t.metric !== metric) continue;
      if (t.min !== undefined) out.push({ label: `${scope} min`, value: t.min });
      if (t.max !== undefined) out.push({ label: `${scope} max`, value: t.max });
    }
  };
  add(m.model.eval.thresholds, 'eval');
  for (const s of m.model.stages) add(s.thresholds, s.name);
  return out;
}

/** Oldest first (the registry lists highest semver first). */
const ascending = (m: SiteModelInput): RecordedVersion[] => [...m.registry.versions].reverse();

export function trendCharts(m: SiteModelInput): TrendChart[] {
  const versions = ascending(m);
  const promotions = [...m.registry.events]
    .reverse()
    .filter((e) => e.action === 'assign' && e.version)
    .map((e) => ({ version: e.version as string, stage: e.stage }));
  return thresholdedMetrics(m).map((metric) => ({
    metric,
    points: versions.flatMap((v) => {
      const value = v.record?.metrics[metric];
      return typeof value === 'number' && Number.isFinite(value)
        ? [{ version: v.version, value, passed: v.record?.passed ?? null }]
        : [];
    }),
    thresholds: absoluteBounds(m, metric),
    promotions,
  }));
}

function indexPage(models: readonly SiteModelInput[]): SiteFile {
  const path = 'index.html';
  const rows = models.map((m) => {
    const name = m.model.model;
    const stages = stageHolders(m);
    const latest = m.registry.versions.find((v) => !v.deregistered);
    const holders = Object.entries(stages)
      .map(
        ([s, h]) =>
          `${esc(s)}: ${h ? `<a href="${href(path, versionPagePath(name, h.version))}">${esc(h.version)}</a>` : '<span class="muted">—</span>'}`,
      )
      .join('<br>');
    return [
      `<a href="${href(path, modelPagePath(name))}">${esc(name)}</a>`,
      latest
        ? `<a href="${href(path, versionPagePath(name, latest.version))}">${esc(latest.version)}</a>`
        : '<span class="muted">none</span>',
      latest ? passFail(latest.record ? latest.record.passed : null) : '',
      holders || '<span class="muted">none declared</span>',
      String(m.registry.versions.length),
    ];
  });
  const body = `<h1>Model registry</h1>
<p>${models.length} model${models.length === 1 ? '' : 's'}.</p>
${table(['Model', 'Latest version', 'Latest result', 'Stages', 'Versions'], rows)}`;
  return { path, content: page({ title: 'Model registry', path, nav: 'Registry', body }) };
}

function modelPage(m: SiteModelInput, opts: SiteOptions): SiteFile {
  const name = m.model.model;
  const path = modelPagePath(name);
  const stages = stageHolders(m);
  const held = heldBy(stages);
  const metrics = thresholdedMetrics(m);
  const charts = trendCharts(m)
    .filter((c) => c.points.length > 0)
    .map(
      (c, i) =>
        `<figure><figcaption>${esc(c.metric)}</figcaption>${trendSvg(c, `chart-${i}`)}</figure>`,
    )
    .join('\n');
  const stageRows = Object.entries(stages).map(([s, h]) => [
    esc(s),
    h ? `<a href="${href(path, versionPagePath(name, h.version))}">${esc(h.version)}</a>` : '—',
    h ? `<code>${esc(h.stageTag)}</code>` : '',
  ]);
  const timeline = m.registry.events.map((e) => [
    esc(e.date),
    esc(e.stage),
    e.action === 'assign' ? 'promoted' : 'unassigned',
    e.target
      ? `<a href="${href(path, versionPagePath(name, e.target))}">${esc(e.target)}</a>`
      : '—',
    `<code>${esc(e.tag)}</code>`,
    esc((e.record?.kind === 'unassign' ? e.record.by : e.record?.promotedBy) ?? ''),
    extLink(e.record?.runUrl, 'run'),
  ]);
  const versionRows = m.registry.versions.map((v) => [
    `<a href="${href(path, versionPagePath(name, v.version))}">${esc(v.version)}</a>`,
    esc((v.record?.created ?? v.date).slice(0, 10)),
    passFail(v.record ? v.record.passed : null) +
      (v.deregistered ? ' <span class="muted">(deregistered)</span>' : ''),
    ...metrics.map((k) => num(v.record?.metrics[k])),
    esc((held.get(v.version) ?? []).join(', ')),
    commitCell(v.commit, opts),
    extLink(v.record?.runUrl, 'run'),
    extLink(v.record?.artifact?.url, 'artifact'),
  ]);
  const body = `<h1>${esc(name)}</h1>
${m.model.description ? `<p>${esc(m.model.description)}</p>` : ''}
<p class="muted">Manifest <code>${esc(m.manifest)}</code> · ${m.registry.versions.length} versions${m.registry.deprecated ? ' · deprecated' : ''} · JSON: <a href="${href(path, `api/models/${name}.json`)}">${esc(`api/models/${name}.json`)}</a></p>
<h2>Stages</h2>
${stageRows.length ? table(['Stage', 'Version', 'Tag'], stageRows) : '<p class="muted">No stages.</p>'}
<h2>Trends</h2>
${charts || `<p class="muted">${metrics.length ? 'No version has recorded a metric that has a threshold.' : 'No metric has a threshold.'}</p>`}
<h2>Versions</h2>
${versionRows.length ? table(['Version', 'Created', 'Result', ...metrics.map(esc), 'Stages', 'Commit', 'CI run', 'Artifact'], versionRows) : '<p class="muted">No version recorded yet.</p>'}
<h2>Stage timeline</h2>
${timeline.length ? table(['Date', 'Stage', 'Event', 'Version', 'Tag', 'By', 'CI run'], timeline) : '<p class="muted">No stage events.</p>'}`;
  return {
    path,
    content: page({
      title: `${name} · Model registry`,
      path,
      nav: `<a href="${href(path, 'index.html')}">Registry</a> / ${esc(name)}`,
      body,
    }),
  };
}

/** What every version page of one model shares, computed once (not once per version). */
interface ModelIndex {
  readonly held: ReadonlyMap<string, readonly string[]>;
  readonly byVersion: ReadonlyMap<string, RecordedVersion>;
}

function versionPage(
  m: SiteModelInput,
  v: RecordedVersion,
  index: ModelIndex,
  opts: SiteOptions,
): SiteFile {
  const name = m.model.model;
  const path = versionPagePath(name, v.version);
  const r = v.record;
  const held = index.held.get(v.version) ?? [];
  const base = r?.baseline ? index.byVersion.get(r.baseline.version) : undefined;
  const facts: string[][] = [
    ['Tag', `<code>${esc(v.tag)}</code>`],
    ['Commit', commitCell(v.commit, opts)],
    ['Created', esc(r?.created ?? v.date)],
    ['Result', passFail(r ? r.passed : null)],
    ['Stages held', esc(held.join(', ') || '—')],
  ];
  if (r) {
    facts.push(
      ['Fingerprint', `<code>${esc(r.fingerprint)}</code>`],
      [
        'Baseline',
        r.baseline
          ? base
            ? `<a href="${href(path, versionPagePath(name, base.version))}">${esc(r.baseline.version)}</a>`
            : esc(r.baseline.version)
          : '—',
      ],
      ['Metrics reused', r.reused ? 'yes' : 'no'],
      ['CI run', extLink(r.runUrl, r.runUrl ?? '') || '—'],
      [
        'Artifact',
        r.artifact
          ? extLink(r.artifact.url, `artifact ${r.artifact.id}`) || esc(`artifact ${r.artifact.id}`)
          : '—',
      ],
    );
  }
  const checks = (r?.checks ?? []).map((c) => [
    esc(c.metric),
    esc(c.rule),
    esc(String(c.bound)),
    num(c.baseline),
    num(c.actual),
    c.passed
      ? '<span class="pass">pass</span>'
      : c.level === 'warn'
        ? 'warning'
        : '<span class="fail">fail</span>',
    esc(c.reason ?? ''),
  ]);
  const names = [
    ...new Set([...Object.keys(r?.metrics ?? {}), ...Object.keys(base?.record?.metrics ?? {})]),
  ];
  const diff = names.map((k) => {
    const a = base?.record?.metrics[k];
    const b = r?.metrics[k];
    return [esc(k), num(a), num(b), a != null && b != null ? esc(formatChange(a, b)) : '—'];
  });
  const parts = r
    ? [
        ...Object.entries(r.components).map(([k, h]) => [
          'component',
          esc(k),
          `<code>${esc(h)}</code>`,
        ]),
        ...Object.entries(r.data).map(([k, h]) => ['data', esc(k), `<code>${esc(h)}</code>`]),
      ]
    : [];
  const body = `<h1>${esc(name)} ${esc(v.version)}</h1>
${v.deregistered ? '<p class="fail">Deregistered.</p>' : ''}
${table(['Field', 'Value'], facts)}
<h2>Checks</h2>
${checks.length ? table(['Metric', 'Rule', 'Bound', 'Baseline', 'Actual', 'Result', 'Reason'], checks) : '<p class="muted">No checks recorded.</p>'}
<h2>Metrics${r?.baseline ? ` against ${esc(r.baseline.version)}` : ''}</h2>
${diff.length ? table(['Metric', r?.baseline ? esc(r.baseline.version) : 'Baseline', esc(v.version), 'Change'], diff) : '<p class="muted">No metrics recorded.</p>'}
${parts.length ? `<h2>Content</h2>\n${table(['Kind', 'Name', 'Hash'], parts)}` : ''}
<p class="muted">JSON: <a href="${href(path, `api/models/${name}/versions/${v.version}.json`)}">${esc(`api/models/${name}/versions/${v.version}.json`)}</a></p>`;
  return {
    path,
    content: page({
      title: `${name} ${v.version} · Model registry`,
      path,
      nav: `<a href="${href(path, 'index.html')}">Registry</a> / <a href="${href(path, modelPagePath(name))}">${esc(name)}</a> / ${esc(v.version)}`,
      body,
    }),
  };
}

/**
 * The whole site: `index.html`, a page per model and per version, and the JSON API under
 * `api/`. Models are listed in the order given; output is deterministic (no clock).
 */
export function renderSite(models: readonly SiteModelInput[], opts: SiteOptions = {}): SiteFile[] {
  const files: SiteFile[] = [indexPage(models)];
  for (const m of models) {
    files.push(modelPage(m, opts));
    const index: ModelIndex = {
      held: heldBy(stageHolders(m)),
      byVersion: new Map(m.registry.versions.map((v) => [v.version, v])),
    };
    for (const v of m.registry.versions) files.push(versionPage(m, v, index, opts));
  }
  for (const [path, doc] of apiDocuments(models)) {
    files.push({ path, content: `${JSON.stringify(doc, null, 2)}\n` });
  }
  return files;
}
