/**
 * The pane's jobs over the real Office.js edge (src/excel) and the recording Excel fake: what a user does in
 * the pane, checked against the workbook it leaves.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createOfficeHost } from "../../../src/excel";
import { getCell, createFakeOffice, type FakeOffice } from "../../helpers/fake-excel";
import { setCell } from "../../helpers/fake-excel/cells";
import { createPaneJobs, readDirectory, resultsDocumentFromPaste } from "../../../src/taskpane/jobs";
import { ACTIVITY_HEADERS, DIRECTORY_HEADERS } from "../../../src/core/sheets/roadmap";
import type { JobProgress, RoadmapForm } from "../../../src/taskpane/types";
import { envOf } from "../../excel/plans";

const ROADMAP = [
  "№\tМероприятие\tСрок исполнения\tОтветственный\tОжидаемый результат",
  "1.\tПодготовительный этап\t\t\t",
  "1.1.\tАнализ результатов оценочных процедур школ\tдо 01.03.2024\tОтдел образования\tАналитическая справка",
  "1.2.\tСеминар для заместителей директоров по УВР\tапрель 2024\tМетодический центр\tПрограмма семинара",
  "1.3.\tПосещение уроков в школах с низкими результатами\tв течение года\tОО\t",
].join("\n");
const progress: JobProgress = { report: () => undefined, isCancelled: () => false };
const form = (over: Partial<RoadmapForm> = {}): RoadmapForm => ({
  pasted: { kind: "text", content: ROADMAP },
  periodStart: "2024-01-01",
  periodEnd: "2024-12-31",
  asOf: "2024-05-15",
  ...over,
});

function setup() {
  const fake = createFakeOffice();
  fake.addUserSheet("Мероприятия", [["Свой лист пользователя"]]);
  const host = createOfficeHost({ env: envOf(fake) });
  return { fake, host, jobs: createPaneJobs(host) };
}

/** Types into the sheet the way a user does: the cell in the row of activity `id`, column `header`. */
function typeInto(fake: FakeOffice, sheet: string, id: string, header: string, text: string) {
  const rows = fake.texts(sheet);
  const headerRow = rows.findIndex((r) => r.includes(ACTIVITY_HEADERS.id));
  const col = rows[headerRow].indexOf(header);
  const row = rows.findIndex((r, i) => i > headerRow && r[rows[headerRow].indexOf(ACTIVITY_HEADERS.id)] === id);
  setCell(fake.sheet(sheet)!, row, col, { v: text });
}

describe("roadmap flow over the Excel fake", () => {
  it("writes next to the user's own «Мероприятия» and points findings at the activity rows", async () => {
    const { fake, jobs } = setup();
    await jobs.importRoadmapPasted(form(), progress);
    const out = await jobs.createRoadmapSheets(form(), progress);
    expect(fake.texts("Мероприятия")).toEqual([["Свой лист пользователя"]]);
    const ours = fake.state.sheets.map((s) => s.name).find((n) => n.startsWith("Мероприятия ("));
    expect(ours).toBeDefined();
    const f = out.findings!.find((x) => x.activityId && x.target);
    expect(f?.target?.sheet).toBe(ours);
    const row = Number(f!.target!.address.slice(1)) - 1;
    const idCol = fake.texts(ours!)[3].indexOf(ACTIVITY_HEADERS.id);
    expect(getCell(fake.sheet(ours!)!, row, idCol)?.v).toBe(f!.activityId);
  });

  it("«Проверить снова» keeps the statuses and notes the user typed, by activity id", async () => {
    const { fake, jobs } = setup();
    await jobs.importRoadmapPasted(form(), progress);
    await jobs.createRoadmapSheets(form(), progress);
    const sheet = fake.state.sheets.map((s) => s.name).find((n) => n.startsWith("Мероприятия ("))!;
    const ids = fake.texts(sheet).slice(4).map((r) => r[0]).filter(Boolean);
    typeInto(fake, sheet, ids[0], ACTIVITY_HEADERS.status, "выполнено");
    typeInto(fake, sheet, ids[1], ACTIVITY_HEADERS.note, "перенесли на май");
    const out = await jobs.recheckRoadmap(form(), progress);
    expect(out.summary).toMatch(/Сохранены отметки/);
    const after = fake.texts(sheet);
    const header = after[3];
    const rowOf = (id: string) => after.find((r) => r[0] === id)!;
    expect(rowOf(ids[0])[header.indexOf(ACTIVITY_HEADERS.status)]).toBe("выполнено");
    expect(rowOf(ids[1])[header.indexOf(ACTIVITY_HEADERS.note)]).toBe("перенесли на май");
    expect(fake.state.sheets.filter((s) => s.name.startsWith("Мероприятия"))).toHaveLength(2);
  });

  it("changing a column's role re-runs the analysis without writing", async () => {
    const { fake, jobs } = setup();
    const first = await jobs.importRoadmapPasted(form(), progress);
    expect(first.columns?.find((c) => c.index === 4)?.role).toBe("result");
    const writes = fake.stats.syncCount;
    const out = await jobs.remapRoadmapColumns(form({ columnRoles: { 4: "other" } }), progress);
    expect(out.columns?.find((c) => c.index === 4)?.role).toBe("other");
    expect(fake.stats.syncCount).toBe(writes);
  });

  it("the report takes the ticked roadmap with the user's statuses and writes «Свод по району»", async () => {
    const { fake, jobs } = setup();
    await jobs.importRoadmapPasted(form(), progress);
    await jobs.createRoadmapSheets(form(), progress);
    const sheet = fake.state.sheets.map((s) => s.name).find((n) => n.startsWith("Мероприятия ("))!;
    const ids = fake.texts(sheet).slice(4).map((r) => r[0]).filter(Boolean);
    typeInto(fake, sheet, ids[0], ACTIVITY_HEADERS.status, "выполнено");
    const sources = jobs.reportSources();
    expect(sources.roadmaps).toHaveLength(1);
    expect(sources.roadmaps[0].inWorkbook).toBe(true);
    const out = await jobs.buildReport(
      { asOf: "2024-05-15", newWorkbook: false, district: "Энский район", roadmapIds: [sources.roadmaps[0].id], resultIds: [] },
      progress,
    );
    expect(out.summary).toMatch(/Свод сформирован в этой книге.*1 дорожная карта/);
    expect(fake.state.sheets.map((s) => s.name)).toContain("Свод по району");
    // The roadmap sheets were rewritten by the report: the user's status is still there.
    const rows = fake.texts(sheet);
    expect(rows.find((r) => r[0] === ids[0])![rows[3].indexOf(ACTIVITY_HEADERS.status)]).toBe("выполнено");
  });

  it("the report with nothing ticked says what to do", async () => {
    const { jobs } = setup();
    await expect(jobs.buildReport({ asOf: "2024-05-15", newWorkbook: false }, progress)).rejects.toThrow(/Нечего сводить/);
  });
});

describe("results flow", () => {
  const tsv = readFileSync(join(__dirname, "../../../samples/results/vpr-2024-5kl-statistika.tsv"), "utf8");

  it("reads a pasted ФИС ОКО paste as one grid, not many document tables", () => {
    const doc = resultsDocumentFromPaste({ kind: "text", content: tsv });
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].cells.length).toBeGreaterThan(20);
  });

  it("recognises assessment, subject, grade, schools and reference rows, then writes the indicators", async () => {
    const { fake, jobs } = setup();
    const out = await jobs.importResults({ pasted: { kind: "text", content: tsv }, asOf: "2024-06-30" }, progress);
    expect(out.recognised?.map((r) => r.subject.toLowerCase())).toEqual(["математика", "русский язык"]);
    expect(out.recognised?.[0]).toMatchObject({ grade: "5", year: "2024", schools: 9 });
    expect(out.recognised?.[0].references).toContain("Вся выборка");
    expect(jobs.reportSources().results).toHaveLength(1);
    await jobs.computeIndicators({ pasted: null, asOf: "2024-06-30" }, progress);
    expect(fake.state.sheets.map((s) => s.name)).toContain("Показатели");
    expect(jobs.reportSources().results[0].inWorkbook).toBe(true);
  });

  it("an unrecognisable paste is a Russian message, not a crash", async () => {
    const { jobs } = setup();
    const junk = "просто текст\nещё строка без таблицы";
    await expect(jobs.importResults({ pasted: { kind: "text", content: junk }, asOf: "2024-06-30" }, progress)).rejects.toThrow(
      /Не удалось распознать таблицу результатов/,
    );
  });
});

describe("readDirectory", () => {
  it.each([
    [["Отдел образования", "орган / организация", "ОО; отдел", "", "да"], { name: "Отдел образования", kind: "body", aliases: ["ОО", "отдел"], confirmed: true }],
    [["Иванова О.А.", "сотрудник", "", "", "нет"], { name: "Иванова О.А.", kind: "person", aliases: [], confirmed: false }],
    [["КО", "орган", "", "Комитет образования", "Да"], { name: "КО", kind: "body", expansion: "Комитет образования", confirmed: true }],
    [["Руководители ОО", "должность / роль", "", "", ""], { name: "Руководители ОО", kind: "role", confirmed: false }],
  ])("reads the row %j", (row, expected) => {
    const values = [["Справочник…"], [...DIRECTORY_HEADERS], row, ["", "", "", "", ""]];
    expect(readDirectory(values)).toEqual([expect.objectContaining(expected)]);
  });

  it("finds the header below rows the user inserted, and returns nothing without one", () => {
    expect(readDirectory([["x"], ["y"], [...DIRECTORY_HEADERS], ["Школа № 1", "школа", "", "", "да"]])).toHaveLength(1);
    expect(readDirectory([["Название"], ["Школа № 1"]])).toEqual([]);
  });
});
