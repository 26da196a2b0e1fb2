import fc from "fast-check";
import { DEFAULT_SETTINGS, computeIndicators } from "../../../src/core/indicators";
import { readResults } from "../../../src/core/results";
import { tsv } from "../results/tsv";

const HEADER = "ОО\tКласс\tКод\tОтметка\tОтметка по журналу\tПервичный балл";
const SCHOOLS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МКОУ «ООШ № 3»"];

/** The obvious way: filter rows, count, divide. What the engine's single pass must agree with. */
function naive(rows: readonly (readonly [number, string, string, number])[], school?: number) {
  const mine = rows.filter((r) => school === undefined || r[0] === school);
  const valid = mine.filter((r) => ["2", "3", "4", "5"].includes(r[1]));
  const n = valid.length;
  const count = (m: string) => valid.filter((r) => r[1] === m).length;
  const both = valid.filter((r) => ["2", "3", "4", "5"].includes(r[2]));
  if (n === 0) return null;
  return {
    participants: n,
    successRate: (count("3") + count("4") + count("5")) / n,
    qualityRate: (count("4") + count("5")) / n,
    sou: (count("5") + 0.64 * count("4") + 0.36 * count("3") + 0.16 * count("2")) / n,
    meanMark: valid.reduce((a, r) => a + Number(r[1]), 0) / n,
    meanScore: valid.reduce((a, r) => a + r[3], 0) / n,
    lowered: both.length ? both.filter((r) => Number(r[1]) < Number(r[2])).length / both.length : null,
  };
}

const rowArb = fc.tuple(
  fc.integer({ min: 0, max: 2 }),
  fc.constantFrom("2", "3", "4", "5", "5", "4", "3", "н", "неявка", "6", "1", "x"),
  fc.constantFrom("2", "3", "4", "5", ""),
  fc.integer({ min: 0, max: 30 }),
);

describe("computeIndicators", () => {
  it("per-student rows → the same figures as a naive recomputation, per school and for the district", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 120 }), (rows) => {
        const text = [HEADER, ...rows.map(([s, m, j, score], i) => `${SCHOOLS[s]}\t5а\t${i}\t${m}\t${j}\t${score}`)].join("\n");
        const set = readResults([tsv(`ВПР 2024, математика\n${text}`)]);
        const report = computeIndicators(set, DEFAULT_SETTINGS);
        const invalid = rows.filter((r) => !["2", "3", "4", "5", "н", "неявка"].includes(r[1])).length;
        expect(set.findings.filter((f) => f.code === "results.invalid-mark")).toHaveLength(invalid);
        const a = report.assessments[0];
        const expectFigures = (got: (typeof a.schools)[number] | typeof a.district | undefined, want: ReturnType<typeof naive>) => {
          if (!want) return expect(got?.successRate ?? null).toBeNull();
          expect(got?.participants).toBe(want.participants);
          expect(got?.successRate).toBeCloseTo(want.successRate, 12);
          expect(got?.qualityRate).toBeCloseTo(want.qualityRate, 12);
          expect(got?.sou).toBeCloseTo(want.sou, 12);
          expect(got?.meanMark).toBeCloseTo(want.meanMark, 12);
          expect(got?.meanScore).toBeCloseTo(want.meanScore, 12);
          if (want.lowered === null) expect(got?.objectivity ?? null).toBeNull();
          else expect(got?.objectivity?.lowered).toBeCloseTo(want.lowered, 12);
        };
        SCHOOLS.forEach((name, i) => expectFigures(a?.schools.find((s) => s.school === name), naive(rows, i)));
        if (a) expectFigures(a.district, naive(rows));
      }),
      { numRuns: 150 },
    );
  });

  it("district figures come from counts, never from averaged percentages", () => {
    const set = readResults([tsv("ВПР 2024, математика, 5 класс\nОО\t5\t4\t3\t2\nМБОУ СОШ 1\t0\t1\t0\t0\nМБОУ СОШ 2\t0\t0\t0\t99")]);
    const d = computeIndicators(set, DEFAULT_SETTINGS).assessments[0].district;
    expect(d.qualityRate).toBeCloseTo(0.01, 12); // the average of 100 % and 0 % would be 50 %
    expect(d.participants).toBe(100);
  });

  it("null where there is no data, never a silent zero", () => {
    const set = readResults([tsv("ЕГЭ 2024\nОО\tПредмет\tТестовый балл\nМБОУ СОШ 1\tРусский язык\t70")]);
    const s = computeIndicators(set, DEFAULT_SETTINGS).assessments[0].schools[0];
    expect(s).toMatchObject({ successRate: null, qualityRate: null, sou: null, meanMark: null, objectivity: null, meanScore: 70, belowThresholdShare: 0 });
  });

  it("matches the DESIGN.md example school", () => {
    const set = readResults([tsv("ВПР 2024, математика, 5 класс\nОО\tКол-во уч.\t5\t4\t3\t2\n(sch640101) МБОУ «СОШ № 1»\t25\t2\t6\t10\t7")]);
    const s = computeIndicators(set, DEFAULT_SETTINGS).assessments[0].schools[0];
    expect(s).toMatchObject({ school: "МБОУ «СОШ № 1»", schoolCode: "sch640101", participants: 25, marks: { "2": 7, "3": 10, "4": 6, "5": 2 } });
    expect(s.successRate).toBeCloseTo(0.72, 12);
    expect(s.qualityRate).toBeCloseTo(0.32, 12);
    expect(s.sou).toBeCloseTo(0.4224, 12);
    expect(s.meanMark).toBeCloseTo(3.12, 12);
    // 7 of 25 is 28 %: under the 30 % default of DOMAIN.md, so no fail-share flag (the DESIGN example is illustrative).
    expect(s.flags).toEqual([]);
  });
});

describe("participants: one definition for schools and the district", () => {
  it("a school with scores but no marks counts its scores, and the district is the sum of the schools", () => {
    const text = [
      "ВПР 2024, математика",
      HEADER,
      `${SCHOOLS[0]}\t5а\t1\t4\t4\t20`,
      `${SCHOOLS[0]}\t5а\t2\t3\t3\t12`,
      `${SCHOOLS[1]}\t5а\t3\t5\t5\t25`,
      `МБОУ «Новая школа»\t5а\t4\t\t\t18`,
      `МБОУ «Новая школа»\t5а\t5\t\t\t9`,
    ].join("\n");
    const a = computeIndicators(readResults([tsv(text)]), DEFAULT_SETTINGS).assessments[0];
    expect(a.schools.map((s) => [s.school, s.participants, s.marks === null])).toEqual([
      [SCHOOLS[0], 2, false], [SCHOOLS[1], 1, false], ["МБОУ «Новая школа»", 2, true],
    ]);
    expect(a.district.participants).toBe(5);
    // Rates are over valid marks only: 3 marks, all ≥ 3.
    expect(a.district.successRate).toBe(1);
    expect(a.district.meanScore).toBeCloseTo((20 + 12 + 25 + 18 + 9) / 5, 9);
  });
});
