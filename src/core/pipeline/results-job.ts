import type { Finding } from "../findings";
import type { SourceTable } from "../table/types";
import { readResults, type ExamThresholds, type ReadResultsOptions, type ResultSet } from "../results";
import { layoutPlanForPrint } from "../print";
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
  /** How the files were read (encoding, real format): put before the results' own findings. */
  readonly fileFindings?: readonly Finding[];
  readonly settings?: Settings;
  readonly thresholds?: ExamThresholds;
  /** Target indicators; defaults to the programme passport's list. */
  readonly targets?: readonly TargetSpec[];
  /** The user's column mappings, assessment key and school merges (CLI options, pane fields, the workbook). */
  readonly read?: Pick<ReadResultsOptions, "mappings" | "key" | "schoolChoices" | "tableOptions">;
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
  const read = readResults(limited.value, { ...input.read, thresholds: input.thresholds });
  const before = [...(input.fileFindings ?? []), ...limited.findings];
  const results: ResultSet = before.length ? { ...read, findings: [...before, ...read.findings] } : read;
  const report = computeIndicators(results, settings, input.targets ? [...input.targets] : undefined);
  const sheets = buildIndicatorSheets(results, report, settings, input.thresholds);
  const taskSettings = input.taskSettings ?? DEFAULT_TASK_SETTINGS;
  const tasks = withHistory(analyseTaskTables(limited.value, taskSettings), report, settings.dynamicsBandPp);
  const withTasks = addTaskSheets(sheets.sheets, sheets.names, tasks, taskSettings, RESULT_SHEET_KEYS.settings);
  return {
    results,
    report,
    plan: layoutPlanForPrint({ title: "Показатели мониторинга", sheets: withTasks.sheets, names: withTasks.names }),
    tasks,
    json: withTaskJson(report, tasks, settings.dynamicsBandPp),
  };
}
