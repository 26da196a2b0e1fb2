import ExcelJS from "exceljs";
import type { MergedArea, SourceTable } from "../../core/table/types";
import { cellText } from "./cell-text";

export { cellText, dateText, numberText } from "./cell-text";

interface Extent {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merged ranges as ExcelJS keeps them (no public accessor short of building the whole sheet model). */
function mergesOf(ws: ExcelJS.Worksheet): RangeLike[] {
  return Object.values((ws as unknown as { _merges: Record<string, RangeLike> })._merges ?? {});
}

function usedExtent(ws: ExcelJS.Worksheet): Extent | undefined {
  let e: Extent | undefined;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (cellText(cell.value) === "") return;
      e = e ? { top: Math.min(e.top, r), left: Math.min(e.left, c), bottom: Math.max(e.bottom, r), right: Math.max(e.right, c) } : { top: r, left: c, bottom: r, right: c };
    });
  });
  return e;
}

function readRow(ws: ExcelJS.Worksheet, r: number, e: Extent): { cells: string[]; bold: boolean } {
  const row = ws.getRow(r);
  const cells: string[] = [];
  let filled = 0;
  let bold = 0;
  for (let c = e.left; c <= e.right; c++) {
    const cell = row.getCell(c);
    // A merged area's text lives in its top-left cell only; ExcelJS would repeat it in every cell.
    const text = cell.isMerged && cell.master !== cell ? "" : cellText(cell.value);
    cells.push(text);
    if (text.trim() === "") continue;
    filled++;
    if (cell.font?.bold) bold++;
  }
  return { cells, bold: filled > 0 && bold === filled };
}

function readSheet(ws: ExcelJS.Worksheet): SourceTable {
  const e = usedExtent(ws);
  if (!e) return { cells: [], origin: { kind: "xlsx", sheet: ws.name, firstRow: 1, firstColumn: 1 } };
  const cells: string[][] = [];
  const boldRows: boolean[] = [];
  for (let r = e.top; r <= e.bottom; r++) {
    const row = readRow(ws, r, e);
    cells.push(row.cells);
    boldRows.push(row.bold);
  }
  const merges: MergedArea[] = mergesOf(ws)
    .filter((m) => m.bottom >= e.top && m.right >= e.left && m.top <= e.bottom && m.left <= e.right)
    .map((m) => ({ row: m.top - e.top, column: m.left - e.left, rowSpan: m.bottom - m.top + 1, columnSpan: m.right - m.left + 1 }));
  return { cells, boldRows, merges, origin: { kind: "xlsx", sheet: ws.name, firstRow: e.top, firstColumn: e.left } };
}

function pickSheets(wb: ExcelJS.Workbook, wanted?: string, includeHidden = false): ExcelJS.Worksheet[] {
  if (wanted === undefined) return wb.worksheets.filter((ws) => includeHidden || ws.state === "visible" || ws.state === undefined);
  const exact = wb.worksheets.find((ws) => ws.name === wanted);
  const norm = (s: string) => s.trim().toLocaleLowerCase("ru");
  const loose = exact ?? wb.worksheets.find((ws) => norm(ws.name) === norm(wanted));
  return loose ? [loose] : [];
}

/**
 * .xlsx → one SourceTable per visible non-empty sheet (or the named sheet, hidden or not, even empty).
 * Texts as shown: dates dd.mm.yyyy, rich text flattened, formulas by their cached result.
 * Merged areas are 0-based, relative to cells[0][0]; `origin` gives their place in the sheet.
 */
export async function readXlsx(bytes: Uint8Array, opts: { sheet?: string; includeHidden?: boolean } = {}): Promise<SourceTable[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const tables = pickSheets(wb, opts.sheet, opts.includeHidden).map(readSheet);
  return opts.sheet === undefined ? tables.filter((t) => t.cells.length > 0) : tables;
}
