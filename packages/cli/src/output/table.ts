/** Styles one cell's text; `row` is -1 for the header. Padding stays outside the style. */
export type CellPainter = (text: string, row: number, column: number) => string;

/**
 * Renders rows as a plain-text table: a header, right-aligned numbers, two spaces between columns.
 * `paint` styles each cell's text, and widths are taken before, so colour codes never shift a column.
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  paint: CellPainter = (text) => text,
): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => /^[\d,]*$/.test(r[i] ?? '')));
  const line = (cells: readonly string[], row: number): string =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - cell.length));
        const text = paint(cell, row, i);
        return numeric[i] === true ? pad + text : i === cells.length - 1 ? text : text + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(headers, -1), ...rows.map((r, i) => line(r, i))].join('\n') + '\n';
}
