import type { Cell, NormalizedSheetPlan } from "../../core/workbook";
import { isoToExcelSerial, parseCellRef, parseRangeRef } from "../../core/workbook";

/** Splits "'Свод'!$A$5:$A$20" into the sheet (unquoted, if any) and the cell range. */
export function splitRange(ref: string): { sheet?: string; range: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { range: ref.replace(/\$/g, "") };
  const sheet = ref.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, range: ref.slice(bang + 1).replace(/\$/g, "") };
}

/** The plan's cell at a 0-based position: tables first, then blocks written over them (the render order). */
function cellAt(sheet: NormalizedSheetPlan, row: number, column: number): Cell | undefined {
  let found: Cell | undefined;
  for (const t of sheet.tables) {
    const at = parseCellRef(t.at);
    const c = column - at.column;
    if (c < 0 || c >= t.columns.length) continue;
    if (row === at.row) found = t.columns[c].header;
    else if (row > at.row && row - at.row - 1 < t.rows.length) found = t.rows[row - at.row - 1][c];
  }
  for (const b of sheet.blocks) {
    const at = parseCellRef(b.at);
    const cells = b.rows[row - at.row];
    const value = cells?.[column - at.column];
    if (value !== undefined) found = value;
  }
  return found;
}

/** What a chart caches for a cell: its shown value (a formula's computed value when the plan has it). */
function shown(cell: Cell | undefined): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string" || typeof cell === "number") return cell;
  if (typeof cell === "boolean") return cell ? 1 : 0;
  if ("f" in cell) return cell.v === undefined || cell.v === null ? null : typeof cell.v === "boolean" ? Number(cell.v) : cell.v;
  if ("d" in cell) return isoToExcelSerial(cell.d);
  return cell.text;
}

/** The cells of a one-row or one-column range, in order. */
export function rangeValues(sheet: NormalizedSheetPlan | undefined, range: string): (string | number | null)[] {
  const { start, end } = parseRangeRef(range);
  const out: (string | number | null)[] = [];
  for (let r = start.row; r <= end.row; r++) {
    for (let c = start.column; c <= end.column; c++) out.push(sheet ? shown(cellAt(sheet, r, c)) : null);
  }
  return out;
}
