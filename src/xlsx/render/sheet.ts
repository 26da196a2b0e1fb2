import type ExcelJS from "exceljs";
import type { NormalizedSheetPlan } from "../../core/workbook";
import { canMergeFast, mergeWithoutScan } from "./merges";
import type { RenderContext } from "./context";
import { renderBlock, renderTable } from "./content";
import { argb, fitsInlineList, renderConditionalFormat, renderDataValidation, renderFormats } from "./formats";
import type { ListSource } from "./lists";
import { renderFreeze, renderPrint } from "./print";

function renderColumnWidths(ws: ExcelJS.Worksheet, widths: readonly number[] | undefined): void {
  widths?.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
    else if (width === 0) ws.getColumn(i + 1).hidden = true;
  });
}

function renderMerges(ws: ExcelJS.Worksheet, merges: readonly string[]): void {
  const ranges = merges.filter((range) => range.includes(":"));
  const fast = canMergeFast(ranges);
  for (const range of ranges) {
    if (fast) mergeWithoutScan(ws, () => ws.mergeCells(range));
    else ws.mergeCells(range);
  }
}

/** One sheet: content first (tables, blocks), then layout and rules over it. */
export function renderSheet(ws: ExcelJS.Worksheet, sheet: NormalizedSheetPlan, ctx: RenderContext, lists: ListSource): void {
  for (const table of sheet.tables) renderTable(ws, table, ctx);
  for (const block of sheet.blocks) renderBlock(ws, block, ctx);
  renderColumnWidths(ws, sheet.columnWidths);
  for (const { row, height } of sheet.rowHeights) ws.getRow(row).height = height;
  renderMerges(ws, sheet.merges);
  renderFormats(ws, sheet.formats);
  sheet.conditionalFormats.forEach((cf, i) => renderConditionalFormat(ws, cf, ctx, i));
  for (const dv of sheet.dataValidations) {
    renderDataValidation(ws, dv, fitsInlineList(dv.list) ? undefined : lists.add(dv.list));
  }
  if (sheet.print) renderPrint(ws, sheet.print);
  if (sheet.protect) protectWithoutPassword(ws);
}

/**
 * ExcelJS's `protect()` hashes a password asynchronously; with none, the model's flags are all it writes, set
 * here directly: editing locked cells is off, selecting, filtering, sorting and resizing stay on.
 */
function protectWithoutPassword(ws: ExcelJS.Worksheet): void {
  (ws as unknown as { sheetProtection: Record<string, boolean> }).sheetProtection = {
    sheet: true,
    objects: true,
    scenarios: true,
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: true,
  };
}

export function sheetOptions(sheet: NormalizedSheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    state: sheet.hidden ? "hidden" : "visible",
    views: renderFreeze(sheet.freeze),
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
  };
}
