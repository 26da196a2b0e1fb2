import { link, type WorkbookPlan } from "../../src/core/workbook";
import { createOfficeHost, ExcelWriteError } from "../../src/excel";
import { createFakeOffice, type FakeOffice } from "../helpers/fake-excel";
import { API_VERSIONS, envOf, fiveSheetPlan } from "./plans";

const USER = ["Мероприятия", "Свод по району (2)", "Исходные"];

describe.each(API_VERSIONS)("ExcelApi %s", (api) => {
  function workbookWithUserSheets(): FakeOffice {
    const fake = createFakeOffice({ apiVersion: api });
    fake.addUserSheet("Мероприятия", [
      ["Моё", "=1+1"],
      ["01.02.2023", 5],
    ]);
    fake.addUserSheet("Свод по району (2)", [["не трогать"]]);
    fake.addUserSheet("Исходные", [["скрытые данные"]], "Hidden");
    return fake;
  }

  function userView(fake: FakeOffice) {
    return USER.map((n) => {
      const s = fake.sheet(n);
      return (
        s && {
          name: s.name,
          id: s.id,
          visibility: s.visibility,
          writes: s.writes,
          texts: fake.texts(n),
          formulas: fake.formulas().filter((f) => f[0] === n),
        }
      );
    });
  }

  const small = (tag: string): WorkbookPlan => ({
    sheets: [
      {
        key: "rm.a",
        name: "Мероприятия",
        blocks: [{ at: "A1", rows: [[`${tag} 1`], [`${tag} 2`], [{ f: "SUM({{sheet:rm.b}}!A1:A1)" }]] }],
        tables: [{ name: "Plan", at: "C1", columns: [{ header: "Статус" }], rows: [[`${tag}`]] }],
      },
      { key: "rm.b", name: "Свод по району", blocks: [{ at: "A1", rows: [[tag === "A" ? 1 : 2]] }] },
    ],
    names: [{ name: "AsOfDate", sheetKey: "rm.b", ref: "A1" }],
  });

  describe("the user's sheets", () => {
    it("are never renamed, deleted or written; ours get suffixed names", async () => {
      const fake = workbookWithUserSheets();
      const before = userView(fake);
      const report = await createOfficeHost({ env: envOf(fake) }).renderPlan(fiveSheetPlan(20));
      expect(userView(fake)).toEqual(before);
      expect(report.sheetNames["rm1.s0"]).toBe("Мероприятия (2)");
      expect(report.sheetNames["rm1.s3"]).toBe("Свод по району");
    });

    it("a second run replaces only our sheet, found by its marker after the user renamed it", async () => {
      const fake = workbookWithUserSheets();
      const host = createOfficeHost({ env: envOf(fake) });
      await host.renderPlan(small("A"));
      fake.sheet("Мероприятия (2)")!.name = "Мой план"; // the user renames our sheet in Excel
      const { renameSheetRefs } = await import("../helpers/fake-excel");
      renameSheetRefs(fake.state, "Мероприятия (2)", "Мой план");
      const before = userView(fake);
      const report = await host.renderPlan(small("B"));
      expect(userView(fake)).toEqual(before);
      expect(report.sheetNames).toEqual({ "rm.a": "Мой план", "rm.b": "Свод по району" });
      expect(fake.texts("Мой план")[0][0]).toBe("B 1");
      expect(fake.state.sheets.map((s) => s.name)).toEqual([...USER, "Мой план", "Свод по району"]);
      expect(fake.sheet("Мой план")!.tables.map((t) => t.name)).toEqual(["Plan"]);
      expect(fake.formulas()).toContainEqual(["Мой план", "A3", "=SUM('Свод по району'!A1:A1)"]);
      expect(fake.state.names.find((n) => n.name === "AsOfDate")!.formula).toBe("='Свод по району'!$A$1");
    });

    it("a user's defined name with the plan's name is left alone, with a warning", async () => {
      const fake = workbookWithUserSheets();
      fake.addName("AsOfDate", "=Мероприятия!$B$2");
      const report = await createOfficeHost({ env: envOf(fake) }).renderPlan(small("A"));
      expect(fake.state.names.find((n) => n.name === "AsOfDate")!.formula).toBe("=Мероприятия!$B$2");
      expect(report.warnings.join(" ")).toMatch(/«AsOfDate» уже есть/);
    });
  });

  describe("a sync failing at every step in turn", () => {
    /**
     * A re-run rewrites our sheets in place: whatever fails, they are the same sheets (so no reference into them
     * breaks), no temporary sheet shows, and a sheet holds the old run's content, the new one's, or (only when
     * the error names it) a partly written one.
     */
    function expectConsistent(fake: FakeOffice, before: ReturnType<typeof userView>, ids: string[], error: unknown) {
      expect(userView(fake)).toEqual(before);
      const ours = fake.state.sheets.filter((x) => !USER.includes(x.name));
      expect(ours.filter((x) => !/RM-temp/.test(x.name)).map((x) => x.id)).toEqual(ids);
      expect(ours.filter((x) => /RM-temp/.test(x.name) && x.visibility === "Visible")).toEqual([]);
      expect(fake.formulas().filter(([, , f]) => f.includes("#REF!"))).toEqual([]);
      for (const s of ours.filter((x) => !/RM-temp/.test(x.name))) {
        const first = fake.texts(s.name)[0];
        const whole = s.name.startsWith("Мероприятия")
          ? [
              ["A 1", "", "Статус"],
              ["B 1", "", "Статус"],
            ].some((t) => JSON.stringify(t) === JSON.stringify(first))
          : [["1"], ["2"]].some((t) => JSON.stringify(t) === JSON.stringify(first));
        if (!whole) expect(String((error as Error).message)).toContain(`«${s.name}»`);
      }
    }

    const cleanRunSyncs = 3;
    const cases = Array.from({ length: cleanRunSyncs }, (_, i) => [0, 1, 3, 5, 8].map((ops) => [i + 1, ops])).flat();

    it.each(
      cases.flatMap(([n, ops]) => [
        [n, ops, false],
        [n, ops, true],
      ]),
    )(
      "sync %i fails after %i operations (connection lost for good: %s): the workbook stays consistent",
      async (n, ops, lost) => {
        const fake = workbookWithUserSheets();
        const host = createOfficeHost({ env: envOf(fake) });
        await host.renderPlan(small("A"));
        fake.addUserSheet("Мои расчёты", [["=SUM('Свод по району'!A1)+'Мероприятия (2)'!A1"]]);
        const ids = fake.state.sheets
          .filter((x) => !USER.includes(x.name) && x.name !== "Мои расчёты")
          .map((x) => x.id);
        const before = userView(fake);
        fake.failAtSync(n as number, ops as number);
        // With the connection lost, the cleanup fails too: only the order of the writes protects the user.
        if (lost) for (let k = (n as number) + 1; k < (n as number) + 4; k++) fake.failAtSync(k, 0);
        const result = await host.renderPlan(small("B")).then(
          () => "ok",
          (e: unknown) => e,
        );
        if (result !== "ok") expect(result).toBeInstanceOf(ExcelWriteError);
        expect(fake.formulas().filter(([sheet]) => sheet === "Мои расчёты")).toEqual([
          ["Мои расчёты", "A1", "=SUM('Свод по району'!A1)+'Мероприятия (2)'!A1"],
        ]);
        fake.state.sheets.splice(
          fake.state.sheets.findIndex((x) => x.name === "Мои расчёты"),
          1,
        );
        expectConsistent(fake, before, ids, result);
        if (!lost) expect(fake.state.sheets.filter((s) => s.name.startsWith("RM-temp"))).toEqual([]);
      },
    );

    it("the clean run takes the number of syncs the table above covers", async () => {
      const fake = workbookWithUserSheets();
      await createOfficeHost({ env: envOf(fake) }).renderPlan(small("A"));
      expect(fake.stats.syncCount).toBeLessThanOrEqual(cleanRunSyncs);
    });
  });

  describe("injection", () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","жми")',
      "=1+1",
      "+1+1",
      "-2+3",
      "@SUM(A1)",
      "\t=cmd",
      "\r=cmd",
      "01.02.2023",
      "март 2023",
      "1.10",
      "'в кавычках'",
      "TRUE",
      "-",
      "=",
      "12%",
    ];
    it("every string is written as text, never as a formula or a coerced value", async () => {
      const fake = createFakeOffice({ apiVersion: api });
      fake.addUserSheet("Лист1");
      const plan: WorkbookPlan = {
        sheets: [{ key: "x.y", name: "Ввод", blocks: [{ at: "A1", rows: hostile.map((h) => [h]) }] }],
      };
      await createOfficeHost({ env: envOf(fake) }).renderPlan(plan);
      expect(fake.formulas()).toEqual([]);
      expect(fake.texts("Ввод").map((r) => r[0])).toEqual(hostile);
    });

    it("links point only inside the workbook; an outside address becomes plain text", async () => {
      const fake = createFakeOffice({ apiVersion: api });
      fake.addUserSheet("Лист1");
      const plan: WorkbookPlan = {
        sheets: [
          {
            key: "x.y",
            name: "Ссылки",
            blocks: [
              {
                at: "A1",
                rows: [
                  [link("https://evil.example/x", "сайт")],
                  [link("\\\\server\\share", "папка")],
                  [link("B7", "ниже")],
                ],
              },
            ],
          },
        ],
      };
      const report = await createOfficeHost({ env: envOf(fake) }).renderPlan(plan);
      expect(fake.formulas()).toEqual([["Ссылки", "A3", '=HYPERLINK("#\'Ссылки\'!B7","ниже")']]);
      expect(fake.texts("Ссылки").slice(0, 2)).toEqual([["сайт"], ["папка"]]);
      expect(report.warnings.join(" ")).toMatch(/не ведёт внутрь книги/);
    });
  });

  it("cancelling between syncs leaves the workbook as it was", async () => {
    const fake = workbookWithUserSheets();
    const names = fake.state.sheets.map((s) => s.name);
    const report = await createOfficeHost({ env: envOf(fake) }).renderPlan(fiveSheetPlan(10_000), {
      isCancelled: () => true,
    });
    expect(report.cancelled).toBe(true);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(names);
  });
});
