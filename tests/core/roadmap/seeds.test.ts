import { assembleRoadmap, listTables } from "../../../src/core/roadmap";
import { seedDocument } from "./seed-helpers";

const codes = (r: ReturnType<typeof assembleRoadmap>, code: string) => r.findings.filter((f) => f.code === code);

describe("seed roadmaps import with the right counts", () => {
  it.each([
    { file: "podporozhye-2020-2021.txt", activities: 45, sections: [17, 23, 5] },
    { file: "bodaibo-2020-2023.txt", activities: 37, sections: [6, 7, 13, 6, 5] },
    { file: "kuzovatovo-2022.txt", activities: 20, sections: [7, 7, 6] },
    { file: "regional-resources-2020.txt", activities: 16, sections: [16] },
  ])("$file: $activities activities", ({ file, activities, sections }) => {
    const r = assembleRoadmap(seedDocument(file));
    expect(r.activities).toHaveLength(activities);
    expect(r.sections.map((s) => s.activityIds.length)).toEqual(sections);
    expect(new Set(r.activities.map((a) => a.id)).size).toBe(activities);
    expect(r.activities.every((a) => a.responsible.length === 0 && typeof a.responsibleRaw === "string")).toBe(true);
  });

  it("Подпорожский: three stages, the unnumbered row is an activity, numbers glued to <p> text are split", () => {
    const r = assembleRoadmap(seedDocument("podporozhye-2020-2021.txt"));
    expect(r.sections.map((s) => s.title.slice(0, 7))).toEqual(["1 этап ", "2 этап ", "3 этап "]);
    expect(codes(r, "number.missing")).toHaveLength(1);
    const a110 = r.activities.find((a) => a.number === "1.10.");
    expect(a110?.text.startsWith("Оказание образовательным организациям")).toBe(true);
    expect(a110?.deadline).toEqual({ raw: "В течение всего периода", kind: "unparsed", start: null, end: null, occurrences: [] });
    expect(a110?.responsibleRaw).toBe("Информационно-методическая служба");
    const a14 = r.activities.find((a) => a.number === "1.4.");
    expect(a14?.text).toMatch(/работы со школами, имеющими низкие/);
    expect(a14?.sourceRows).toHaveLength(2);
    expect(a14?.original[1]).toContain("\n");
    expect(r.activities.filter((a) => /^\d+\.\d+\.\d+\.$/.test(a.number))).toHaveLength(7);
    expect(codes(r, "text.mixed-script").map((f) => f.data?.words)).toEqual(["выplat"]);
    expect(r.title).toMatch(/^Дорожная карта Программы поддержки школ Подпорожского/);
  });

  it("Бодайбо: 6 repeated headers dropped, split numbers cleaned, broken words joined, the plan table picked", () => {
    const doc = seedDocument("bodaibo-2020-2023.txt");
    const r = assembleRoadmap(doc);
    expect(r.table).toBe(4);
    expect(codes(r, "row.header-repeated")[0].data?.count).toBe(6);
    expect(r.activities.filter((a) => a.section.startsWith("3.")).map((a) => a.number).slice(8)).toEqual(["3.9", "3.10", "3.11", "3.12", "3.13"]);
    expect(r.activities.find((a) => a.number === "3.9")?.responsibleRaw).toBe("Руководители ОО");
    expect(r.activities.find((a) => a.number === "3.9")?.original[2]).toBe("Руководител и ОО");
    expect(codes(r, "text.words-joined").length).toBeGreaterThanOrEqual(5);
    const a21 = r.activities.find((a) => a.number === "2.1");
    expect(a21?.text).toMatch(/«Повышение качества образования в общеобразовательных организациях Бодайбинского района»$/);
    expect(a21?.responsibleRaw).toBe("Управление образования, Ресурсный центр");
    expect(codes(r, "number.duplicate")).toHaveLength(0);
    expect(codes(r, "number.gap")).toHaveLength(0);
    expect(listTables(doc).filter((t) => t.looksLikeRoadmap).map((t) => t.index)).toEqual([4]);
  });

  it("Кузоватово: sections with glued numbers, continuation rows, «Нaleyка» reported not fixed", () => {
    const r = assembleRoadmap(seedDocument("kuzovatovo-2022.txt"));
    expect(r.sections.map((s) => s.title.slice(0, 16))).toEqual(["1. Диагностика ф", "2. Координация р", "3. Деятельность "]);
    expect(r.columns.map((c) => c.role)).toEqual(["number", "activity", "deadline", "responsible", "indicator"]);
    expect(r.activities.find((a) => a.number === "1.6.")?.text).toMatch(/^Участие в анкетировании школы-участницы Проекта/);
    expect(r.activities.find((a) => a.number === "2.6.")?.responsibleRaw).toMatch(/МОУ СШ с\. Студенец, кураторы школ$/);
    expect(r.activities.find((a) => a.number === "1.7.")?.responsibleRaw).toContain("Нaleyка");
    expect(codes(r, "text.mixed-script").length).toBe(5);
    expect(codes(r, "result.missing").map((f) => f.activityId)).toEqual(["2.7"]);
  });

  it("regional: 16 activities under «2020 год» with the year, no responsible column", () => {
    const r = assembleRoadmap(seedDocument("regional-resources-2020.txt"));
    expect(r.sections).toEqual([expect.objectContaining({ title: "2020 год", year: 2020 })]);
    expect(r.columns.map((c) => c.role)).toEqual(["number", "activity", "deadline", "result"]);
    expect(r.activities.every((a) => a.responsibleRaw === "")).toBe(true);
    expect(r.activities[9].text).toMatch(/с низкими результатами обучения и школ, функционирующих в неблагоприятных условиях$/);
    expect(r.activities[13].result).toMatch(/методической, организационной и др\. поддержки$/);
  });
});
