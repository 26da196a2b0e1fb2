import type ExcelJS from "exceljs";
import { PRINT_MARGINS } from "../../core/print";
import { headerFooterCode, type NormalizedSheetPlan } from "../../core/workbook";

type Print = NonNullable<NormalizedSheetPlan["print"]>;

const A4 = 9;

/** Centred header/footer; literal text with `{{page}}` / `{{pages}}` codes (core/workbook/header-footer.ts). */
function headerText(text: string): string {
  return `&C${headerFooterCode(text)}`;
}

/**
 * A4, orientation, a fixed scale (or fit to width with free height), rows and columns repeated on every
 * page, manual page breaks, header and footer.
 */
export function renderPrint(ws: ExcelJS.Worksheet, print: Print): void {
  const scaled = print.scale !== undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: !scaled && print.fitToWidth,
    ...(scaled ? { scale: print.scale } : { fitToWidth: 1, fitToHeight: 0 }),
    ...(print.titleRows ? { printTitlesRow: print.titleRows.replace(/\$/g, "") } : {}),
    ...(print.titleColumns ? { printTitlesColumn: print.titleColumns.replace(/\$/g, "") } : {}),
    // ExcelJS puts "$" before each part only: "A$1" becomes the absolute "$A$1" LibreOffice reads right.
    ...(print.area ? { printArea: print.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
    margins: { ...PRINT_MARGINS },
  };
  // A break "after row id": the page that starts at row r breaks after r − 1.
  const breaks = (ws as unknown as { rowBreaks: { id: number; max: number; man: number }[] }).rowBreaks;
  for (const row of print.rowBreaks ?? []) breaks.push({ id: row - 1, max: 16383, man: 1 });
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
