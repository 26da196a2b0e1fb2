import { runResultsJob } from "../../../src/core/pipeline";
import { createOfficeHost } from "../../../src/excel";
import { renderXlsx } from "../../../src/xlsx";
import { createFakeOffice } from "../../helpers/fake-excel";
import { partText } from "../../helpers/xlsx-read";
import { envOf } from "../../excel/plans";
import { buildTasksSheet, scoreLabel } from "../../../src/core/sheets/tasks";
import { analyseTaskExport } from "../../../src/core/tasks";
import { exportRows, SCHOOL_A, SCHOOL_B, SCHOOL_C, table } from "../tasks/export-fixture";

const job = runResultsJob({ tables: [table(exportRows([SCHOOL_A, SCHOOL_B, SCHOOL_C]))] });
const plan = {
  ...job.plan,
  sheets: job.plan.sheets.filter((s) => ["Задания", "Распределение баллов", "Настройки"].includes(s.name)),
};

describe("task sheets", () => {
  it("«Задания»: tasks in the array order, level and max in the header band, district row, problem tasks in words", () => {
    const sheet = plan.sheets.find((s) => s.name === "Задания")!;
    const block = sheet.blocks!.find((b) => b.at === "A4")!;
    expect(block.rows[1]).toEqual([
      "Школа",
      "Участников",
      "№ 1",
      "№ 2",
      "№ 3",
      "№ 4.1",
      "№ 4.2",
      "Проблемные задания",
      "Оговорка",
    ]);
    expect(block.rows[2].slice(2, 7)).toEqual(["Б", "Б", "Б", "П", "В"]);
    expect(block.rows[3].slice(2, 7)).toEqual([1, 1, 2, 1, 2]);
    const b = block.rows.find((r) => r[0] === "МБОУ «ООШ с. Озёрное»")!;
    expect(b[7]).toBe(
      "№\u00a02 (базовый, 50,0\u00a0%), №\u00a04.2 (высокий, 0,0\u00a0%); на грани порога: №\u00a04.1 (повышенный, 25,0\u00a0%)",
    );
    expect(String(b[8])).toContain("мало участников (4)");
    expect(block.rows.at(-1)![0]).toBe("Район (все школы)");
  });

  it("keeps the words in the same columns when assessments have different task lists; states wrapped rows' heights", () => {
    const wide = analyseTaskExport(
      table(
        exportRows([SCHOOL_A]).map((r) => [
          ...r.slice(0, 11),
          ...r.slice(6, 11).map((c) => c.replace(/^(\d)( |$)/, "1$1$2")),
          ...r.slice(11),
        ]),
      ),
    )!;
    expect(wide.tasks).toHaveLength(10);
    const sheet = buildTasksSheet([job.tasks[0], wide]);
    const headers = sheet
      .blocks!.filter((b) => b.rows[1]?.[0] === "Школа")
      .map((b) => b.rows[1].indexOf("Проблемные задания"));
    expect(headers).toEqual([12, 12]);
    expect(sheet.rowHeights!.length).toBeGreaterThan(0);
  });

  it("category labels mark the boundaries", () => {
    const d = job.tasks[0].district;
    expect(scoreLabel("3", d)).toBe("3 → «3»");
    expect(scoreLabel("4", d)).toBe("4");
    expect(scoreLabel("7", d)).toBe("7 → «5»");
  });

  it("renders charts as DrawingML in the .xlsx, with the boundary labels as categories", async () => {
    const bytes = await renderXlsx(plan);
    const chart = (await partText(bytes, "xl/charts/chart1.xml"))!;
    expect(chart).toContain("<c:barChart>");
    expect(chart).toContain("3 → «3»");
    expect(await partText(bytes, "xl/charts/chart4.xml")).toBeTruthy();
  });

  it("renders through Office.js with its charts and the named thresholds", async () => {
    const fake = createFakeOffice({});
    fake.addUserSheet("Лист1", [["данные пользователя"]]);
    const host = createOfficeHost({ env: envOf(fake) });
    await host.renderPlan(plan);
    expect(fake.sheet("Распределение баллов")!.charts).toHaveLength(4);
    expect(fake.sheet("Распределение баллов")!.charts[0].type).toBe("ColumnClustered");
    expect(fake.state.names.map((n) => n.name)).toEqual(expect.arrayContaining(["RM_TaskBasic", "RM_TaskGreyZone"]));
    expect(fake.sheet("Задания")!.conditionalFormats[0].props["custom.rule.formula"]).toContain("RM_TaskBasic");
  });
});
