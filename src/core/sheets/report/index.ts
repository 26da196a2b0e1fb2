export * from "./options";
export { buildSummarySheet } from "./summary-sheet";
export { buildExecutionSheet } from "./execution-sheet";
export { buildNoteSheet } from "./note-sheet";
export { buildReportSheets } from "./report-plan";
export { criterionOf, groupFormulas, replayCounts, type Match } from "./countifs";
