export { SettingsSchema, DEFAULT_SETTINGS, parseSettings, type Settings, type SettingsInput } from "./settings";
export { type Figures, type Totals, figuresOf, emptyTotals, addCounts } from "./figures";
export { collectAssessments, type AssessmentData, type SchoolEntry } from "./assessments";
export { type Trend, type Change, trendOf, changeOf, pp } from "./dynamics";
export { type FlagCode, FLAG_LABEL_RU, flagsOf } from "./flags";
export { parseTarget, evaluateTarget, meetsTarget, type Target, type TargetOp, type TargetStatus } from "./targets";
export { extractTargets, DEFAULT_TARGETS, BODAIBO_TARGET_TEXTS, type TargetSpec, type MetricRef } from "./target-list";
export { evaluateTargets, metricValue, type TargetResult } from "./target-values";
export { computeIndicators, type IndicatorReport, type AssessmentIndicators, type SchoolIndicators, type Dynamics } from "./compute";
