export * from "./roadmap-job";
export * from "./results-job";
