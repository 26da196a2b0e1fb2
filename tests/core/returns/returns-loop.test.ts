/**
 * The whole loop on an order's roadmap: forms for three schools, filled as schools fill them (one sorts its rows,
 * one deletes a row and types comments, one never answers), collected, and every count of the consolidated picture.
 */
import { buildSchoolForm, type collectReturns } from "../../../src/core/returns";
import type { runReportJob } from "../../../src/core/pipeline";
import { A, AS_OF, B, C, SCHOOLS, formOf, roadmap, schoolLoop } from "./loop";

describe("forms out", () => {
  it("gives each school the activities addressed to schools in general and to it by name", () => {
    const ids = (school: string) => buildSchoolForm({ roadmap, school, schools: SCHOOLS, created: AS_OF }).activityIds;
    const general = ["1.2", "1.4", "2.1", "2.2", "2.3", "3.1", "3.4"];
    expect(ids(C)).toEqual(general);
    expect(ids(A)).toEqual([...general.slice(0, 6), "3.3", "3.4"]);
    expect(ids(B)).toEqual(ids(A));
  });

  it("writes a protected sheet whose input cells are open, with the school and roadmap recorded", async () => {
    const bytes = await formOf(A);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const ws = wb.getWorksheet("Отчёт школы")!;
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.getCell("E8").protection?.locked).toBe(false);
    expect(ws.getCell("C8").protection?.locked).not.toBe(false);
    expect(ws.getCell("B2").value).toBe(A);
    expect(wb.getWorksheet("Сведения о форме")!.state).toBe("hidden");
    expect(ws.getRow(7).values).toEqual([
      undefined,
      "ID",
      "№",
      "Мероприятие",
      "Срок",
      "Статус",
      "Дата выполнения",
      "Подтверждение",
      "Комментарий",
    ]);
  });
});

describe("answers in", () => {
  let report: ReturnType<typeof runReportJob>;
  let collected: ReturnType<typeof collectReturns>;

  beforeAll(async () => {
    ({ collected, report } = await schoolLoop());
  });

  it("expects the schools the forms were made for and lists the one that did not answer", () => {
    expect(report.report.returns.map((r) => [r.school, r.received, r.file])).toEqual([
      [A, true, "отчет красноборская.xlsx"],
      [B, true, "Черевково_ДК.xlsx"],
      [C, false, null],
    ]);
    expect(collected.findings.find((f) => f.code === "returns.missing")?.message).toContain(C);
  });

  it("keeps the newer of two returns from one school and names the other", () => {
    const dup = collected.findings.find((f) => f.code === "returns.duplicate")!;
    expect(dup.message).toContain("Красноборская (черновик).xlsx");
    expect(dup.message).toContain("учтён более новый «отчет красноборская.xlsx»");
  });

  it("names and skips a file that is not a return", () => {
    expect(collected.skipped.map((s) => s.file)).toEqual(["Результаты ВПР.xlsx"]);
  });

  it("reads a sorted return by ID and counts its states", () => {
    const a = report.report.execution.bySchool.find((s) => s.name === A)!;
    expect(a).toEqual({
      name: A,
      received: true,
      total: 8,
      done: 3,
      inProgress: 2,
      overdue: 1,
      planned: 2,
      doneShare: 3 / 8,
    });
  });

  it("reads a return with a deleted row, says so, and keeps the activity", () => {
    const b = report.report.execution.bySchool.find((s) => s.name === B)!;
    expect(b).toEqual({
      name: B,
      received: true,
      total: 8,
      done: 3,
      inProgress: 1,
      overdue: 2,
      planned: 2,
      doneShare: 3 / 8,
    });
    const findings = report.report.returns.find((r) => r.school === B)!.findings;
    expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(["returns.rows-deleted", "returns.bad-date"]));
    expect(findings.find((f) => f.code === "returns.rows-deleted")!.message).toContain("2.2");
  });

  it("counts a school that never answered by its deadlines", () => {
    const c = report.report.execution.bySchool.find((s) => s.name === C)!;
    expect(c).toEqual({
      name: C,
      received: false,
      total: 7,
      done: 0,
      inProgress: 0,
      overdue: 3,
      planned: 4,
      doneShare: 0,
    });
  });

  it("shows per activity which schools have not done it", () => {
    const byId = new Map(report.report.execution.acrossSchools.map((a) => [a.id, a]));
    expect(byId.get("3.3")).toMatchObject({ schools: 2, done: 0, overdue: 2, notDone: [A, B] });
    expect(byId.get("1.2")).toMatchObject({ schools: 3, done: 2, overdue: 1, notDone: [C] });
    expect(byId.get("2.2")).toMatchObject({ schools: 3, done: 0, notDone: [A, B, C] });
  });

  it("keeps each school's comment and evidence verbatim, and a non-date beside the comment", () => {
    const b = collected.schools.find((s) => s.school === B)!;
    const a21 = b.activities.find((a) => a.id === "2.1")!;
    expect(a21).toMatchObject({
      status: "выполнено",
      doneDate: "2025-06-10",
      evidence: "https://cherevkovo.example/kpk",
      note: "-2 учителя не прошли КПК",
    });
    expect(b.activities.find((a) => a.id === "2.3")!.note).toBe("Дата выполнения: в течение года");
    expect(b.activities.find((a) => a.id === "1.2")!.doneDate).toBe("2025-02-15");
  });

  it("adds the returns sheets and a paragraph to the note", async () => {
    const names = report.plan.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Ответы школ", "Статусы по школам", "Комментарии школ"]));
    const note = report.noteText;
    expect(note).toContain("получены отчёты 2 из 3 школ");
    expect(note).toContain(`Не представили отчёт: ${C}`);
    expect(note).toMatch(/Черевковская СОШ» — просрочено 2 из 8 мероприятий, выполнено 3 \(37,5/);
  });
});
