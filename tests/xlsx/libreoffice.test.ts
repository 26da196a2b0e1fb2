import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { SheetPlan, WorkbookPlan } from "../../src/core/workbook";
import { keyRef } from "../../src/core/workbook";
import { renderXlsx } from "../../src/xlsx";
import { convertManyWithLibreOffice, pdfPageCount, recalculateManyWithLibreOffice, SOFFICE } from "../helpers/libreoffice";
import { fullPlan } from "./fixtures";
import { describeWithInputs } from "../helpers/inputs";

const lo = (name: string, body: () => void) => describeWithInputs(name, [SOFFICE], body);

/** Cached results deliberately WRONG: only a real recalculation gives the right numbers back. */
function wrongCachePlan(): WorkbookPlan {
  return {
    sheets: [
      {
        key: "lo.data",
        name: "Данные",
        blocks: [{ at: "A1", rows: [[2, 3], [4, 5], [{ f: "SUM(A1:B2)", v: 999 }, { f: 'IF(A3=14,"верно","неверно")', v: "неверно" }]] }],
      },
      {
        key: "lo.calc",
        name: "Данные",
        blocks: [{ at: "A1", rows: [[{ f: `${keyRef("lo.data", "A3")}*2`, v: -1 }, { f: `COUNTIF(${keyRef("lo.data", "A1:B2")},">2")`, v: 0 }, { d: "2024-01-31" }]] }],
      },
    ],
  };
}

lo("LibreOffice helper", () => {
  it("really recalculates: wrong cached values come back right, across renamed sheets", async () => {
    const [wrong, full, streamed] = await recalculateManyWithLibreOffice([
      await renderXlsx(wrongCachePlan()),
      await renderXlsx(fullPlan()),
      await renderXlsx(wrongCachePlan(), { streaming: true }),
    ]);
    expect(wrong["Данные"][2]).toEqual([14, "верно"]);
    // The second sheet wanted the same name and became «Данные (2)»; its formulas follow by key.
    expect(wrong["Данные (2)"][0]).toEqual([28, 3, 45322]);
    expect(full["Свод"][0]).toEqual(["Выполнено", 1]);
    expect(full["Мероприятия"][5]?.[5]).toBe(100);
    // The streaming writer's package opens and recalculates the same.
    expect(streamed).toEqual(wrong);
  });

  it("opens a five-sheet workbook and prints it to PDF with pages", async () => {
    const sheets: SheetPlan[] = Array.from({ length: 5 }, (_, i) => ({
      key: `lo.s${i}`,
      name: `Лист ${i + 1}`,
      tables: [{ name: `T${i}`, at: "A1", columns: [{ header: "Школа" }, { header: "Значение", kind: "number" }], rows: [["МОУ СОШ № 1", i], ["=не формула", i + 0.5]] }],
      print: { orientation: i % 2 ? "landscape" : "portrait", fitToWidth: true, titleRows: "1:1" },
    }));
    const dir = await mkdtemp(path.join(tmpdir(), "rm-xlsx-five-"));
    try {
      const inputs = [path.join(dir, "five.xlsx"), path.join(dir, "full.xlsx")];
      await writeFile(inputs[0], await renderXlsx({ sheets }));
      await writeFile(inputs[1], await renderXlsx(fullPlan()));
      await mkdir(path.join(dir, "pdf"));
      const pdfs = await convertManyWithLibreOffice(inputs, "pdf", path.join(dir, "pdf"));
      expect(await pdfPageCount(pdfs[0])).toBeGreaterThanOrEqual(5);
      expect(await pdfPageCount(pdfs[1])).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("fails clearly, not by hanging: a missing input, a timeout", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "rm-xlsx-bad-"));
    try {
      const missing = path.join(dir, "нет.xlsx");
      await expect(convertManyWithLibreOffice([missing], "pdf", path.join(dir, "out"))).rejects.toThrow(/LibreOffice produced no/);
      const good = path.join(dir, "good.xlsx");
      await writeFile(good, await renderXlsx(fullPlan()));
      await expect(convertManyWithLibreOffice([good], "pdf", path.join(dir, "out"), { timeoutMs: 50 })).rejects.toThrow(/timed out/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
