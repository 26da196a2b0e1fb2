import type ExcelJS from "exceljs";
import type { DefinedName } from "../../core/workbook";
import { markerName, quoteSheet } from "../../core/workbook";
import type { RenderContext } from "./context";

/** Workbook names; `sheetKey` resolves to the sheet's actual name. Names whose sheet is absent are skipped. */
export function renderNames(wb: ExcelJS.Workbook, names: readonly DefinedName[], ctx: RenderContext): void {
  for (const n of names) {
    const sheet = ctx.nameOfKey.get(n.sheetKey);
    if (!sheet) continue;
    const ref = ctx.resolve(n.ref);
    wb.definedNames.add(ref.includes("!") ? ref : `${quoteSheet(sheet)}!${absolute(ref)}`, n.name);
  }
}

/** "A1:B3" → "$A$1:$B$3" (ExcelJS reads names only in the absolute form). */
function absolute(ref: string): string {
  return ref
    .split(":")
    .map((part) => part.replace(/^\$?([A-Z]{1,3})\$?(\d+)$/i, (_, c: string, r: string) => `$${c.toUpperCase()}$${r}`))
    .join(":");
}

/** The marker: `RoadmapMonitor.<key>` → the sheet's A1, so a later run recognises the sheets it made. */
export function renderMarker(wb: ExcelJS.Workbook, sheetKey: string, sheetName: string): void {
  wb.definedNames.add(`${quoteSheet(sheetName)}!$A$1`, markerName(sheetKey));
}
