/**
 * Real roadmaps and plan-graphs collected for issue #15 (tests/fixtures/realworld, each with a .source.md
 * naming its URL, region and year). Facts about parties and the deadline grammar are asserted by their own
 * modules' tests; here: the layout — columns, sections, activity counts, deadlines' raw and kind, no lost word.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { assembleRoadmap } from "../../../src/core/roadmap";
import { parseTsv } from "../../../src/core/table";
import { REALWORLD, byNumber, importReal, lostWords } from "./realworld-helpers";

const imp = (slug: string) => importReal(REALWORLD, slug);
const roles = (r: ReturnType<typeof imp>["roadmap"]) => r.columns.map((c) => `${c.role}${c.part ? `:${c.part}` : ""}`);

describe("collected real roadmaps (tests/fixtures/realworld)", () => {
  it("every fixture has its .source.md with URL, region, year and facts", () => {
    const files = fs.readdirSync(REALWORLD).filter((f) => f.endsWith(".tsv") || f.endsWith(".html"));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) {
      const md = fs.readFileSync(path.join(REALWORLD, f.replace(/\.(tsv|html)$/, ".source.md")), "utf8");
      expect(md).toMatch(/\*\*URL:\*\* https?:\/\//);
      expect(md).toMatch(/\*\*Region:\*\*/);
      expect(md).toMatch(/## Facts a correct import must get\n1\. /);
    }
  });

  it("krasnodarskiy-kray-gia11-2016-dorozhnaya-karta (base.garant.ru/43653516): Roman section, two activities, «июль - август 2015»", () => {
    const { roadmap: r, text } = imp("krasnodarskiy-kray-gia11-2016");
    expect(roles(r)).toEqual(["number", "activity", "deadline", "responsible"]);
    expect(r.sections.map((s) => [s.title, s.activityIds.length])).toEqual([["I. Анализ работы по подготовке и проведению ГИА-11 в 2015 году", 2]]);
    for (const a of r.activities) expect(a.deadline).toMatchObject({ raw: "июль - август 2015", kind: "interval", start: "2015-07-01", end: "2015-08-31" });
    expect(byNumber(r, "2").text).toContain("(в срок до 10 августа 2015 года)");
    expect(lostWords(r, text)).toEqual([]);
  });

  it("kbr-gia11-2014-plan-meropriyatiy (base.garant.ru/30523923): numbering restarts in each Roman section", () => {
    const { roadmap: r, text } = imp("kbr-gia11-2014");
    expect(r.sections.map((s) => [s.title, s.activityIds])).toEqual([
      ["I. Нормативно-правовое и методическое сопровождение ГИА", ["1.1", "1.2"]],
      ["II. Организационное сопровождение ГИА-11", ["2.1", "2.2", "2.3"]],
    ]);
    expect(r.activities.map((a) => a.number)).toEqual(["1", "2", "1", "2", "3"]);
    expect(r.findings.filter((f) => f.code.startsWith("number."))).toEqual([]);
    expect(r.activities.map((a) => a.deadline.kind)).toEqual(["ongoing", "interval", expect.any(String), "interval", "external"]);
    expect(r.activities[2].deadline.raw).toBe("до 25 числа каждого месяца");
    expect(r.activities.map((a) => a.responsibleRaw)).toEqual(["Б.С. Муртазов", "Б.С. Муртазов", "Ф.Л. Балкизова", "Б.С. Муртазов", "А.Б. Машуков"]);
    expect(lostWords(r, text)).toEqual([]);
  });

  it("pavlovskaya-sosh16-ege-2012-2013-plan-grafik (pavskool16.narod.ru): approval lines above, multi-line cells, an empty «Корректировка плана»", () => {
    const { roadmap: r, text } = imp("pavlovskaya-sosh16");
    expect(r.title).toBe("План-график мероприятий по организации и обеспечению проведения единого государственного экзамена в 2012 – 2013 учебном году");
    expect(roles(r)).toEqual(["number", "activity", "deadline", "other", "responsible"]);
    expect(r.columns[3].header).toBe("Корректировка плана");
    expect(r.activities).toHaveLength(5);
    expect(r.activities[0].text).toBe(
      "Издание\nраспорядительных документов о назначении школьного администратора ЕГЭ,\nутверждении плана-графика подготовки к единому государственному экзамену в\n2012 – 2013 учебном году.",
    );
    expect(r.activities.map((a) => a.deadline.raw)).toEqual(["Август", "Сентябрь-май", "Сентябрь-июнь", "Сентябрь-июнь", "Октябрь"]);
    expect(r.activities.map((a) => a.deadline.kind)).toEqual(["date", "interval", "interval", "interval", "date"]);
    expect(r.activities[4].responsibleRaw).toBe("Т.В.Лавринова Руководители МТГ");
    expect(lostWords(r, text)).toEqual([]);
  });

  it("severnaya-osetiya-gia-2023-dorozhnaya-karta (base.garant.ru/405682245): a result column, a bare month", () => {
    const { roadmap: r, text } = imp("severnaya-osetiya");
    expect(roles(r)).toEqual(["number", "activity", "deadline", "responsible", "result"]);
    expect(r.sections.map((s) => [s.title, s.activityIds.length])).toEqual([["I. Мероприятия по повышению качества преподавания учебных предметов", 1]]);
    const a = byNumber(r, "1.1");
    expect(a.deadline.raw).toBe("октябрь");
    expect(a.result).toMatch(/^Информационное сопровождение организации и проведения/);
    expect(lostWords(r, text)).toEqual([]);
  });

  it("rosobrnadzor-vpr-2024-grafik-resursov (consultant.ru LAW_469003): due-by dates, a line break inside a responsible cell", () => {
    const { roadmap: r, text } = imp("rosobrnadzor-vpr-2024");
    expect(r.activities).toHaveLength(5);
    expect(r.activities.map((a) => a.deadline.end)).toEqual(["2024-02-09", "2024-02-09", "2024-02-09", "2024-02-14", "2024-02-14"]);
    expect(r.activities.every((a) => a.deadline.byDate)).toBe(true);
    expect(r.activities[0].original[3]).toBe(
      "Федеральный организатор,\nОрганы исполнительной власти субъектов Российской Федерации, осуществляющие государственное управление в сфере образования (ОИВ)",
    );
    expect(lostWords(r, text)).toEqual([]);
  });

  it("ozersk-2011-2013-setevoy-plan-grafik-kvartaly (chelyab-gov.ru/doc/119281): a group header over four quarter columns, a column-number row", () => {
    const { roadmap: r, text } = imp("ozersk-2011-2013");
    expect(roles(r)).toEqual(["number", "activity", "indicator", "deadline:period", "deadline:period", "deadline:period", "deadline:period"]);
    expect(r.columns[5].header).toBe("Сроки выполнения Программы: 2011 - 2013 гг. III квартал");
    expect(r.headerRow).toBe(2);
    expect(r.findings.find((f) => f.code === "row.column-numbers")?.row).toBe(3);
    expect(r.activities).toHaveLength(0);
    expect(lostWords(r, text)).toEqual([]);
    // Pasted as a table (the clipboard), the cut last row is the first section.
    const pasted = assembleRoadmap({ tables: [parseTsv(text)], text: "" });
    expect(pasted.sections.map((s) => s.title)).toEqual(["1. Создание нормативно-правов"]);
  });

  it("krasnodar-2008-setevoy-grafik-pnpo (base.garant.ru/24036220): «Плановое начало | Плановое окончание», «Приоритет:» group row", () => {
    const { roadmap: r, text } = imp("krasnodar-2008");
    expect(roles(r)).toEqual(["number", "activity", "indicator", "responsible", "deadline:start", "deadline:end"]);
    expect(r.sections.map((s) => [s.title, s.activityIds])).toEqual([["1 Приоритет: Реализация регионального комплексного проекта модернизации образования", ["1.1"]]]);
    expect(byNumber(r, "1.1").deadline).toMatchObject({ raw: "20.03.2008 – 30.12.2008", kind: "interval", start: "2008-03-20", end: "2008-12-30" });
    expect(byNumber(r, "1.1").deadlineCells?.cells.map((c) => [c.part, c.text])).toEqual([
      ["start", "20.03.2008"],
      ["end", "30.12.2008"],
    ]);
    expect(lostWords(r, text)).toEqual([]);
  });

  it.todo("persons with only spaces between them and «(далее - X)» aliases in these fixtures: asserted by src/core/parties (issue #15, parties part)");
  it.todo("«до 25 числа каждого месяца» and bare months of the 2012/2013 school year: asserted by src/core/deadlines (issue #15, calendar part)");
});
