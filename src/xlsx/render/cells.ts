import type ExcelJS from "exceljs";
import type { Cell } from "../../core/workbook";
import { EXCEL_CELL_MAX_CHARS, excelSerialToIso, isoToExcelSerial } from "../../core/workbook";
import type { RenderContext } from "./context";
import { internalLinkTarget } from "./links";

export const DATE_FORMAT = "dd.mm.yyyy";

/** An ExcelJS value plus the number format the cell needs for it (dates). */
export interface RenderedValue {
  readonly value: ExcelJS.CellValue;
  readonly numFmt?: string;
}

/**
 * Cell text as Excel keeps it. Line breaks become LF (a raw CR would turn into LF anyway when the XML is
 * read). Excel keeps at most 32,767 characters; the caller keeps the full text elsewhere, the cell says it was cut.
 */
export function fitText(raw: string): string {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (text.length <= EXCEL_CELL_MAX_CHARS) return text;
  const note = ` … [текст сокращён: ${text.length} симв., полный текст — в исходных данных]`;
  return text.slice(0, EXCEL_CELL_MAX_CHARS - note.length) + note;
}

function stripEquals(f: string): string {
  return f.startsWith("=") ? f.slice(1) : f;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateValue(iso: string): RenderedValue {
  const m = ISO_DATE.exec(iso);
  const serial = m ? isoToExcelSerial(iso) : NaN;
  // A malformed date («2024-13-45») stays visible as text rather than rolling over to another day.
  if (!m || !Number.isFinite(serial) || serial < 1 || excelSerialToIso(serial) !== iso) return { value: fitText(String(iso)) };
  return { value: serial, numFmt: DATE_FORMAT };
}

function formulaValue(f: string, v: unknown, ctx: RenderContext): RenderedValue {
  const formula = ctx.resolve(stripEquals(String(f)));
  if (v === undefined || v === null) return { value: { formula } as ExcelJS.CellFormulaValue };
  const result = typeof v === "string" ? fitText(v) : (v as number | boolean);
  return { value: { formula, result } as ExcelJS.CellFormulaValue };
}

/**
 * Plan cell → ExcelJS value. A string is ALWAYS a string value (never a formula, whatever it starts with):
 * ExcelJS writes it as a shared string, so «=HYPERLINK(…)», «+7», «@x» stay text.
 */
export function renderCellValue(cell: Cell | undefined, ctx: RenderContext, ownSheet: string): RenderedValue {
  if (cell === null || cell === undefined) return { value: null };
  if (typeof cell === "string") return { value: fitText(cell) };
  if (typeof cell === "number") return { value: Number.isFinite(cell) ? cell : String(cell) };
  if (typeof cell === "boolean") return { value: cell };
  if ("f" in cell) return formulaValue(cell.f, cell.v, ctx);
  if ("d" in cell) return dateValue(cell.d);
  if ("link" in cell) {
    const text = fitText(String(cell.text));
    const target = internalLinkTarget(cell.link, ctx, ownSheet);
    if (!target) return { value: text };
    ctx.linkCount++;
    return { value: { text, hyperlink: target } };
  }
  return { value: fitText(JSON.stringify(cell)) };
}
