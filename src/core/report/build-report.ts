import { DEFAULT_REPORT_SETTINGS, type AssessmentFigures, type ReportInput, type ReportSettings } from "./input";
import type { AssessmentSummary, DistrictReport, ReferenceComparison, SchoolFindingCounts, SchoolReport } from "./model";
import { summarizeExecution } from "./consolidate";
import { schoolReports, summarizeTargets } from "./schools";
import { schoolNames, withCanonicalNames } from "./school-names";
import { assessmentLabel, isObjectivityFlag } from "./words";
import { districtTitle } from "./district-name";
import { returnsMatrix } from "./school-execution";

const diffPp = (a: number | null, b: number | null): number | null =>
  a !== null && b !== null ? Math.round((a - b) * 100 * 1e6) / 1e6 : null;

function summarizeAssessment(a: AssessmentFigures): AssessmentSummary {
  const references: ReferenceComparison[] = a.references.map((r) => ({
    name: r.name,
    figures: r,
    successDiff: diffPp(a.district.successRate, r.successRate),
    qualityDiff: diffPp(a.district.qualityRate, r.qualityRate),
  }));
  return {
    label: assessmentLabel(a),
    source: a,
    schoolCount: a.schools.length,
    flaggedSchools: a.schools.filter((s) => s.flags.length > 0).length,
    references,
  };
}

function schoolCountsOf(schools: readonly SchoolReport[]): SchoolFindingCounts {
  const withResults = schools.filter((s) => s.subjects.some((x) => x !== undefined));
  return {
    withResults: withResults.length,
    risk: withResults.filter((s) => s.reasons.some((x) => !isObjectivityFlag(x.code))).map((s) => s.school),
    objectivity: withResults.filter((s) => s.reasons.some((x) => isObjectivityFlag(x.code))).map((s) => s.school),
  };
}

export function reportSettings(partial?: Partial<ReportSettings>): ReportSettings {
  return { ...DEFAULT_REPORT_SETTINGS, ...(partial ?? {}) };
}

/** The consolidated district report: figures per school and assessment, targets, roadmap execution. */
export function buildReport(input: ReportInput): DistrictReport {
  const settings = reportSettings(input.settings);
  const schoolReturns = input.schoolReturns ?? [];
  const matrix = returnsMatrix(schoolReturns, input.asOf);
  const execution = summarizeExecution(input.roadmaps, input.asOf, settings.similarity, schoolReturns, matrix);
  const names = schoolNames(input.assessments);
  const assessments = withCanonicalNames(input.assessments, names);
  const schools = schoolReports(assessments, input.targets, execution, settings, names);
  return {
    district: districtTitle(input.district),
    period: input.period,
    asOf: input.asOf,
    settings,
    assessments: assessments.map(summarizeAssessment),
    schools,
    schoolCounts: schoolCountsOf(schools),
    districtTargets: summarizeTargets(input.targets.filter((t) => t.school === null)),
    execution,
    roadmaps: input.roadmaps,
    returns: schoolReturns.map((r) => ({ school: r.school, file: r.file, received: r.received, savedAt: r.savedAt, findings: r.findings })),
    returnsMatrix: matrix,
    schoolReturns,
  };
}
