/**
 * The workbook is the store. An official works in one district workbook for months: a first session imports a
 * real roadmap and a results table and builds the report; she types statuses, dates and notes into the sheets
 * and keeps formulas of her own; weeks later a NEW pane (nothing in memory) opens the same workbook. It must list
 * what the workbook holds, rebuild the report without a new import, take a corrected roadmap under the report,
 * and leave no #REF! and no lost edit — on Excel 2019 (ExcelApi 1.7) as on newer Excel.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createOfficeHost } from "../../../src/excel";
import { ACTIVITY_HEADERS } from "../../../src/core/sheets/roadmap";
import { createPaneJobs, rangeFromOriginal } from "../../../src/taskpane/jobs";
import type { JobProgress, RoadmapForm } from "../../../src/taskpane/types";
import { createFakeOffice, getCell, type FakeOffice } from "../../helpers/fake-excel";
import { setCell } from "../../helpers/fake-excel/cells";
import { sharedSeed } from "../../helpers/inputs";
import { API_VERSIONS, envOf } from "../../excel/plans";

const SEED = readFileSync(sharedSeed("podporozhye-2020-2021.txt"), "utf8");
const RESULTS = readFileSync(join(__dirname, "../../../samples/results/vpr-2024-5kl-statistika.tsv"), "utf8");
const progress: JobProgress = { report: () => undefined, isCancelled: () => false };
const form = (content: string): RoadmapForm => ({
  pasted: { kind: "text", content },
  periodStart: "2020-01-01",
  periodEnd: "2021-12-31",
  asOf: "2021-03-01",
});

function activityRow(fake: FakeOffice, sheet: string, nth: number) {
  const rows = fake.texts(sheet);
  const header = rows.findIndex((r) => r.includes(ACTIVITY_HEADERS.id));
  const col = (h: string) => rows[header].indexOf(h);
  const row = header + 1 + nth;
  return { row, id: rows[row][col(ACTIVITY_HEADERS.id)], col };
}

const refErrors = (fake: FakeOffice) => [
  ...fake.formulas().filter(([, , f]) => f.includes("#REF!")),
  ...fake.state.names.filter((n) => n.formula.includes("#REF!")).map((n) => [n.name, n.formula]),
];

describe.each(API_VERSIONS)("ExcelApi %s: a workbook from an earlier session", (api) => {
  it("is listed, reported on without a new import, re-imported under the report, with no #REF! and no edit lost", async () => {
    const fake = createFakeOffice({ apiVersion: api });
    fake.addUserSheet("Лист1", [["Рабочая книга района"]]);
    const host = createOfficeHost({ env: envOf(fake) });

    // Session 1: import, results, report (the renderer writes the fixture the second session opens).
    const first = createPaneJobs(host);
    await first.importRoadmapPasted(form(SEED), progress);
    await first.createRoadmapSheets(form(SEED), progress);
    await first.importResults({ pasted: { kind: "text", content: RESULTS }, asOf: "2021-03-01" }, progress);
    await first.computeIndicators({ pasted: null, asOf: "2021-03-01" }, progress);
    await first.buildReport(
      { asOf: "2021-03-01", newWorkbook: false, district: "Подпорожский муниципальный район" },
      progress,
    );
    const activities = fake.state.sheets.find((s) => s.name.startsWith("Мероприятия"))!.name;

    // The user's edits: a status, a done date typed as a date (shown in a US format), a note, and her formulas.
    const a = activityRow(fake, activities, 0);
    const b = activityRow(fake, activities, 1);
    setCell(fake.sheet(activities)!, a.row, a.col(ACTIVITY_HEADERS.status), { v: "выполнено" });
    setCell(fake.sheet(activities)!, a.row, a.col(ACTIVITY_HEADERS.doneDate), { v: 44200, nf: "m/d/yyyy" }); // 2021-01-04
    setCell(fake.sheet(activities)!, b.row, b.col(ACTIVITY_HEADERS.note), {
      v: "перенесено на апрель по решению совета",
    });
    const statusCol = String.fromCharCode(65 + a.col(ACTIVITY_HEADERS.status));
    fake.addUserSheet("Мой учёт", [
      [`='${activities}'!A2`, `=COUNTIFS('${activities}'!$${statusCol}:$${statusCol},"выполнено")`],
    ]);
    const userFormulas = fake.formulas().filter(([s]) => s === "Мой учёт");
    const sheetIds = fake.state.sheets.map((s) => [s.name, s.id]);

    // Session 2: a new pane over the same workbook, nothing in memory.
    const second = createPaneJobs(host);
    const contents = await second.openWorkbook!(form(""));
    expect(contents.problems).toEqual([]);
    expect(contents.roadmaps).toHaveLength(1);
    expect(contents.roadmaps[0].label).toMatch(/\(\d+ мероприяти[йея]\)$/);
    expect(contents.roadmaps[0].sheet).toBe(activities);
    expect(contents.roadmaps[0].writtenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(contents.results).toHaveLength(1);
    expect(second.reportSources().roadmaps).toEqual([expect.objectContaining({ inWorkbook: true })]);

    // The report, rebuilt from the workbook alone, counts the status typed in the sheet.
    const report = await second.buildReport(
      { asOf: "2021-03-01", newWorkbook: false, district: "Подпорожский муниципальный район" },
      progress,
    );
    expect(report.summary).toMatch(/Свод сформирован/);

    // A corrected roadmap re-imported under the report: the same sheets, rewritten in place.
    const corrected = SEED.replace(/\r?\n/, "\n");
    await second.importRoadmapPasted(form(corrected), progress);
    await second.createRoadmapSheets(form(corrected), progress);

    expect(refErrors(fake)).toEqual([]);
    expect(fake.formulas().filter(([s]) => s === "Мой учёт")).toEqual(userFormulas);
    for (const [name, id] of sheetIds) expect(fake.state.sheets.find((s) => s.id === id)?.name).toBe(name);
    expect(fake.state.sheets.filter((s) => /RM-temp/.test(s.name))).toEqual([]);
    const after = fake.texts(activities);
    const rowOf = (id: string) => after.find((r) => r[a.col(ACTIVITY_HEADERS.id)] === id)!;
    expect(rowOf(a.id)[a.col(ACTIVITY_HEADERS.status)]).toBe("выполнено");
    expect(rowOf(a.id)[a.col(ACTIVITY_HEADERS.doneDate)]).toBe("04.01.2021");
    expect(rowOf(b.id)[b.col(ACTIVITY_HEADERS.note)]).toBe("перенесено на апрель по решению совета");
    expect(getCell(fake.sheet("Лист1")!, 0, 0)?.v).toBe("Рабочая книга района");
  });
});

describe("rangeFromOriginal", () => {
  it("joins the continuation rows of a long cell back and keeps the input row numbers", () => {
    const read = rangeFromOriginal(
      [
        ["Строка", "Столбец 1", "Столбец 2"],
        ["5", "№", "Мероприятие"],
        ["6", "1", "начало "],
        ["6 (продолжение)", "", "конец"],
      ],
      "Исходные данные",
    );
    expect(read).toMatchObject({
      firstRow: 5,
      values: [
        ["№", "Мероприятие"],
        ["1", "начало конец"],
      ],
    });
    expect(rangeFromOriginal([["Строка"]], "x")).toBeNull();
  });
});
