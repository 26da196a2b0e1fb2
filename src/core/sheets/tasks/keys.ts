import type { TaskSettings } from "../../tasks";

/** Stable keys of the task sheets: a second run updates them instead of adding new ones. */
export const TASK_SHEET_KEYS = {
  matrix: "results.tasks",
  distribution: "results.scores",
} as const;

/** Named cells on «Настройки» that the conditional formats of «Задания» read. */
export const TASK_SETTING_NAMES: Readonly<Record<keyof TaskSettings, string>> = {
  basicThreshold: "RM_TaskBasic",
  advancedThreshold: "RM_TaskAdvanced",
  greyZone: "RM_TaskGreyZone",
  peakRatio: "RM_PeakRatio",
  peakMinPupils: "RM_PeakMinPupils",
  smallSample: "RM_SmallSample",
  mediumSample: "RM_MediumSample",
  gap2Share: "RM_Gap2Share",
};

export const TASK_PERCENT_FMT = "0.0%";
export const HEADER_FILL = "#DDEBF7";
export const RED_FILL = "#F8CBAD";
export const AMBER_FILL = "#FFE699";
