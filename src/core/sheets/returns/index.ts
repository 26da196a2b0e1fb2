export * from "./returns-sheets";
export * from "./readback";
