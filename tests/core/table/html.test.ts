import { fromRangeValues, parseHtmlTables, valueText } from "../../../src/core/table";

describe("parseHtmlTables", () => {
  it("places rowspan/colspan like a browser and reports merges and bold rows", () => {
    const [t] = parseHtmlTables(
      "<p>Перед</p><table><tr><td colspan=3><b>Раздел 1</b></td></tr>" +
        "<tr><td rowspan=2>A</td><td>B</td><td>C</td></tr><tr><td>D</td><td style='font-weight:bold'>E</td></tr></table>",
    );
    expect(t.cells).toEqual([["Раздел 1", "", ""], ["A", "B", "C"], ["", "D", "E"]]);
    expect(t.merges).toEqual([
      { row: 0, column: 0, rowSpan: 1, columnSpan: 3 },
      { row: 1, column: 0, rowSpan: 2, columnSpan: 1 },
    ]);
    expect(t.boldRows).toEqual([true, false, false]);
    expect(t.context).toBe("Перед");
  });

  it("tolerates unclosed cells and tables, returns nested tables in document order", () => {
    const tables = parseHtmlTables("<table><tr><td>1<td>outer<table><tr><td>inner</table></td></tr><tr><td>2");
    expect(tables.map((t) => t.cells)).toEqual([[["1", "outer"], ["2", ""]], [["inner"]]]);
    expect(parseHtmlTables("no tables here")).toEqual([]);
  });
});

describe("fromRangeValues", () => {
  it("turns Excel values into texts and keeps the origin and merges", () => {
    const t = fromRangeValues(
      [
        ["№", "Мероприятие", "Срок"],
        [1.1, { richText: [{ text: "Семи" }, { text: "нар" }] }, new Date(Date.UTC(2024, 0, 31))],
        [0.1 + 0.2, null, true],
      ],
      { sheet: "Лист1", firstRow: 3, firstColumn: 2, merges: [{ row: 0, column: 0, rowSpan: 1, columnSpan: 2 }] },
    );
    expect(t.cells).toEqual([["№", "Мероприятие", "Срок"], ["1.1", "Семинар", "31.01.2024"], ["0.3", "", "ИСТИНА"]]);
    expect(t.origin).toEqual({ kind: "range", sheet: "Лист1", firstRow: 3, firstColumn: 2 });
    expect(t.merges).toHaveLength(1);
    expect(valueText({ formula: "A1", result: 5 })).toBe("5");
  });
});
