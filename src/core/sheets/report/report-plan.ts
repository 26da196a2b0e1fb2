import { type DistrictReport, writeAnalyticNote } from "../../report";
import type { SheetPlan } from "../../workbook";
import { buildChartsSheet } from "./charts-sheet";
import { buildExecutionSheets } from "./execution-sheet";
import { buildNoteSheet } from "./note-sheet";
import type { ReportSheetOptions } from "./options";
import { buildSummarySheet } from "./summary-sheet";

/** The report sheets in the order a reader wants them: the summary, its charts (when there are results), execution, the note. */
export function buildReportSheets(report: DistrictReport, opts: ReportSheetOptions = {}): SheetPlan[] {
  const charts = buildChartsSheet(report, opts);
  const { execution, counts } = buildExecutionSheets(report, opts);
  return [buildSummarySheet(report, opts), ...(charts ? [charts] : []), execution, buildNoteSheet(writeAnalyticNote(report)), ...(counts ? [counts] : [])];
}
