export * from "./roadmap-job";
