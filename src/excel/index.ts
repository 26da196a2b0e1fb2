export * from "./host-types";
export { createOfficeHost, type OfficeHostOptions } from "./office-host";
export { globalOfficeEnv, OfficeUnavailableError, type OfficeEnv } from "./office-env";
export { renderPlanWith, ExcelWriteError, SYNC_BUDGET_BYTES } from "./render-plan";
export { readSelectionWith, readOwnSheetWith, selectCellWith } from "./read";
export { loadSettingsWith, saveSettingsWith, SETTINGS_KEY } from "./settings";
export { detectFeatures, REQUIRED_API, type DetailedFeatures } from "./features";
export { MARKER_COMMENT } from "./swap";
export { textInput, toCellInput, internalTarget, jsonBytes, type CellInput } from "./cell-input";
