import { markerName, parseRangeRef } from "../core/workbook";
import type { MergedArea } from "../core/table/types";
import type { OwnSheetRead, RangeRead } from "./host-types";
import type { OfficeEnv } from "./office-env";
import { cellText, queueDate1904Probe, readInChunks } from "./read-chunks";
import { sheetOfReference } from "./snapshot";

async function readTexts(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  r: { row: number; col: number; rows: number; cols: number },
): Promise<string[][]> {
  return readInChunks(
    ctx,
    ws,
    r,
    (range) => void range.load("text"),
    (range) => range.text.map((row) => row.map(String)),
  );
}

/**
 * Merged areas relative to the read block, clipped to it. Excel lists only the merges whose top-left cell
 * lies inside the queried range, so the query starts at A1 and each area is intersected with the block.
 */
function mergesOf(address: string, r: { row: number; col: number; rows: number; cols: number }): MergedArea[] {
  const out: MergedArea[] = [];
  for (const a of address.split(",")) {
    const { start, end } = parseRangeRef(a.slice(a.lastIndexOf("!") + 1).replace(/\$/g, ""));
    const top = Math.max(start.row, r.row),
      left = Math.max(start.column, r.col);
    const bottom = Math.min(end.row, r.row + r.rows - 1),
      right = Math.min(end.column, r.col + r.cols - 1);
    if (bottom < top || right < left || (bottom === top && right === left)) continue;
    out.push({ row: top - r.row, column: left - r.col, rowSpan: bottom - top + 1, columnSpan: right - left + 1 });
  }
  return out;
}

/** The selection as displayed texts, cut to the used range (a whole selected column is not a million rows). */
export async function readSelectionWith(env: OfficeEnv): Promise<RangeRead> {
  const withMerges = env.isSetSupported("ExcelApi", "1.13");
  return env.run(async (ctx) => {
    const selected = ctx.workbook.getSelectedRange();
    const ws = selected.worksheet.load("name");
    const used = selected.getIntersectionOrNullObject(ws.getUsedRange(true));
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    await ctx.sync();
    if (used.isNullObject) {
      return { sheet: ws.name, address: "", firstRow: 1, firstColumn: 1, values: [], merges: [] };
    }
    const r = { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
    // ExcelApi 1.13 lists merged areas; older Excel reads the texts alone (the reader then sees repeated blanks).
    const merged = withMerges
      ? ws
          .getRangeByIndexes(0, 0, r.row + r.rows, r.col + r.cols)
          .getMergedAreasOrNullObject()
          .load("address")
      : null;
    const values = await readTexts(ctx, ws, r);
    const merges = merged && !merged.isNullObject ? mergesOf(merged.address, r) : [];
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
    const date1904 = queueDate1904Probe(ctx);
    await ctx.sync();
    if (ws.isNullObject) return null;
    if (used.isNullObject) return { key, name: ws.name, values: [] };
    // From A1, so that row and column numbers match the sheet. Values, not displayed texts: a date typed
    // by the user reads the same whatever the locale shows («05.03.2024», «3/5/2024», «5 мар»).
    const r = { row: 0, col: 0, rows: used.rowIndex + used.rowCount, cols: used.columnIndex + used.columnCount };
    const d1904 = date1904();
    const values = await readInChunks(
      ctx,
      ws,
      r,
      (range) => void range.load("values,numberFormat"),
      (range) =>
        range.values.map((row, i) => row.map((v, j) => cellText(v, String(range.numberFormat[i]?.[j] ?? ""), d1904))),
    );
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
