import type { RangeRead } from "../../excel/host-types";
import { fromRangeValues, htmlToText, parseHtmlTables, parseTsv, readDocumentText, type SourceDocument } from "../../core/table";
import type { Roadmap } from "../../core/roadmap/types";
import { ACTIVITIES_HEADER_ROW, activityColumnIndex } from "../../core/sheets/roadmap";
import type { Finding } from "../../core/findings";
import { cellRef, columnLetter } from "../../core/workbook";
import type { PaneFinding, PastedContent } from "../types";

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

/**
 * Findings about rows of a range the user selected point back at that row on the user's sheet
 * (the core numbers rows from the range's first row), so clicking one in the pane selects the row's first cell.
 */
export function withTargets(findings: readonly Finding[], read: RangeRead | null): PaneFinding[] {
  if (!read) return [...findings];
  const lastRow = read.firstRow + read.values.length - 1;
  return findings.map((f) =>
    f.row !== undefined && f.row >= read.firstRow && f.row <= lastRow && (!f.sheet || f.sheet === read.sheet)
      ? { ...f, target: { sheet: read.sheet, address: cellRef(f.row - 1, read.firstColumn - 1) } }
      : f,
  );
}

/**
 * A pasted result table is ONE grid: a ФИС ОКО block has blank lines and preamble rows that the document
 * reader would split into many tables. Clipboard HTML from Excel holds one <table>; its tables are kept as they are.
 */
export function resultsDocumentFromPaste(pasted: PastedContent): SourceDocument {
  const name = "Вставленная таблица";
  if (pasted.kind === "html") {
    const tables = parseHtmlTables(pasted.content, { sheet: name });
    if (tables.length) return { tables, text: htmlToText(pasted.content), name };
  }
  const text = pasted.kind === "html" ? htmlToText(pasted.content) : pasted.content;
  return { tables: [parseTsv(text, { kind: "tsv", sheet: name, firstRow: 1, firstColumn: 1 })], text, name };
}

/**
 * Once «Мероприятия» exists, a finding about an activity points at that activity's row there (one row per
 * activity, in order, under the header); other findings keep their target in the user's selection.
 */
export function withActivityTargets(findings: readonly PaneFinding[], roadmap: Roadmap, sheet: string): PaneFinding[] {
  const rowOf = new Map(roadmap.activities.map((a, i) => [a.id, ACTIVITIES_HEADER_ROW + 2 + i]));
  const column = columnLetter(activityColumnIndex("text"));
  return findings.map((f) => {
    const row = f.activityId ? rowOf.get(f.activityId) : undefined;
    return row ? { ...f, target: { sheet, address: `${column}${row}` } } : f;
  });
}
