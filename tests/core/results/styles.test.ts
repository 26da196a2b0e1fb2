import { readFileSync } from "node:fs";
import * as path from "node:path";
import { computeIndicators, DEFAULT_SETTINGS } from "../../../src/core/indicators";
import { type ResultSet, readResults } from "../../../src/core/results";
import { parseTsv } from "../../../src/core/table";

/** Tables written in other districts' styles (tests/fixtures/results-styles/*.source.md say which). */
function read(name: string, opts = {}): ResultSet {
  const text = readFileSync(path.join(__dirname, "../../fixtures/results-styles", `${name}.tsv`), "utf8");
  return readResults([parseTsv(text, { kind: "tsv", sheet: `${name}.tsv`, firstRow: 1, firstColumn: 1 })], opts);
}
const codes = (r: ResultSet) => r.findings.map((f) => f.code);

describe("per-school ЕГЭ summary: school, participants, average score, share who passed", () => {
  const r = read("ege-summary-verkhnekamsk");
  const t = r.tables[0];
  it("is read as a summary of the ЕГЭ in Russian, 2024", () => {
    expect(t).toMatchObject({ layout: "counts", assessment: "ЕГЭ", subject: "Русский язык", year: "2024" });
  });
  it("has the five schools with their participants; the district row is a comparison row", () => {
    expect(t.schools.map((s) => [s.school, s.participants])).toEqual([
      ['МАОУ "Лицей № 1" г. Верхнекамска', 64], ['МАОУ "СОШ № 3" г. Верхнекамска', 41], ['МБОУ "Гимназия № 5" г. Верхнекамска', 38],
      ['МБОУ "Ключевская СОШ"', 9], ['МКОУ "Усть-Березовская ООШ"', 0],
    ]);
    expect(t.references.map((x) => x.school)).toEqual(["Итого по округу"]);
  });
  it("keeps the stated figures and uses them, marked as stated", () => {
    const a = computeIndicators(r, DEFAULT_SETTINGS).assessments[0];
    const s3 = a.schools.find((s) => /СОШ № 3/.test(s.school));
    expect(s3?.stated).toMatchObject({ participants: 41, meanScore: 66.8, successRate: 0.976 });
    expect(s3?.meanScore).toBeCloseTo(66.8, 6);
    expect(s3?.successRate).toBeCloseTo(0.976, 6);
    expect(s3?.belowThresholdShare).toBeCloseTo(1 / 41, 6);
    expect(s3?.fromStated).toEqual(expect.arrayContaining(["meanScore", "successRate"]));
    // The district from the schools, weighted by participants (never an average of school percentages).
    expect(a.district.participants).toBe(152);
    expect(a.district.meanScore).toBeCloseTo((64 * 74.2 + 41 * 66.8 + 38 * 71.5 + 9 * 58.1) / 152, 6);
    expect(a.district.belowThresholdShare).toBeCloseTo(2 / 152, 6);
  });
  it("checks the district row against its schools and finds them equal", () => expect(codes(r)).not.toContain("results.district-mismatch"));
});

describe("per-student list with «Итоговая оценка» / «Оценка в журнале»", () => {
  const r = read("students-itogovaya-ocenka");
  const t = r.tables[0];
  it("counts marks per school; «н» is absent, not a participant", () => {
    expect(t.layout).toBe("students");
    expect(t.schools.map((s) => [s.school, s.participants, s.marks, s.absent])).toEqual([
      ["МОУ СОШ №1 р.п. Заречный", 4, { "2": 1, "3": 1, "4": 1, "5": 1 }, 1],
      ["МОУ «СОШ № 2 с. Озёрное»", 4, { "2": 0, "3": 2, "4": 1, "5": 1 }, 0],
    ]);
  });
  it("compares with the journal marks", () => {
    expect(t.schools[0].objectivity).toEqual({ lowered: 2, confirmed: 1, raised: 1 });
    expect(t.schools[1].objectivity).toEqual({ lowered: 2, confirmed: 2, raised: 0 });
  });
  it("takes the grade from the class labels", () => expect(t.grade).toBe("4"));
});

describe("ЕГЭ test scores by subject that never say «ЕГЭ»", () => {
  const r = read("ege-scores-no-word");
  it("is recognised as ЕГЭ from the values, and says so", () => {
    expect(r.tables.map((t) => [t.assessment, t.subject])).toEqual([["ЕГЭ", "Русский язык"], ["ЕГЭ", "Математика профильная"]]);
    expect(r.findings.find((f) => f.code === "results.inferred")?.message).toMatch(/ЕГЭ/);
  });
  it("gives below-threshold shares by the ЕГЭ minimum scores (русский 24, профильная математика 27)", () => {
    const [ru, math] = r.tables;
    expect(ru.schools.map((s) => [s.school, s.belowThreshold, s.belowThresholdBase])).toEqual([["МБОУ «СОШ № 12»", 1, 3], ["МБОУ «Гимназия № 1»", 0, 2]]);
    expect(math.schools.map((s) => [s.belowThreshold, s.belowThresholdBase])).toEqual([[1, 2], [0, 2]]);
  });
  it("the user's --assessment wins over the inference", () => {
    expect(read("ege-scores-no-word", { key: { assessment: "ОГЭ" } }).tables[0].assessment).toBe("ОГЭ");
  });
});

describe("a block of columns per subject under a two-row header", () => {
  const r = read("blocks-per-subject-oge");
  it("gives one assessment per subject with the same schools", () => {
    expect(r.tables.map((t) => [t.assessment, t.subject, t.year])).toEqual([["ОГЭ", "Русский язык", "2023"], ["ОГЭ", "Математика", "2023"]]);
    expect(r.tables[1].schools.map((s) => [s.school, s.participants])).toEqual([
      ["МБОУ Северная СОШ № 1", 52], ["МБОУ Северная СОШ № 2", 46], ["МКОУ Лесновская ООШ", 11],
    ]);
  });
  it("quality and mean mark as stated, used where there are no counts", () => {
    const math = computeIndicators(r, DEFAULT_SETTINGS).assessments.find((a) => a.subject === "Математика");
    expect(math?.schools[1]).toMatchObject({ qualityRate: 0.326, meanMark: 3.3 });
    expect(math?.district.qualityRate).toBeCloseTo((52 * 0.423 + 46 * 0.326 + 11 * 0.182) / 109, 6);
  });
  it("says how the columns were recognised", () => expect(codes(r)).toContain("results.recognized"));
});

describe("marks as percentages with the schools' own rates", () => {
  const r = read("marks-percent-vpr");
  const t = r.tables[0];
  it("turns percentages into counts and checks the stated rates", () => {
    expect(t).toMatchObject({ assessment: "ВПР", subject: "Математика", grade: "6", year: "2025" });
    expect(t.schools.map((s) => [s.participants, s.marks])).toEqual([
      [50, { "2": 3, "3": 17, "4": 22, "5": 8 }], [25, { "2": 5, "3": 12, "4": 6, "5": 2 }], [8, { "2": 2, "3": 4, "4": 2, "5": 0 }],
    ]);
    expect(codes(r)).not.toContain("results.stated-rate-mismatch");
  });
  it("a stated rate that disagrees with the counts is a finding", () => {
    const text = readFileSync(path.join(__dirname, "../../fixtures/results-styles/marks-percent-vpr.tsv"), "utf8").replace("80\t32", "88\t32");
    const bad = readResults([parseTsv(text, { kind: "tsv", sheet: "x", firstRow: 1, firstColumn: 1 })]);
    expect(bad.findings.find((f) => f.code === "results.stated-rate-mismatch")?.message).toMatch(/СОШ № 7.*88/);
  });
});

describe("summary headers in other words", () => {
  it.each([
    ["ОУ\tКол-во\tСр. балл\t% сдавших", "МБОУ СОШ № 4\t20\t61,5\t95", { participants: 20, stated: { meanScore: 61.5 }, belowThreshold: 1 }],
    ["Школа\tЧисло участников\tСредний тестовый балл\tДоля не преодолевших минимальный порог, %", "МБОУ СОШ № 4\t20\t61,5\t10", { participants: 20, belowThreshold: 2 }],
    ["Наименование ОО\tСдавали\tНе преодолели порог\tСредний балл", "МБОУ СОШ № 4\t20\t3\t48", { participants: 20, belowThreshold: 3 }],
    ["ОО\tВсего\tПолучили 5\tПолучили 4\tПолучили 3\tПолучили 2", "МБОУ СОШ № 4\t20\t2\t8\t8\t2", { participants: 20, marks: { "2": 2, "3": 8, "4": 8, "5": 2 } }],
  ])("%s", (header, row, expected) => {
    const r = readResults([parseTsv(`ЕГЭ 2024, русский язык\n${header}\n${row}`, { kind: "tsv", sheet: "x", firstRow: 1, firstColumn: 1 })]);
    expect(r.tables[0]?.schools[0]).toMatchObject(expected);
  });

  it("ФИС ОКО «ОО | … | Название ОО»: the school's name, not its login", () => {
    const r = readResults([parseTsv("ВПР 2026 Математика 5 класс\nОО\tНазвание ОО\tКод участника\tОтметка\nedu990201\tМБОУ «СОШ №2»\t50001\t4", { kind: "tsv", sheet: "x", firstRow: 1, firstColumn: 1 })]);
    expect(r.tables[0].schools[0].school).toBe("МБОУ «СОШ №2»");
  });
});
