import type { Finding } from "../findings";
import type { SourceTable } from "../table/types";
import { readResults, type ExamThresholds, type ReadResultsOptions, type ResultSet } from "../results";
import { layoutPlanForPrint } from "../print";
import { computeIndicators, DEFAULT_SETTINGS, type IndicatorReport, type Settings, type TargetSpec } from "../indicators";
import { buildIndicatorSheets } from "../sheets/indicators";
import type { WorkbookPlan } from "../workbook";
import { limitResultTables } from "./limits";

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
}

export interface ResultsJobResult {
  readonly results: ResultSet;
  readonly report: IndicatorReport;
  readonly plan: WorkbookPlan;
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
  return { results, report, plan: layoutPlanForPrint({ title: "Показатели мониторинга", sheets: sheets.sheets, names: sheets.names }) };
}
