import { limitResultTables, LIMITS } from "../../../src/core/pipeline";
import type { SourceTable } from "../../../src/core/table/types";

const table = (rows: number, sheet: string): SourceTable => ({
  cells: Array.from({ length: rows }, (_, i) => [`Школа ${i}`, "5"]),
  origin: { kind: "tsv", sheet, firstRow: 1, firstColumn: 1 },
});

describe("result row limit", () => {
  it("is Excel's sheet size", () => {
    expect(LIMITS.resultRows).toBe(1_048_576);
  });
  it("keeps tables within the limit untouched", () => {
    const r = limitResultTables([table(10, "А"), table(20, "Б")], 30);
    expect(r.findings).toHaveLength(0);
    expect(r.value.map((t) => t.cells.length)).toEqual([10, 20]);
  });
  it("cuts where the total passes the limit and names the sheet and row", () => {
    const r = limitResultTables([table(10, "А"), table(20, "Б"), table(5, "В")], 25);
    expect(r.value.map((t) => t.cells.length)).toEqual([10, 15]);
    expect(r.findings[0]).toMatchObject({ code: "limit.result-rows", severity: "error", sheet: "Б", row: 16 });
    expect(r.findings[0].message).toMatch(/Лист «Б»/);
    expect(r.findings[1]).toMatchObject({ sheet: "В", row: 1 });
  });
});
