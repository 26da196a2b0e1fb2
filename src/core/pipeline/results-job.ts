import type { SourceTable } from "../table/types";
import { readResults, type ExamThresholds, type ResultSet } from "../results";
import { computeIndicators, DEFAULT_SETTINGS, type IndicatorReport, type Settings, type TargetSpec } from "../indicators";
import { buildIndicatorSheets } from "../sheets/indicators";
import type { WorkbookPlan } from "../workbook";
import { limitResultTables } from "./limits";
import { DEFAULT_TASK_SETTINGS, type TaskAnalysis, type TaskSettings } from "../tasks";
import { addTaskSheets } from "../sheets/tasks";
import { RESULT_SHEET_KEYS } from "../sheets/indicators";
import { analyseTaskTables, withHistory, withTaskJson } from "./results-tasks";

export interface ResultsJobInput {
  readonly tables: readonly SourceTable[];
  readonly settings?: Settings;
  readonly thresholds?: ExamThresholds;
  /** Target indicators; defaults to the programme passport's list. */
  readonly targets?: readonly TargetSpec[];
  /** Task-analysis thresholds (per-pupil exports with task scores); defaults to DEFAULT_TASK_SETTINGS. */
  readonly taskSettings?: TaskSettings;
}

export interface ResultsJobResult {
  readonly results: ResultSet;
  readonly report: IndicatorReport;
  readonly plan: WorkbookPlan;
  /** Per-task analyses of the per-pupil exports among the tables (empty when none has task columns). */
  readonly tasks: readonly TaskAnalysis[];
  /** The `results --json` object: the report with the task additions of DESIGN.md «Additions». */
  readonly json: unknown;
}

/** Pasted result sheets → indicators per school and district → «Показатели», «Результаты», … sheets. */
export function runResultsJob(input: ResultsJobInput): ResultsJobResult {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const limited = limitResultTables(input.tables);
  const read = readResults(limited.value, { thresholds: input.thresholds });
  const results: ResultSet = limited.findings.length ? { ...read, findings: [...limited.findings, ...read.findings] } : read;
  const report = computeIndicators(results, settings, input.targets ? [...input.targets] : undefined);
  const sheets = buildIndicatorSheets(results, report, settings, input.thresholds);
  const taskSettings = input.taskSettings ?? DEFAULT_TASK_SETTINGS;
  const tasks = withHistory(analyseTaskTables(limited.value, taskSettings), report, settings.dynamicsBandPp);
  const withTasks = addTaskSheets(sheets.sheets, sheets.names, tasks, taskSettings, RESULT_SHEET_KEYS.settings);
  return {
    results,
    report,
    plan: { title: "Показатели мониторинга", sheets: withTasks.sheets, names: withTasks.names },
    tasks,
    json: withTaskJson(report, tasks, settings.dynamicsBandPp),
  };
}
