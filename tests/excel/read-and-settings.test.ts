import { createOfficeHost } from "../../src/excel";
import { createFakeOffice } from "../helpers/fake-excel";
import { API_VERSIONS, envOf, fiveSheetPlan } from "./plans";

describe.each(API_VERSIONS)("ExcelApi %s", (api) => {
  function setup(apiVersion: string = api) {
    const fake = createFakeOffice({ apiVersion });
    const s = fake.addUserSheet("Вставка", [
      ["№", "Мероприятие", "Срок"],
      ["1.1.", "Анализ результатов", "01.02.2023"],
      ["", "продолжение текста", 5],
    ]);
    s.merges.push("A2:A3");
    return { fake, host: createOfficeHost({ env: envOf(fake) }) };
  }

  describe("readSelection", () => {
    it("reads displayed texts, the address and merged areas relative to the selection (ExcelApi 1.13)", async () => {
      const { fake, host } = setup("1.13");
      fake.select("Вставка", "A1:C3");
      const read = await host.readSelection();
      expect(read).toEqual({
        sheet: "Вставка",
        address: "A1:C3",
        firstRow: 1,
        firstColumn: 1,
        values: [
          ["№", "Мероприятие", "Срок"],
          ["1.1.", "Анализ результатов", "01.02.2023"],
          ["", "продолжение текста", "5"],
        ],
        merges: [{ row: 1, column: 0, rowSpan: 2, columnSpan: 1 }],
      });
    });

    it("cuts a whole-column selection to the used range", async () => {
      const { fake, host } = setup();
      fake.select("Вставка", "B1:B1048576");
      const read = await host.readSelection();
      expect(read.address).toBe("B1:B3");
      expect(read.values).toEqual([["Мероприятие"], ["Анализ результатов"], ["продолжение текста"]]);
      expect(read.firstColumn).toBe(2);
    });

    it("reports no merges on an Excel without ExcelApi 1.13, and an empty selection as empty", async () => {
      const { fake, host } = setup("1.9");
      fake.select("Вставка", "A1:C3");
      expect((await host.readSelection()).merges).toEqual([]);
      fake.select("Вставка", "F10:G12");
      expect((await host.readSelection()).values).toEqual([]);
    });
  });

  describe("readOwnSheet and selectCell", () => {
    it("finds our sheet by its marker, even renamed, and never a user sheet of the same name", async () => {
      const { fake, host } = setup();
      fake.addUserSheet("Мероприятия", [["чужое"]]);
      await host.renderPlan(fiveSheetPlan(3));
      const own = await host.readOwnSheet("rm1.s0");
      expect(own?.name).toBe("Мероприятия (2)");
      expect(own?.values[4][1]).toBe("Мероприятие 1: мониторинг результатов ВПР в школе №1");
      expect(await host.readOwnSheet("rm9.none")).toBeNull();
    });

    it("selects a cell and says in Russian when the sheet is gone", async () => {
      const { fake, host } = setup();
      await host.selectCell("Вставка", "B3");
      expect(fake.state.selection).toEqual({ sheet: "Вставка", address: "B3" });
      await expect(host.selectCell("Нет такого", "A1")).rejects.toThrow(/Лист «Нет такого» не найден/);
    });
  });

  describe("settings and features", () => {
    it("round-trips settings through the document and saves them", async () => {
      const { fake, host } = setup();
      expect(await host.loadSettings()).toEqual({});
      const settings = {
        thresholds: { low: 0.3 },
        period: "2023-2025",
        directory: [{ name: "КО", full: "Комитет образования" }],
      };
      await host.saveSettings(settings);
      expect(await host.loadSettings()).toEqual(settings);
      expect(Object.values(fake.state.savedSettings)[0]).toEqual(settings);
    });

    it.each([
      ["1.13", { charts: true, dataValidation: true, suspendScreenUpdating: true, mergedAreas: true }],
      ["1.7", { charts: true, dataValidation: false, suspendScreenUpdating: false, mergedAreas: false }],
    ])("ExcelApi %s → features", (version, expected) => {
      expect(setup(version).host.features()).toMatchObject(expected);
    });

    it("opens a plan in a new workbook only when an xlsx builder is given and Excel can (ExcelApi 1.8)", async () => {
      const fake = createFakeOffice({ apiVersion: api });
      expect(createOfficeHost({ env: envOf(fake) }).renderPlanInNewWorkbook).toBeUndefined();
      const host = createOfficeHost({ env: envOf(fake), toXlsxBase64: async () => "UEsDBA==" });
      if (api === "1.7") {
        expect(host.features().createWorkbook).toBe(false);
        await expect(host.renderPlanInNewWorkbook!(fiveSheetPlan(1))).rejects.toThrow(/ExcelApi 1\.8/);
        expect(fake.state.createdWorkbooks).toEqual([]);
        return;
      }
      await host.renderPlanInNewWorkbook!(fiveSheetPlan(1));
      expect(fake.state.createdWorkbooks).toEqual(["UEsDBA=="]);
    });
  });
});
