import { markerName, type WorkbookPlan } from "../../src/core/workbook";
import { createOfficeHost } from "../../src/excel";
import { createFakeOffice } from "../helpers/fake-excel";
import { API_VERSIONS, atLeast, envOf, fiveNumericSheets, fiveSheetPlan } from "./plans";

const FOUR_MB = 4 * 1024 * 1024;

describe.each(API_VERSIONS)("ExcelApi %s", (api) => {
  function setup(apiVersion: string = api) {
    const fake = createFakeOffice({ apiVersion });
    fake.addUserSheet("Лист1", [["данные пользователя"]]);
    return { fake, host: createOfficeHost({ env: envOf(fake) }) };
  }

  describe("renderPlan: sync count and request size", () => {
    it.each([100, 10_000])("5 result sheets × %i rows: the same 2 syncs (load; write with the swap), every request under 4 MB", async (rows) => {
      const { fake, host } = setup();
      const report = await host.renderPlan(fiveNumericSheets(rows));
      expect(report.syncCount).toBe(fake.stats.syncCount);
      expect(report.syncCount).toBe(2);
      expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(FOUR_MB);
      expect(fake.texts("Результаты 5").length).toBe(rows + 1);
    });

    it.each([100, 1_000, 10_000])(
      "5 text-heavy report sheets × %i rows: at most 6 syncs, every request under 4 MB",
      async (rows) => {
        const { fake, host } = setup();
        const report = await host.renderPlan(fiveSheetPlan(rows));
        expect(report.syncCount).toBe(fake.stats.syncCount);
        expect(report.syncCount).toBeLessThanOrEqual(6);
        expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(FOUR_MB);
        // Beyond the first load and the final swap, syncs are driven by bytes, not by rows or sheets.
        const writeBytes = fake.stats.requestBytes.slice(1, -1).reduce((a, b) => a + b, 0);
        expect(report.syncCount - 2).toBeLessThanOrEqual(Math.ceil(writeBytes / 2_500_000));
        expect(fake.texts("Исполнение").length).toBe(rows + 4);
      },
    );

    it("splits a plan far over the limit into requests that each stay under 4 MB", async () => {
      const { fake, host } = setup();
      const long = "Ж".repeat(2000);
      const plan: WorkbookPlan = {
        sheets: [
          {
            key: "big.a",
            name: "Большой",
            blocks: [{ at: "A1", rows: Array.from({ length: 3000 }, () => [long, long]) }],
          },
        ],
      };
      await host.renderPlan(plan);
      expect(fake.stats.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(20_000_000);
      expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(FOUR_MB);
      expect(fake.texts("Большой")[2999][1]).toBe(long);
    });

    it("suspends calculation for every write sync, screen updating once; recalculates after the swap", async () => {
      const { fake, host } = setup();
      await host.renderPlan(fiveSheetPlan(10_000));
      const writes = fake.stats.suspended.slice(1, -1);
      expect(writes.length).toBeGreaterThan(1);
      expect(fake.stats.suspended[0]).toEqual({ calculation: false, screen: false });
      for (const s of writes) expect(s.calculation).toBe(true);
      expect(fake.stats.suspended.filter((s) => s.screen)).toHaveLength(atLeast(api, "1.9") ? 1 : 0);
      expect(fake.stats.calculations).toEqual(["Recalculate"]);
    });
  });

  describe("renderPlan: content", () => {
    it("writes values, dates, formulas, links, tables, formats, rules, charts, print and names", async () => {
      const { fake, host } = setup();
      const report = await host.renderPlan(fiveSheetPlan(30));
      expect(report.sheetNames).toEqual({
        "rm1.s0": "Мероприятия",
        "rm1.s1": "Проверка",
        "rm1.s2": "Ответственные",
        "rm1.s3": "Свод по району",
        "rm1.s4": "Исполнение",
      });
      const s0 = fake.sheet("Мероприятия")!;
      expect(fake.texts("Мероприятия")[4].slice(0, 4)).toEqual([
        "1.",
        "Мероприятие 1: мониторинг результатов ВПР в школе №1",
        "запланировано",
        "10.01.2024",
      ]);
      expect(s0.tables).toEqual([
        expect.objectContaining({ name: "T_rm1_s0", address: "A4:G34", style: "TableStyleMedium2" }),
      ]);
      expect(s0.freeze).toBe("at:A1:A4");
      if (atLeast(api, "1.9"))
        expect(s0.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", setPrintTitleRows: "$4:$4" });
      else expect(s0.pageLayout).toEqual({});
      expect(s0.conditionalFormats[0].props["custom.rule.formula"]).toBe('=$C5<>"выполнено"');
      if (atLeast(api, "1.8"))
        expect(s0.dataValidations[0].props.rule).toEqual({
          list: { inCellDropDown: true, source: "запланировано,в работе,выполнено,не выполнено,перенесено" },
        });
      else expect(s0.dataValidations).toEqual([]);
      expect(s0.charts[0].type).toBe("ColumnClustered");
      expect(s0.charts[0].series[1]).toMatchObject({ name: "Район", chartType: "Line" });
      const f = fake.formulas();
      expect(f).toContainEqual(["Мероприятия", "F5", "=E5*100"]);
      expect(f).toContainEqual(["Проверка", "G5", '=HYPERLINK("#\'Мероприятия\'!B5","→")']);
      expect(fake.state.names.map((n) => [n.name, n.formula])).toEqual(
        expect.arrayContaining([
          [markerName("rm1.s0"), "=Мероприятия!$A$1"],
          ["AsOfDate", "=Мероприятия!$B$2"],
        ]),
      );
      expect(fake.state.sheets.map((s) => [s.name, s.visibility])).toEqual([
        ["Лист1", "Visible"],
        ["Мероприятия", "Visible"],
        ["Проверка", "Visible"],
        ["Ответственные", "Visible"],
        ["Свод по району", "Visible"],
        ["Исполнение", "Visible"],
      ]);
    });

    it("cross-sheet formulas survive the swap: they point at the final sheet, not at #REF!", async () => {
      const { fake, host } = setup();
      const plan: WorkbookPlan = {
        sheets: [
          { key: "k.a", name: "Мероприятия", blocks: [{ at: "A1", rows: [[1], [2]] }] },
          { key: "k.b", name: "Свод", blocks: [{ at: "A1", rows: [[{ f: "SUM({{sheet:k.a}}!A1:A2)" }]] }] },
        ],
      };
      await host.renderPlan(plan);
      await host.renderPlan(plan);
      expect(fake.formulas()).toEqual([["Свод", "A1", "=SUM(Мероприятия!A1:A2)"]]);
    });

    it("skips what an older Excel cannot do and says so in Russian", async () => {
      const { fake, host } = setup("1.7");
      const report = await host.renderPlan(fiveSheetPlan(5));
      expect(fake.sheet("Мероприятия")!.dataValidations).toEqual([]);
      expect(fake.sheet("Мероприятия")!.pageLayout).toEqual({});
      expect(report.warnings.join(" ")).toMatch(/Выпадающие списки не созданы.*1\.8/);
      expect(report.warnings.join(" ")).toMatch(/Параметры печати не заданы/);
    });

    it("refuses, in Russian, on an Excel without the base requirement set, touching nothing", async () => {
      const { fake, host } = setup("1.4");
      await expect(host.renderPlan(fiveSheetPlan(5))).rejects.toThrow(/слишком старая/);
      expect(fake.stats.syncCount).toBe(0);
    });
  });
});
