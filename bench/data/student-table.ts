import type { SourceTable } from "../../src/core/table/types";

/** Generated cells as the SourceTable a pasted TSV file gives. */
export const tableOf = (cells: string[][]): SourceTable => ({ cells, origin: { kind: "tsv", sheet: "bench-students.tsv", firstRow: 1, firstColumn: 1 } });
