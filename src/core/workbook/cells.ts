import type { Cell, DateCell, FormulaCell, LinkCell } from "./plan";

export const isFormulaCell = (c: Cell): c is FormulaCell => typeof c === "object" && c !== null && "f" in c;
export const isDateCell = (c: Cell): c is DateCell => typeof c === "object" && c !== null && "d" in c;
export const isLinkCell = (c: Cell): c is LinkCell => typeof c === "object" && c !== null && "link" in c;

/**
 * Text that Excel (or a CSV reader) would take for a formula (OWASP CSV injection).
 * Renderers write such text with a quote prefix / as a string value, never as a formula.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/** Excel keeps at most 32,767 characters in a cell. */
export const EXCEL_CELL_MAX_CHARS = 32767;

/**
 * Longest text a renderer may put in one cell: Office.js writes text with an apostrophe in front (so
 * that «=…» stays text), and Excel counts the apostrophe against the 32,767.
 */
export const TEXT_CELL_MAX_CHARS = EXCEL_CELL_MAX_CHARS - 1;

/** Days between Excel's two epochs: a 1904-system serial is this much smaller than a 1900-system one. */
export const DATE_1904_OFFSET = 1462;

export function formula(f: string, v?: number | string | boolean | null): FormulaCell {
  const body = f.startsWith("=") ? f.slice(1) : f;
  return v === undefined ? { f: body } : { f: body, v };
}

export const date = (iso: string): DateCell => ({ d: iso });
export const link = (target: string, text: string): LinkCell => ({ link: target, text });

/** Days since 1899-12-30 (Excel's serial date, 1900 system). */
export function isoToExcelSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

export function excelSerialToIso(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}
