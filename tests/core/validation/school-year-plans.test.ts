import * as fs from "fs";
import * as path from "path";
import { readDocumentText } from "../../../src/core/table";
import { runRoadmapJob } from "../../../src/core/pipeline";

const FIXTURES = path.resolve(__dirname, "../../fixtures/realworld");
const load = (name: string) => readDocumentText(fs.readFileSync(path.join(FIXTURES, name), "utf8"), name);

/** pavskool16.narod.ru/ege15.htm: a school's ЕГЭ plan-graph «в 2012 – 2013 учебном году» (see the .source.md). */
describe("school plan for one school year (МБОУ СОШ № 16, 2012–2013)", () => {
  const job = runRoadmapJob({ document: load("sosh16-ege-2012-2013-plan-grafik.tsv"), asOf: "2013-09-01" });
  const r = job.roadmap;
  const byNumber = (n: string) => r.activities.find((a) => a.number.replace(/\.$/, "") === n)!;

  it("reads the school year from the title", () => {
    expect(r.period).toMatchObject({ start: "2012-09-01", end: "2013-08-31", kind: "school" });
    expect(r.activities).toHaveLength(5);
  });

  it("gives bare months the year of their school year; the opening «Август» is the preceding one", () => {
    expect(byNumber("1").deadline).toMatchObject({ start: "2012-08-01", end: "2012-08-31", augustReading: "preceding" });
    expect(byNumber("2").deadline).toMatchObject({ kind: "interval", start: "2012-09-01", end: "2013-05-31" });
    expect(byNumber("3").deadline).toMatchObject({ start: "2012-09-01", end: "2013-06-30" });
    expect(byNumber("5").deadline).toMatchObject({ kind: "date", start: "2012-10-01", end: "2012-10-31" });
  });

  it("says which August was meant, and never reports a missing year", () => {
    const codes = r.findings.map((f) => f.code);
    expect(codes).not.toContain("deadline.no-year");
    expect(codes).not.toContain("deadline.outside-period");
    const august = r.findings.find((f) => f.code === "deadline.august-reading");
    expect(august?.message).toMatch(/август 2012 года/);
    expect(august?.message).not.toMatch(/deadline|preceding/);
  });

  it("splits persons written with only a space between them", () => {
    expect(byNumber("1").responsible.map((p) => p.name)).toEqual(["Т.И.Герасименко", "Т.В.Лавринова"]);
    expect(byNumber("5").responsible.map((p) => p.name)).toEqual(["Т.В.Лавринова", "Руководители МТГ"]);
  });
});

/** base.garant.ru/405682245: РСО-Алания, ГИА 2023, «(далее - Министерство)» in the responsible cell. */
describe("alias defined in a responsible cell (РСО-Алания, ГИА 2023)", () => {
  const job = runRoadmapJob({ document: load("north-ossetia-gia-2023-dorozhnaya-karta.tsv"), asOf: "2023-01-01" });

  it("names the party by its short name and keeps the long one", () => {
    const [party] = job.roadmap.activities[0].responsible;
    expect(party).toMatchObject({ name: "Министерство", fullName: "Министерство образования и науки Республики Северная Осетия-Алания" });
    const entry = job.directory.find((e) => e.name === "Министерство");
    expect(entry?.aliases).toContain("Министерство образования и науки Республики Северная Осетия-Алания");
  });
});

describe("the same plan over several school years (--period 2012/2013-2013/2014)", () => {
  const job = runRoadmapJob({
    document: load("sosh16-ege-2012-2013-plan-grafik.tsv"),
    asOf: "2013-09-01",
    period: { start: "2012-09-01", end: "2014-08-31", kind: "school" },
  });
  const deadlines = job.roadmap.activities.map((a) => a.deadline);

  it("repeats each bare month in every school year; only the opening August is the preceding one", () => {
    expect(deadlines[0]).toMatchObject({ augustReading: "preceding", occurrences: [{ start: "2012-08-01", end: "2012-08-31" }, { start: "2013-08-01", end: "2013-08-31" }] });
    expect(deadlines[4].occurrences.map((w) => w.start)).toEqual(["2012-10-01", "2013-10-01"]);
    expect(job.roadmap.findings.map((f) => f.code)).not.toContain("deadline.no-year");
  });
});

describe("an August after the school year started closes it", () => {
  // Written in the style of a school's ВСОКО plan: «Содержание работы | Сроки | Ответственные», school year in the title.
  const doc = [
    "План работы по подготовке к ВПР на 2024/2025 учебный год",
    "№ п/п\tСодержание работы\tСроки\tОтветственные",
    "1\tСтартовая диагностика в 5-9 классах\tсентябрь\tзаместитель директора по УВР",
    "2\tАнализ результатов ВПР на заседаниях ШМО\tпо итогам четверти\tруководители ШМО",
    "3\tПроведение ВПР\tапрель – май\tзаместитель директора по УВР, учителя-предметники",
    "4\tКорректировка плана на следующий учебный год\tАвгуст\tМетодический совет школы",
  ].join("\n");
  const job = runRoadmapJob({ document: readDocumentText(doc, "vpr-plan.tsv"), asOf: "2025-01-10" });
  const [first, second, third, fourth] = job.roadmap.activities.map((a) => a.deadline);

  it("reads every deadline inside 2024/2025", () => {
    expect(job.roadmap.period).toMatchObject({ start: "2024-09-01", end: "2025-08-31" });
    expect(first).toMatchObject({ start: "2024-09-01", end: "2024-09-30" });
    expect(second.occurrences.map((w) => w.start)).toEqual(["2024-10-01", "2024-12-01", "2025-03-01", "2025-05-01"]);
    expect(third).toMatchObject({ start: "2025-04-01", end: "2025-05-31" });
    expect(fourth).toMatchObject({ start: "2025-08-01", end: "2025-08-31", augustReading: "closing" });
  });
});

/** base.garant.ru/30523923: regional ГИА-11 plan for 2014 (see the .source.md), a monthly deadline with a day. */
describe("monthly deadline with a day (ГИА-11 2014)", () => {
  const job = runRoadmapJob({ document: load("kbr-gia11-2014-plan.tsv"), asOf: "2014-03-01" });
  const byText = (start: string) => job.roadmap.activities.find((a) => a.text.startsWith(start))!;

  it("reads «до 25 числа каждого месяца» as the 25th of every month of 2014", () => {
    expect(job.roadmap.period).toMatchObject({ start: "2014-01-01", end: "2014-12-31" });
    const d = byText("Составление ежемесячного плана").deadline;
    expect(d).toMatchObject({ kind: "recurring", every: "month" });
    expect(d.occurrences.map((w) => w.start)).toEqual(Array.from({ length: 12 }, (_, i) => `2014-${String(i + 1).padStart(2, "0")}-25`));
  });

  it("keeps ranges, the external schedule and one person per cell", () => {
    expect(byText("Подготовка материалов").deadline).toMatchObject({ start: "2014-01-01", end: "2014-02-28" });
    expect(byText("Обеспечение формирования").deadline.kind).toBe("external");
    expect(job.roadmap.activities).toHaveLength(5);
    expect(job.roadmap.activities.map((a) => a.responsible.map((p) => p.name))).toEqual([
      ["Б.С. Муртазов"], ["Б.С. Муртазов"], ["Ф.Л. Балкизова"], ["Б.С. Муртазов"], ["А.Б. Машуков"],
    ]);
  });
});
