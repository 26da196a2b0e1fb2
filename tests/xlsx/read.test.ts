import ExcelJS from "exceljs";
import fc from "fast-check";
import { readXlsx, renderXlsx } from "../../src/xlsx";
import { cellText } from "../../src/xlsx/read";

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("cellText", () => {
  it.each([
    [null, ""],
    ["текст", "текст"],
    [0.1 + 0.2, "0.3"],
    [1234567.5, "1234567.5"],
    [true, "ИСТИНА"],
    [new Date(Date.UTC(2024, 0, 31)), "31.01.2024"],
    [new Date(Date.UTC(2024, 0, 31, 9, 5)), "31.01.2024 09:05"],
    [{ richText: [{ text: "Раздел " }, { font: { bold: true }, text: "1" }] }, "Раздел 1"],
    [{ formula: "A1*2", result: 42 }, "42"],
    [{ formula: "A1", result: new Date(Date.UTC(2023, 11, 1)) }, "01.12.2023"],
    [{ formula: "B1" }, ""],
    [{ error: "#DIV/0!" }, "#DIV/0!"],
    [{ text: "ссылка", hyperlink: "http://x" }, "ссылка"],
  ])("%j → %j", (value, expected) => {
    expect(cellText(value as ExcelJS.CellValue)).toBe(expected);
  });
});

describe("readXlsx", () => {
  it("reads a sheet's used range with its origin, merges, bold rows and cached formula results", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("План");
      ws.getCell("B3").value = "№";
      ws.getCell("C3").value = "Мероприятие";
      ws.getCell("D3").value = "Срок";
      ws.getCell("B4").value = "Раздел 1. Анализ";
      ws.mergeCells("B4:D4");
      ws.getRow(4).font = { bold: true };
      ws.getCell("B4").font = { bold: true };
      ws.getCell("B5").value = "1.1";
      ws.getCell("C5").value = { richText: [{ text: "Анализ " }, { text: "ВПР", font: { italic: true } }] };
      ws.getCell("D5").value = new Date(Date.UTC(2023, 11, 31));
      ws.getCell("B6").value = 2;
      ws.getCell("C6").value = { formula: "B6*10", result: 20 } as ExcelJS.CellFormulaValue;
      ws.getCell("D6").value = "=не формула";
      wb.addWorksheet("Пустой");
      wb.addWorksheet("Скрытый", { state: "hidden" }).getCell("A1").value = "секрет";
    });
    const [table, ...rest] = await readXlsx(bytes);
    expect(rest).toEqual([]);
    expect(table.origin).toEqual({ kind: "xlsx", sheet: "План", firstRow: 3, firstColumn: 2 });
    expect(table.cells).toEqual([
      ["№", "Мероприятие", "Срок"],
      ["Раздел 1. Анализ", "", ""],
      ["1.1", "Анализ ВПР", "31.12.2023"],
      ["2", "20", "=не формула"],
    ]);
    expect(table.merges).toEqual([{ row: 1, column: 0, rowSpan: 1, columnSpan: 3 }]);
    expect(table.boldRows).toEqual([false, true, false, false]);
  });

  it("reads the named sheet only, hidden or not; an unknown name gives no table", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet("Первый").getCell("A1").value = "a";
      wb.addWorksheet("Скрытый", { state: "hidden" }).getCell("A1").value = "b";
    });
    expect((await readXlsx(bytes, { sheet: "Скрытый" })).map((t) => t.cells)).toEqual([[["b"]]]);
    expect((await readXlsx(bytes, { sheet: " первый " })).map((t) => t.origin.sheet)).toEqual(["Первый"]);
    expect(await readXlsx(bytes, { sheet: "Нет такого" })).toEqual([]);
  });

  it("property: every text the renderer writes is read back unchanged (line breaks as LF)", async () => {
    const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== "" && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/.test(s));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), async (rows) => {
        const bytes = await renderXlsx({ sheets: [{ key: "p.t", name: "Лист", blocks: [{ at: "A1", rows }] }] });
        const [table] = await readXlsx(bytes);
        expect(table.cells).toEqual(rows.map((r) => r.map((s) => s.replace(/\r\n?/g, "\n"))));
      }),
      { numRuns: 30 },
    );
  });
});
