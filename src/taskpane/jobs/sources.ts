import type { RangeRead } from "../../excel/host-types";
import { fromRangeValues, readDocumentText, type SourceDocument } from "../../core/table";
import type { PastedContent } from "../types";

/** The selected range → a one-table document; the sheet's own rows and columns stay the table's origin. */
export function documentFromRange(read: RangeRead): SourceDocument {
  const table = fromRangeValues(read.values, {
    sheet: read.sheet,
    firstRow: read.firstRow,
    firstColumn: read.firstColumn,
    merges: read.merges,
  });
  const text = read.values.map((row) => row.join("\t")).join("\n");
  return { tables: [table], text, name: read.sheet };
}

/** Pasted clipboard HTML or text → every table in it (a whole order pasted at once is fine). */
export function documentFromPaste(pasted: PastedContent): SourceDocument {
  return readDocumentText(pasted.content, "Вставленная таблица");
}

/** An empty selection or paste is the user's slip, not a failure: say what to select. */
export function hasCells(doc: SourceDocument): boolean {
  return doc.tables.some((t) => t.cells.some((row) => row.some((cell) => cell.trim() !== "")));
}
