export { interpretRoadmap, responsibleText, type InterpretOptions } from "./interpret";
export { validateRoadmap, type ValidateOptions } from "./validate";
export { executionStatus, summarizeExecution, addDays, DUE_SOON_DAYS, NO_RESPONSIBLE } from "./execution";
export type { ExecutionStatus, ExecutionSummary, GroupBy } from "./execution";
export { MESSAGES_RU, type ValidationCode } from "./messages";
export { activityLabel } from "./where";
