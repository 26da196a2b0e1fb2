import type { Finding } from "../findings";
import type { ResultSet } from "../results";
import { type AssessmentData, collectAssessments } from "./assessments";
import { type Change, changeOf, pp } from "./dynamics";
import { type Figures, addCounts, addStatedSums, emptyTotals, figuresOf, type Totals } from "./figures";
import { type FlagCode, flagsOf } from "./flags";
import type { Settings } from "./settings";
import { type TargetResult, type TargetSpec, evaluateTargets } from "./target-values";

export interface Dynamics {
  readonly successRate: Change;
  readonly qualityRate: Change;
}

export interface SchoolIndicators extends Figures {
  readonly school: string;
  readonly schoolCode: string | null;
  readonly schoolKey: string;
  /** School minus district, p.p. */
  readonly deviation: { readonly successRate: number | null; readonly qualityRate: number | null };
  readonly dynamics: Dynamics | null;
  readonly flags: FlagCode[];
}

export interface AssessmentIndicators {
  readonly id: string;
  readonly assessment: string | null;
  readonly subject: string | null;
  readonly grade: string | null;
  readonly year: string | null;
  readonly schools: SchoolIndicators[];
  readonly district: Figures & { readonly dynamics: Dynamics | null };
  readonly references: (Figures & { readonly name: string })[];
}

export interface IndicatorReport {
  readonly assessments: AssessmentIndicators[];
  readonly targets: TargetResult[];
  readonly findings: Finding[];
}

const seriesKey = (a: AssessmentData) => [a.assessment, a.subject, a.grade].map((x) => (x ?? "").toLowerCase()).join("|");

/** The same assessment one and two periods earlier (by year), for dynamics and the two-year decline. */
function previousOf(all: readonly AssessmentData[], a: AssessmentData): AssessmentData[] {
  if (a.year === null) return [];
  const key = seriesKey(a);
  return all
    .filter((b) => b.year !== null && b.year < (a.year as string) && seriesKey(b) === key)
    .sort((x, y) => ((y.year as string) < (x.year as string) ? -1 : 1));
}

function dynamicsOf(cur: Figures, prev: Figures | null, prevYear: string | null, band: number): Dynamics | null {
  if (!prev || prevYear === null) return null;
  return {
    successRate: changeOf(cur.successRate, prev.successRate, prevYear, band),
    qualityRate: changeOf(cur.qualityRate, prev.qualityRate, prevYear, band),
  };
}

/** A school's figures in another year of the assessment, looked up by key (thousands of schools: no linear search). */
function figuresByKey(a: AssessmentData | undefined): (schoolKey: string) => Figures | null {
  if (!a) return () => null;
  const byKey = new Map<string, AssessmentData["schools"][number]>();
  for (const s of a.schools) if (!byKey.has(s.schoolKey)) byKey.set(s.schoolKey, s);
  return (schoolKey) => {
    const s = byKey.get(schoolKey);
    return s ? figuresOf(s.totals) : null;
  };
}

const districtTotals = (a: AssessmentData): Totals => {
  const t = emptyTotals();
  for (const s of a.schools) {
    addCounts(t, { ...countsOf(s.totals), objectivity: null });
    addStatedSums(t, s.totals);
  }
  for (const s of a.schools) if (s.totals.objectivityKnown) {
    t.lowered += s.totals.lowered; t.confirmed += s.totals.confirmed; t.raised += s.totals.raised; t.objectivityKnown = true;
  }
  return t;
};

function countsOf(t: Totals) {
  return {
    school: "", schoolCode: null, schoolKey: "", sourceRows: [],
    participants: t.participants, marks: t.marksKnown ? { "2": t.n2, "3": t.n3, "4": t.n4, "5": t.n5 } : null,
    scoreSum: t.scoreSum, scoreCount: t.scoreCount,
    ...(t.belowKnown ? { belowThreshold: t.below, belowThresholdBase: t.belowBase } : {}),
  };
}

function assessmentIndicators(a: AssessmentData, all: readonly AssessmentData[], s: Settings): AssessmentIndicators {
  const [p1, p2] = previousOf(all, a);
  const district = figuresOf(districtTotals(a));
  const d1 = p1 ? figuresOf(districtTotals(p1)) : null;
  const band = s.dynamicsBandPp;
  const [in1, in2] = [figuresByKey(p1), figuresByKey(p2)];
  const schools = a.schools.map((e): SchoolIndicators => {
    const f = figuresOf(e.totals);
    const f1 = in1(e.schoolKey);
    const f2 = in2(e.schoolKey);
    const dyn = dynamicsOf(f, f1, p1?.year ?? null, band);
    const prevDyn = f1 ? dynamicsOf(f1, f2, p2?.year ?? null, band) : null;
    const dev = (x: number | null, y: number | null) => (x !== null && y !== null ? pp(x, y) : null);
    const flags = flagsOf({ figures: f, district, qualityChange: dyn?.qualityRate.change ?? null, previousQualityChange: prevDyn?.qualityRate.change ?? null }, s);
    return {
      school: e.school, schoolCode: e.schoolCode, schoolKey: e.schoolKey, ...f,
      deviation: { successRate: dev(f.successRate, district.successRate), qualityRate: dev(f.qualityRate, district.qualityRate) },
      dynamics: dyn, flags,
    };
  });
  return {
    id: a.id, assessment: a.assessment, subject: a.subject, grade: a.grade, year: a.year, schools,
    district: { ...district, dynamics: dynamicsOf(district, d1, p1?.year ?? null, band) },
    references: a.references.map((r) => ({ name: r.name, ...figuresOf(r.totals) })),
  };
}

/**
 * Result tables → the indicators of every assessment, per school and for the district, with the programme's
 * targets when the user gave them (none are built in: targets are the district's own, see core/targets).
 */
export function computeIndicators(results: ResultSet, settings: Settings, targets: readonly TargetSpec[] = []): IndicatorReport {
  const { assessments, findings } = collectAssessments(results);
  return {
    assessments: assessments.map((a) => assessmentIndicators(a, assessments, settings)),
    targets: evaluateTargets(targets, results, assessments),
    findings: [...results.findings, ...findings],
  };
}
