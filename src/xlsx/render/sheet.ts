import type ExcelJS from "exceljs";
import { parseRangeRef, type NormalizedSheetPlan } from "../../core/workbook";
import type { RenderContext } from "./context";
import { renderBlock, renderTable } from "./content";
import { argb, fitsInlineList, renderConditionalFormat, renderDataValidation, renderFormats } from "./formats";
import type { ListSource } from "./lists";
import { renderFreeze, renderPrint } from "./print";

function renderColumnWidths(ws: ExcelJS.Worksheet, widths: readonly number[] | undefined): void {
  widths?.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
  });
}

/** ExcelJS's private merge registry: master address → range. */
type MergeRegistry = { _merges: Record<string, unknown> };

/**
 * ExcelJS checks every new merge against every earlier one (quadratic: 20,000 merges of a regional report took
 * 36 s). We check overlaps ourselves in one pass over the merged cells, then let ExcelJS merge each range
 * against an empty registry. Overlapping plans fall back to ExcelJS's own check, which throws as before.
 */
function renderMerges(ws: ExcelJS.Worksheet, merges: readonly string[]): void {
  const ranges = merges.filter((range) => range.includes(":"));
  if (ranges.length < 200 || overlaps(ranges)) {
    for (const range of ranges) ws.mergeCells(range);
    return;
  }
  const sheet = ws as unknown as MergeRegistry;
  const all = sheet._merges;
  for (const range of ranges) {
    sheet._merges = {};
    ws.mergeCells(range);
    Object.assign(all, sheet._merges);
  }
  sheet._merges = all;
}

function overlaps(ranges: readonly string[]): boolean {
  const taken = new Set<number>();
  for (const range of ranges) {
    const { start, end } = parseRangeRef(range);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.column; c <= end.column; c++) {
        const key = r * 16384 + c;
        if (taken.has(key)) return true;
        taken.add(key);
      }
    }
  }
  return false;
}

/** One sheet: content first (tables, blocks), then layout and rules over it. */
export function renderSheet(ws: ExcelJS.Worksheet, sheet: NormalizedSheetPlan, ctx: RenderContext, lists: ListSource): void {
  for (const table of sheet.tables) renderTable(ws, table, ctx);
  for (const block of sheet.blocks) renderBlock(ws, block, ctx);
  renderColumnWidths(ws, sheet.columnWidths);
  renderMerges(ws, sheet.merges);
  renderFormats(ws, sheet.formats);
  sheet.conditionalFormats.forEach((cf, i) => renderConditionalFormat(ws, cf, ctx, i));
  for (const dv of sheet.dataValidations) {
    renderDataValidation(ws, dv, fitsInlineList(dv.list) ? undefined : lists.add(dv.list));
  }
  if (sheet.print) renderPrint(ws, sheet.print);
}

export function sheetOptions(sheet: NormalizedSheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    state: sheet.hidden ? "hidden" : "visible",
    views: renderFreeze(sheet.freeze),
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
  };
}
