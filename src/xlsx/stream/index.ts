import ExcelJS from "exceljs";
import type { NormalizedWorkbookPlan } from "../../core/workbook";
import { parseCellRef } from "../../core/workbook";
import type { RenderContext } from "../render/context";
import { renderConditionalFormat, renderDataValidation, fitsInlineList, renderFormats } from "../render/formats";
import { ListSource } from "../render/lists";
import { renderMarker, renderNames } from "../render/names";
import { renderPrint } from "../render/print";
import { sheetOptions } from "../render/sheet";
import { streamSheetRows } from "./sheet";

export { sheetRowCount } from "./pieces";

/** Column widths and whole-column formats must be set before the first row is committed. */
function renderColumns(ws: ExcelJS.Worksheet, sheet: NormalizedWorkbookPlan["sheets"][number]): void {
  for (const t of sheet.tables) {
    const start = parseCellRef(t.at).column + 1;
    t.columns.forEach((c, i) => {
      if (c.width !== undefined) ws.getColumn(start + i).width = c.width;
      if (c.hidden) ws.getColumn(start + i).hidden = true;
    });
  }
  sheet.columnWidths?.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
    else if (w === 0) ws.getColumn(i + 1).hidden = true;
  });
  renderFormats(ws, sheet.formats.filter((f) => !/\d/.test(f.range)));
}

/**
 * The same plan through ExcelJS's streaming writer, for sheets too big for its in-memory model
 * (a million rows would take gigabytes). Excel Tables and charts are added to the package afterwards.
 */
export async function renderStreaming(plan: NormalizedWorkbookPlan, ctx: RenderContext, visible: number): Promise<Uint8Array> {
  // No stream given: ExcelJS collects the zip in memory (no Node stream, so the pane's bundle can carry it).
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: true });
  const lists = new ListSource(ctx);
  for (const [i, sheet] of plan.sheets.entries()) {
    const name = ctx.nameOfKey.get(sheet.key) as string;
    const ws = wb.addWorksheet(name, sheetOptions(i === visible ? { ...sheet, hidden: false } : sheet));
    renderColumns(ws, sheet);
    if (sheet.print) renderPrint(ws, sheet.print);
    streamSheetRows(ws, sheet, ctx);
    sheet.conditionalFormats.forEach((cf, n) => renderConditionalFormat(ws, cf, ctx, n));
    for (const dv of sheet.dataValidations) renderDataValidation(ws, dv, fitsInlineList(dv.list) ? undefined : lists.add(dv.list));
    renderMarker(wb as unknown as ExcelJS.Workbook, sheet.key, name);
    ws.commit();
  }
  lists.write(wb as unknown as ExcelJS.Workbook);
  renderNames(wb as unknown as ExcelJS.Workbook, plan.names, ctx);
  (wb as unknown as { views: unknown[] }).views = [{ activeTab: visible, firstSheet: 0, visibility: "visible", x: 0, y: 0, width: 20000, height: 12000 }];
  await wb.commit();
  return new Uint8Array((wb as unknown as { stream: { read(): Uint8Array } }).stream.read());
}
