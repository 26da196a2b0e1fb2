export { findTargets, targetsFromFile } from "./find";
export { targetsFromTable } from "./from-table";
export { targetsFromText, targetsFromLines, TARGETS_HEADING } from "./from-text";
export { makeTargetSpec, cleanTargetText } from "./spec";
export { guessSources, scopeOf } from "./sources";
export { metricLabelRu, scopeLabelRu } from "./labels";
