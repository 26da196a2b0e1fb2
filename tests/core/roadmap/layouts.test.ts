/**
 * Layouts of real roadmaps the seeds do not have (issue #15): header bands, column-number rows, start and end
 * columns, plan-graphs with period grids, group rows with their own cells. Tables written in other districts'
 * styles (tests/fixtures/roadmaps) and small made-up cases for each rule.
 */
import { assembleRoadmap, detectColumns } from "../../../src/core/roadmap";
import { isColumnNumberRow } from "../../../src/core/roadmap/header-band";
import { cellQuery, periodQuery } from "../../../src/core/roadmap/periods";
import type { Roadmap } from "../../../src/core/roadmap/types";
import { parseHtmlTables, parseTsv, readDocumentText } from "../../../src/core/table";
import { interpretRoadmap } from "../../../src/core/validation";
import { fixtureText } from "./seed-helpers";
import { lostWords } from "./realworld-helpers";

const roles = (r: Roadmap) => r.columns.map((c) => `${c.role}${c.part ? `:${c.part}` : ""}`);
const interpreted = (text: string, name: string) => interpretRoadmap(assembleRoadmap(readDocumentText(text, name)), { documentText: text }).roadmap;
const tsv = (rows: string[][]) => rows.map((r) => r.join("\t")).join("\n");

describe("tables in other districts' styles", () => {
  it("clipboard HTML: «Сроки» over «начала | окончания» (colspan/rowspan), «Задача 1.» and a group row with parties, <p>/<br> in cells", () => {
    const text = fixtureText("sroki-nachala-okonchaniya.html");
    const r = interpretRoadmap(assembleRoadmap({ tables: parseHtmlTables(text), text: "" }), {}).roadmap;
    expect(r.title).toBe("План мероприятий по повышению качества образования в общеобразовательных организациях Камышинского муниципального района на 2024 год");
    expect(roles(r)).toEqual(["number", "activity", "deadline:start", "deadline:end", "responsible", "reportForm", "indicator"]);
    expect(r.columns.slice(2, 4).map((c) => c.header)).toEqual(["Сроки начала", "Сроки окончания"]);
    expect(r.sections.map((s) => [s.title, s.activityIds, s.responsibleRaw ?? ""])).toEqual([
      ["Задача 1. Выявление школ с низкими результатами обучения", ["1.1", "1.2"], ""],
      ["2. Методическое сопровождение", ["2.1", "2.2"], "Руководители РМО"],
    ]);
    const [a, b, c, d] = r.activities;
    expect(a.text).toBe("Анализ результатов ВПР и ОГЭ 2023 года\nпо каждой школе");
    expect(a.deadline).toMatchObject({ raw: "январь 2024 – февраль 2024", kind: "interval", start: "2024-01-01", end: "2024-02-29" });
    expect(a.deadlineCells?.cells.map((x) => x.text)).toEqual(["январь 2024", "февраль 2024"]);
    expect(a.original[4]).toContain("Отдел образования,");
    expect(b.deadline).toMatchObject({ raw: "01.03.2024 – 15.03.2024", start: "2024-03-01", end: "2024-03-15" });
    // The same month in both columns is one month, written once.
    expect(c.deadline).toMatchObject({ raw: "март 2024", start: "2024-03-01", end: "2024-03-31" });
    expect(c.responsibleRaw).toBe("Руководители РМО");
    expect(r.findings.filter((f) => f.code === "responsible.inherited").map((f) => f.activityId)).toEqual(["2.1"]);
    expect(d.text).toBe("Посещение уроков в школах\n«группы риска»");
    expect([a.reportForm, a.indicator]).toEqual(["Аналитическая справка", "100 % школ"]);
  });

  it("a quarter plan-graph: «График выполнения» over eight quarters, «х» marks, Подпрограмма rows, a column-number row", () => {
    const text = fixtureText("kvartalny-plan-grafik-podprogrammy.tsv");
    const r = interpreted(text, "kvartalny-plan-grafik-podprogrammy.tsv");
    expect(r.title).toBe("План-график реализации муниципальной программы «Развитие образования Сосновского района» на 2024–2025 годы");
    expect(roles(r)).toEqual(["number", "activity", "responsible", ...Array(8).fill("deadline:period"), "result"]);
    expect(r.columns[3].header).toBe("График выполнения I кв. 2024");
    expect(r.sections.map((s) => [s.title, s.activityIds.length])).toEqual([
      ["Подпрограмма 1 «Общее образование»", 3],
      ["Подпрограмма 2 «Дополнительное образование»", 2],
    ]);
    const [a, b, c, d, e] = r.activities;
    expect(a.deadline.raw).toBe("I кв. 2024: х; II кв. 2024: х; I кв. 2025: х; II кв. 2025: х");
    expect(a.deadline.occurrences).toEqual([
      { start: "2024-01-01", end: "2024-03-31" },
      { start: "2024-04-01", end: "2024-06-30" },
      { start: "2025-01-01", end: "2025-03-31" },
      { start: "2025-04-01", end: "2025-06-30" },
    ]);
    // «-», «–» and empty cells are not occurrences; Latin «x» and «X» are marks.
    expect(b.deadline.occurrences.map((o) => o.start)).toEqual(["2024-04-01", "2024-10-01", "2025-04-01"]);
    expect(b.text).toBe("Курсы повышения квалификации учителей\n(по графику ИРО)");
    // A date in a cell is that occurrence's date.
    expect(c.deadline).toMatchObject({ raw: "II кв. 2024: 15.05", kind: "date", start: "2024-05-15", end: "2024-05-15" });
    expect(d.deadline.occurrences.map((o) => o.end)).toEqual(["2024-09-30", "2025-09-30"]);
    expect(e.deadline.occurrences.map((o) => o.start)).toEqual(["2024-10-01", "2025-10-01"]);
    expect(e.result).toBe('Отчёт "О ходе реализации"');
    expect(r.findings.find((f) => f.code === "row.column-numbers")?.row).toBe(5);
    expect(lostWords(r, text)).toEqual([]);
  });

  it("a school plan for objective ВПР: a three-row band (months under years under a group), ●, *, V, +, a date", () => {
    const text = fixtureText("shkola-vpr-obektivnost-po-mesyacam.tsv");
    const r = interpreted(text, "shkola-vpr-obektivnost-po-mesyacam.tsv");
    expect(r.headerRow).toBe(3);
    expect(roles(r)).toEqual(["number", "activity", ...Array(9).fill("deadline:period"), "responsible", "reportForm"]);
    expect(r.columns[6].header).toBe("Месяцы 2024/2025 учебного года 2025 январь");
    expect(r.sections.map((s) => [s.title, s.activityIds])).toEqual([
      ["Направление 1. Организационные меры", ["1.1", "1.2"]],
      ["Направление 2. Объективность оценивания", ["2.1", "2.2", "2.3"]],
    ]);
    const by = (id: string) => r.activities.find((a) => a.id === id)!;
    expect(by("1.1").deadline.occurrences).toEqual([{ start: "2024-09-01", end: "2024-09-30" }]);
    expect(by("1.2").deadline.occurrences.map((o) => o.start)).toEqual(["2024-10-01", "2025-02-01"]);
    expect(by("2.1").deadline.raw).toBe("2025 апрель: *; 2025 май: *");
    expect(by("2.1").deadline.occurrences.map((o) => o.start)).toEqual(["2025-04-01", "2025-05-01"]);
    expect(by("2.2").deadline.occurrences).toHaveLength(2);
    // «25.05» under «май» of 2025: the column gives the year.
    expect(by("2.3").deadline.occurrences).toEqual([
      { start: "2024-10-01", end: "2024-10-31" },
      { start: "2025-05-25", end: "2025-05-25" },
    ]);
    expect(lostWords(r, text)).toEqual([]);
  });
});

describe("layout rules", () => {
  it("column-number rows: rising from 1, any subset where merged columns share a number", () => {
    expect(isColumnNumberRow(["1", "2", "3", "4", "5", "6"])).toBe(true);
    expect(isColumnNumberRow(["1", "2", "", "3", "4"])).toBe(true);
    expect(isColumnNumberRow(["1.", "2.", "3."])).toBe(true);
    expect(isColumnNumberRow(["1", "2"])).toBe(true);
    expect(isColumnNumberRow(["1", "Проведение семинара", "2"])).toBe(false);
    expect(isColumnNumberRow(["2", "3", "4"])).toBe(false);
    expect(isColumnNumberRow(["1", "", ""])).toBe(false);
  });

  it("period headers and grid cells", () => {
    expect(["I кв. 2024", "1 квартал", "IV кв.", "2 четверть", "I полугодие 2025", "сент.", "Январь 2025 г.", "2024", "2024 г."].map(periodQuery)).toEqual([
      "I квартал 2024",
      "I квартал",
      "IV квартал",
      "II четверть",
      "I полугодие 2025",
      "сентябрь",
      "январь 2025",
      "2024",
      "2024",
    ]);
    expect(["Срок", "Ответственный", "2024–2025", "Примечание"].map(periodQuery)).toEqual([null, null, null, null]);
    expect(cellQuery("х", "I квартал 2024", 2024)).toBe("I квартал 2024");
    expect(cellQuery("–", "I квартал 2024", 2024)).toBeNull();
    expect(cellQuery("", "I квартал 2024", 2024)).toBeNull();
    expect(cellQuery("15.02", "I квартал 2024", 2024)).toBe("15.02.2024");
    expect(cellQuery("до 20 марта", "март", 2025)).toBe("до 20 марта 2025");
  });

  it("yearly target values under year columns are not a plan-graph", () => {
    const t = parseTsv(tsv([
      ["№", "Мероприятие", "Срок", "Целевое значение", ""],
      ["", "", "", "2024", "2025"],
      ["1", "Повышение доли выпускников, получивших аттестат", "2024–2025", "95 %", "97 %"],
      ["2", "Снижение доли участников ВПР с отметкой «2»", "ежегодно", "12", "10"],
    ]));
    const layout = detectColumns(t);
    expect(layout.deadlineParts).toEqual([]);
    expect(layout.columns.map((c) => c.role)).toEqual(["number", "activity", "deadline", "indicator", "other"]);
    expect(layout.columns.map((c) => c.header).slice(3)).toEqual(["Целевое значение 2024", "Целевое значение 2025"]);
  });

  it("a column not understood is kept as «other», its text in the activity's extra; two with one header both kept", () => {
    const t = parseTsv(tsv([
      ["№", "Мероприятие", "Сроки", "Ответственные", "Примечание", "Примечание"],
      ["1", "Семинар для заместителей директоров", "март 2024", "ИМЦ", "по заявкам", "очно"],
    ]));
    const r = assembleRoadmap({ tables: [t], text: "" });
    expect(r.activities[0].extra).toEqual({ Примечание: "по заявкам", "Примечание (2)": "очно" });
  });

  it("header wording real tables use, by synonyms", () => {
    const t = parseTsv(tsv([
      ["№", "Содержание работы", "Срок исполнения", "Ответственный исполнитель", "Форма завершения", "Ожидаемые результаты", "Соисполнители"],
      ["1", "Анализ результатов", "май", "Отдел образования", "Справка", "Перечень дефицитов", "ИМЦ"],
    ]));
    expect(detectColumns(t).columns.map((c) => c.role)).toEqual(["number", "activity", "deadline", "responsible", "reportForm", "result", "other"]);
    for (const [header, role] of [
      ["Форма представления результатов", "reportForm"],
      ["Итоговый документ", "reportForm"],
      ["Выход / продукт", "result"],
      ["Исполнители", "responsible"],
      ["Срок проведения", "deadline"],
      ["Дата", "deadline"],
      ["Целевой показатель", "indicator"],
    ] as const) {
      const one = parseTsv(tsv([["№", "Мероприятие", header], ["1", "Семинар", "х"]]));
      expect([header, detectColumns(one).columns[2].role]).toEqual([header, role]);
    }
  });

  it("roles by content where the header names nothing: dates → deadline, bodies and persons → responsible", () => {
    const t = parseTsv(tsv([
      ["1.", "Проведение педагогического совета по итогам ВПР", "сентябрь 2024", "Заместитель директора по УВР Иванова А.А."],
      ["2.", "Посещение уроков учителей, чьи классы показали низкие результаты", "октябрь 2024", "Директор школы"],
      ["3.", "Заседание методического объединения учителей начальных классов", "ноябрь 2024", "Руководитель ШМО"],
    ]));
    expect(detectColumns(t).columns.map((c) => c.role)).toEqual(["number", "activity", "deadline", "responsible"]);
  });

  it("the user's role wins: a period column made «other» leaves the grid; the deadline set by hand is alone", () => {
    const t = parseTsv(tsv([
      ["№", "Мероприятие", "I кв.", "II кв.", "III кв.", "Срок по плану"],
      ["1", "Семинар", "х", "", "х", "март"],
    ]));
    expect(detectColumns(t).deadlineParts.map((p) => p.column)).toEqual([]);
    const grid = parseTsv(tsv([
      ["№", "Мероприятие", "I кв.", "II кв.", "III кв.", "Примечание"],
      ["1", "Семинар", "х", "", "х", "март"],
    ]));
    expect(detectColumns(grid).deadlineParts.map((p) => p.column)).toEqual([2, 3, 4]);
    expect(detectColumns(grid, { 4: "other" }).deadlineParts.map((p) => p.column)).toEqual([2, 3]);
    const byHand = detectColumns(grid, { 5: "deadline" });
    expect(byHand.deadlineParts).toEqual([]);
    expect(byHand.columns.map((c) => c.role)).toEqual(["number", "activity", "other", "other", "other", "deadline"]);
  });

  it("title lines pasted inside the table (Excel rows above the header): skipped to the header, the plan's name is the title", () => {
    const t = parseTsv(tsv([
      ["УТВЕРЖДАЮ", "", "", ""],
      ["Директор МБОУ «СОШ № 3» ________ И.В. Котова", "", "", ""],
      ["План мероприятий по подготовке к ВПР", "", "", ""],
      ["на 2024/2025 учебный год", "", "", ""],
      ["№", "Мероприятие", "Срок", "Ответственный"],
      ["1", "Входная диагностика", "сентябрь", "Заместитель директора по УВР"],
    ]));
    const r = assembleRoadmap({ tables: [t], text: "" });
    expect(r.title).toBe("План мероприятий по подготовке к ВПР на 2024/2025 учебный год");
    expect(r.activities.map((a) => a.text)).toEqual(["Входная диагностика"]);
    expect(r.findings.find((f) => f.code === "row.above-header")?.data?.text).toContain("УТВЕРЖДАЮ");
  });

  it("parts chosen by hand: start and end columns the header does not name, a fifth quarter joining a grid", () => {
    const t = parseTsv(tsv([
      ["№", "Мероприятие", "Срок", "Когда завершить", "Ответственный"],
      ["1", "Мониторинг сайтов школ", "февраль 2025", "апрель 2025", "ИМЦ"],
    ]));
    expect(detectColumns(t).deadlineParts).toEqual([]);
    const byHand = detectColumns(t, { 2: "deadline:start", 3: "deadline:end" });
    expect(byHand.columns.map((c) => `${c.role}${c.part ? `:${c.part}` : ""}`)).toEqual(["number", "activity", "deadline:start", "deadline:end", "responsible"]);
    const r = interpretRoadmap(assembleRoadmap({ tables: [t], text: "" }, { columnRoles: { 2: "deadline:start", 3: "deadline:end" } }), {}).roadmap;
    expect(r.activities[0].deadline).toMatchObject({ raw: "февраль 2025 – апрель 2025", start: "2025-02-01", end: "2025-04-30" });
    const grid = parseTsv(tsv([
      ["№", "Мероприятие", "I кв.", "II кв.", "III кв.", "Итог года"],
      ["1", "Семинар", "х", "", "х", "х"],
    ]));
    expect(detectColumns(grid, { 5: "deadline:period" }).deadlineParts.map((p) => p.column)).toEqual([2, 3, 4, 5]);
  });

  it("a column-number row repeated on a new page is not an activity either, and ids do not shift", () => {
    const t = parseTsv(tsv([
      ["№", "Мероприятие", "Срок", "Ответственный"],
      ["1", "2", "3", "4"],
      ["1.", "Совещание с руководителями ОО", "январь 2025", "Управление образования"],
      ["№", "Мероприятие", "Срок", "Ответственный"],
      ["1", "2", "3", "4"],
      ["2.", "Анализ результатов пробного ОГЭ", "февраль 2025", "ИМЦ"],
    ]));
    const r = assembleRoadmap({ tables: [t], text: "" });
    expect(r.activities.map((a) => [a.id, a.number])).toEqual([
      ["1.1", "1."],
      ["1.2", "2."],
    ]);
    expect(r.findings.find((f) => f.code === "row.column-numbers")?.data).toEqual({ text: "1 | 2 | 3 | 4\n1 | 2 | 3 | 4" });
  });
});

describe("cells with line breaks as Excel and Word put them on the clipboard", () => {
  it("tab-separated text: an Excel-quoted cell with a doubled quote and a line break is one cell", () => {
    const t = parseTsv('№\tМероприятие\tСрок\n1\t"Семинар ""Объективность ВПР""\nдля учителей"\tмарт 2024\n2\tАнализ\tапрель 2024');
    expect(t.cells).toEqual([
      ["№", "Мероприятие", "Срок"],
      ["1", 'Семинар "Объективность ВПР"\nдля учителей', "март 2024"],
      ["2", "Анализ", "апрель 2024"],
    ]);
    const r = assembleRoadmap({ tables: [t], text: "" });
    expect(r.activities.map((a) => a.text)).toEqual(['Семинар "Объективность ВПР"\nдля учителей', "Анализ"]);
  });

  it("clipboard HTML: <br> and <p> inside a cell are line breaks in the cell, not new rows", () => {
    const [t] = parseHtmlTables(
      "<table><tr><td>№</td><td>Мероприятие</td><td>Сроки</td></tr><tr><td>1</td><td><p>Анализ ВПР</p><p>по школам</p></td><td>май<br>2024</td></tr></table>",
    );
    expect(t.cells).toHaveLength(2);
    const r = assembleRoadmap({ tables: [t], text: "" });
    expect(r.activities[0].text).toBe("Анализ ВПР\nпо школам");
    expect(r.activities[0].deadline.raw).toBe("май 2024");
  });
});
