import fc from "fast-check";
import { cellRef, columnIndex, columnLetter, parseCellRef, parseRangeRef, rangeRef, quoteSheet } from "../../../src/core/workbook";

describe("A1 references", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it("round-trips any cell address", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1048575 }), fc.integer({ min: 0, max: 16383 }), (row, column) => {
        expect(parseCellRef(cellRef(row, column))).toEqual({ row, column });
        expect(parseCellRef(cellRef(row, column, true))).toEqual({ row, column });
      }),
    );
  });

  it("builds and parses ranges", () => {
    expect(rangeRef(4, 2, 10, 3)).toBe("C5:E14");
    expect(rangeRef(0, 0, 1, 1)).toBe("A1");
    expect(parseRangeRef("C5:E14")).toEqual({ start: { row: 4, column: 2 }, end: { row: 13, column: 4 } });
  });

  it("quotes sheet names with apostrophes", () => {
    expect(quoteSheet("Свод по району")).toBe("'Свод по району'");
    expect(quoteSheet("Школа «Д'Арк»")).toBe("'Школа «Д''Арк»'");
  });

  it("rejects garbage references", () => {
    expect(() => parseCellRef("Лист1")).toThrow();
  });
});
