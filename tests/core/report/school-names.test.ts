import { buildReport, districtTitle, noteToText, writeAnalyticNote } from "../../../src/core/report";
import { calmInput, fig, flaggedInput, mathFlagged, russianCalm, school } from "./fixtures";

describe("districtTitle", () => {
  it.each([
    ["Подпорожского муниципального района,", "Подпорожский муниципальный район"],
    ["Энский муниципальный район", "Энский муниципальный район"],
    ["Кузоватовского района", "Кузоватовский район"],
    ["Бодайбинского городского округа.", "Бодайбинский городской округ"],
    ["городского округа Бодайбо", "городской округ Бодайбо"],
    ["Верхнего района", "Верхний район"],
    ["муниципального образования «Город Энск»", "муниципальное образование «Город Энск»"],
    ["  Северный   район ;", "Северный район"],
    ["ЗАТО г. Северск.", "ЗАТО г. Северск"],
    ["Энского района Энской обл.", "Энский район Энской обл."],
    ["", "Муниципальный район"],
    [",;", "Муниципальный район"],
  ])("%j → %j", (raw, title) => expect(districtTitle(raw)).toBe(title));

  it("makes the report's titles and note read without trailing punctuation", () => {
    const r = buildReport({ ...calmInput, district: "Подпорожского муниципального района," });
    expect(r.district).toBe("Подпорожский муниципальный район");
    const [, subtitle] = writeAnalyticNote(r);
    expect(subtitle.text).toBe("о результатах мониторинга реализации программы повышения качества образования (Подпорожский муниципальный район)");
    expect(subtitle.text).not.toMatch(/[,;:]\)?$/);
  });
});

describe("one school, one row: grouped by the results' schoolKey", () => {
  // One file spells the school in full; the results module has given both spellings one key.
  const key = "мбоу сош 2";
  const a = { ...mathFlagged, schools: mathFlagged.schools.map((s) => ({ ...s, schoolKey: s.school === "МБОУ «СОШ № 2»" ? key : undefined })) };
  const b = {
    ...russianCalm,
    schools: russianCalm.schools.map((s) => (s.school === "МБОУ «СОШ № 2»" ? { ...s, school: "Средняя общеобразовательная школа № 2", schoolKey: key } : s)),
  };
  const c = { ...russianCalm, year: "2023", id: "ru-2023", schools: [school("МБОУ «СОШ № 2»", fig(5, 17, 10, 3), [], { schoolKey: key })] };
  const report = buildReport({ ...flaggedInput, assessments: [a, b, c] });

  it("merges the spellings into one school under the most used name", () => {
    const rows = report.schools.filter((s) => s.key === key);
    expect(rows).toHaveLength(1);
    expect(rows[0].school).toBe("МБОУ «СОШ № 2»");
    expect(rows[0].subjects.filter(Boolean)).toHaveLength(3);
    expect(report.schools.map((s) => s.school)).not.toContain("Средняя общеобразовательная школа № 2");
  });

  it("shows the canonical name inside every assessment and in the note", () => {
    expect(report.assessments[1].source.schools.map((s) => s.school)).toContain("МБОУ «СОШ № 2»");
    expect(noteToText(writeAnalyticNote(report))).not.toContain("Средняя общеобразовательная школа № 2");
  });

  it("finds a school's roadmap and targets through any spelling the results used", () => {
    const viaAlias = buildReport({
      ...flaggedInput,
      assessments: [a, b],
      roadmaps: [{ name: "ДК", school: "Средняя общеобразовательная школа № 2", activities: flaggedInput.roadmaps[2].activities }],
    });
    const s2 = viaAlias.schools.find((s) => s.key === key)!;
    expect(s2.execution?.total).toBe(2);
    expect(s2.roadmapIndexes).toEqual([0]);
    expect(viaAlias.schools.filter((s) => s.school.includes("№ 2") || s.school.includes("№2"))).toHaveLength(1);
  });
});

describe("the note's sentences", () => {
  it.each([["flagged", flaggedInput], ["calm", calmInput]] as const)("never doubles a full stop or leaves one out (%s)", (_, input) => {
    const text = noteToText(writeAnalyticNote(buildReport(input)));
    expect(text).not.toMatch(/[^.]\.\.(?!\.)|г\.\./);
    for (const para of text.trim().split("\n\n").slice(2)) {
      const isHeading = !/[.:;)»]$/.test(para) && para.length < 60;
      if (!isHeading) expect(para).toMatch(/[.:]$/);
    }
  });

  it("ends a reason that closes with «г.» without a second dot", () => {
    const declining = {
      ...mathFlagged,
      schools: mathFlagged.schools.map((s) => (s.school === "МБОУ «СОШ № 2»" ? { ...s, flags: ["risk.decline"] } : s)),
    };
    const text = noteToText(writeAnalyticNote(buildReport({ ...flaggedInput, assessments: [declining] })));
    expect(text).toContain("ниже, чем в 2023 г.");
    expect(text).not.toContain("г..");
  });
});
