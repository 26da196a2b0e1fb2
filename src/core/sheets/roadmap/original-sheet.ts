import type { SourceTable } from "../../table/types";
import type { Cell, SheetPlan } from "../../workbook";
import { TEXT_CELL_MAX_CHARS, columnLetter } from "../../workbook";
import type { SheetKeys } from "./keys";

/**
 * «Исходные данные» (hidden): the pasted table exactly as it came, one input row per row, so that
 * nothing the user pasted is lost. A cell longer than Excel allows continues in the cells to its right,
 * marked in column A, so the full text is recoverable.
 */
export function buildOriginalSheet(table: SourceTable, keys: SheetKeys): SheetPlan {
  const rows: Cell[][] = [];
  table.cells.forEach((cells, i) => {
    const inputRow = table.origin.firstRow + i;
    const split = cells.map((text) => chunk(text));
    const depth = Math.max(1, ...split.map((parts) => parts.length));
    rows.push([inputRow, ...split.map((parts) => parts[0] ?? "")]);
    for (let k = 1; k < depth; k++) rows.push([`${inputRow} (продолжение)`, ...split.map((parts) => parts[k] ?? "")]);
  });
  const width = Math.max(1, ...table.cells.map((r) => r.length));
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
