import type { MergedArea } from "./types";

export interface RawCell {
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** Visible characters in bold and in all. */
  readonly bold: number;
  readonly chars: number;
}

export interface Grid {
  readonly cells: string[][];
  readonly boldRows: boolean[];
  readonly merges: MergedArea[];
}

/**
 * Places cells on a grid the way a browser does: a cell goes to the first free column, and a rowspan
 * occupies the rows below. A merged area's text stays in its top-left cell; the covered cells are "".
 */
export function layoutGrid(rows: readonly RawCell[][]): Grid {
  const taken: Set<number>[] = rows.map(() => new Set<number>());
  const cells: string[][] = rows.map(() => []);
  const merges: MergedArea[] = [];
  const boldRows: boolean[] = [];
  let width = 0;
  rows.forEach((row, r) => {
    let c = 0;
    let bold = 0;
    let chars = 0;
    for (const cell of row) {
      while (taken[r].has(c)) c++;
      const rowSpan = Math.min(cell.rowSpan, rows.length - r);
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) taken[r + dr].add(c + dc);
      cells[r][c] = cell.text;
      if (rowSpan > 1 || cell.colSpan > 1) merges.push({ row: r, column: c, rowSpan, columnSpan: cell.colSpan });
      bold += cell.bold;
      chars += cell.chars;
      c += cell.colSpan;
      width = Math.max(width, c);
    }
    boldRows.push(chars > 0 && bold === chars);
  });
  for (const row of cells) for (let c = 0; c < width; c++) row[c] ??= "";
  return { cells, boldRows, merges };
}
