export type { ReportInput, ReportOptions } from './types.js';
export { renderMarkdownReport, headline, DEFAULT_MAX_LENGTH } from './markdown.js';
export { renderTextReport } from './text.js';
export { reportMarker, MARKER_PREFIX } from './marker.js';
export { codeSpan, escapeText, plainText, oneLine, clip } from './escape.js';
export {
  formatNumber,
  formatSigned,
  formatPercent,
  formatChange,
  formatPair,
  change,
} from './format.js';
export { markdownTable, textTable, type Align } from './table.js';
export {
  metricDiff,
  renderDiffMarkdown,
  renderDiffText,
  type DiffRow,
  type DiffTable,
} from './diff.js';
export { metricRows, boundText, type MetricRow } from './rows.js';
export { plainCheckLine } from './check-line.js';
