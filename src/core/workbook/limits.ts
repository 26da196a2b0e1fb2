import type { NormalizedWorkbookPlan } from "./plan";
import { isFormulaCell } from "./cells";
import { columnLetter, parseCellRef, parseRangeRef } from "./a1";

/** Excel's grid and formula limits (Excel 2007 and later; Excel 2019 the same). */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
export const EXCEL_MAX_FORMULA_CHARS = 8_192;

/**
 * A plan Excel could not hold: a cell beyond XFD / row 1,048,576, a formula over 8,192 characters.
 * Both renderers check before writing anything, so the user gets this Russian message, not a crash
 * deep inside ExcelJS or Office.js, and no half-written workbook.
 */
export class PlanLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanLimitError";
  }
}

const LAST_CELL = `${columnLetter(EXCEL_MAX_COLUMNS - 1)}${EXCEL_MAX_ROWS}`;

function checkArea(sheet: string, at: string, rows: number, columns: number, what: string): void {
  const start = parseCellRef(at);
  const lastRow = start.row + Math.max(rows, 1);
  const lastColumn = start.column + Math.max(columns, 1);
  if (lastRow > EXCEL_MAX_ROWS) {
    throw new PlanLimitError(`Лист «${sheet}»: ${what} заканчивается строкой ${lastRow}, а в листе Excel ${EXCEL_MAX_ROWS.toLocaleString("ru")} строк (последняя ячейка ${LAST_CELL}).`);
  }
  if (lastColumn > EXCEL_MAX_COLUMNS) {
    throw new PlanLimitError(`Лист «${sheet}»: ${what} доходит до столбца ${lastColumn} (${columnLetter(lastColumn - 1)}), а в листе Excel ${EXCEL_MAX_COLUMNS.toLocaleString("ru")} столбцов (последний XFD).`);
  }
}

function checkRange(sheet: string, range: string): void {
  let area: ReturnType<typeof parseRangeRef>;
  try {
    area = parseRangeRef(range);
  } catch {
    return; // Whole columns or rows («A:A»): the renderer's own business.
  }
  checkArea(sheet, `${columnLetter(0)}1`, area.end.row + 1, area.end.column + 1, `диапазон ${range}`);
}

function checkFormula(sheet: string, f: string, where: string, resolve: (text: string) => string): void {
  // Only a formula with sheet tokens pays for resolving them (a name may be longer than its key).
  const length = (f.includes("{{sheet:") ? resolve(f) : f).length + 1;
  if (length > EXCEL_MAX_FORMULA_CHARS) {
    throw new PlanLimitError(`Лист «${sheet}», ${where}: формула длиной ${length.toLocaleString("ru")} знаков, а Excel принимает не длиннее ${EXCEL_MAX_FORMULA_CHARS.toLocaleString("ru")}.`);
  }
}

/**
 * Every block and table inside Excel's grid, every formula (after sheet names are put in) within
 * 8,192 characters. Linear in the cells; `resolve` turns `{{sheet:KEY}}` into the names the renderer uses.
 */
export function checkPlanLimits(plan: NormalizedWorkbookPlan, resolve: (text: string) => string = (t) => t): void {
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      const width = block.rows.reduce((w, r) => Math.max(w, r.length), 0);
      checkArea(sheet.name, block.at, block.rows.length, width, `блок с ${block.at}`);
      const at = parseCellRef(block.at);
      block.rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (isFormulaCell(cell)) checkFormula(sheet.name, cell.f, `ячейка ${columnLetter(at.column + j)}${at.row + i + 1}`, resolve);
        }),
      );
    }
    for (const table of sheet.tables) {
      const width = Math.max(table.columns.length, table.rows.reduce((w, r) => Math.max(w, r.length), 0));
      checkArea(sheet.name, table.at, table.rows.length + 1, width, `таблица ${table.name}`);
      const at = parseCellRef(table.at);
      table.rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (isFormulaCell(cell)) checkFormula(sheet.name, cell.f, `ячейка ${columnLetter(at.column + j)}${at.row + i + 2}`, resolve);
        }),
      );
    }
    const ranges = [...sheet.merges, ...sheet.formats.map((f) => f.range), ...sheet.conditionalFormats.map((c) => c.range), ...sheet.dataValidations.map((d) => d.range)];
    for (const range of ranges) checkRange(sheet.name, range);
    for (const cf of sheet.conditionalFormats) checkFormula(sheet.name, cf.formula, `условное форматирование ${cf.range}`, resolve);
  }
}
