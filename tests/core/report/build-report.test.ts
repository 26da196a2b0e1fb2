import { buildReport, executionStateOf, summarizeExecution } from "../../../src/core/report";
import { activity, calmInput, districtRoadmap, flaggedInput, schoolRoadmaps } from "./fixtures";

describe("buildReport: schools", () => {
  const report = buildReport(flaggedInput);

  it("lists flagged schools first, most reasons first, then input order", () => {
    expect(report.schools.map((s) => [s.school, s.flagged])).toEqual([
      ["МБОУ «СОШ № 2»", true],
      ["МКОУ «СОШ № 3»", true],
      ["МБОУ «СОШ № 1»", false],
      ["МБОУ «Гимназия»", false],
    ]);
  });

  it("keeps a school with «СОШ №2» spelt differently in a roadmap as one row", () => {
    expect(report.schools.filter((s) => s.key.includes("сош №2"))).toHaveLength(1);
  });

  it("computes the deviation from the district in p.p. per subject", () => {
    const s2 = report.schools[0];
    const math = s2.subjects[0]!;
    expect(math.qualityDeviation).toBeCloseTo((7 / 35 - 49 / 105) * 100, 4);
    expect(math.successDeviation).toBeCloseTo((23 / 35 - 88 / 105) * 100, 4);
    expect(report.schools.find((s) => s.school === "МКОУ «СОШ № 3»")!.subjects[1]).toBeUndefined();
  });

  it("gives each flag its reason in words with the figure and the threshold", () => {
    const texts = report.schools[0].reasons.map((r) => r.text);
    expect(texts[0]).toBe("доля отметок «2» 34,3\u00a0% (порог 30\u00a0%)");
    expect(texts[1]).toContain("качество 20,0\u00a0% — на 26,7\u00a0п.п. ниже района (46,7\u00a0%)");
    expect(report.schools[1].reasons[0].text).toBe("результат ниже отметки по журналу у 40,0\u00a0% участников (порог 30\u00a0%)");
  });

  it("counts a school's targets and its own roadmap execution", () => {
    const s2 = report.schools[0];
    expect([s2.targets.achieved, s2.targets.notAchieved, s2.targets.noData]).toEqual([0, 1, 0]);
    expect(s2.execution).toMatchObject({ total: 2, done: 0, overdue: 1, inProgress: 1 });
    expect(report.schools.find((s) => s.school === "МБОУ «Гимназия»")!.execution).toBeNull();
    expect(report.districtTargets).toMatchObject({ achieved: 1, notAchieved: 1, noData: 1 });
  });

  it("compares the district with reference rows in p.p.", () => {
    const [all, region] = report.assessments[0].references;
    expect(all.name).toBe("Вся выборка");
    expect(all.qualityDiff).toBeCloseTo((49 / 105 - 41 / 100) * 100, 4);
    expect(region.successDiff).toBeCloseTo((88 / 105 - 0.8) * 100, 4);
  });

  it("has no flagged school in the calm district", () => {
    expect(buildReport(calmInput).schools.every((s) => !s.flagged)).toBe(true);
  });
});

describe("executionStateOf", () => {
  it.each([
    { status: "выполнено", end: "2024-01-01", expected: "done" },
    { status: "в работе", end: "2024-01-01", expected: "overdue" },
    { status: "в работе", end: "2024-06-01", expected: "inProgress" },
    { status: "в работе", end: null, expected: "inProgress" },
    { status: undefined, end: "2024-05-14", expected: "overdue" },
    { status: undefined, end: "2024-05-15", expected: "planned" },
    { status: "не выполнено", end: null, expected: "planned" },
    { status: "перенесено", end: "2024-06-01", expected: "planned" },
  ] as const)("$status, срок $end → $expected", ({ status, end, expected }) => {
    expect(executionStateOf({ status, deadline: { start: null, end } }, "2024-05-15")).toBe(expected);
  });
});

describe("summarizeExecution", () => {
  const ex = summarizeExecution([districtRoadmap], "2024-05-15", 0.6);

  it("counts per section", () => {
    expect(ex.bySection.map((s) => [s.name, s.total, s.done, s.inProgress, s.overdue, s.planned])).toEqual([
      ["1. Диагностика факторов риска", 3, 1, 0, 1, 1],
      ["2. Методическое сопровождение", 3, 1, 1, 1, 0],
    ]);
    expect(ex.bySection[0].doneShare).toBeCloseTo(1 / 3);
  });

  it("counts per responsible party (an activity counts for each of its parties)", () => {
    const byName = Object.fromEntries(ex.byParty.map((p) => [p.name, [p.total, p.done, p.inProgress, p.overdue]]));
    expect(byName).toEqual({ "ИМС": [4, 1, 1, 1], "Комитет образования": [3, 2, 0, 1], "Руководители ОО": [1, 0, 0, 0] });
  });

  it("lists overdue activities by party", () => {
    expect(ex.overdueByParty.map((g) => [g.party, g.activities.map((a) => a.id)])).toEqual([
      ["ИМС", ["1.2"]],
      ["Комитет образования", ["2.1"]],
    ]);
  });

  it("rolls school roadmaps up into the district totals", () => {
    const all = summarizeExecution([districtRoadmap, ...schoolRoadmaps], "2024-05-15", 0.6);
    expect(all.total).toMatchObject({ total: 11, done: 4, inProgress: 2, overdue: 3, planned: 2 });
    expect(all.byRoadmap.map((r) => r.total)).toEqual([6, 2, 2, 1]);
  });

  it("gives an activity with no parties to «Ответственный не указан»", () => {
    const r = summarizeExecution([{ name: "x", school: null, activities: [activity("1", "A", "Текст", null, [])] }], "2024-01-01", 0.6);
    expect(r.byParty[0].name).toBe("Ответственный не указан");
  });
});
