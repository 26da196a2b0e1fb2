export { useJobRunner, type JobRunner, type RunJob } from "./useJobRunner";
export * from "./usePaneSettings";
