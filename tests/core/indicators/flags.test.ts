import { DEFAULT_SETTINGS, computeIndicators, parseSettings, trendOf } from "../../../src/core/indicators";
import { readResults } from "../../../src/core/results";
import { tsv } from "../results/tsv";

/** A counts table for one year: [school, n5, n4, n3, n2]. */
const year = (y: number, rows: readonly (readonly [string, number, number, number, number])[]) =>
  tsv(`ВПР ${y}, математика, 5 класс\nОО\t«5»\t«4»\t«3»\t«2»\n${rows.map((r) => r.join("\t")).join("\n")}`, `ВПР ${y}`);

const GOOD = ["МБОУ СОШ 1", 20, 40, 35, 5] as const;

describe("risk flags", () => {
  it.each([
    ["30 % of «2» flags fail-share", ["МКОУ ООШ 2", 5, 15, 50, 30], "risk.fail-share", true],
    ["29 % does not", ["МКОУ ООШ 2", 5, 16, 50, 29], "risk.fail-share", false],
    ["quality 15 p.p. below the district", ["МКОУ ООШ 2", 1, 1, 98, 0], "risk.below-district", true],
  ] as const)("%s", (_n, school, code, expected) => {
    const report = computeIndicators(readResults([year(2024, [GOOD, GOOD, GOOD, school])]), DEFAULT_SETTINGS);
    const s = report.assessments[0].schools.find((x) => x.school === school[0]);
    expect(s?.flags.includes(code)).toBe(expected);
  });

  it("thresholds come from the settings", () => {
    const set = readResults([year(2024, [GOOD, ["МКОУ ООШ 2", 5, 25, 50, 20]])]);
    expect(computeIndicators(set, DEFAULT_SETTINGS).assessments[0].schools[1].flags).not.toContain("risk.fail-share");
    const strict = parseSettings({ failShare: 0.2 }).settings;
    expect(computeIndicators(set, strict).assessments[0].schools[1].flags).toContain("risk.fail-share");
  });

  it("objectivity flags from journal marks", () => {
    const rows = ["4\t5", "4\t5", "4\t5", "3\t3", "3\t3", "3\t3", "5\t4", "5\t4", "4\t4", "4\t4"];
    const set = readResults([tsv(`ВПР 2024\nОО\tОтметка\tОтметка по журналу\n${rows.map((r) => `МБОУ СОШ 1\t${r}`).join("\n")}`)]);
    const s = computeIndicators(set, DEFAULT_SETTINGS).assessments[0].schools[0];
    expect(s.objectivity).toEqual({ lowered: 0.3, confirmed: 0.5, raised: 0.2 });
    expect(s.flags).toEqual(expect.arrayContaining(["objectivity.lowered", "objectivity.raised"]));
  });
});

describe("dynamics", () => {
  const falling = (q: number) => ["МКОУ ООШ 2", 0, q, 100 - q, 0] as const;
  const set = readResults([year(2022, [GOOD, falling(50)]), year(2023, [GOOD, falling(40)]), year(2024, [GOOD, falling(30)])]);
  const report = computeIndicators(set, DEFAULT_SETTINGS);
  const y2024 = report.assessments.find((a) => a.year === "2024");
  const school = y2024?.schools.find((s) => s.school === "МКОУ ООШ 2");

  it("change in p.p. against the previous year, with its word", () => {
    expect(school?.dynamics?.qualityRate).toMatchObject({ previousYear: "2023", previous: 0.4, change: -10, trend: "снижение" });
    expect(y2024?.schools[0].dynamics?.qualityRate.trend).toBe("стабильно");
  });
  it("two falls in a row beyond the band → risk.decline; the first year has no dynamics", () => {
    expect(school?.flags).toContain("risk.decline");
    expect(report.assessments.find((a) => a.year === "2023")?.schools[1].flags).not.toContain("risk.decline");
    expect(report.assessments.find((a) => a.year === "2022")?.schools[1].dynamics).toBeNull();
  });
  it.each([[5, "стабильно"], [5.01, "рост"], [-5.01, "снижение"], [null, null]] as const)("%p p.p. → %p", (c, t) => expect(trendOf(c, 5)).toBe(t));
});

describe("settings", () => {
  it("defaults are DOMAIN.md's", () => expect(DEFAULT_SETTINGS).toEqual({ failShare: 0.3, belowDistrictPp: 15, loweredShare: 0.3, raisedShare: 0.15, dynamicsBandPp: 5 }));
  it("a bad value falls back to its default and is reported", () => {
    const r = parseSettings({ failShare: 7, dynamicsBandPp: 3 });
    expect(r.settings).toMatchObject({ failShare: 0.3, dynamicsBandPp: 3 });
    expect(r.problems).toEqual(["failShare"]);
  });
});
