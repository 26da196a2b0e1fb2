import { renderXlsx } from "../../src/xlsx";
import { markerName } from "../../src/core/workbook";
import { fullPlan } from "./fixtures";
import { conditionalFormats, dataValidations, definedNames, loadWorkbook, sheetXmls, tables } from "../helpers/xlsx-read";

describe("renderXlsx: every plan element round-trips", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderXlsx(fullPlan());
  });

  it("writes cells by type: text, real dates, formulas with cached results, booleans", async () => {
    const wb = await loadWorkbook(bytes);
    const ws = wb.getWorksheet("Мероприятия")!;
    expect(ws.getCell("A1").value).toBe("Дорожная карта: тест");
    expect(ws.getCell("B2").value).toEqual(new Date(Date.UTC(2024, 2, 15)));
    expect(ws.getCell("B2").numFmt).toBe("dd.mm.yyyy");
    expect(ws.getCell("C4").value).toEqual(new Date(Date.UTC(2023, 11, 31)));
    expect(ws.getCell("F4").value).toEqual({ formula: "D4*100", result: 25 });
    expect(ws.getCell("F5").value).toEqual({ formula: "D5*100", result: 50 });
    expect(ws.getCell("F6").formula).toBe("D6*100");
    expect(wb.getWorksheet("Свод")!.getCell("B3").value).toBe(true);
  });

  it("resolves sheet tokens in formulas to the actual quoted name", async () => {
    const ws = (await loadWorkbook(bytes)).getWorksheet("Свод")!;
    expect(ws.getCell("B1").formula).toBe(`COUNTIF('Мероприятия'!$E$4:$E$6,"выполнено")`);
  });

  it("writes an Excel Table over header and rows, with style, filter and column formats", async () => {
    const [t] = await tables(bytes);
    expect(t).toMatchObject({ name: "Мероприятия_т", ref: "A3:F6", style: "TableStyleMedium2", autoFilter: true });
    expect(t.columns).toEqual(["№", "Мероприятие", "Срок", "Доля", "Статус", "Итог"]);
    const ws = (await loadWorkbook(bytes)).getWorksheet("Мероприятия")!;
    expect(ws.getCell("D4").numFmt).toBe("0.0%");
    expect(ws.getCell("F5").numFmt).toBe("0.00");
    expect(ws.getCell("B5").alignment?.wrapText).toBe(true);
    expect(ws.getColumn(1).width).toBe(8);
    expect(ws.getColumn(2).width).toBe(50);
  });

  it("writes merges, fonts, fills, borders, freeze panes, tab colour and hidden sheets", async () => {
    const wb = await loadWorkbook(bytes);
    const ws = wb.getWorksheet("Мероприятия")!;
    expect(ws.getCell("A1").isMerged).toBe(true);
    expect(ws.getCell("F1").master.address).toBe("A1");
    expect(ws.getCell("C1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("B1").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("B1").border?.top?.style).toBe("thin");
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E79" });
    expect(wb.getWorksheet("Исходные данные")!.state).toBe("hidden");
    expect(wb.getWorksheet("Свод")!.state).toBe("visible");
  });

  it("writes conditional formats as expression rules and data-validation lists", async () => {
    expect(await conditionalFormats(bytes, "Мероприятия")).toEqual([{ sqref: "A4:F6", formula: '$E4="выполнено"', priority: "1" }]);
    expect(await dataValidations(bytes, "Мероприятия")).toEqual([
      { sqref: "E4:E6", type: "list", formula: '"запланировано,в работе,выполнено,не выполнено,перенесено"' },
    ]);
  });

  it("writes defined names, markers for every sheet and print titles", async () => {
    const names = await definedNames(bytes);
    expect(names.AsOfDate).toBe("'Мероприятия'!$B$2");
    expect(names[markerName("rmtest.activities")]).toBe("'Мероприятия'!$A$1");
    expect(names[markerName("rmtest.summary")]).toBe("'Свод'!$A$1");
    expect(names[markerName("rmtest.original")]).toBe("'Исходные данные'!$A$1");
    expect(names._xlnm_Print_Titles ?? names["_xlnm.Print_Titles"]).toBe("'Мероприятия'!$3:$3");
  });

  it("writes print settings: A4, landscape, fit to one page wide, header and footer", async () => {
    const xml = (await sheetXmls(bytes)).get("Мероприятия")!;
    const setup = /<pageSetup\b[^>]*>/.exec(xml)![0];
    expect(setup).toMatch(/paperSize="9"/);
    expect(setup).toMatch(/orientation="landscape"/);
    expect(setup).toMatch(/fitToWidth="1"/);
    expect(setup).toMatch(/fitToHeight="0"/);
    expect(xml).toMatch(/<sheetPr[^>]*>.*<pageSetUpPr fitToPage="1"/s);
    expect(xml).toContain("<oddHeader>&amp;CМероприятия &amp;&amp; сроки</oddHeader>");
    expect(xml).toContain("<oddFooter>&amp;CМонитор</oddFooter>");
  });
});
