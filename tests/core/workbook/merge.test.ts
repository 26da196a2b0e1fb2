import { mergePlans } from "../../../src/core/workbook";

describe("mergePlans", () => {
  it("concatenates sheets and names, keeping the first of a repeated key", () => {
    const a = { title: "A", sheets: [{ key: "rm1.activities", name: "Мероприятия" }], names: [{ name: "AsOf_1", sheetKey: "rm1.activities", ref: "$C$2" }] };
    const b = { sheets: [{ key: "rm1.activities", name: "Другое" }, { key: "ind.results", name: "Результаты" }], names: [{ name: "AsOf_1", sheetKey: "x", ref: "A1" }] };
    const merged = mergePlans([a, b]);
    expect(merged.title).toBe("A");
    expect(merged.sheets.map((s) => s.name)).toEqual(["Мероприятия", "Результаты"]);
    expect(merged.names).toEqual([a.names[0]]);
  });
});
