export * from "./returns-sheets";
