export * from "./types";
export { parseNumberRu, parsePercentRu, readMark, type MarkRead } from "./numbers";
export { normalizeSchoolName, splitSchoolCode, classifyEntity, type EntityKind } from "./school-key";
export { readPreamble, normalizeSubject, normalizeGrade, type Preamble } from "./preamble";
export { CONTINGENT_METRICS, type ContingentMetric, roleOfHeader, type ColumnRole } from "./columns";
export { detectLayout, type Detection, type DetectedLayout } from "./detect";
export { DEFAULT_EXAM_THRESHOLDS, thresholdFor, type ExamThresholds, type Threshold } from "./thresholds";
export { keyString } from "./agg";
export { readResults, type ReadResultsOptions } from "./read";
