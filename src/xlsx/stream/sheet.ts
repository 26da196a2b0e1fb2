import type ExcelJS from "exceljs";
import type { Format, NormalizedSheetPlan } from "../../core/workbook";
import { parseRangeRef } from "../../core/workbook";
import { renderCellValue } from "../render/cells";
import { uniqueHeaders } from "../render/content";
import type { RenderContext } from "../render/context";
import { styleCell } from "../render/formats";
import { type Piece, lastRowOf, sheetPieces } from "./pieces";

type Range = ReturnType<typeof parseRangeRef>;

function writePieceRow(ws: ExcelJS.Worksheet, row: ExcelJS.Row, piece: Piece, r: number, ctx: RenderContext): void {
  const cells = piece.rows[r - piece.row] ?? [];
  const width = Math.max(cells.length, piece.numFmts?.length ?? 0);
  for (let c = 0; c < width; c++) {
    const rendered = renderCellValue(cells[c], ctx, ws.name);
    const numFmt = rendered.numFmt ?? piece.numFmts?.[c];
    const wrap = piece.wraps?.[c];
    if (rendered.value === null && !numFmt && !wrap) continue;
    const cell = row.getCell(piece.column + c + 1);
    if (rendered.value !== null) cell.value = rendered.value;
    if (numFmt) cell.numFmt = numFmt;
    if (wrap) cell.alignment = { wrapText: true, vertical: "top" };
  }
}

function styleRow(row: ExcelJS.Row, r: number, formats: readonly { format: Format; range: Range }[]): void {
  for (const { format, range } of formats) {
    if (r < range.start.row || r > range.end.row) continue;
    for (let c = range.start.column; c <= range.end.column; c++) styleCell(row.getCell(c + 1), format);
  }
}

/** Rows that may be committed: none inside a merge that is not complete yet. */
function commitLimit(r: number, merges: readonly Range[]): number {
  let limit = r;
  for (const m of merges) if (m.start.row <= r && r < m.end.row) limit = Math.min(limit, m.start.row - 1);
  return limit;
}

/**
 * Writes a sheet's cells row by row and commits them as it goes, so memory stays flat however long
 * the sheet. Merges are applied once their last row is written; formats while their rows are open.
 */
export function streamSheetRows(ws: ExcelJS.Worksheet, sheet: NormalizedSheetPlan, ctx: RenderContext): void {
  const pieces = sheetPieces(sheet, (t) => uniqueHeaders(t.columns.map((c) => c.header)));
  const cellFormats = sheet.formats.filter((f) => /\d/.test(f.range)).map((format) => ({ format, range: parseRangeRef(format.range) }));
  const merges = sheet.merges.filter((m) => m.includes(":")).map(parseRangeRef);
  const last = Math.max(lastRowOf(pieces), ...cellFormats.map((f) => f.range.end.row), ...merges.map((m) => m.end.row));
  let committed = -1;
  for (let r = 0; r <= last; r++) {
    const row = ws.getRow(r + 1);
    for (const p of pieces) if (r >= p.row && r < p.row + p.rows.length) writePieceRow(ws, row, p, r, ctx);
    styleRow(row, r, cellFormats);
    for (const m of merges) if (m.end.row === r) ws.mergeCells(m.start.row + 1, m.start.column + 1, m.end.row + 1, m.end.column + 1);
    const limit = commitLimit(r, merges);
    if (limit > committed) {
      ws.getRow(limit + 1).commit();
      committed = limit;
    }
  }
}
