import type { IsoDate, Period } from "../deadlines/types";
import { collectAssessments, DEFAULT_SETTINGS, evaluateTargets, type Settings, type TargetResult, type TargetSpec } from "../indicators";
import { buildReport, noteToText, writeAnalyticNote, type DistrictReport, type NoteParagraph } from "../report";
import { buildReportSheets, type ActivitySource } from "../sheets/report";
import { buildTargetsSheet, indicatorRowsOf, RESULT_SHEET_KEYS } from "../sheets/indicators";
import { ACTIVITIES_HEADER_ROW, ownerOrdinals, shortDistrictName, shortSchoolName, withOwnerNames } from "../sheets/roadmap";
import { layoutPlanForPrint } from "../print";
import { mergePlans, type WorkbookPlan } from "../workbook";
import { assessmentFiguresOf, schoolOfRoadmap, toReportSettings, toRoadmapInput, toTargetRow } from "./report-adapters";
import type { ResultsJobResult } from "./results-job";
import type { RoadmapJobResult } from "./roadmap-job";
import type { CollectedReturns } from "../returns";
import { buildReturnsSheets } from "../sheets/returns";

export interface ReportJobInput {
  /** «Энский муниципальный район» */
  readonly district: string;
  readonly asOf: IsoDate;
  readonly period?: Period | null;
  /** The district's roadmap and the schools' own; `school` overrides the school read from the title. */
  readonly roadmaps: readonly { readonly job: RoadmapJobResult; readonly school?: string | null }[];
  readonly results: ResultsJobResult | null;
  /** The schools' returns on the district roadmap (core/returns), when collected. */
  readonly returns?: CollectedReturns | null;
  readonly settings?: Settings;
  /**
   * The programme's own targets: from `--targets FILE`, typed in the pane, or found in the order (see core/targets).
   * None given: the report says so and «Целевые показатели» is an empty sheet to fill.
   */
  readonly targets?: readonly TargetSpec[];
}

export interface ReportJobResult {
  readonly report: DistrictReport;
  readonly note: readonly NoteParagraph[];
  readonly noteText: string;
  /** The whole district workbook: report sheets first, then indicators, then each roadmap's sheets. */
  readonly plan: WorkbookPlan;
}

function periodOf(input: ReportJobInput): Period | null {
  if (input.period) return input.period;
  const periods = input.roadmaps.map((r) => r.job.roadmap.period).filter((p): p is Period => p !== null);
  if (!periods.length) return null;
  return { start: periods.map((p) => p.start).sort()[0], end: periods.map((p) => p.end).sort().reverse()[0] };
}

/**
 * Each roadmap's sheets say whose they are («Мероприятия — Озёрная СОШ», «Мероприятия — Энский район»),
 * not «Мероприятия (2)»: the school of a school's roadmap, else the district.
 */
function ownedRoadmapPlans(input: ReportJobInput): WorkbookPlan[] {
  const owners = input.roadmaps.map((r) => {
    const school = r.school === undefined ? schoolOfRoadmap(r.job.roadmap) : r.school;
    return school ? shortSchoolName(school) : shortDistrictName(input.district);
  });
  const ordinals = ownerOrdinals(owners);
  return input.roadmaps.map((r, i) => ({ ...r.job.plan, sheets: withOwnerNames(r.job.plan.sheets, owners[i], ordinals[i]) }));
}

/** Roadmaps + indicators → consolidated report, analytic note and the district workbook. */
export function runReportJob(input: ReportJobInput): ReportJobResult {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const results = input.results;
  const assessments = results ? collectAssessments(results.results).assessments : [];
  const rows = results ? indicatorRowsOf(results.report, assessments) : new Map<string, number>();
  const targets: TargetResult[] = evaluateTargets(input.targets ?? [], results?.results ?? { tables: [], findings: [] }, assessments);
  const report = buildReport({
    district: input.district,
    period: periodOf(input),
    asOf: input.asOf,
    assessments: assessmentFiguresOf(results?.report ?? null, rows),
    targets: targets.map(toTargetRow),
    roadmaps: input.roadmaps.map((r) => toRoadmapInput(r.job.roadmap, r.school)),
    schoolReturns: input.returns?.schools ?? [],
    settings: toReportSettings(settings),
  });
  const note = writeAnalyticNote(report, results?.tasks ?? []);
  const activitySources: ActivitySource[] = input.roadmaps.map((r, roadmapIndex) => ({
    roadmapIndex,
    sheetKey: r.job.keys.activities,
    firstRow: ACTIVITIES_HEADER_ROW + 2,
  }));
  const reportSheets = buildReportSheets(report, {
    indicatorsSheetKey: results ? RESULT_SHEET_KEYS.indicators : undefined,
    activitySources,
  });
  // Laid out for print last, over the merged plan: every visible sheet of the workbook prints legibly.
  const plan = layoutPlanForPrint(mergePlans(
    // The report's «Целевые показатели» comes before the results' own (same key: the first one is kept).
    [{ sheets: [...reportSheets, buildTargetsSheet(targets), ...buildReturnsSheets(report)] }, ...(results ? [results.plan] : []), ...ownedRoadmapPlans(input)],
    `Свод по району: ${input.district}`,
  ));
  return { report, note, noteText: noteToText(note), plan };
}
