import type ExcelJS from "exceljs";
import { canMergeFast, mergeWithoutScan } from "../render/merges";
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

/** Merges by the row where they start and where they end, so each row looks only at its own. */
function byRow(merges: readonly Range[], row: (m: Range) => number): Map<number, Range[]> {
  const out = new Map<number, Range[]>();
  for (const m of merges) {
    const list = out.get(row(m));
    if (list) list.push(m);
    else out.set(row(m), [m]);
  }
  return out;
}

/**
 * Writes a sheet's cells row by row and commits them as it goes, so memory stays flat however long
 * the sheet. Merges are applied once their last row is written; formats while their rows are open.
 */
export function streamSheetRows(ws: ExcelJS.Worksheet, sheet: NormalizedSheetPlan, ctx: RenderContext): void {
  const pieces = sheetPieces(sheet, (t) => uniqueHeaders(t.columns.map((c) => c.header)));
  const cellFormats = sheet.formats.filter((f) => /\d/.test(f.range)).map((format) => ({ format, range: parseRangeRef(format.range) }));
  const mergeRefs = sheet.merges.filter((m) => m.includes(":"));
  const fast = canMergeFast(mergeRefs);
  const merges = mergeRefs.map(parseRangeRef);
  const starting = byRow(merges, (m) => m.start.row);
  const ending = byRow(merges, (m) => m.end.row);
  const last = [...cellFormats.map((f) => f.range.end.row), ...merges.map((m) => m.end.row)].reduce((a, b) => Math.max(a, b), lastRowOf(pieces));
  const heights = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
  let open: Range[] = [];
  let committed = -1;
  for (let r = 0; r <= last; r++) {
    const row = ws.getRow(r + 1);
    const height = heights.get(r + 1);
    if (height !== undefined) row.height = height;
    for (const p of pieces) if (r >= p.row && r < p.row + p.rows.length) writePieceRow(ws, row, p, r, ctx);
    styleRow(row, r, cellFormats);
    for (const m of ending.get(r) ?? []) {
      const merge = () => ws.mergeCells(m.start.row + 1, m.start.column + 1, m.end.row + 1, m.end.column + 1);
      if (fast) mergeWithoutScan(ws, merge);
      else merge();
    }
    // Rows inside a merge that is not complete yet must stay open.
    open = [...open, ...(starting.get(r) ?? [])].filter((m) => m.end.row > r);
    const limit = open.reduce((min, m) => Math.min(min, m.start.row - 1), r);
    if (limit > committed) {
      ws.getRow(limit + 1).commit();
      committed = limit;
    }
  }
}
