// The site's HTML pages and JSON API as files: data in, {path, content} out. No I/O here.
import { formatChange, formatNumber } from '../report/format.js';
import type { Threshold } from '../manifest/types.js';
import type { TimelineStep } from '../registry/stages.js';
import type { RecordedEvent, RecordedVersion } from '../registry/types.js';
import { apiDocuments, heldBy, stageHolders, timelineOf, type SiteModelInput } from './api.js';
import { trendSvg, type TrendChart } from './chart.js';
import { clip, esc, extLink, href, page, passFail, safeUrl, table } from './html.js';

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

/** Who made a stage event, from its record: the promoter, or who rolled back. */
const byOf = (e: RecordedEvent): string =>
  (e.record?.kind === 'unassign' ? e.record.by : e.record?.promotedBy) ?? '';

/** The most of a rollback's reason a table cell shows; the version page's notice shows it whole. */
const CELL_REASON = 300;

/**
 * A rollback's reason, escaped, its line breaks and long words kept inside the element
 * (`.reason`): whole, or at most `max` characters (`…` marking the cut, the whole in `title`).
 */
function reasonOf(e: RecordedEvent, max = Infinity): string {
  if (e.record?.kind !== 'unassign') return '';
  const text = e.record.reason;
  const shown = clip(text, max);
  const title = shown === text ? '' : ` title="${esc(text)}"`;
  return `<span class="reason"${title}>${esc(shown)}</span>`;
}

const versionLink = (from: string, model: string, version: string): string =>
  `<a href="${href(from, versionPagePath(model, version))}">${esc(version)}</a>`;

/** What an event was: a promotion (saying when a rollback later withdrew it), or a withdrawal. */
function eventCell(s: Step): string {
  if (s.event.action === 'assign') {
    return s.withdrawnBy
      ? `promoted <span class="withdrawn">(withdrawn by <code>${esc(s.withdrawnBy.tag)}</code>)</span>`
      : 'promoted';
  }
  const what = s.event.record ? 'rolled back' : 'unassigned';
  return s.withdrew
    ? `<span class="withdrawn">${what}</span>`
    : `<span class="withdrawn">${what}</span> <span class="muted">(no assignment of it was active)</span>`;
}

/** The version holding the stage after the event (for a rollback: the one it fell back to). */
const heldAfterCell = (from: string, model: string, s: Step): string =>
  s.after?.version
    ? versionLink(from, model, s.after.version)
    : s.after
      ? `<code>${esc(s.after.commit.slice(0, 7))}</code>`
      : '<span class="muted">empty</span>';

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

type Step = TimelineStep<RecordedEvent>;

/**
 * Each promotion of a version, oldest first, with the rollback that later withdrew it (its
 * reason, and where the stage fell back to) or null while it stands.
 */
function promotionsOf(timeline: readonly Step[]): TrendChart['promotions'] {
  const stepOf = new Map(timeline.map((s) => [s.event, s]));
  return [...timeline]
    .reverse()
    .filter((s) => s.event.action === 'assign' && s.event.version)
    .map((s) => {
      const u = s.withdrawnBy;
      const r = u?.record;
      return {
        version: s.event.version as string,
        stage: s.event.stage,
        withdrawn: u
          ? {
              tag: u.tag,
              date: u.date,
              reason: r?.kind === 'unassign' ? r.reason : null,
              to: stepOf.get(u)?.after?.version ?? null,
            }
          : null,
      };
    });
}

export function trendCharts(
  m: SiteModelInput,
  timeline: readonly Step[] = timelineOf(m),
): TrendChart[] {
  const versions = ascending(m);
  const promotions = promotionsOf(timeline);
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

/** The stage's newest event, as the stages table says it: a promotion, or the rollback it came from. */
function lastEventCell(from: string, model: string, s: Step | undefined): string {
  if (!s) return '';
  const e = s.event;
  if (e.action === 'assign') return `promoted ${esc(e.date)}`;
  const withdrawn = e.target ? ` ${versionLink(from, model, e.target)}` : '';
  const why = reasonOf(e, CELL_REASON);
  return `${eventCell(s)}${withdrawn} ${esc(e.date)}${why ? `: ${why}` : ''}`;
}

const LEGEND =
  '<p class="legend muted">Dotted green: a promotion; dash-dotted amber, labelled “(withdrawn)”: a promotion a rollback later withdrew (hover it for why and where the stage fell back to).</p>';

function modelPage(m: SiteModelInput, timeline: readonly Step[], opts: SiteOptions): SiteFile {
  const name = m.model.model;
  const path = modelPagePath(name);
  const stages = stageHolders(m);
  const held = heldBy(stages);
  const metrics = thresholdedMetrics(m);
  const charts = trendCharts(m, timeline)
    .filter((c) => c.points.length > 0)
    .map(
      (c, i) =>
        `<figure><figcaption>${esc(c.metric)}</figcaption>${trendSvg(c, `chart-${i}`)}${c.promotions.some((p) => p.withdrawn) ? LEGEND : ''}</figure>`,
    )
    .join('\n');
  const stageRows = Object.entries(stages).map(([s, h]) => [
    esc(s),
    h ? versionLink(path, name, h.version) : '—',
    h ? `<code>${esc(h.stageTag)}</code>` : '',
    // Newest first: the first step of the stage is its last event.
    lastEventCell(
      path,
      name,
      timeline.find((t) => t.event.stage === s),
    ),
  ]);
  const timelineRows = timeline.map((s) => {
    const e = s.event;
    return [
      esc(e.date),
      esc(e.stage),
      eventCell(s),
      e.target ? versionLink(path, name, e.target) : '—',
      heldAfterCell(path, name, s),
      esc(byOf(e)),
      reasonOf(e, CELL_REASON),
      `<code>${esc(e.tag)}</code>`,
      extLink(e.record?.runUrl, 'run'),
    ];
  });
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
${stageRows.length ? table(['Stage', 'Version', 'Tag', 'Last event'], stageRows) : '<p class="muted">No stages.</p>'}
<h2>Trends</h2>
${charts || `<p class="muted">${metrics.length ? 'No version has recorded a metric that has a threshold.' : 'No metric has a threshold.'}</p>`}
<h2>Versions</h2>
${versionRows.length ? table(['Version', 'Created', 'Result', ...metrics.map(esc), 'Stages', 'Commit', 'CI run', 'Artifact'], versionRows) : '<p class="muted">No version recorded yet.</p>'}
<h2>Stage timeline</h2>
${timelineRows.length ? table(['Date', 'Stage', 'Event', 'Version', 'Stage then held', 'By', 'Reason', 'Tag', 'CI run'], timelineRows) : '<p class="muted">No stage events.</p>'}`;
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
  /** Version → the stage events about it (assigned or withdrawn), newest first. */
  readonly steps: ReadonlyMap<string, readonly Step[]>;
}

/** Why a version is out of a stage it was promoted to: the rollback that withdrew it, per stage. */
function withdrawalNotes(from: string, model: string, steps: readonly Step[]): string {
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const s of steps) {
    const e = s.event;
    // An unassignment that withdrew nothing (no assignment of it was active) says nothing here.
    if (e.action === 'unassign' && !s.withdrew) continue;
    // Newest first: the version's last event in each stage says whether it stands there.
    if (seen.has(e.stage)) continue;
    seen.add(e.stage);
    if (e.action !== 'unassign') continue;
    const by = byOf(e);
    const to = s.after?.version
      ? `${esc(e.stage)} fell back to ${versionLink(from, model, s.after.version)}`
      : s.after
        ? `${esc(e.stage)} fell back to commit <code>${esc(s.after.commit.slice(0, 7))}</code>`
        : `${esc(e.stage)} was left empty`;
    const why = reasonOf(e);
    const code =
      e.record?.kind === 'unassign' && e.record.exitCode != null
        ? ` (deploy exit code ${esc(e.record.exitCode)})`
        : '';
    notes.push(
      `<div class="withdrawal"><p><strong class="withdrawn">Withdrawn from ${esc(e.stage)}</strong> ${esc(e.date)}${by ? ` by ${esc(by)}` : ''} (<code>${esc(e.tag)}</code>); ${to}.</p>` +
        `<p>${why ? `Reason${code}: ${why}` : `No reason recorded (a tag without Lepton's record)${code}.`}</p></div>`,
    );
  }
  return notes.join('\n');
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
  const steps = index.steps.get(v.version) ?? [];
  const stageRows = steps.map((s) => [
    esc(s.event.date),
    esc(s.event.stage),
    eventCell(s),
    heldAfterCell(path, name, s),
    esc(byOf(s.event)),
    reasonOf(s.event, CELL_REASON),
    `<code>${esc(s.event.tag)}</code>`,
    extLink(s.event.record?.runUrl, 'run'),
  ]);
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
${withdrawalNotes(path, name, steps)}
${table(['Field', 'Value'], facts)}
<h2>Checks</h2>
${checks.length ? table(['Metric', 'Rule', 'Bound', 'Baseline', 'Actual', 'Result', 'Reason'], checks) : '<p class="muted">No checks recorded.</p>'}
<h2>Metrics${r?.baseline ? ` against ${esc(r.baseline.version)}` : ''}</h2>
${diff.length ? table(['Metric', r?.baseline ? esc(r.baseline.version) : 'Baseline', esc(v.version), 'Change'], diff) : '<p class="muted">No metrics recorded.</p>'}
${stageRows.length ? `<h2>Stage history</h2>\n${table(['Date', 'Stage', 'Event', 'Stage then held', 'By', 'Reason', 'Tag', 'CI run'], stageRows)}` : ''}
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
    const timeline = timelineOf(m);
    files.push(modelPage(m, timeline, opts));
    const steps = new Map<string, Step[]>();
    for (const s of timeline) {
      const v = s.event.target;
      if (v === null) continue;
      const list = steps.get(v);
      if (list) list.push(s);
      else steps.set(v, [s]);
    }
    const index: ModelIndex = {
      held: heldBy(stageHolders(m)),
      byVersion: new Map(m.registry.versions.map((v) => [v.version, v])),
      steps,
    };
    for (const v of m.registry.versions) files.push(versionPage(m, v, index, opts));
  }
  for (const [path, doc] of apiDocuments(models)) {
    files.push({ path, content: `${JSON.stringify(doc, null, 2)}\n` });
  }
  return files;
}
