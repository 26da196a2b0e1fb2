/**
 * Damaged rows of result tables: a row that has figures is either read or named by a finding with its
 * sheet and row; what can still be computed is computed, the rest is «нет данных» (null), never a silent 0.
 */
import { DEFAULT_SETTINGS, computeIndicators } from "../../../src/core/indicators";
import { readResults, type ResultSet } from "../../../src/core/results";
import { tsv } from "./tsv";

const FISOKO = (rows: string) => `ВПР 2024 (6 класс)
Предмет: Русский язык
ОО\tКол-во уч.\tРаспределение групп баллов в %
\t\t2\t3\t4\t5
Северный муниципальный район\t60\t10\t40\t40\t10
${rows}`;

const COUNTS = (rows: string) => `ОО\tВсего участников\t«5»\t«4»\t«3»\t«2»\n${rows}`;
const at = (r: ResultSet, code: string) => r.findings.filter((f) => f.code === code).map((f) => [f.sheet, f.row]);

describe("ФИС ОКО row with a blank or broken participant count", () => {
  it.each([
    ["blank", ""],
    ["text", "много"],
    ["fraction", "12,5"],
    ["a stray e", "1e 400 888"],
  ])("%s «Кол-во уч.»: the school is kept with no counts, rates from its percentages, and a finding at its row", (_n, count) => {
    const r = readResults([tsv(FISOKO(`Школа № 7\t${count}\t10\t40\t40\t10\nГимназия «Лицей»\t40\t10\t40\t40\t10`), "ВПР6")]);
    expect(at(r, "results.no-participants")).toEqual([["ВПР6", 6]]);
    const s = r.tables[0].schools.find((x) => x.school === "Школа № 7");
    expect(s).toMatchObject({ marks: null, participants: 0, sourceRows: [6] });
    expect(s?.statedSuccessRate).toBeCloseTo(0.9, 9);
    expect(s?.statedQualityRate).toBeCloseTo(0.5, 9);
    const ind = computeIndicators(r, DEFAULT_SETTINGS).assessments[0];
    const si = ind.schools.find((x) => x.school === "Школа № 7");
    // Only the stated rates exist for this school: they are used, and marked as stated.
    expect(si).toMatchObject({ participants: 0, meanMark: null, fromStated: ["successRate", "qualityRate"] });
    expect(si?.successRate).toBeCloseTo(0.9, 9);
    expect(si?.qualityRate).toBeCloseTo(0.5, 9);
    // The district is the sum of the schools it can count: the other school's 40, its rates from counts only.
    expect(ind.district.participants).toBe(40);
    expect(ind.district.successRate).toBeCloseTo(0.9, 9);
  });

  it("percentages that do not add up give no rates, only the finding", () => {
    const r = readResults([tsv(FISOKO("Школа № 7\t\t10\t40\t40\t40"), "ВПР6")]);
    const s = r.tables[0].schools[0];
    expect(s).toMatchObject({ marks: null, statedSuccessRate: null, statedQualityRate: null });
    expect(r.findings.find((f) => f.code === "results.no-participants")?.message).toMatch(/Лист «ВПР6», строка 6: у «Школа № 7» не указано число участников/);
  });

  it("a school row with no figures at all is not a finding", () => {
    const r = readResults([tsv(FISOKO("Школа № 7\t\t\t\t\t\nГимназия\t40\t10\t40\t40\t10"), "ВПР6")]);
    expect(at(r, "results.no-participants")).toEqual([]);
  });
});

describe("counts per school with a broken participant count", () => {
  it("the marks are the counts: participants follow from them, with a finding", () => {
    const r = readResults([tsv(COUNTS("СОШ № 1\tдвадцать\t2\t8\t8\t2\nСОШ № 2\t\t1\t1\t1\t1"), "Счёт")]);
    expect(r.tables[0].schools.map((s) => [s.school, s.participants, s.statedParticipants])).toEqual([["СОШ № 1", 20, null], ["СОШ № 2", 4, null]]);
    expect(at(r, "results.invalid-number")).toEqual([["Счёт", 2]]);
  });
});

describe("rows with figures but no school name", () => {
  it.each([
    ["ФИС ОКО", FISOKO("\t20\t10\t40\t40\t10\nШкола № 7\t40\t10\t40\t40\t10"), 6],
    ["counts", COUNTS("СОШ № 1\t20\t2\t8\t8\t2\n\t7\t1\t2\t3\t1"), 3],
    ["counts, only a rate", "ОО\t«5»\t«4»\t«3»\t«2»\tКачество, %\nСОШ № 1\t2\t8\t8\t2\t50\n\t\t\t\t\t45", 3],
  ])("%s: a finding at the row; the figures stay out of the schools and the district", (_n, text, row) => {
    const r = readResults([tsv(text, "Л")]);
    expect(at(r, "results.no-school")).toEqual([["Л", row]]);
    expect(r.findings.find((f) => f.code === "results.no-school")?.message).toMatch(new RegExp(`Лист «Л», строка ${row}: есть числа, но не указана школа`));
    expect(r.tables[0].schools).toHaveLength(1);
    const ind = computeIndicators(r, DEFAULT_SETTINGS).assessments[0];
    expect(ind.district.participants).toBe(ind.schools[0].participants);
  });

  it("the district row that counted the nameless row disagrees with the schools: that finding shows the gap", () => {
    const r = readResults([tsv(FISOKO("\t20\t10\t40\t40\t10\nШкола № 7\t40\t10\t40\t40\t10"), "Л")]);
    expect(r.findings.find((f) => f.code === "results.district-mismatch")?.data).toMatchObject({ stated: 60, computed: 40 });
  });
});

describe("exam lists with no mark column", () => {
  const EGE = "Результаты ЕГЭ 2024\nОО\tПредмет\tКод участника\tТестовый балл\n";
  it.each([
    ["a blank score", "СОШ № 1\tМатематика\t110002\t"],
    ["only a participant code", "\t\t110002\t"],
  ])("%s is a finding at its row", (_n, row) => {
    const r = readResults([tsv(`${EGE}СОШ № 1\tМатематика\t110001\t66\n${row}\nСОШ № 1\tМатематика\t110003\t70`, "ЕГЭ")]);
    expect(at(r, "results.missing-score")).toEqual([["ЕГЭ", 4]]);
    expect(r.tables[0].schools[0]).toMatchObject({ participants: 2, scoreSum: 136 });
  });
});
