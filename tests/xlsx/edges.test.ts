import type { WorkbookPlan } from "../../src/core/workbook";
import { markerName } from "../../src/core/workbook";
import { renderXlsx } from "../../src/xlsx";
import { LISTS_SHEET_KEY } from "../../src/xlsx/render/lists";
import { dataValidations, definedNames, loadWorkbook, tables } from "../helpers/xlsx-read";

describe("renderXlsx edge cases", () => {
  it("makes sheet names unique and sanitised, and names follow the actual sheet", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        { key: "a.one", name: "Мероприятия" },
        { key: "a.two", name: "мероприятия" },
        { key: "a.three", name: "Свод: 2024/25?" },
      ],
      names: [{ name: "Second", sheetKey: "a.two", ref: "C5:D6" }, { name: "Orphan", sheetKey: "no.such", ref: "A1" }],
    };
    const bytes = await renderXlsx(plan);
    expect((await loadWorkbook(bytes)).worksheets.map((w) => w.name)).toEqual(["Мероприятия", "мероприятия (2)", "Свод  2024 25"]);
    const names = await definedNames(bytes);
    expect(names.Second).toBe("'мероприятия (2)'!$C$5:$D$6");
    expect(names[markerName("a.two")]).toBe("'мероприятия (2)'!$A$1");
    expect(names.Orphan).toBeUndefined();
  });

  it("keeps one sheet visible when the plan hides them all", async () => {
    const bytes = await renderXlsx({ sheets: [{ key: "h.a", name: "А", hidden: true }, { key: "h.b", name: "Б", hidden: true }] });
    expect((await loadWorkbook(bytes)).worksheets.map((w) => w.state)).toEqual(["visible", "hidden"]);
  });

  it("writes an empty table with one blank row and a table of many rows with the right reference", async () => {
    const rows = Array.from({ length: 250 }, (_, i) => [`школа ${i}`, i]);
    const bytes = await renderXlsx({
      sheets: [
        {
          key: "t.a",
          name: "Т",
          tables: [
            { name: "Empty", at: "A1", columns: [{ header: "Школа" }, { header: "Школа" }], rows: [] },
            { name: "Big", at: "D2", columns: [{ header: "Школа" }, { header: "N", kind: "integer" as const }], rows },
          ],
        },
      ],
    });
    const found = await tables(bytes);
    expect(found.find((t) => t.name === "Empty")).toMatchObject({ ref: "A1:B2", columns: ["Школа", "Школа (2)"] });
    expect(found.find((t) => t.name === "Big")).toMatchObject({ ref: "D2:E252" });
    const ws = (await loadWorkbook(bytes)).getWorksheet("Т")!;
    expect(ws.getCell("E252").value).toBe(249);
    expect(ws.getCell("E252").numFmt).toBe("#,##0") // counts with thousands apart (issue 14);
  });

  it("puts a list too long (or with commas) for an inline dropdown on a hidden, marked sheet", async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Муниципальное общеобразовательное учреждение № ${i + 1}`);
    const bytes = await renderXlsx({
      sheets: [
        {
          key: "l.a",
          name: "Лист",
          dataValidations: [
            { range: "B2:B50", list: long },
            { range: "C2:C50", list: ["да, полностью", "нет"] },
          ],
        },
      ],
    });
    const dvs = await dataValidations(bytes, "Лист");
    expect(dvs.map((d) => d.formula)).toEqual(["'Списки'!$A$1:$A$40", "'Списки'!$B$1:$B$2"]);
    const wb = await loadWorkbook(bytes);
    const lists = wb.getWorksheet("Списки")!;
    expect(lists.state).toBe("hidden");
    expect(lists.getCell("A40").value).toBe(long[39]);
    expect(lists.getCell("B1").value).toBe("да, полностью");
    expect((await definedNames(bytes))[markerName(LISTS_SHEET_KEY)]).toBe("'Списки'!$A$1");
  });

  it("writes a malformed date as its text and a non-finite number as text, never a broken cell", async () => {
    const bytes = await renderXlsx({ sheets: [{ key: "d.a", name: "Д", blocks: [{ at: "A1", rows: [[{ d: "2024-13-45" }, Number.NaN, Infinity]] }] }] });
    const ws = (await loadWorkbook(bytes)).getWorksheet("Д")!;
    expect([ws.getCell("A1").value, ws.getCell("B1").value, ws.getCell("C1").value]).toEqual(["2024-13-45", "NaN", "Infinity"]);
  });
});
