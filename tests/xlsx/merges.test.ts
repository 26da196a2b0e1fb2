import ExcelJS from "exceljs";
import { renderXlsx } from "../../src/xlsx";

async function mergesOf(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const model = wb.worksheets[0].model as unknown as { merges: string[] };
  return [...model.merges].sort();
}

describe("merged cells", () => {
  it("writes thousands of merges (fast path) exactly as planned", async () => {
    const merges = Array.from({ length: 3000 }, (_, i) => `A${2 * i + 1}:C${2 * i + 2}`);
    const rows = Array.from({ length: 6000 }, (_, i) => [i % 2 ? null : `строка ${i}`, null, null]);
    const bytes = await renderXlsx({ sheets: [{ key: "m", name: "Лист", blocks: [{ at: "A1", rows }], merges }] });
    expect(await mergesOf(bytes)).toEqual([...merges].sort());
  });

  it("still refuses overlapping merges", async () => {
    const merges = [...Array.from({ length: 300 }, (_, i) => `A${i + 1}:A${i + 1}`.replace(/:A\d+$/, `:B${i + 1}`)), "B5:C6"];
    await expect(renderXlsx({ sheets: [{ key: "m", name: "Лист", blocks: [], merges }] })).rejects.toThrow();
  });
});
