import type ExcelJS from "exceljs";
import { headerFooterCode, type NormalizedSheetPlan } from "../../core/workbook";

type Print = NonNullable<NormalizedSheetPlan["print"]>;

const A4 = 9;

/** Centred header/footer; literal text with `{{page}}` / `{{pages}}` codes (core/workbook/header-footer.ts). */
function headerText(text: string): string {
  return `&C${headerFooterCode(text)}`;
}

/** A4, orientation, fit to width with free height, rows repeated on every page, header and footer. */
export function renderPrint(ws: ExcelJS.Worksheet, print: Print): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(print.titleRows ? { printTitlesRow: print.titleRows.replace(/\$/g, "") } : {}),
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  const hf: Partial<ExcelJS.HeaderFooter> = {};
  if (print.header) hf.oddHeader = headerText(print.header);
  if (print.footer) hf.oddFooter = headerText(print.footer);
  if (print.header || print.footer) ws.headerFooter = { ...ws.headerFooter, ...hf };
}

/**
 * Frozen header rows and leading columns, as worksheet views. Given when the sheet is added:
 * the streaming writer accepts views only there.
 */
export function renderFreeze(freeze: { rows: number; columns: number } | undefined): Partial<ExcelJS.WorksheetView>[] {
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return [];
  return [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }];
}
