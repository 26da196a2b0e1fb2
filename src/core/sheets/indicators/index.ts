import { type IndicatorReport, type Settings, collectAssessments } from "../../indicators";
import type { ExamThresholds, ResultSet } from "../../results";
import type { DefinedName, SheetPlan } from "../../workbook";
import { buildIndicatorsSheet } from "./indicators-sheet";
import { buildResultsSheet } from "./results-sheet";
import { buildSchoolsSheet } from "./schools-sheet";
import { buildSettingsSheet } from "./settings-sheet";
import { buildTargetsSheet } from "./targets-sheet";

export { RESULT_SHEET_KEYS, SETTING_NAMES } from "./keys";
export { IND_COLUMNS, colLetter, formulaOf, type ColKey, type RowCtx } from "./indicator-columns";
export { IND_HEADER_ROW, buildIndicatorsSheet, indicatorRowsOf } from "./indicators-sheet";
export { DATA_COLUMNS, DATA_HEADER_ROW, buildResultsSheet, dataColumn } from "./results-sheet";
export { buildSettingsSheet } from "./settings-sheet";
export { buildTargetsSheet, TARGETS_HEADER_ROW, targetStatusFormula, targetValueFormula } from "./targets-sheet";
export { buildSchoolsSheet } from "./schools-sheet";

export interface IndicatorSheets {
  readonly sheets: SheetPlan[];
  /** Named threshold cells on «Настройки»; add them to the plan's `names`. */
  readonly names: DefinedName[];
}

/** The result sheets in the order a user reads them: Показатели, Результаты, Целевые показатели, Школы, Настройки. */
export function buildIndicatorSheets(results: ResultSet, report: IndicatorReport, settings: Settings, thresholds?: ExamThresholds): IndicatorSheets {
  const { assessments } = collectAssessments(results);
  const settingsSheet = buildSettingsSheet(settings, thresholds);
  return {
    sheets: [
      buildIndicatorsSheet(report, assessments),
      buildResultsSheet(assessments),
      buildTargetsSheet(report.targets),
      buildSchoolsSheet(results.schools ?? []),
      settingsSheet.sheet,
    ],
    names: settingsSheet.names,
  };
}
