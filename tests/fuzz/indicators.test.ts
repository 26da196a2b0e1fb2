/**
 * Indicators over mutated result sheets (the same generators as the results suite) and random
 * settings: nothing throws; every rate is a fraction 0…1 or null (never NaN, never a silent 0 for
 * «no data»); the district is the sum of its schools' counts; findings say where; deterministic.
 */
import fc from "fast-check";
import { DEFAULT_SETTINGS, computeIndicators, parseSettings, type Figures, type IndicatorReport } from "../../src/core/indicators";
import { readResults } from "../../src/core/results";
import { fuzz } from "./harness";
import { nondeterminism, nonFinite, unplacedFindings } from "./invariants";
import { SAMPLES, asTable, damagedRowTables, resultTables } from "./result-gen";

const ENTRY = "indicators.computeIndicators";
const RATES = ["successRate", "qualityRate", "sou", "belowThresholdShare"] as const;

/** Settings as a user might type them on «Настройки»: numbers, text, junk (parseSettings cleans them). */
const settings = fc.oneof(
  fc.constant(DEFAULT_SETTINGS),
  fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS)), fc.oneof(fc.double(), fc.integer({ min: -5, max: 200 }), fc.string({ maxLength: 6 }), fc.constant(null))).map((d) => parseSettings(d).settings),
);

function figureProblems(where: string, f: Figures): string[] {
  const out: string[] = [];
  for (const k of RATES) {
    const v = f[k];
    if (v !== null && !(v >= 0 && v <= 1)) out.push(`${where}.${k} = ${v} is not a fraction 0…1`);
  }
  if (!(f.participants >= 0)) out.push(`${where}.participants = ${f.participants}`);
  // Rates with no participants are a silent 0 — unless the table stated them and they are marked as stated.
  const stated = (f.fromStated ?? []).length > 0;
  if (f.participants === 0 && !stated && (f.successRate !== null || f.qualityRate !== null)) out.push(`${where}: rates without participants (a silent 0?)`);
  if (f.meanMark !== null && !(f.meanMark >= 2 && f.meanMark <= 5)) out.push(`${where}.meanMark = ${f.meanMark}`);
  return out;
}

function reportProblems(r: IndicatorReport): string[] {
  const out: string[] = [];
  for (const a of r.assessments) {
    a.schools.forEach((s) => out.push(...figureProblems(`${a.id}/${s.school}`, s)));
    out.push(...figureProblems(`${a.id}/district`, a.district));
    const sum = a.schools.reduce((n, s) => n + s.participants, 0);
    if (a.district.participants !== sum) out.push(`${a.id}: district participants ${a.district.participants} ≠ sum of schools ${sum}`);
  }
  return out;
}

describe("fuzz: computeIndicators", () => {
  it("mutated result sheets and settings: no throw, fractions, district = Σ schools, deterministic", async () => {
    const input = fc.tuple(fc.oneof(resultTables, damagedRowTables), settings);
    await fuzz(ENTRY, "mutated sheets", input, ([{ tables }, s]) => {
      const report = computeIndicators(readResults(tables), s);
      const again = computeIndicators(readResults(tables.map((t) => ({ ...t, cells: t.cells.map((row) => [...row]) }))), s);
      const placed = unplacedFindings(report.findings);
      return { cells: 0, lost: 0, problems: [...reportProblems(report), ...placed, ...nonFinite(report), ...nondeterminism(report, again)] };
    }, { file: "tests/fuzz/indicators.test.ts" });
  });

  // Was a known issue: a school whose only row has a score but no mark counted 1 participant, while the
  // district (from marks) left it out: 51 ≠ 52.
  it("district participants = Σ schools when one school has a score but no mark", () => {
    const g = SAMPLES.find((x) => x.name.includes("6kl"))!.grid.map((r) => [...r]);
    const i = g.findIndex((r) => /^\d+$/.test(r[2] ?? "") && /^[2-5]$/.test(r[3] ?? ""));
    g[i][0] = "МБОУ «Новая школа»";
    g[i][3] = "";
    const a = computeIndicators(readResults([asTable(g, 0)]), DEFAULT_SETTINGS).assessments[0];
    expect(a.district.participants).toBe(a.schools.reduce((n, s) => n + s.participants, 0));
  });
});
