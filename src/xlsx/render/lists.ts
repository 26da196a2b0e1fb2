import type ExcelJS from "exceljs";
import { columnLetter, markerName, quoteSheet, uniqueSheetName } from "../../core/workbook";
import type { RenderContext } from "./context";
import { fitText } from "./cells";

/** Key of the hidden sheet that holds dropdown items too long (or with commas) for an inline list. */
export const LISTS_SHEET_KEY = "roadmapMonitor.lists";

/**
 * Dropdown items that do not fit an inline list go to a hidden sheet, one column per list.
 * References are known at once; the sheet is written last (the streaming writer cannot go back).
 */
export class ListSource {
  private readonly lists: (readonly string[])[] = [];
  readonly sheetName: string;

  constructor(ctx: RenderContext) {
    this.sheetName = uniqueSheetName("Списки", ctx.sheetNames);
  }

  /** Records the items and returns an absolute reference to where they will be. */
  add(items: readonly string[]): string {
    const letter = columnLetter(this.lists.length);
    this.lists.push(items);
    return `${quoteSheet(this.sheetName)}!$${letter}$1:$${letter}$${items.length}`;
  }

  write(wb: ExcelJS.Workbook): void {
    if (this.lists.length === 0) return;
    const ws = wb.addWorksheet(this.sheetName, { state: "hidden" });
    const height = Math.max(...this.lists.map((l) => l.length));
    for (let r = 0; r < height; r++) {
      const row = ws.getRow(r + 1);
      this.lists.forEach((items, c) => {
        if (r < items.length) row.getCell(c + 1).value = fitText(items[r]);
      });
      row.commit();
    }
    wb.definedNames.add(`${quoteSheet(this.sheetName)}!$A$1`, markerName(LISTS_SHEET_KEY));
    (ws as unknown as { commit?: () => void }).commit?.();
  }
}
