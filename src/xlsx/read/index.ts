import ExcelJS from "exceljs";
import type { MergedArea, SourceTable } from "../../core/table/types";
import { splitSparse, type Block, type CellAt } from "./blocks";
import { cellText } from "./cell-text";
import { safeXlsxBytes } from "./safe-package";

export { cellText, dateText, numberText } from "./cell-text";

type Extent = Block;

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

/** Every cell with text (a merged area's top-left only): what the sheet really holds. */
function filledCells(ws: ExcelJS.Worksheet): CellAt[] {
  const cells: CellAt[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      if (cellText(cell.value) === "") return;
      cells.push({ row: r, column: c });
    });
  });
  return cells;
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

/** A merged area as seen from a block: starting inside it, clipped to it. */
function mergeIn(m: RangeLike, e: Extent): MergedArea | null {
  if (m.top < e.top || m.left < e.left || m.top > e.bottom || m.left > e.right) return null;
  const rowSpan = Math.min(m.bottom, e.bottom) - m.top + 1;
  const columnSpan = Math.min(m.right, e.right) - m.left + 1;
  return { row: m.top - e.top, column: m.left - e.left, rowSpan, columnSpan };
}

function readBlock(ws: ExcelJS.Worksheet, e: Extent): SourceTable {
  const cells: string[][] = [];
  const boldRows: boolean[] = [];
  for (let r = e.top; r <= e.bottom; r++) {
    const row = readRow(ws, r, e);
    cells.push(row.cells);
    boldRows.push(row.bold);
  }
  const merges = mergesOf(ws)
    .map((m) => mergeIn(m, e))
    .filter((m): m is MergedArea => m !== null);
  return { cells, boldRows, merges, origin: { kind: "xlsx", sheet: ws.name, firstRow: e.top, firstColumn: e.left } };
}

/**
 * A sheet → its table: the used range, or (a sheet with far-apart cells, see splitSparse) one table per
 * dense block, each at its place in the sheet.
 */
function readSheet(ws: ExcelJS.Worksheet): SourceTable[] {
  const blocks = splitSparse(filledCells(ws));
  if (blocks.length === 0) return [{ cells: [], origin: { kind: "xlsx", sheet: ws.name, firstRow: 1, firstColumn: 1 } }];
  return blocks.map((b) => readBlock(ws, b));
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
 * Refuses (FileRefused) a package that would inflate beyond XLSX_LIMITS, before ExcelJS inflates it.
 */
export async function readXlsx(bytes: Uint8Array, opts: { sheet?: string; includeHidden?: boolean } = {}): Promise<SourceTable[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await safeXlsxBytes(bytes)) as unknown as ExcelJS.Buffer);
  const tables = pickSheets(wb, opts.sheet, opts.includeHidden).flatMap(readSheet);
  return opts.sheet === undefined ? tables.filter((t) => t.cells.length > 0) : tables;
}
