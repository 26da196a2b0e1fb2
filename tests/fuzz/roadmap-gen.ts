/** A pasted roadmap table as the assembler receives it (shared by the roadmap and injection suites). */
import type { SourceDocument } from "../../src/core/table/types";
import type { Grid } from "../helpers/mutate";

export function documentOf(grid: Grid, context: string): SourceDocument {
  return { tables: [{ cells: grid, origin: { kind: "text", sheet: "вставка", firstRow: 1, firstColumn: 1 }, context }], text: `${context}\n` };
}
