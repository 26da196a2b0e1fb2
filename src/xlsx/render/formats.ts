import type ExcelJS from "exceljs";
import type { ConditionalFormat, DataValidation, Format } from "../../core/workbook";
import { columnIndex, parseRangeRef } from "../../core/workbook";
import type { RenderContext } from "./context";

export const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

function fontOf(f: { bold?: boolean; italic?: boolean; fontSize?: number; fontColor?: string }): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = {};
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.fontSize !== undefined) font.size = f.fontSize;
  if (f.fontColor) font.color = { argb: argb(f.fontColor) };
  return font;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };

export function styleCell(cell: ExcelJS.Cell, format: Format): void {
  const font = fontOf(format);
  // New objects every time: ExcelJS shares style objects between cells, mutating one would restyle many.
  // A font without a name prints in LibreOffice's default face (a wider serif), not in the Calibri the
  // row heights were measured for.
  if (Object.keys(font).length) cell.font = { name: "Calibri", size: 11, ...cell.font, ...font };
  if (format.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
  if (format.numFmt) cell.numFmt = format.numFmt;
  if (format.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
  if (format.wrap !== undefined) alignment.wrapText = format.wrap;
  if (format.horizontal) alignment.horizontal = format.horizontal;
  if (format.vertical) alignment.vertical = format.vertical === "center" ? "middle" : format.vertical;
  if (format.indent !== undefined) alignment.indent = format.indent;
  if (Object.keys(alignment).length) cell.alignment = alignment;
  if (format.locked !== undefined) cell.protection = { ...cell.protection, locked: format.locked };
}

const WHOLE_COLUMNS = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/;

/** Fonts, fills, borders, alignment and number formats over a range ("A1:C3", "B5", or whole columns "D:F"). */
export function renderFormats(ws: ExcelJS.Worksheet, formats: readonly Format[]): void {
  for (const format of formats) {
    const columns = WHOLE_COLUMNS.exec(format.range.toUpperCase());
    if (columns) {
      for (let c = columnIndex(columns[1]); c <= columnIndex(columns[2]); c++) {
        styleCell(ws.getColumn(c + 1) as unknown as ExcelJS.Cell, format);
      }
      continue;
    }
    const { start, end } = parseRangeRef(format.range);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.column; c <= end.column; c++) styleCell(ws.getCell(r + 1, c + 1), format);
    }
  }
}

/** An expression rule; its formula is relative to the range's top-left cell, as in Excel. */
export function renderConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormat, ctx: RenderContext, index: number): void {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
  const font = fontOf(cf);
  if (Object.keys(font).length) style.font = font;
  const formula = ctx.resolve(cf.formula.startsWith("=") ? cf.formula.slice(1) : cf.formula);
  ws.addConditionalFormatting({
    ref: ctx.resolve(cf.range),
    rules: [{ type: "expression", formulae: [formula], style, priority: cf.priority ?? 100 + index, stopIfTrue: cf.stopIfTrue } as ExcelJS.ConditionalFormattingRule],
  });
}

/** Excel keeps an inline list literal to 255 characters and cannot escape a comma inside an item. */
export function fitsInlineList(list: readonly string[]): boolean {
  return !list.some((item) => item.includes(",") || item.includes('"')) && list.join(",").length <= 255;
}

/** A dropdown list. `source` is a range holding the items when they do not fit inline (see lists.ts). */
export function renderDataValidation(ws: ExcelJS.Worksheet, dv: DataValidation, source?: string): void {
  const formula = source ?? `"${dv.list.join(",")}"`;
  // ExcelJS has the range form of dataValidations.add but not in its typings.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add(dv.range, {
    type: "list",
    allowBlank: dv.allowBlank ?? true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: "warning",
    error: "Выберите значение из списка.",
    ...(dv.prompt ? { showInputMessage: true, prompt: dv.prompt } : {}),
  });
}
