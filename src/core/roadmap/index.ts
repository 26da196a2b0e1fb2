export type { Activity, ActivityStatus, ColumnChoice, ColumnRole, DeadlinePart, Roadmap, RoadmapColumn, RoadmapSection } from "./types";
export { ACTIVITY_STATUSES } from "./types";
export { assembleRoadmap, type AssembleOptions } from "./assemble";
export { detectColumns, headerKey, headerRole, type ColumnLayout } from "./columns";
export { listTables, looksLikeRoadmap, pickRoadmapTable, pickSurveyed, type TableSummary } from "./tables";
export { cleanNumber, numberParts, splitGluedNumber } from "./numbers";
export { titleFromContext, titleFromText } from "./title";
