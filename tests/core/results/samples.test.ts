import { DEFAULT_SETTINGS, computeIndicators } from "../../../src/core/indicators";
import { makeTargetSpec } from "../../../src/core/targets";
import { sampleResults } from "../sheets/indicators/plan-helpers";

describe("samples/results (Энский муниципальный район)", () => {
  const results = sampleResults();
  const report = computeIndicators(results, DEFAULT_SETTINGS);
  const find = (assessment: string, subject: string, grade: string | null, year: string) =>
    report.assessments.find((a) => a.assessment === assessment && a.subject === subject && a.grade === grade && a.year === year);

  it("every file is recognised; one invalid mark, no unknown layout", () => {
    expect(results.findings.filter((f) => f.code === "results.unknown-layout")).toEqual([]);
    expect(results.findings.filter((f) => f.code === "results.invalid-mark")).toHaveLength(1);
    expect(results.findings.some((f) => f.code === "results.stated-rate-mismatch")).toBe(true);
    expect(results.contingent).toHaveLength(9);
  });

  it("three years of ВПР in two subjects, with reference rows", () => {
    for (const subject of ["Математика", "Русский язык"]) {
      for (const year of ["2022", "2023", "2024"]) expect(find("ВПР", subject, "5", year)?.schools).toHaveLength(9);
    }
    expect(find("ВПР", "Математика", "5", "2024")?.references.map((r) => r.name)).toEqual(["Вся выборка", "Энская обл.", "Энский муниципальный район"]);
  });

  it("nine schools, one key each across all tables", () => expect(results.schools).toHaveLength(9));

  it("at least two schools are clearly at risk", () => {
    const math = find("ВПР", "Математика", "5", "2024");
    const flagged = math?.schools.filter((s) => s.flags.length >= 2).map((s) => s.school);
    expect(flagged).toEqual(expect.arrayContaining(["МКОУ «Лесновская ООШ»", "МКОУ «Озёрная СОШ»"]));
    expect(math?.schools.find((s) => s.school === "МКОУ «Лесновская ООШ»")?.flags).toContain("risk.decline");
    expect(math?.schools.find((s) => s.school === "МКОУ «Озёрная СОШ»")?.flags).toContain("objectivity.lowered");
  });

  it("an exam target of the programme gets a status from the ОГЭ/ЕГЭ files", () => {
    const spec = makeTargetSpec("1", "Доля обучающихся, получивших по итогам ОГЭ и ЕГЭ по обязательным предметам количество баллов ниже минимума, не более 5 %");
    const [t] = computeIndicators(results, DEFAULT_SETTINGS, [spec]).targets;
    expect(t.numeratorSource).toBe("exam.below");
    expect(t.status).not.toBe("нет данных");
    expect(t.denominator).toBeGreaterThan(300);
  });

  it("no target is built in", () => expect(report.targets).toEqual([]));
});
