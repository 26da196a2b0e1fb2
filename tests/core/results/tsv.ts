import type { SourceTable } from "../../../src/core/table/types";

/** A pasted TSV text as the table readers would give it (tests build SourceTables directly). */
export function tsv(text: string, sheet = "Лист1"): SourceTable {
  const lines = text.replace(/^\n/, "").replace(/\n\s*$/, "").split("\n");
  return { cells: lines.map((l) => l.split("\t")), origin: { kind: "tsv", sheet, firstRow: 1, firstColumn: 1 } };
}
