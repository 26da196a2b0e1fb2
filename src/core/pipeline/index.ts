export * from "./roadmap-job";
export * from "./results-job";
export * from "./report-job";
export * from "./report-adapters";
export * from "./limits";
