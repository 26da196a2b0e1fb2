/**
 * Print layout through Office.js: scale, print area, title columns, page breaks (worksheet.horizontalPageBreaks,
 * ExcelApi 1.9) and chart colours / percentage axis — and nothing of it on a host below 1.9.
 */
import { layoutSheetForPrint } from "../../src/core/print";
import type { WorkbookPlan } from "../../src/core/workbook";
import { createOfficeHost } from "../../src/excel";
import { createFakeOffice } from "../helpers/fake-excel";
import { envOf } from "./plans";

const rows = Array.from({ length: 90 }, (_, i) => [`Раздел ${i + 1}`, i % 7, i % 5]);
const plan: WorkbookPlan = {
  sheets: [
    layoutSheetForPrint({
      key: "p.s",
      name: "Исполнение",
      columnWidths: [40, 12, 12],
      blocks: [{ at: "A1", rows: [["Исполнение по разделам"]] }],
      tables: [{ name: "T_exec", at: "A3", columns: [{ header: "Раздел" }, { header: "Выполнено", kind: "integer" }, { header: "Просрочено", kind: "integer" }], rows }],
      charts: [{ type: "clusteredColumn", title: "Доля", categories: "A4:A10", at: "E4", percentAxis: true, series: [{ name: "Выполнено", values: "B4:B10" }, { name: "Просрочено", values: "C4:C10" }] }],
      print: { orientation: "landscape" },
    }),
  ],
};

function setup(apiVersion?: string) {
  const fake = createFakeOffice({ apiVersion });
  fake.addUserSheet("Лист1", [["данные пользователя"]]);
  return { fake, host: createOfficeHost({ env: envOf(fake) }) };
}

describe("print layout in Excel (Office.js)", () => {
  it("sets the scale, the print area, the repeated header and the page breaks the plan computed", async () => {
    const { fake, host } = setup("1.13");
    await host.renderPlan(plan);
    const sheet = fake.sheet("Исполнение")!;
    const print = plan.sheets[0].print!;
    expect(print.rowBreaks!.length).toBeGreaterThan(0);
    expect(sheet.pageBreaks).toEqual(print.rowBreaks!.map((r) => `A${r}`));
    expect(sheet.pageLayout).toMatchObject({ zoom: { scale: print.scale }, setPrintArea: print.area, setPrintTitleRows: "$3:$3", orientation: "Landscape" });
  });

  it("colours the series by meaning and fixes a percentage axis at 0–100 %", async () => {
    const { fake, host } = setup("1.13");
    await host.renderPlan(plan);
    const chart = fake.sheet("Исполнение")!.charts[0];
    expect(JSON.stringify(chart)).toMatch(/00B050/);
    expect(JSON.stringify(chart)).toMatch(/C00000/);
    expect(JSON.stringify(chart)).toMatch(/"axes\.valueAxis\.maximum":1/);
  });

  it("adds no page break on Excel 2019 (ExcelApi 1.7): the fake refuses horizontalPageBreaks there", async () => {
    const { fake, host } = setup("1.7");
    await host.renderPlan(plan);
    expect(fake.sheet("Исполнение")!.pageBreaks).toEqual([]);
  });
});
