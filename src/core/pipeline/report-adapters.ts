import type { AssessmentIndicators, IndicatorReport, Settings, TargetResult } from "../indicators";
import type { AssessmentFigures, ReportSettings, RoadmapInput, TargetRow } from "../report";
import type { Roadmap } from "../roadmap/types";

/** indicators' AssessmentIndicators → the report's AssessmentFigures, with the rows behind each figure. */
export function toAssessmentFigures(a: AssessmentIndicators, rows: ReadonlyMap<string, number>): AssessmentFigures {
  return {
    id: a.id,
    assessment: a.assessment,
    subject: a.subject,
    grade: a.grade,
    year: a.year,
    schools: a.schools.map((s) => ({ ...s, sourceRow: rows.get(`${a.id}\u0001${s.schoolKey}`) })),
    district: { ...a.district, sourceRow: rows.get(`${a.id}\u0001`) },
    references: a.references.filter((r) => !isMunicipalLevel(r.name)),
  };
}

/**
 * ФИС ОКО lists «Вся выборка», the region and the municipality. The municipality is our own district
 * (checked against the sum of its schools by the results module), so it is no yardstick for it.
 */
export function isMunicipalLevel(name: string): boolean {
  const n = name.toLowerCase();
  if (/выборк|обл\.?|област|край|республик|россия|рф\b/.test(n)) return false;
  return /район|округ|муниципал|\bмо\b|г\.\s*о\.|городск/.test(n);
}

export function toTargetRow(t: TargetResult): TargetRow {
  return { text: t.text, target: t.target, value: t.value, unit: t.unit, status: t.status, school: null };
}

/** The same thresholds, by the same names: the report words the flags the indicators raised. */
export function toReportSettings(s: Settings): Partial<ReportSettings> {
  const { failShare, belowDistrictPp, loweredShare, raisedShare, dynamicsBandPp } = s;
  return { failShare, belowDistrictPp, loweredShare, raisedShare, dynamicsBandPp };
}

const SCHOOL_IN_TITLE = /((?:[МГ][БКА]?ОУ|МОУ|ЧОУ|ОО)\s+[^«"]{0,40}?[«"][^»"]+[»"](?:\s*[^,.;\n]{0,40}?(?:№\s*\d+))?)/u;

/** A school's own roadmap names the school in its title; the district's does not. */
export function schoolOfRoadmap(r: Roadmap): string | null {
  const m = SCHOOL_IN_TITLE.exec(r.title);
  return m ? m[1].trim() : null;
}

export function toRoadmapInput(r: Roadmap, school?: string | null): RoadmapInput {
  return { name: r.title || r.source || "Дорожная карта", school: school === undefined ? schoolOfRoadmap(r) : school, activities: r.activities };
}

export function assessmentFiguresOf(report: IndicatorReport | null, rows: ReadonlyMap<string, number>): AssessmentFigures[] {
  return report ? report.assessments.map((a) => toAssessmentFigures(a, rows)) : [];
}
