import type { Cell, NormalizedSheetPlan } from "../../core/workbook";
import { defaultNumFmt, parseCellRef } from "../../core/workbook";

/** A rectangle of plan cells starting at (row, column), with per-column number formats and wrap. */
export interface Piece {
  readonly row: number;
  readonly column: number;
  readonly rows: readonly (readonly Cell[])[];
  readonly numFmts?: readonly (string | undefined)[];
  readonly wraps?: readonly boolean[];
}

/**
 * A sheet's content as pieces in render order (tables, then blocks over them), so the streaming
 * writer can produce it row by row without first building a grid of a million rows.
 */
export function sheetPieces(sheet: NormalizedSheetPlan, headerNames: (t: NormalizedSheetPlan["tables"][number]) => string[]): Piece[] {
  const pieces: Piece[] = [];
  for (const t of sheet.tables) {
    const at = parseCellRef(t.at);
    pieces.push({ row: at.row, column: at.column, rows: [headerNames(t)] });
    const rows = t.rows.length ? t.rows : [[]];
    pieces.push({
      row: at.row + 1,
      column: at.column,
      rows,
      numFmts: t.columns.map((c) => c.numFmt ?? defaultNumFmt(c.kind)),
      wraps: t.columns.map((c) => c.wrap ?? false),
    });
  }
  for (const b of sheet.blocks) {
    const at = parseCellRef(b.at);
    pieces.push({ row: at.row, column: at.column, rows: b.rows });
  }
  return pieces;
}

export function lastRowOf(pieces: readonly Piece[]): number {
  return pieces.reduce((max, p) => Math.max(max, p.row + p.rows.length - 1), -1);
}

/** Rows of a sheet large enough that the in-memory ExcelJS model would cost gigabytes. */
export function sheetRowCount(sheet: NormalizedSheetPlan): number {
  return sheet.tables.reduce((n, t) => n + t.rows.length, 0) + sheet.blocks.reduce((n, b) => n + b.rows.length, 0);
}
