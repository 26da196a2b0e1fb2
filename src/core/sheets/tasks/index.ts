import type { TaskAnalysis, TaskSettings } from "../../tasks";
import type { DefinedName, SheetPlan } from "../../workbook";
import { withTaskSettings } from "./settings-block";
import { buildScoresSheet } from "./scores-sheet";
import { buildTasksSheet } from "./tasks-sheet";

export { TASK_SHEET_KEYS, TASK_SETTING_NAMES } from "./keys";
export { buildTasksSheet } from "./tasks-sheet";
export { buildScoresSheet, scoreLabel, MAX_SCORE_CHARTS } from "./scores-sheet";
export { withTaskSettings } from "./settings-block";

/**
 * The task sheets added to a plan that has «Настройки» (key `settingsKey`): «Задания» and «Распределение баллов»
 * before «Настройки», the task thresholds appended to it. Nothing changes without analyses.
 */
export function addTaskSheets(
  sheets: readonly SheetPlan[],
  names: readonly DefinedName[],
  analyses: readonly TaskAnalysis[],
  settings: TaskSettings,
  settingsKey: string,
): { sheets: SheetPlan[]; names: DefinedName[] } {
  if (analyses.length === 0) return { sheets: [...sheets], names: [...names] };
  const at = sheets.findIndex((s) => s.key === settingsKey);
  const added = [buildTasksSheet(analyses), buildScoresSheet(analyses)];
  if (at < 0) return { sheets: [...sheets, ...added], names: [...names] };
  const block = withTaskSettings(sheets[at], settings);
  return {
    sheets: [...sheets.slice(0, at), ...added, block.sheet, ...sheets.slice(at + 1)],
    names: [...names, ...block.names],
  };
}
