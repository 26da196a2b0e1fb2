import { markerName, parseRangeRef } from "../core/workbook";
import type { MergedArea } from "../core/table/types";
import type { OwnSheetRead, RangeRead } from "./host-types";
import type { OfficeEnv } from "./office-env";
import { sheetOfReference } from "./snapshot";

/** Cells per read sync: texts of ~60 bytes keep each response well under the 5 MB limit. */
const CELLS_PER_READ = 50_000;

async function readTexts(ctx: Excel.RequestContext, ws: Excel.Worksheet, r: { row: number; col: number; rows: number; cols: number }): Promise<string[][]> {
  const step = Math.max(1, Math.floor(CELLS_PER_READ / Math.max(1, r.cols)));
  const out: string[][] = [];
  for (let i = 0; i < r.rows; i += step) {
    const part = ws.getRangeByIndexes(r.row + i, r.col, Math.min(step, r.rows - i), r.cols).load("text");
    await ctx.sync();
    out.push(...part.text.map((row) => row.map(String)));
  }
  return out;
}

function mergesOf(address: string, top: number, left: number): MergedArea[] {
  return address.split(",").map((a) => {
    const { start, end } = parseRangeRef(a.slice(a.lastIndexOf("!") + 1).replace(/\$/g, ""));
    return { row: start.row - top, column: start.column - left, rowSpan: end.row - start.row + 1, columnSpan: end.column - start.column + 1 };
  });
}

/** The selection as displayed texts, cut to the used range (a whole selected column is not a million rows). */
export async function readSelectionWith(env: OfficeEnv): Promise<RangeRead> {
  const withMerges = env.isSetSupported("ExcelApi", "1.13");
  return env.run(async (ctx) => {
    const selected = ctx.workbook.getSelectedRange();
    const ws = selected.worksheet.load("name");
    const used = selected.getIntersectionOrNullObject(ws.getUsedRange(true));
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    const merged = withMerges ? selected.getMergedAreasOrNullObject().load("address") : null;
    await ctx.sync();
    if (used.isNullObject) {
      return { sheet: ws.name, address: "", firstRow: 1, firstColumn: 1, values: [], merges: [] };
    }
    const r = { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
    const values = await readTexts(ctx, ws, r);
    const merges = merged && !merged.isNullObject ? mergesOf(merged.address, r.row, r.col) : [];
    const address = used.address.slice(used.address.lastIndexOf("!") + 1);
    return { sheet: ws.name, address, firstRow: r.row + 1, firstColumn: r.col + 1, values, merges };
  });
}

export async function readOwnSheetWith(env: OfficeEnv, key: string): Promise<OwnSheetRead | null> {
  return env.run(async (ctx) => {
    const marker = ctx.workbook.names.getItemOrNullObject(markerName(key)).load("formula");
    await ctx.sync();
    const name = marker.isNullObject ? null : sheetOfReference(String(marker.formula));
    if (!name) return null;
    const ws = ctx.workbook.worksheets.getItemOrNullObject(name).load("name");
    const used = ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    await ctx.sync();
    if (ws.isNullObject) return null;
    if (used.isNullObject) return { key, name: ws.name, values: [] };
    // From A1, so that row and column numbers match the sheet.
    const values = await readTexts(ctx, ws, { row: 0, col: 0, rows: used.rowIndex + used.rowCount, cols: used.columnIndex + used.columnCount });
    return { key, name: ws.name, values };
  });
}

export async function selectCellWith(env: OfficeEnv, sheetName: string, address: string): Promise<void> {
  await env.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(sheetName).load("name");
    await ctx.sync();
    if (ws.isNullObject) throw new Error(`Лист «${sheetName}» не найден: возможно, его удалили или переименовали.`);
    ws.activate();
    ws.getRange(address.slice(address.lastIndexOf("!") + 1)).select();
    await ctx.sync();
  });
}
