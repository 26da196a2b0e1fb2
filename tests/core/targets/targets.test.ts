import { readFileSync } from "fs";
import * as path from "path";
import { parseTsv, readDocumentText } from "../../../src/core/table";
import { findTargets, targetsFromFile, targetsFromTable, targetsFromText } from "../../../src/core/targets";

const fixture = (...p: string[]) => readFileSync(path.join(__dirname, "../../fixtures", ...p), "utf8");

describe("targets listed in an order's text", () => {
  const doc = readDocumentText(fixture("targets", "severny-order.txt"));
  const found = findTargets(doc, 2025);

  it("reads exactly the order's own five indicators, with their goals", () => {
    expect(found.map((t) => t.text)).toEqual([
      "Доля обучающихся 4-8 классов, получивших отметку «2» по ВПР по математике, не более 12 %",
      "Успеваемость по результатам ОГЭ по русскому языку не ниже 95 %",
      "Доля участников ВПР, подтвердивших отметку по журналу, не менее 70 %",
      "Проведено не менее 6 выездных консультаций методистов в школы",
      "Доля педагогов, имеющих высшую и первую квалификационную категорию, не менее 45 %",
    ]);
    expect(found.map((t) => [t.target?.op, t.target?.value, t.target?.unit])).toEqual([
      ["<=", 0.12, "percent"], [">=", 0.95, "percent"], [">=", 0.7, "percent"], [">=", 6, "count"], [">=", 0.45, "percent"],
    ]);
  });

  it("maps each target to the figure its words name, with the assessment and subject they name", () => {
    expect(found.map((t) => t.numerator)).toEqual(["marks.fail", "marks.passed", "objectivity.confirmed", null, "contingent.teachersTopCategory"]);
    expect(found[0].scope).toEqual({ assessments: ["ВПР"], subjects: ["математ"] });
    expect(found[1].scope).toEqual({ assessments: ["ОГЭ"], subjects: ["русск"] });
  });

  it("the seed passport's list inside a two-column table (Бодайбо) is found too", () => {
    const seed = readFileSync("/work/shared/seeds/bodaibo-2020-2023.txt", "utf8");
    const got = targetsFromText(seed);
    expect(got).toHaveLength(12);
    expect(got[5]).toMatchObject({ numerator: "exam.below", denominator: "exam.participants", target: { op: "<=", value: 0.05 } });
  });

  it("an order without a target list has none (never a built-in list)", () => {
    const doc2 = readDocumentText(fixture("targets", "severny-order.txt").replace(/Целевые индикаторы программы:[\s\S]*?45 %\.\n/, ""));
    expect(findTargets(doc2, 2025)).toEqual([]);
  });
});

describe("targets in a table with year columns (real published table)", () => {
  const table = parseTsv(fixture("realworld", "targets-strategy-2008-2020.tsv"));
  it("takes the column of the as-of year, never the base value, and reads «процентов» as %", () => {
    const in2016 = targetsFromTable(table, 2016);
    expect(in2016).toHaveLength(6);
    expect(in2016[3]).toMatchObject({ id: "4", target: { op: ">=", value: 0.7, unit: "percent" } });
    const in2025 = targetsFromTable(table, 2025);
    expect(in2025[0].target).toMatchObject({ value: 1, unit: "percent" });
    expect(in2025[5].target).toBeNull(); // «-»: no goal for 2020
    expect(targetsFromTable(table, 2016)[5].target).toMatchObject({ value: 56, unit: "count" });
  });
});

describe("a targets file (report --targets)", () => {
  it("one per line, the «Показатель» header skipped", () => {
    const got = targetsFromFile(readDocumentText(fixture("targets", "targets-file.txt")));
    expect(got.map((t) => t.target?.raw)).toEqual(["не менее 98 %", "не менее 3 семинаров"]);
  });
  it("a table with a «Показатель» column and a «Целевое значение» column", () => {
    const got = targetsFromFile(readDocumentText("Показатель\tЦелевое значение\nКачество знаний по ВПР\t55\nДоля «2» по ОГЭ по математике\tне более 3 %\n"));
    expect(got.map((t) => [t.text, t.target?.raw, t.numerator])).toEqual([
      ["Качество знаний по ВПР", "не менее 55 %", "marks.good"],
      ["Доля «2» по ОГЭ по математике", "не более 3 %", "marks.fail"],
    ]);
  });
});

describe("targets in an order's Word file", () => {
  it("a numbered Word list under «Основные показатели (индикаторы)» (.docx via mammoth)", async () => {
    const { AlignmentType, Document, LevelFormat, Packer, Paragraph } = await import("docx");
    const { readDocx } = await import("../../../src/core/table");
    const items = ["Качество знаний по итогам ВПР не ниже 45 %", "Доля обучающихся, получивших «2» по ОГЭ по математике, не более 3 %", "Проведено не менее 8 методических выездов"];
    const doc = new Document({
      numbering: { config: [{ reference: "n", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT }] }] },
      sections: [{ children: [
        new Paragraph("Паспорт программы"),
        new Paragraph("Основные показатели (индикаторы) программы:"),
        ...items.map((t) => new Paragraph({ text: t, numbering: { reference: "n", level: 0 } })),
        new Paragraph("Сроки реализации программы: 2025–2026 годы."),
      ] }],
    });
    const read = await readDocx(new Uint8Array(await Packer.toBuffer(doc)), "приказ.docx");
    const got = findTargets(read, 2025);
    expect(got.map((t) => t.text)).toEqual(items);
    expect(got.map((t) => t.numerator)).toEqual(["marks.good", "marks.fail", null]);
  });
});
