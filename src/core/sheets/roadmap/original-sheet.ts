import type { SourceTable } from "../../table/types";
import type { Cell, SheetPlan } from "../../workbook";
import { EXCEL_MAX_COLUMNS, TEXT_CELL_MAX_CHARS, columnLetter } from "../../workbook";
import type { SheetKeys } from "./keys";

/** Column A holds the input row number, so one sheet row carries at most this many input columns. */
const COLUMNS_PER_ROW = EXCEL_MAX_COLUMNS - 1;

/**
 * «Исходные данные» (hidden): the pasted table exactly as it came, one input row per row, so that
 * nothing the user pasted is lost. A cell longer than Excel allows continues in the rows below,
 * marked in column A, so the full text is recoverable. Column A holds the input row number, so a table
 * that already fills Excel's 16,384 columns continues its far columns in a row below, marked
 * «N (столбцы 16384–…)»: every input cell stays inside Excel's grid.
 */
export function buildOriginalSheet(table: SourceTable, keys: SheetKeys): SheetPlan {
  const rows: Cell[][] = [];
  table.cells.forEach((cells, i) => {
    const inputRow = table.origin.firstRow + i;
    for (let from = 0; from === 0 || from < cells.length; from += COLUMNS_PER_ROW) {
      const band = cells.slice(from, from + COLUMNS_PER_ROW);
      const label = from === 0 ? inputRow : `${inputRow} (столбцы ${from + 1}–${from + band.length})`;
      const split = band.map((text) => chunk(text));
      const depth = Math.max(1, ...split.map((parts) => parts.length));
      rows.push([label, ...split.map((parts) => parts[0] ?? "")]);
      for (let k = 1; k < depth; k++) rows.push([`${label} (продолжение)`, ...split.map((parts) => parts[k] ?? "")]);
    }
  });
  const width = Math.min(COLUMNS_PER_ROW, table.cells.reduce((w, r) => Math.max(w, r.length), 1));
  return {
    key: keys.original,
    name: "Исходные данные",
    hidden: true,
    columnWidths: [10, ...Array.from({ length: width }, () => 40)],
    blocks: [
      { at: "A1", rows: [["Строка", ...Array.from({ length: width }, (_, i) => `Столбец ${i + 1}`)]] },
      { at: "A2", rows },
    ],
    formats: [{ range: `A1:${columnLetter(width)}1`, bold: true }],
  };
}

/** A cell longer than a text cell holds goes on in the next cells of the row: nothing of the original is lost. */
function chunk(text: string): string[] {
  if (text.length <= TEXT_CELL_MAX_CHARS) return [text];
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += TEXT_CELL_MAX_CHARS) parts.push(text.slice(i, i + TEXT_CELL_MAX_CHARS));
  return parts;
}
