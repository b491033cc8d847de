// HTML building blocks for the static site. Everything that came from a tag, a manifest or an
// eval's files (model, stage and metric names, versions, URLs) is untrusted: it reaches the page
// only through `esc` (text and attribute values) or `safeUrl` (href values).

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML text or a quoted attribute value: `& < > " '` become entities. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * At most `max` characters of `text` (code points, so no pair is split), `…` marking a cut.
 * Plain text: escape the result.
 */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

/** An `http:`/`https:` URL, escaped for an attribute; null for anything else (`javascript:`, `data:`, relative). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? esc(u.href) : null;
  } catch {
    return null;
  }
}

/**
 * `path.posix.relative(dirname(from), to) || basename(to)` for the site's own normalized paths
 * (no `.`, `..` or empty segment), without `node:path`: core stays free of Node modules.
 */
function relativePath(from: string, to: string): string {
  const dir = from.split('/').slice(0, -1);
  const target = to.split('/');
  let same = 0;
  while (same < dir.length && same < target.length && dir[same] === target[same]) same++;
  const rel = [...Array<string>(dir.length - same).fill('..'), ...target.slice(same)].join('/');
  return rel || (target[target.length - 1] ?? '');
}

/**
 * A relative link from one generated file to another (both POSIX paths from the site's root),
 * with each segment percent-encoded, so it works from `file://` and from any sub-path of a host.
 */
export function href(from: string, to: string): string {
  const rel = relativePath(from, to);
  return esc(
    rel
      .split('/')
      .map((s) => (s === '..' ? s : encodeURIComponent(s)))
      .join('/'),
  );
}

// No script, and nothing fetched: the policy makes a stray external reference fail loudly in
// the browser test instead of leaking a request.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --accent: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --ok: #3fb950; --bad: #f85149; --warn: #d29922; --accent: #4493f8; } }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
a { color: var(--accent); }
nav { font-size: 13px; color: var(--muted); margin-bottom: .5rem; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--line); padding: .25rem .75rem .25rem 0; text-align: left; vertical-align: top; }
th { font-weight: 600; }
td.num { text-align: right; }
.pass { color: var(--ok); } .fail { color: var(--bad); } .muted { color: var(--muted); }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
figure { margin: 1rem 0 2rem; } figcaption { font-weight: 600; margin-bottom: .25rem; }
svg.chart { max-width: 100%; height: auto; font: 11px system-ui, sans-serif; }
svg.chart .axis line, svg.chart .axis path { stroke: var(--muted); }
svg.chart text { fill: var(--muted); }
svg.chart .series { fill: none; stroke: var(--accent); stroke-width: 1.5; }
svg.chart .point { fill: var(--accent); }
svg.chart .point.failed { fill: var(--bad); }
svg.chart .threshold { stroke: var(--bad); stroke-dasharray: 6 4; }
svg.chart .promotion { stroke: var(--ok); stroke-dasharray: 2 3; }
svg.chart .promotion-label { fill: var(--ok); }
svg.chart .promotion.withdrawn { stroke: var(--warn); stroke-dasharray: 8 3 1 3; }
svg.chart .promotion-label.withdrawn { fill: var(--warn); }
.withdrawn { color: var(--bad); }
.reason { white-space: pre-wrap; overflow-wrap: anywhere; }
td .reason { display: inline-block; min-width: 14rem; max-width: 32rem; }
.legend { font-size: 12px; margin: .25rem 0 0; }
pre { overflow-x: auto; font-size: 12px; border: 1px solid var(--line); padding: .5rem; }
`;

/** A whole page: `body` is trusted HTML built by the renderers; `title` is escaped here. */
export function page(opts: { title: string; path: string; nav: string; body: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${esc(opts.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<nav>${opts.nav}</nav>
${opts.body}
<footer class="muted"><small>Generated by Lepton from the repository's tags. JSON: <a href="${href(opts.path, 'api/models.json')}">api/models.json</a></small></footer>
</body>
</html>
`;
}

/** A table with a header row; cells are trusted HTML. */
export function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  caption?: string,
): string {
  const th = head.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table>${caption ? `<caption class="muted">${caption}</caption>` : ''}<thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export const passFail = (passed: boolean | null): string =>
  passed === null
    ? '<span class="muted">no record</span>'
    : passed
      ? '<span class="pass">passed</span>'
      : '<span class="fail">failed</span>';

/** A link when the URL is http(s), else the label as plain text. */
export function extLink(url: string | null | undefined, label: string): string {
  const u = safeUrl(url);
  return u ? `<a href="${u}" rel="noopener noreferrer">${esc(label)}</a>` : '';
}
