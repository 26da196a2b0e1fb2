/** Stable keys of the result sheets: a second run updates them instead of adding new ones. */
export const RESULT_SHEET_KEYS = {
  settings: "results.settings",
  data: "results.data",
  indicators: "results.indicators",
  targets: "results.targets",
  schools: "results.schools",
} as const;

/** Named cells on «Настройки» that the formulas and conditional formats of «Показатели» read. */
export const SETTING_NAMES = {
  failShare: "RM_FailShare",
  belowDistrictPp: "RM_BelowDistrictPp",
  loweredShare: "RM_LoweredShare",
  raisedShare: "RM_RaisedShare",
  dynamicsBandPp: "RM_DynamicsBandPp",
} as const;

export const PERCENT_FMT = "0.0%";
export const PP_FMT = "+0.0;-0.0;0.0";
