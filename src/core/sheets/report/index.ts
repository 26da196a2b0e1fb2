export * from "./options";
export { buildSummarySheet, summaryResultBlocks } from "./summary-sheet";
export { buildChartsSheet, chartedBlocks, MAX_CHARTS } from "./charts-sheet";
export { compactReasons, schoolReasonLines, procedureLabel, ppSigned } from "./summary-reasons";
export { RESULT_COLS, type ResultBlock } from "./summary-results";
export { buildExecutionSheet } from "./execution-sheet";
export { buildNoteSheet } from "./note-sheet";
export { buildReportSheets } from "./report-plan";
export { criterionOf, groupFormulas, replayCounts, type Match } from "./countifs";
