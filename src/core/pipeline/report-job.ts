import type { IsoDate, Period } from "../deadlines/types";
import { collectAssessments, DEFAULT_SETTINGS, type Settings } from "../indicators";
import { buildReport, noteToText, writeAnalyticNote, type DistrictReport, type NoteParagraph } from "../report";
import { buildReportSheets, type ActivitySource } from "../sheets/report";
import { indicatorRowsOf, RESULT_SHEET_KEYS } from "../sheets/indicators";
import { ACTIVITIES_HEADER_ROW } from "../sheets/roadmap";
import { mergePlans, type WorkbookPlan } from "../workbook";
import { assessmentFiguresOf, toReportSettings, toRoadmapInput, toTargetRow } from "./report-adapters";
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

/** Roadmaps + indicators → consolidated report, analytic note and the district workbook. */
export function runReportJob(input: ReportJobInput): ReportJobResult {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const results = input.results;
  const rows = results ? indicatorRowsOf(results.report, collectAssessments(results.results).assessments) : new Map<string, number>();
  const report = buildReport({
    district: input.district,
    period: periodOf(input),
    asOf: input.asOf,
    assessments: assessmentFiguresOf(results?.report ?? null, rows),
    targets: results ? results.report.targets.map(toTargetRow) : [],
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
  const plan = mergePlans(
    [{ sheets: [...reportSheets, ...buildReturnsSheets(report)] }, ...(results ? [results.plan] : []), ...input.roadmaps.map((r) => r.job.plan)],
    `Свод по району: ${input.district}`,
  );
  return { report, note, noteText: noteToText(note), plan };
}
