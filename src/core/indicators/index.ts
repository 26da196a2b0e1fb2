export { SettingsSchema, DEFAULT_SETTINGS, parseSettings, type Settings, type SettingsInput } from "./settings";
export { type Figures, type Totals, figuresOf, emptyTotals, addCounts } from "./figures";
export { collectAssessments, type AssessmentData, type SchoolEntry } from "./assessments";
export { type Trend, type Change, trendOf, changeOf, pp } from "./dynamics";
export { type FlagCode, FLAG_LABEL_RU, flagsOf } from "./flags";
export { parseTarget, evaluateTarget, meetsTarget, roundAsShown, opWordsRu, type Target, type TargetOp, type TargetStatus } from "./targets";
export { evaluateTargets, metricValue, type TargetResult, type TargetSpec, type TargetScope, type MetricRef } from "./target-values";
export { computeIndicators, type IndicatorReport, type AssessmentIndicators, type SchoolIndicators, type Dynamics } from "./compute";
