import { type DistrictReport, writeAnalyticNote } from "../../report";
import type { SheetPlan } from "../../workbook";
import { buildExecutionSheet } from "./execution-sheet";
import { buildNoteSheet } from "./note-sheet";
import type { ReportSheetOptions } from "./options";
import { buildSummarySheet } from "./summary-sheet";

/** The three report sheets in the order a reader wants them: the summary, execution, the note. */
export function buildReportSheets(report: DistrictReport, opts: ReportSheetOptions = {}): SheetPlan[] {
  return [buildSummarySheet(report, opts), buildExecutionSheet(report, opts), buildNoteSheet(writeAnalyticNote(report))];
}
