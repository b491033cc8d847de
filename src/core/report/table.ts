/** Column alignment of a rendered table. */
export type Align = 'left' | 'right';

/** A GitHub Markdown table; cells must already be escaped for a table (see `codeSpan`, `escapeText`). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string[] {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`;
  const rule = header.map((_, i) => (align[i] === 'right' ? '--:' : '---'));
  return [line(header), `|${rule.join('|')}|`, ...rows.map(line)];
}

/** Display width by code points: close enough for metric names in a monospace terminal. */
const width = (s: string) => Array.from(s).length;

/** A plain table for a terminal: columns padded with spaces, separated by two. */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
  const pad = (cell: string, i: number) => {
    const fill = ' '.repeat((widths[i] ?? 0) - width(cell));
    return align[i] === 'right' ? fill + cell : cell + fill;
  };
  return all.map((r) =>
    header
      .map((_, i) => pad(r[i] ?? '', i))
      .join('  ')
      .trimEnd(),
  );
}
