import { renderXlsx } from "../../src/xlsx";
import { readXlsx } from "../../src/xlsx";
import { markerName } from "../../src/core/workbook";
import { fullPlan } from "./fixtures";
import { allFormulas, conditionalFormats, dataValidations, definedNames, hyperlinks, loadWorkbook, sheetXmls, tables } from "../helpers/xlsx-read";

/** The streaming writer (used for big sheets) must write the same workbook as the in-memory one. */
describe("renderXlsx streaming path", () => {
  let streamed: Uint8Array;
  let inMemory: Uint8Array;
  beforeAll(async () => {
    streamed = await renderXlsx(fullPlan(), { streaming: true });
    inMemory = await renderXlsx(fullPlan(), { streaming: false });
  });

  it("gives the same cell texts on every sheet", async () => {
    const a = await readXlsx(streamed);
    const b = await readXlsx(inMemory);
    expect(a.map((t) => t.cells)).toEqual(b.map((t) => t.cells));
    expect(a.map((t) => t.merges)).toEqual(b.map((t) => t.merges));
  });

  it("gives the same formulas, names, tables, rules and internal links", async () => {
    expect(await allFormulas(streamed)).toEqual(await allFormulas(inMemory));
    expect(await definedNames(streamed)).toEqual(await definedNames(inMemory));
    expect(await tables(streamed)).toEqual(await tables(inMemory));
    expect(await conditionalFormats(streamed, "Мероприятия")).toEqual(await conditionalFormats(inMemory, "Мероприятия"));
    expect(await dataValidations(streamed, "Мероприятия")).toEqual(await dataValidations(inMemory, "Мероприятия"));
    const links = await hyperlinks(streamed);
    expect(links.externalRels).toEqual([]);
    expect(links.links).toEqual((await hyperlinks(inMemory)).links);
    expect((await definedNames(streamed))[markerName("rmtest.summary")]).toBe("'Свод'!$A$1");
  });

  it("keeps formats, dates, freeze panes, print setup and hidden state", async () => {
    const wb = await loadWorkbook(streamed);
    const ws = wb.getWorksheet("Мероприятия")!;
    expect(ws.getCell("C4").value).toEqual(new Date(Date.UTC(2023, 11, 31)));
    expect(ws.getCell("D4").numFmt).toBe("0.0%");
    expect(ws.getCell("C1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    expect(wb.getWorksheet("Исходные данные")!.state).toBe("hidden");
    const xml = (await sheetXmls(streamed)).get("Мероприятия")!;
    expect(xml).toMatch(/<pageSetup\b[^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(xml).toMatch(/<tableParts count="1"><tablePart r:id="[^"]+"\/><\/tableParts><\/worksheet>$/);
  });

  it("writes 60,000 rows with a table through the streaming writer by default", async () => {
    const rows = Array.from({ length: 60000 }, (_, i) => [`Школа ${i}`, i, "=не формула"]);
    const bytes = await renderXlsx({
      sheets: [{ key: "big.a", name: "Результаты", tables: [{ name: "Res", at: "A1", columns: [{ header: "Школа" }, { header: "N", kind: "integer" }, { header: "Прим" }], rows }] }],
    });
    expect((await tables(bytes))[0]).toMatchObject({ name: "Res", ref: "A1:C60001" });
    expect(await allFormulas(bytes)).toEqual([]);
    const [t] = await readXlsx(bytes);
    expect(t.cells.length).toBe(60001);
    expect(t.cells[60000]).toEqual(["Школа 59999", "59999", "=не формула"]);
  });
});
