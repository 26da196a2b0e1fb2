import { assembleRoadmap, detectColumns } from "../../../src/core/roadmap";
import { parseHtmlTables, parseTsv, readDocumentText } from "../../../src/core/table";
import { fixtureText } from "./seed-helpers";

const codes = (r: ReturnType<typeof assembleRoadmap>) => r.findings.map((f) => `${f.code}@${f.activityId ?? f.row}`);

describe("roadmaps the product has not seen (tests/fixtures/roadmaps)", () => {
  it("6 columns in another order, numbering restarting per section, a repeated number, «Формы отчётных документов»", () => {
    const r = assembleRoadmap(readDocumentText(fixtureText("columns-reordered.tsv"), "columns-reordered.tsv"));
    expect(r.columns.map((c) => c.role)).toEqual(["deadline", "number", "activity", "responsible", "result", "reportForm"]);
    expect(r.sections.map((s) => s.activityIds.length)).toEqual([4, 3, 2]);
    expect(r.title).toMatch(/^План-график мероприятий .* на 2023-2024 годы$/);
    const seminar = r.activities.find((a) => a.id === "2.2");
    expect(seminar?.text).toBe("Семинары для учителей русского языка по критериям оценивания и подготовки к ВПР");
    expect(seminar?.reportForm).toBe("Программа семинара План-конспект");
    expect(r.activities[2].responsibleRaw).toBe("Руководители ОУ, методический кабинет");
    expect(codes(r)).toEqual(
      expect.arrayContaining(["number.duplicate@1.4", "number.gap@2.3", "result.missing@2.3", "row.header-repeated@16", "text.words-joined@1.3"]),
    );
    expect(codes(r).filter((c) => c.startsWith("number.duplicate"))).toHaveLength(1);
  });

  it("no responsible column, empty № header, year rows, two activities in one row, Latin letters", () => {
    const r = assembleRoadmap({ tables: [parseTsv(fixtureText("no-responsible.tsv"))], text: "" });
    expect(r.columns.map((c) => c.role)).toEqual(["number", "activity", "deadline", "result"]);
    expect(r.sections.map((s) => [s.title, s.year, s.activityIds.length])).toEqual([
      ["2024 год", 2024, 4],
      ["2025 год", 2025, 3],
    ]);
    expect(r.activities[5].text).toBe("Посещение уроков кураторами\nАнализ рабочих программ");
    expect(codes(r)).toEqual(
      expect.arrayContaining(["number.gap@1.3", "row.multiple-activities@2.2", "text.mixed-script@2.3", "result.missing@2.3"]),
    );
    expect(codes(r).filter((c) => c.startsWith("number.gap"))).toHaveLength(1);
  });

  it("clipboard HTML with rowspan, colspan section rows, a repeated header, lists and entities", () => {
    const tables = parseHtmlTables(fixtureText("rowspan.html"));
    const r = assembleRoadmap({ tables, text: "" });
    expect(r.title).toBe("Дорожная карта по сопровождению школ с низкими образовательными результатами Приозёрного района на 2025 год");
    expect(r.sections.map((s) => s.title)).toEqual(["1. Диагностика", "2. Методическая поддержка"]);
    expect(r.activities.map((a) => a.deadline.raw)).toEqual([
      "Январь–февраль 2025",
      "Январь–февраль 2025",
      "Март 2025",
      "В течение года",
      "Ежеквартально",
      "Апрель, октябрь 2025",
    ]);
    expect(r.activities.slice(3).map((a) => a.responsibleRaw)).toEqual(Array(3).fill("ИМЦ, руководители ОО"));
    expect(r.activities[1].text).toBe("Анкетирование педагогов:\n• учителей математики;\n• учителей русского языка");
    expect(r.activities[2].text).toBe("Собеседование с руководителями\nшкол «группы риска»");
    expect(r.activities[3].text).toBe("Курсы повышения квалификации & стажировки");
    expect(codes(r)).toEqual(["result.missing@1.3", "row.header-repeated@7"]);
  });

  it("a school plan as a markdown pipe table inside a document, with a «Статус» column kept as extra", () => {
    const doc = readDocumentText(fixtureText("pipe-document.md"));
    const r = assembleRoadmap(doc);
    expect(r.activities.map((a) => a.extra?.["Статус"])).toEqual(["выполнено", "в работе", "запланировано"]);
    expect(r.activities.map((a) => a.number)).toEqual(["", "", ""]);
    expect(r.findings.filter((f) => f.code === "number.missing")).toHaveLength(0);
    expect(r.activities[0].sourceRows).toEqual([7]);
  });

  it("user overrides win: a column re-labelled moves the role", () => {
    const table = parseTsv(fixtureText("columns-reordered.tsv").split("\n").slice(4).join("\n"));
    const layout = detectColumns(table, { 5: "result", 4: "other" });
    expect(layout.columns.map((c) => c.role)).toEqual(["deadline", "number", "activity", "responsible", "other", "result"]);
    const r = assembleRoadmap({ tables: [table], text: "" }, { columnRoles: { 5: "result", 4: "other" } });
    expect(r.activities[0].result).toBe("Справка");
    expect(r.activities[0].extra).toEqual({ "Ожидаемый результат": "Аналитическая справка по каждой школе" });
  });
});
