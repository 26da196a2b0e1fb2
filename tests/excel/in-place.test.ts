import { type WorkbookPlan } from "../../src/core/workbook";
import { createOfficeHost, ExcelWriteError } from "../../src/excel";
import { createFakeOffice, getCell, type FakeOffice } from "../helpers/fake-excel";
import { API_VERSIONS, envOf, fiveSheetPlan } from "./plans";

const refErrors = (fake: FakeOffice) => [
  ...fake.formulas().filter(([, , f]) => f.includes("#REF!")),
  ...fake.state.names.filter((n) => n.formula.includes("#REF!")).map((n) => [n.name, n.formula]),
];

describe.each(API_VERSIONS)("ExcelApi %s", (api) => {
  function setup() {
    const fake = createFakeOffice({ apiVersion: api });
    fake.addUserSheet("Лист1", [["данные пользователя"]]);
    return { fake, host: createOfficeHost({ env: envOf(fake) }) };
  }

  describe("a re-import rewrites our sheets in place", () => {
    it("a user's formula pointing at «Мероприятия»!A2 survives with no #REF!, on the same sheet", async () => {
      const { fake, host } = setup();
      await host.renderPlan(fiveSheetPlan(20));
      const ids = fake.state.sheets.map((s) => s.id);
      fake.addUserSheet("Мои расчёты", [
        ["=Мероприятия!A2", '=COUNTIFS(Мероприятия!$C$5:$C$1048576,"выполнено")+AsOfDate'],
      ]);
      await host.renderPlan(fiveSheetPlan(30));
      expect(fake.state.sheets.map((s) => s.id).slice(0, ids.length)).toEqual(ids);
      expect(fake.formulas().filter(([s]) => s === "Мои расчёты")).toEqual([
        ["Мои расчёты", "A1", "=Мероприятия!A2"],
        ["Мои расчёты", "B1", '=COUNTIFS(Мероприятия!$C$5:$C$1048576,"выполнено")+AsOfDate'],
      ]);
      expect(refErrors(fake)).toEqual([]);
      expect(fake.texts("Мероприятия").length).toBe(34);
      expect(fake.state.sheets.filter((s) => /RM-temp/.test(s.name))).toEqual([]);
    });

    it("a shorter re-import leaves nothing of the longer one: cells, tables, merges, rules, charts", async () => {
      const { fake, host } = setup();
      const long = fiveSheetPlan(40);
      long.sheets[0] = { ...long.sheets[0], merges: ["A2:C2"] };
      await host.renderPlan(long);
      await host.renderPlan(fiveSheetPlan(5));
      const s0 = fake.sheet("Мероприятия")!;
      expect(fake.texts("Мероприятия").length).toBe(9);
      expect(s0.tables).toEqual([expect.objectContaining({ name: "T_rm1_s0", address: "A4:G9" })]);
      expect(s0.merges).toEqual([]);
      expect(s0.conditionalFormats).toHaveLength(1);
      expect(s0.charts).toHaveLength(1);
      expect(s0.freeze).toBe("at:A1:A4");
      expect(fake.state.names.filter((n) => n.name === "AsOfDate")).toEqual([
        expect.objectContaining({ formula: "=Мероприятия!$B$2" }),
      ]);
    });

    it("defined names of ours are re-pointed by formula, never deleted and re-added", async () => {
      const { fake, host } = setup();
      const plan = (ref: string): WorkbookPlan => ({
        ...fiveSheetPlan(3),
        names: [{ name: "AsOfDate", sheetKey: "rm1.s0", ref }],
      });
      await host.renderPlan(plan("B2"));
      const before = fake.state.names.find((n) => n.name === "AsOfDate");
      await host.renderPlan(plan("C3"));
      const after = fake.state.names.find((n) => n.name === "AsOfDate");
      expect(after).toBe(before); // the same name object: updated, not recreated
      expect(after!.formula).toBe("=Мероприятия!$C$3");
    });

    it("works when our sheets are the only visible ones, and a hidden plan sheet stays hidden", async () => {
      const fake = createFakeOffice({ apiVersion: api });
      fake.addUserSheet("Скрытый", [["x"]]);
      const host = createOfficeHost({ env: envOf(fake) });
      const plan: WorkbookPlan = {
        sheets: [
          { key: "a.main", name: "Главный", blocks: [{ at: "A1", rows: [["1"]] }], freeze: { rows: 1, columns: 0 } },
          { key: "a.lists", name: "Списки", hidden: true, blocks: [{ at: "A1", rows: [["да"], ["нет"]] }] },
        ],
      };
      await host.renderPlan(plan);
      fake.sheet("Скрытый")!.visibility = "Hidden"; // the user hides their own sheet
      await host.renderPlan(plan);
      expect(fake.state.sheets.map((s) => [s.name, s.visibility])).toEqual([
        ["Скрытый", "Hidden"],
        ["Главный", "Visible"],
        ["Списки", "Hidden"],
      ]);
      expect(fake.sheet("Главный")!.freeze).toBe("rows:1");
    });

    it("keeps the Office error code, and says in Russian to leave cell-edit mode", async () => {
      const { fake, host } = setup();
      fake.failAtSync(1, 0, "InvalidOperationInCellEditMode");
      const error = await host.renderPlan(fiveSheetPlan(3)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ExcelWriteError);
      expect(error).toMatchObject({
        code: "InvalidOperationInCellEditMode",
        message: expect.stringMatching(/режиме правки ячейки.*Enter или Esc/),
      });
      fake.failAtSync(2, 0, "AccessDenied");
      await expect(host.renderPlan(fiveSheetPlan(3))).rejects.toMatchObject({
        code: "AccessDenied",
        message: expect.stringMatching(/Ваши листы не изменены/),
      });
    });
  });

  describe("cells and dates as Excel takes them", () => {
    it("a 40,000-character text is cut to 32,766 so that with its apostrophe it fits the 32,767 limit", async () => {
      const { fake, host } = setup();
      const text = "Ж".repeat(40_000);
      const formulaLike = "=" + "1".repeat(32_766); // 32,767 characters of text that must stay text
      const report = await host.renderPlan({
        sheets: [{ key: "t.long", name: "Длинный", blocks: [{ at: "A1", rows: [[text], [formulaLike]] }] }],
      });
      expect(getCell(fake.sheet("Длинный")!, 0, 0)!.v).toBe(text.slice(0, 32_766));
      expect(getCell(fake.sheet("Длинный")!, 1, 0)).toEqual({
        v: formulaLike.slice(0, 32_766),
        quote: true,
        nf: undefined,
      });
      expect(report.warnings.join(" ")).toMatch(/32\s766 символов сокращён/);
    });

    it("writes and reads dates in a workbook on the 1904 date system", async () => {
      const { fake, host } = setup();
      fake.state.date1904 = true;
      await host.renderPlan({
        sheets: [{ key: "d.x", name: "Даты", blocks: [{ at: "A1", rows: [[{ d: "2024-03-05" }]] }] }],
      });
      expect(getCell(fake.sheet("Даты")!, 0, 0)!.v).toBe(45356 - 1462);
      expect(fake.texts("Даты")[0][0]).toBe("05.03.2024");
      expect((await host.readOwnSheet("d.x"))!.values[0][0]).toBe("05.03.2024");
    });

    it("reads a date the user typed from its value, whatever its display format", async () => {
      const { fake, host } = setup();
      await host.renderPlan({
        sheets: [{ key: "d.y", name: "Отметки", blocks: [{ at: "A1", rows: [["Дата"], ["x"]] }] }],
      });
      const s = fake.sheet("Отметки")!;
      s.cells.get(1)!.set(0, { v: 45356, nf: "[$-409]mmm d, yyyy" }); // shown as «Mar 5, 2024»
      s.cells.get(1)!.set(1, { v: 0.25, nf: "0%" });
      expect((await host.readOwnSheet("d.y"))!.values[1]).toEqual(["05.03.2024", "0.25"]);
    });
  });

  describe("reads under the payload limits", () => {
    it("halves a read whose response would pass 5 MB, and returns every row", async () => {
      const { fake, host } = setup();
      const rows = Array.from({ length: 300 }, (_, i) => [`${i}:${"Ж".repeat(9_000)}`]);
      await host.renderPlan({ sheets: [{ key: "big.r", name: "Большой", blocks: [{ at: "A1", rows }] }] });
      fake.resetStats();
      const read = await host.readOwnSheet("big.r");
      expect(read!.values.map((r) => r[0].split(":")[0])).toEqual(rows.map((_, i) => String(i)));
      expect(fake.stats.syncCount).toBeGreaterThan(2);
    });
  });
});

describe("merged areas as Excel reports them (ExcelApi 1.13)", () => {
  it("a merge that starts above the selection is still seen, clipped to the selection", async () => {
    const fake = createFakeOffice({ apiVersion: "1.13" });
    const s = fake.addUserSheet("Таблица", [
      ["Раздел", "a", "b"],
      ["", "c", "d"],
      ["", "e", "f"],
      ["x", "g", "h"],
    ]);
    s.merges.push("A1:A3", "B4:C4");
    fake.select("Таблица", "A2:C4");
    const read = await createOfficeHost({ env: envOf(fake) }).readSelection();
    expect(read.merges).toEqual([
      { row: 0, column: 0, rowSpan: 2, columnSpan: 1 },
      { row: 2, column: 1, rowSpan: 1, columnSpan: 2 },
    ]);
  });
});
